"""Builds the one-folder app for this machine's platform into packaging/dist/bilidrop/ and
reports its size and what takes the room.

Run: uv run --group packaging python packaging/build.py
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "packaging" / "dist"
WORK = ROOT / "packaging" / "build" / "pyinstaller"
LINUX_LIMIT_MIB = 120  # what a download of the Linux bundle may weigh, unpacked


def size_report(folder: Path, top: int = 12) -> str:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    total = sum(p.stat().st_size for p in files)
    by_part: Counter[str] = Counter()
    for path in files:
        parts = path.relative_to(folder).parts
        key = "/".join(parts[:3]) if parts[:2] == ("_internal", "PySide6") else "/".join(parts[:2])
        by_part[key] += path.stat().st_size
    lines = [f"{folder.relative_to(ROOT)}: {total / 2**20:.1f} MiB in {len(files)} files"]
    lines += [f"  {size / 2**20:7.1f} MiB  {name}" for name, size in by_part.most_common(top)]
    return "\n".join(lines)


def main() -> int:
    sys.path.insert(0, str(ROOT / "packaging"))
    import make_icons
    import PyInstaller.__main__

    make_icons.main()

    PyInstaller.__main__.run(
        [
            str(ROOT / "packaging" / "bilidrop.spec"),
            "--noconfirm",
            "--clean",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK),
            "--log-level",
            "WARN",
        ]
    )
    bundle = DIST / "bilidrop"
    if sys.platform.startswith("linux"):
        import slim_linux

        removed = slim_linux.slim(bundle)
        print(f"slimmed: {len(removed)} files the bundle need not carry")
    print(size_report(bundle))
    total = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    if sys.platform.startswith("linux") and total > LINUX_LIMIT_MIB * 2**20:
        print(f"the Linux bundle is over {LINUX_LIMIT_MIB} MiB: see what takes the room above")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
