"""The system-tray icon: its colour follows the connection, its menu offers the last links."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from gui.i18n import tr
from gui.session.connection_state import ConnectionState
from gui.session.upload_item import UploadItem, countdown
from gui.ui.clipboard import Link, links_of
from gui.ui.connection_indicator import DOT_COLOURS

if TYPE_CHECKING:
    from gui.store.history import History

RECENT_LINKS = 5


def recent_links(items: Iterable[UploadItem], history: History | None) -> list[Link]:
    """Live links, newest first: this session's and the history's, each once."""
    links = links_of(i for i in items if i.has_live_link)
    if history is not None:
        links += links_of(history.entries(limit=20))
    unique = {link.url: link for link in sorted(links, key=lambda link: link.expires_at)}
    return sorted(unique.values(), key=lambda link: link.expires_at, reverse=True)


def tray_icon(base: QIcon, state: ConnectionState, size: int = 64) -> QIcon:
    """The app icon with a dot in the connection's colour in its corner."""
    pixmap = base.pixmap(size, size) if not base.isNull() else QPixmap(size, size)
    if base.isNull():
        pixmap.fill(Qt.GlobalColor.darkGray)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.GlobalColor.white)
    painter.setBrush(DOT_COLOURS[state])
    dot = size * 3 // 8
    painter.drawEllipse(size - dot - 1, size - dot - 1, dot, dot)
    painter.end()
    return QIcon(pixmap)


class Tray(QObject):
    """Signals:
    show_requested() / upload_requested() / paste_requested() / quit_requested()
    link_chosen(Link): a recent link was clicked (the window copies it).
    """

    show_requested = Signal()
    upload_requested = Signal()
    paste_requested = Signal()
    quit_requested = Signal()
    link_chosen = Signal(object)

    def __init__(
        self,
        recent: Callable[[], list[Link]],
        clock: Callable[[], datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.recent = recent
        self.clock = clock
        self.state = ConnectionState.CONNECTING
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        self.icon = QSystemTrayIcon(self)
        self.menu = QMenu()
        self.menu.aboutToShow.connect(self.rebuild)  # fresh links and countdowns each time
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self.on_activated)
        self.set_state(ConnectionState.CONNECTING, tr("Connecting…"))
        self.rebuild()
        if self.available:
            self.icon.show()

    def set_state(self, state: ConnectionState, text: str) -> None:
        self.state = state
        self.icon.setIcon(tray_icon(QGuiApplication.windowIcon(), state))
        self.icon.setToolTip(f"BiliDrop — {text}")

    @Slot(QSystemTrayIcon.ActivationReason)
    def on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason is QSystemTrayIcon.ActivationReason.Trigger:
            self.show_requested.emit()

    @Slot()
    def rebuild(self) -> None:
        menu = self.menu
        menu.clear()
        menu.addAction(tr("Show window"), self.show_requested.emit)
        menu.addAction(tr("Upload files…"), self.upload_requested.emit)
        menu.addAction(tr("Paste from clipboard"), self.paste_requested.emit)
        menu.addSeparator()
        now = self.clock()
        links = [link for link in self.recent() if link.expires_at > now][:RECENT_LINKS]
        header = menu.addAction(
            tr("Recent links (click to copy)") if links else tr("No live links")
        )
        header.setEnabled(False)
        for link in links:
            left = countdown((link.expires_at - now).total_seconds())
            action = menu.addAction(
                tr("{name} · expires in {time}").format(name=link.name, time=left)
            )
            action.setToolTip(link.url)
            action.triggered.connect(
                lambda checked=False, chosen=link: self.link_chosen.emit(chosen)
            )
        menu.addSeparator()
        menu.addAction(tr("Quit"), self.quit_requested.emit)

    def notify(self, title: str, message: str) -> None:
        """A desktop notification through the tray, where the platform offers one."""
        if self.available and self.icon.isVisible() and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 5000)

    def hide(self) -> None:
        self.icon.hide()
