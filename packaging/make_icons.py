"""Generates the platform icons from resources/icons/bilidrop.svg (never committed by hand).

Writes into packaging/build/icons/: PNGs at the freedesktop sizes, bilidrop.ico (Windows,
several sizes in one file) and bilidrop.icns (macOS). The SVG is rendered by Qt's own SVG
renderer; Pillow writes the container formats.

Run: uv run --group packaging python packaging/make_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "bilidrop.svg"
OUT = ROOT / "packaging" / "build" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int, path: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(path)):
        raise SystemExit(f"cannot write {path}")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (Qt needs one)
    OUT.mkdir(parents=True, exist_ok=True)
    for size in (*PNG_SIZES, 1024):
        render(size, OUT / f"bilidrop-{size}.png")
    largest = Image.open(OUT / "bilidrop-1024.png")
    largest.save(OUT / "bilidrop.ico", sizes=[(s, s) for s in ICO_SIZES])
    largest.save(OUT / "bilidrop.icns")
    (OUT / "bilidrop-1024.png").unlink()
    print(f"icons written to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
