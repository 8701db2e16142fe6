"""Build hook: compiles the Qt translations (resources/translations/*.ts) into .qm files for
the window, and into .json catalogs for the command line (which loads no Qt).

Both are build output, never edited or committed: they are written to
gui/resources/translations/ (where an editable install, such as `uv run`, finds them) and
packed into the wheel at the same place.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

LRELEASE = (
    "import sys\n"
    "from PySide6.scripts.pyside_tool import lrelease\n"
    "sys.argv = ['lrelease', *sys.argv[1:]]\n"
    "lrelease()\n"
)


def compile_translations(root: Path) -> list[Path]:
    sources = sorted((root / "resources" / "translations").glob("*.ts"))
    out_dir = root / "gui" / "resources" / "translations"
    out_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for source in sources:
        target = out_dir / source.with_suffix(".qm").name
        subprocess.run(  # noqa: S603 (our own interpreter, our own files)
            [sys.executable, "-c", LRELEASE, "-silent", str(source), "-qm", str(target)],
            check=True,
        )
        built.append(target)
        built.append(write_catalog(source, target.with_suffix(".json")))
    return built


def write_catalog(source: Path, target: Path) -> Path:
    """The command line's catalog: {English source: translation} of the finished messages."""
    catalog = {}
    for message in ET.parse(source).getroot().iter("message"):  # noqa: S314 (our own file)
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete"):
            continue
        english, words = message.findtext("source") or "", translation.text or ""
        if english and words:
            catalog[english] = words
    target.write_text(json.dumps(catalog, ensure_ascii=False, sort_keys=True), "utf-8")
    return target


class TranslationsHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        for target in compile_translations(root):
            build_data["force_include"][str(target)] = str(target.relative_to(root))
