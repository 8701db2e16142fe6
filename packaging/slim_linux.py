"""Linux: what the one-folder bundle need not carry, taken out after PyInstaller's build.

- Qt's GTK 3 platform theme (libqgtk3.so), and with it GTK, GDK, Cairo, Pango and ATK: the
  xdg-desktop-portal theme, which stays, gives GNOME's own file chooser through the portal.
- Qt's platforms for embedded devices (eglfs, linuxfb, vnc, vkkhrdisplay, minimalegl) and
  their device integrations: a desktop uses xcb or wayland, the self-test offscreen.
- ICU's data (31 MiB): Qt Core links ICU, but BiliDrop uses nothing that reads its data
  (collation, legacy text codecs, ICU's time-zone names); a stub in ICU's own empty layout
  (linux/icu_data_stub.c) stands in, compiled here.
- Then every library that nothing left in the bundle needs (by the ELF files' DT_NEEDED).

Checked by the bundle's self-test and by opening its window with Chinese text.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
UNUSED_PLUGINS = (
    "platformthemes/libqgtk3.so",
    "platforms/libqeglfs.so",
    "platforms/libqlinuxfb.so",
    "platforms/libqvnc.so",
    "platforms/libqvkkhrdisplay.so",
    "platforms/libqminimalegl.so",
    "egldeviceintegrations",
)
# Loaded by name at run time, not through DT_NEEDED: kept whatever the ELF files say.
LOADED_BY_NAME = ("libdbus-1.so",)
ELF_MAGIC = b"\x7fELF"


def is_elf(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(4) == ELF_MAGIC


def needed(path: Path) -> set[str]:
    """The libraries an ELF file names in DT_NEEDED."""
    out = subprocess.run(  # noqa: S603 (binutils' readelf on the bundle's own files)
        ["readelf", "-d", str(path)],  # noqa: S607
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out))


def slim(bundle: Path) -> list[Path]:
    """Take out what the bundle need not carry; returns what was removed."""
    internal = bundle / "_internal"
    plugins = internal / "PySide6" / "Qt" / "plugins"
    removed = []
    for name in UNUSED_PLUGINS:
        target = plugins / name
        removed += [p for p in target.rglob("*") if p.is_file()] if target.is_dir() else []
        removed += [target] if target.is_file() else []
        shutil.rmtree(target) if target.is_dir() else target.unlink(missing_ok=True)
    replace_icu_data(internal / "PySide6" / "Qt" / "lib")
    removed += remove_unneeded_libraries(bundle)
    return removed


def replace_icu_data(lib: Path) -> None:
    for data in lib.glob("libicudata.so.*"):
        version = data.name.rsplit(".", 1)[-1]
        stub = HERE / "linux" / "icu_data_stub.c"
        subprocess.run(  # noqa: S603 (the compiler on our own source)
            [  # noqa: S607
                "gcc", "-shared", "-fPIC", "-O2", f"-DICU_DATA_SYMBOL=icudt{version}_dat",
                f"-Wl,-soname,{data.name}", "-o", str(data), str(stub),
            ],
            check=True,
        )  # fmt: skip


def remove_unneeded_libraries(bundle: Path) -> list[Path]:
    """Libraries (the bundle's own copies of shared objects, named lib*.so*) that no other
    file left in the bundle needs, repeated until none is left to remove."""
    removed: list[Path] = []
    while True:
        files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
        elves = [p for p in files if is_elf(p)]
        wanted = set().union(*(needed(p) for p in elves))
        spare = [
            p
            for p in elves
            if re.fullmatch(r"lib.+\.so(\.\d+)*", p.name)
            and p.parent.name in ("_internal", "lib")
            and p.name not in wanted
            and not p.name.startswith(LOADED_BY_NAME)
            and not p.name.startswith("libpython")
        ]
        if not spare:
            return removed
        for path in spare:
            path.unlink()
        removed += spare
