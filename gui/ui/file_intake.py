"""Turning what the user hands over (dropped URLs, folders, a pasted image) into files."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage

from gui.ui.i18n import tr


def expand_folders(paths: Iterable[Path]) -> tuple[list[Path], int]:
    """Files as given, folders replaced by the files inside them (recursively, sorted).

    Returns the files and how many of them came from folders.
    """
    files: list[Path] = []
    from_folders = 0
    for path in paths:
        if path.is_dir():
            inside = sorted(p for p in path.rglob("*") if p.is_file())
            files.extend(inside)
            from_folders += len(inside)
        else:
            files.append(path)
    return files, from_folders


def split_urls(urls: Iterable[QUrl]) -> tuple[list[Path], int]:
    """The local files among dropped URLs, and how many were web links (refused)."""
    urls = list(urls)
    local = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    return local, len(urls) - len(local)


class PastedImages:
    """Pasted images saved as PNG files in a temporary folder that lives as long as this."""

    def __init__(self) -> None:
        self._folder: tempfile.TemporaryDirectory[str] | None = None

    def save(self, image: QImage) -> Path:
        if self._folder is None:
            self._folder = tempfile.TemporaryDirectory(prefix="bilidrop-paste-")
        stamp = datetime.now().strftime("%Y-%m-%d %H-%M-%S")
        name = tr("Pasted image")
        path = Path(self._folder.name) / f"{name} {stamp}.png"
        counter = 1
        while path.exists():
            counter += 1
            path = path.with_name(f"{name} {stamp} ({counter}).png")
        image.save(str(path))  # the format follows the .png suffix
        return path

    def cleanup(self) -> None:
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None
