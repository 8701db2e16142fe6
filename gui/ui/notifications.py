"""Desktop notifications: through the freedesktop Notifications service on the session bus
where there is one (any Linux desktop, tray or not), else through the tray icon's balloon.

A notification says which row it is about; clicking it brings the window forward on that
row. Failures go out as critical, the rest as normal. Notifications of one kind (a batch of
finished uploads) replace the previous one instead of piling up.

The D-Bus calls run on one worker thread (a hung daemon never blocks the window), through
jeepney, which the keyring already brings on Linux: pure Python, and it sends the byte-typed
`urgency` hint the specification asks for.
"""

from __future__ import annotations

import contextlib
import html
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot

from gui.common.identity import APP_ID
from gui.session.notices import Notice, NoticeSlot, Urgency

if TYPE_CHECKING:
    from gui.ui.tray import Tray

BUS_NAME = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
CALL_TIMEOUT = 2.0  # seconds


class FreedesktopNotifications(QObject):
    """org.freedesktop.Notifications over the session bus, on its own thread.

    Signals:
        ready(bool): whether a notification daemon answers (after `start`).
        shown(str, int): a notice of this slot got this id from the daemon.
        clicked(int): the daemon's id of a notification the user clicked.
    """

    ready = Signal(bool)
    shown = Signal(str, int)
    clicked = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from concurrent.futures import ThreadPoolExecutor  # loaded with the session, not before

        self._executor = ThreadPoolExecutor(1, thread_name_prefix="notifications")
        self._router: Any = None
        self._clicks: Any = None  # keeps the ActionInvoked filter alive
        self._markup = False

    def start(self) -> None:
        self._executor.submit(self._connect)

    def _connect(self) -> None:
        try:
            from jeepney import DBusAddress, MatchRule, MessageType, message_bus, new_method_call
            from jeepney.io.threading import DBusRouter, open_dbus_connection

            router = DBusRouter(open_dbus_connection("SESSION"))
            # Asking the capabilities starts a daemon the bus can activate; none answers
            # with an error.
            address = DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=BUS_NAME)
            capabilities = router.send_and_get_reply(
                new_method_call(address, "GetCapabilities"), timeout=CALL_TIMEOUT
            )
            if capabilities.header.message_type is not MessageType.method_return:
                router.close()
                router.conn.close()
                self.ready.emit(False)
                return
            self._markup = "body-markup" in capabilities.body[0]
            rule = MatchRule(
                type="signal", interface=BUS_NAME, member="ActionInvoked", path=OBJECT_PATH
            )
            router.send_and_get_reply(message_bus.AddMatch(rule), timeout=CALL_TIMEOUT)
            self._clicks = router.filter(rule, queue=_ClickQueue(self.clicked))
            self._router = router
            self.ready.emit(True)
        except Exception:  # no session bus, no daemon, a daemon that does not answer
            self.ready.emit(False)

    def notify(self, notice: Notice, replaces: int = 0) -> None:
        self._executor.submit(self._send, notice, replaces)

    def _send(self, notice: Notice, replaces: int) -> None:
        from jeepney import DBusAddress, new_method_call

        if self._router is None:
            return
        body = html.escape(notice.body, quote=False) if self._markup else notice.body
        icon = "dialog-error" if notice.urgency is Urgency.CRITICAL else APP_ID
        hints = {
            "urgency": ("y", int(notice.urgency)),
            "desktop-entry": ("s", APP_ID),
            "category": (
                "s",
                "transfer.error" if notice.urgency is Urgency.CRITICAL else "transfer.complete",
            ),
        }
        address = DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=BUS_NAME)
        message = new_method_call(
            address,
            "Notify",
            "susssasa{sv}i",
            ("BiliDrop", replaces, icon, notice.title, body, ["default", "Show"], hints, -1),
        )
        try:
            reply = self._router.send_and_get_reply(message, timeout=CALL_TIMEOUT)
            self.shown.emit(notice.slot, int(reply.body[0]))
        except Exception:
            return  # a daemon that went away: this notice is lost, the window still says it

    def close(self) -> None:
        """Wait for the notices on their way (each at most CALL_TIMEOUT), then disconnect."""
        self._executor.shutdown(wait=True)
        if self._router is not None:
            self._router.close()
            self._router.conn.close()
            self._router = None


class _ClickQueue:
    """Where jeepney's receiver thread puts ActionInvoked signals: straight into a Qt signal."""

    def __init__(self, clicked: Any) -> None:
        self._clicked = clicked

    def put_nowait(self, message: Any) -> None:
        notification_id, _action = message.body
        with contextlib.suppress(RuntimeError):  # the app is ending: nobody to tell
            self._clicked.emit(int(notification_id))


class Notifications(QObject):
    """The window's one way to notify. `tray()` gives the tray icon when there is one.

    Signals:
        activated(object): the user clicked a notification about this row id (or None).
    """

    activated = Signal(object)

    def __init__(
        self,
        tray: Callable[[], Tray | None],
        desktop: FreedesktopNotifications | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tray = tray
        self.desktop = desktop
        self.desktop_ready = False
        self._ids: dict[NoticeSlot, int] = {}  # slot -> the daemon's id of its last notification
        self._items: dict[int, int | None] = {}  # daemon id -> row id
        self._pending: dict[NoticeSlot, int | None] = {}  # slot -> row of a notice still on its way
        self._balloon_item: int | None = None
        if desktop is not None:
            desktop.ready.connect(self._on_ready)
            desktop.shown.connect(self._on_shown)
            desktop.clicked.connect(self._on_clicked)
            desktop.start()

    @classmethod
    def for_this_platform(cls, tray: Callable[[], Tray | None], parent: QObject) -> Notifications:
        linux = sys.platform.startswith(("linux", "freebsd", "openbsd"))
        return cls(tray, FreedesktopNotifications(parent) if linux else None, parent)

    @Slot(bool)
    def _on_ready(self, ready: bool) -> None:
        self.desktop_ready = ready

    def send(self, notice: Notice) -> None:
        if self.desktop is not None and self.desktop_ready:
            self._pending[notice.slot] = notice.item_id
            self.desktop.notify(notice, self._ids.get(notice.slot, 0) if notice.slot else 0)
            return
        tray = self._tray()
        if tray is not None:
            self._balloon_item = notice.item_id
            tray.notify(notice.title, notice.body, critical=notice.urgency is Urgency.CRITICAL)

    @Slot(str, int)
    def _on_shown(self, slot: str, notification_id: int) -> None:
        if slot:
            self._ids[NoticeSlot(slot)] = notification_id
        self._items[notification_id] = self._pending.pop(NoticeSlot(slot), None)

    @Slot(int)
    def _on_clicked(self, notification_id: int) -> None:
        if notification_id in self._items:
            self.activated.emit(self._items[notification_id])

    @Slot()
    def on_balloon_clicked(self) -> None:
        self.activated.emit(self._balloon_item)

    def close(self) -> None:
        if self.desktop is not None:
            self.desktop.close()
