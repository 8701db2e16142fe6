"""The system-tray icon: its colour follows the connection, its tooltip counts down with the
window's clock, its menu offers the last links.

A tray may come after BiliDrop (it often starts later at login) or go away while it runs:
`available` asks at the moment, and until there is a tray a timer keeps looking for one.
The menu is rebuilt only when its links change, never as it opens: a StatusNotifierItem host
reads the menu's layout over D-Bus when it opens, and a layout changing under it opened the
menu too small, clipped, with scroll arrows."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QColor, QGuiApplication, QIcon, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from gui.i18n import tr
from gui.session.connection_state import ConnectionState
from gui.session.upload_item import UploadItem, expires_soon, time_left
from gui.ui.clipboard import Link, links_of
from gui.ui.connection_indicator import DOT_COLOURS
from gui.ui.row_colours import AMBER

if TYPE_CHECKING:
    pass

RECENT_LINKS = 5
LOOK_FOR_TRAY_MS = 2000


def recent_links(items: Iterable[UploadItem], history_links: list[Link]) -> list[Link]:
    """Live links, newest first: this session's and the history's, each once."""
    links = links_of(i for i in items if i.has_live_link) + history_links
    unique = {link.url: link for link in sorted(links, key=lambda link: link.expires_at)}
    return sorted(unique.values(), key=lambda link: link.expires_at, reverse=True)


# On a template (macOS menu bar) icon colour is dropped: the state reads from the mark's shape.
TEMPLATE_MARKS = {
    ConnectionState.ONLINE: "dot",
    ConnectionState.SLOW: "dot",
    ConnectionState.CONNECTING: "ring",
    ConnectionState.OFFLINE: "ring",
    ConnectionState.SIGNED_OUT: "slash",
    ConnectionState.COOLING_DOWN: "slash",
}


def tray_icon(
    base: QIcon,
    state: ConnectionState,
    size: int = 64,
    *,
    template: bool = False,
    expiring: bool = False,
) -> QIcon:
    """The app icon with a dot in the connection's colour in its corner (amber, as the rows
    are, while a link is in its last two minutes and the connection is fine); as a `template`
    (macOS's menu bar, which draws it in the bar's own colour, light or dark) a black
    silhouette whose corner mark is a dot (online), a ring (offline, connecting) or a ring
    with a bar (signed out, slowed down)."""
    if template:
        return _template_icon(base, state, size)
    pixmap = base.pixmap(size, size) if not base.isNull() else QPixmap(size, size)
    if base.isNull():
        pixmap.fill(Qt.GlobalColor.darkGray)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.GlobalColor.white)
    fine = state in (ConnectionState.ONLINE, ConnectionState.SLOW)
    painter.setBrush(AMBER if expiring and fine else DOT_COLOURS[state])
    dot = size * 3 // 8
    painter.drawEllipse(size - dot - 1, size - dot - 1, dot, dot)
    painter.end()
    return QIcon(pixmap)


def _light_parts(image: QImage) -> QImage:
    """The icon's light drawing (the arrow) as a black shape, the rest transparent: a template
    shows a shape, and the icon's coloured square would be a black blob."""
    shape = QImage(image.size(), QImage.Format.Format_ARGB32)
    shape.fill(Qt.GlobalColor.transparent)
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() > 128 and colour.lightness() > 200:
                shape.setPixelColor(x, y, QColor(0, 0, 0, 255))
    return shape


def _template_icon(base: QIcon, state: ConnectionState, size: int) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if not base.isNull():
        painter.drawImage(0, 0, _light_parts(base.pixmap(size, size).toImage()))
    dot = size * 3 // 8
    corner = (size - dot - 1, size - dot - 1, dot, dot)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
    painter.setBrush(Qt.GlobalColor.black)
    painter.drawEllipse(corner[0] - 3, corner[1] - 3, dot + 6, dot + 6)  # room around the mark
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
    mark = TEMPLATE_MARKS[state]
    pen = QPen(Qt.GlobalColor.black, max(2, size // 16))
    painter.setPen(pen if mark != "dot" else Qt.PenStyle.NoPen)
    painter.setBrush(Qt.GlobalColor.black if mark == "dot" else Qt.BrushStyle.NoBrush)
    painter.drawEllipse(*corner)
    if mark == "slash":
        painter.drawLine(corner[0], corner[1] + dot, corner[0] + dot, corner[1])
    painter.end()
    icon = QIcon(pixmap)
    icon.setIsMask(True)
    return icon


class Tray(QObject):
    """Signals:
    show_requested() / upload_requested() / paste_requested() / capture_requested() /
    quit_requested()
    link_chosen(Link): a recent link was clicked (the window copies it).
    links_chosen(list[Link]): "Copy all live links" was clicked.
    message_clicked(): the tray's own notification balloon was clicked.
    appeared(): a tray came up after BiliDrop started; the icon is now shown.

    `availability()` says whether the desktop has a tray now (tests give their own).
    """

    show_requested = Signal()
    upload_requested = Signal()
    paste_requested = Signal()
    capture_requested = Signal()
    quit_requested = Signal()
    link_chosen = Signal(object)
    links_chosen = Signal(list)
    message_clicked = Signal()
    appeared = Signal()

    def __init__(
        self,
        recent: Callable[[], list[Link]],
        clock: Callable[[], datetime],
        parent: QObject | None = None,
        *,
        availability: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
    ) -> None:
        super().__init__(parent)
        self.recent = recent
        self.clock = clock
        self.availability = availability
        self.state: ConnectionState | None = None
        self.expiring = False  # a link is in its last two minutes: the dot is amber
        self.icon = QSystemTrayIcon(self)
        self.menu = QMenu()
        self.menu.setToolTipsVisible(True)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self.on_activated)
        self.icon.messageClicked.connect(self.message_clicked)
        self._shown_links: list[Link] = []
        self._link_actions: list[tuple[QAction, Link]] = []
        self.set_state(ConnectionState.CONNECTING, tr("Connecting…"))
        self.rebuild()
        self._looking = QTimer(self)
        self._looking.setInterval(LOOK_FOR_TRAY_MS)
        self._looking.timeout.connect(self.look_for_tray)
        self.look_for_tray()

    @property
    def available(self) -> bool:
        """Whether the desktop has a tray right now (asked, not remembered)."""
        return bool(self.availability())

    @Slot()
    def look_for_tray(self) -> None:
        """Show the icon once there is a tray; until then, keep looking."""
        if self.icon.isVisible():
            self._looking.stop()
            return
        if self.available:
            self._looking.stop()
            self.icon.show()
            self.appeared.emit()
        elif not self._looking.isActive():
            self._looking.start()

    def set_state(self, state: ConnectionState, text: str, *, expiring: bool = False) -> None:
        """The connection's dot, amber while a link is in its last two minutes."""
        if (state, expiring) != (self.state, self.expiring):
            self.state, self.expiring = state, expiring
            base = QGuiApplication.windowIcon()
            template = sys.platform == "darwin"
            self.icon.setIcon(tray_icon(base, state, template=template, expiring=expiring))
        self.set_status_text(text)

    def set_status_text(self, text: str) -> None:
        """The tooltip: what the status bar says, on the same clock."""
        tooltip = f"BiliDrop — {text}"
        if self.icon.toolTip() != tooltip:
            self.icon.setToolTip(tooltip)

    @Slot(QSystemTrayIcon.ActivationReason)
    def on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason is QSystemTrayIcon.ActivationReason.Trigger:
            self.show_requested.emit()

    def live_links(self) -> list[Link]:
        now = self.clock()
        return [link for link in self.recent() if link.expires_at > now][:RECENT_LINKS]

    @Slot()
    def refresh(self) -> None:
        """On the window's clock: rebuild when the links changed, else update the minutes
        left; nothing while the menu is open."""
        if self.menu.isVisible():
            return
        links = self.live_links()
        if links != self._shown_links:
            self.rebuild(links)
            return
        now = self.clock()
        for action, link in self._link_actions:
            text = self._entry_text(link, now)
            if action.text() != text:
                action.setText(text)

    def _entry_text(self, link: Link, now: datetime) -> str:
        seconds = (link.expires_at - now).total_seconds()
        text = tr("{name} · {left}").format(name=link.name, left=time_left(seconds))
        return text + " · " + tr("expires soon") if expires_soon(seconds) else text

    def rebuild(self, links: list[Link] | None = None) -> None:
        links = self.live_links() if links is None else links
        menu = self.menu
        menu.clear()
        menu.addAction(tr("Show window"), self.show_requested.emit)
        menu.addAction(tr("Upload files…"), self.upload_requested.emit)
        menu.addAction(tr("Capture a region"), self.capture_requested.emit)
        menu.addAction(tr("Upload clipboard"), self.paste_requested.emit)
        menu.addSeparator()
        header = menu.addAction(
            tr("Recent links (click to copy)") if links else tr("No live links")
        )
        header.setEnabled(False)
        now = self.clock()
        self._link_actions = []
        for link in links:
            action = menu.addAction(self._entry_text(link, now))
            action.setToolTip(link.url)
            action.triggered.connect(
                lambda checked=False, chosen=link: self.link_chosen.emit(chosen)
            )
            self._link_actions.append((action, link))
        if len(links) > 1:
            menu.addAction(tr("Copy all live links"), lambda: self.links_chosen.emit(links))
        menu.addSeparator()
        menu.addAction(tr("Quit"), self.quit_requested.emit)
        self._shown_links = links

    def notify(self, title: str, message: str, *, critical: bool = False) -> bool:
        """A balloon from the tray icon, where the platform offers one; False if none."""
        if not (self.icon.isVisible() and QSystemTrayIcon.supportsMessages()):
            return False
        kind = QSystemTrayIcon.MessageIcon
        self.icon.showMessage(title, message, kind.Critical if critical else kind.Information)
        return True

    def hide(self) -> None:
        self._looking.stop()
        self.icon.hide()
