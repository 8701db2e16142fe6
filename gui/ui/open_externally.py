"""Handing a link or a folder to the desktop (browser, file manager), and saying so when
nothing on this computer takes it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from gui.i18n import tr


def open_link(url: str, say: Callable[[str], None]) -> bool:
    """Only a web link is ever handed over (the links were checked when they came, but a
    history kept by an older BiliDrop was not): never a file, a script, a custom scheme."""
    link = QUrl(url, QUrl.ParsingMode.StrictMode)
    if not link.isValid() or link.scheme() not in ("https", "http"):
        say(tr("This link is not a web link, so BiliDrop does not open it."))
        return False
    if QDesktopServices.openUrl(link):
        return True
    say(tr("No browser could open the link. Copy it instead (Ctrl+C) and paste it where needed."))
    return False


def open_folder(folder: str, say: Callable[[str], None]) -> bool:
    if QDesktopServices.openUrl(QUrl.fromLocalFile(folder)):
        return True
    say(tr("No file manager could open {folder}.").format(folder=folder))
    return False
