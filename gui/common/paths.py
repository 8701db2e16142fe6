"""Where BiliDrop keeps its files: the platform's application-data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def data_dir() -> Path:
    """~/.local/share/BiliDrop/BiliDrop on Linux, %APPDATA%\\BiliDrop\\BiliDrop on Windows,
    ~/Library/Application Support/BiliDrop/BiliDrop on macOS."""
    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(QStandardPaths.writableLocation(location))


def history_path(demo: bool) -> Path:
    # The demo's links point at an emulator that ends with the app: kept apart.
    return data_dir() / ("history-demo.sqlite3" if demo else "history.sqlite3")
