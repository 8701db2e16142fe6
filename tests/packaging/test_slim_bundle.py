"""The Linux bundle's slimming (packaging/slim_linux.py): a library that nothing left in the
bundle needs is taken out, one that something needs stays, however deep; the ICU data stub
is a real library with ICU's entry point; and the bundle's file choosers go through the
portal."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
needs_tools = pytest.mark.skipif(
    not (shutil.which("gcc") and shutil.which("readelf")) or not sys.platform.startswith("linux"),
    reason="gcc and readelf (Linux)",
)


def load(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def library(folder: Path, name: str, *needs: str, search: Path | None = None) -> Path:
    source = folder / f"{name}.c"
    symbol = re.sub(r"\W", "_", name.split(".")[0])
    source.write_text(f"int {symbol}_here(void) {{ return 1; }}\n")
    target = folder / name
    links = [f"-l:{need}" for need in needs]
    subprocess.run(
        ["gcc", "-shared", "-fPIC", f"-Wl,-soname,{name}", "-o", str(target), str(source),
         f"-L{search or folder}", "-Wl,--no-as-needed", *links],
        check=True,
    )  # fmt: skip
    source.unlink()
    return target


@needs_tools
def test_only_libraries_nothing_needs_are_taken_out(tmp_path: Path) -> None:
    slim = load("slim_linux")
    internal = tmp_path / "bundle" / "_internal"
    internal.mkdir(parents=True)
    library(internal, "libdeep.so.1")
    library(internal, "libmiddle.so.2", "libdeep.so.1")
    library(internal, "libspare.so.3")  # what only a removed plugin needed
    library(internal, "libspare_dep.so.4")
    library(internal, "libonly_spare_needs.so.5", "libspare_dep.so.4")
    library(internal, "libdbus-1.so.3")  # loaded by name at run time: kept
    plugin = internal / "plugins"
    plugin.mkdir()
    library(plugin, "libqplugin.so", "libmiddle.so.2", search=internal)  # needs the chain
    for spare in ("libonly_spare_needs.so.5",):  # nothing needs it, so its own need goes too
        assert (internal / spare).exists()
    removed = slim.remove_unneeded_libraries(tmp_path / "bundle")
    assert sorted(p.name for p in removed) == [
        "libonly_spare_needs.so.5",
        "libspare.so.3",
        "libspare_dep.so.4",
    ]
    left = sorted(p.name for p in internal.iterdir() if p.is_file())
    assert left == ["libdbus-1.so.3", "libdeep.so.1", "libmiddle.so.2"]


@needs_tools
def test_the_icu_data_stub_is_icus_entry_point(tmp_path: Path) -> None:
    slim = load("slim_linux")
    (tmp_path / "libicudata.so.73").write_bytes(b"31 MiB of data")
    slim.replace_icu_data(tmp_path)
    stub = tmp_path / "libicudata.so.73"
    symbols = subprocess.run(
        ["nm", "-D", "--defined-only", str(stub)], capture_output=True, text=True, check=True
    ).stdout
    assert "icudt73_dat" in symbols
    assert (
        "libicudata.so.73"
        in subprocess.run(
            ["readelf", "-d", str(stub)], capture_output=True, text=True, check=True
        ).stdout
    )  # its soname, which libicuuc asks for
    assert stub.stat().st_size < 64 * 1024


def test_the_bundles_file_choosers_go_through_the_portal() -> None:
    entry = load("entry")
    environ: dict[str, str] = {}
    entry.portal_file_choosers(environ, "linux")
    assert environ == {"QT_QPA_PLATFORMTHEME": "xdgdesktopportal"}
    chosen = {"QT_QPA_PLATFORMTHEME": "kde"}
    entry.portal_file_choosers(chosen, "linux")
    assert chosen == {"QT_QPA_PLATFORMTHEME": "kde"}  # the user's choice stays
    elsewhere: dict[str, str] = {}
    entry.portal_file_choosers(elsewhere, "win32")
    assert elsewhere == {}
