"""Where BiliDrop keeps its files: the platform's application-data folder."""

from __future__ import annotations

import zlib
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from gui.common.service_kind import DEMO, REAL_SERVICE


def data_dir() -> Path:
    """~/.local/share/BiliDrop/BiliDrop on Linux, %LOCALAPPDATA%\\BiliDrop\\BiliDrop on
    Windows (not the roaming profile: SQLite's WAL fails on a redirected network folder),
    ~/Library/Application Support/BiliDrop/BiliDrop on macOS. Named here, not from the
    application's names, so the command line finds the window's files too."""
    location = QStandardPaths.StandardLocation.GenericDataLocation
    return Path(QStandardPaths.writableLocation(location)) / "BiliDrop" / "BiliDrop"


def history_path(kind: str) -> Path:
    # The demo's links point at an emulator that ends with the app: kept apart, as is
    # each other service's.
    if kind == REAL_SERVICE:
        return data_dir() / "history.sqlite3"
    if kind == DEMO:
        return data_dir() / "history-demo.sqlite3"
    return data_dir() / f"history-{zlib.crc32(kind.encode()):08x}.sqlite3"
