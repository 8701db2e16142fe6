"""Desktop notifications: through the freedesktop Notifications service on the session bus
where there is one (any Linux desktop, tray or not), else through the tray icon's balloon.

A notification says which row it is about; clicking it brings the window forward on that
row, and its "Copy link" action (where the daemon shows actions) copies the links it tells of.
Either comes with the daemon's xdg-activation token (ActivationToken, specification 1.2), which
lets a Wayland compositor bring the window forward: only a window in front may set the
clipboard there. Failures go out as critical, the rest as normal. Notifications of one kind
(a batch of finished uploads) replace the previous one instead of piling up.

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
from gui.i18n import tr
from gui.session.notices import Notice, NoticeSlot, Urgency
from gui.ui.activation import use_activation_token

if TYPE_CHECKING:
    from gui.ui.tray import Tray

BUS_NAME = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
CALL_TIMEOUT = 2.0  # seconds


class FreedesktopNotifications(QObject):
    """org.freedesktop.Notifications over the session bus, on its own thread.

    Signals:
        ready(bool): whether a notification daemon answers (after `start`).
        shown(object, int): this notice got this id from the daemon.
        clicked(int, str, str): the daemon's id of a notification the user clicked, the
            action ("default", or "copy" for Copy link), and its activation token or "".
    """

    ready = Signal(bool)
    shown = Signal(object, int)
    clicked = Signal(int, str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from concurrent.futures import ThreadPoolExecutor  # loaded with the session, not before

        self._executor = ThreadPoolExecutor(1, thread_name_prefix="notifications")
        self._router: Any = None
        self._clicks: Any = None  # keeps the ActionInvoked filter alive
        self._owners: Any = None  # keeps the NameOwnerChanged filter alive
        self._markup = False
        self._actions = False  # the daemon shows action buttons
        self._tokens: dict[int, str] = {}  # notification id -> its activation token
        self._token_filter: Any = None

    def start(self) -> None:
        self._executor.submit(self._connect)

    def _connect(self) -> None:
        """Connect to the session bus and follow the daemon: one that starts after BiliDrop
        (as at login), or restarts, is used as soon as it owns its name."""
        try:
            from jeepney import MatchRule, message_bus
            from jeepney.io.threading import open_dbus_connection

            router = _quiet_router(open_dbus_connection("SESSION"), self._not_ready)
            owners = MatchRule(
                type="signal",
                sender="org.freedesktop.DBus",
                interface="org.freedesktop.DBus",
                member="NameOwnerChanged",
                path="/org/freedesktop/DBus",
            )
            owners.add_arg_condition(0, BUS_NAME)
            clicks = MatchRule(
                type="signal", interface=BUS_NAME, member="ActionInvoked", path=OBJECT_PATH
            )
            tokens = MatchRule(
                type="signal", interface=BUS_NAME, member="ActivationToken", path=OBJECT_PATH
            )
            for rule in (owners, clicks, tokens):
                router.send_and_get_reply(message_bus.AddMatch(rule), timeout=CALL_TIMEOUT)
            self._owners = router.filter(owners, queue=_Forward(self._on_owner_changed))
            self._token_filter = router.filter(tokens, queue=_Forward(self._on_token))
            self._clicks = router.filter(clicks, queue=_ClickQueue(self.clicked, self._tokens))
            self._router = router
        except Exception:  # no session bus
            self.ready.emit(False)
            return
        self._ask_capabilities()

    def _on_owner_changed(self, message: Any) -> None:
        """From jeepney's receiver thread: a daemon came (ask it) or went (the tray then)."""
        _name, _old, new = message.body
        if new:
            with contextlib.suppress(RuntimeError):  # closing: nobody to ask
                self._executor.submit(self._ask_capabilities)
        else:
            self._not_ready()

    def _on_token(self, message: Any) -> None:
        """From jeepney's receiver thread: the token of a click, sent just before it."""
        notification_id, token = message.body
        self._tokens[int(notification_id)] = token

    def _not_ready(self) -> None:
        with contextlib.suppress(RuntimeError):  # from jeepney's thread as the app ends
            self.ready.emit(False)

    def _ask_capabilities(self) -> None:
        """Asking starts a daemon the bus can activate; none answers with an error."""
        from jeepney import DBusAddress, MessageType, new_method_call

        try:
            address = DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=BUS_NAME)
            capabilities = self._router.send_and_get_reply(
                new_method_call(address, "GetCapabilities"), timeout=CALL_TIMEOUT
            )
        except Exception:  # the bus went away, or the daemon does not answer
            self.ready.emit(False)
            return
        if capabilities.header.message_type is not MessageType.method_return:
            self.ready.emit(False)
            return
        self._markup = "body-markup" in capabilities.body[0]
        self._actions = "actions" in capabilities.body[0]
        self.ready.emit(True)

    def is_connected(self) -> bool:
        """On the session bus, its messages read (whether a daemon answers or not)."""
        router = self._router
        return router is not None and router._rcv_thread.is_alive()

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
            ("BiliDrop", replaces, icon, notice.title, body, self._actions_of(notice), hints, -1),
        )
        try:
            reply = self._router.send_and_get_reply(message, timeout=CALL_TIMEOUT)
            self.shown.emit(notice, int(reply.body[0]))
        except Exception:
            return  # a daemon that went away: this notice is lost, the window still says it

    def _actions_of(self, notice: Notice) -> list[str]:
        """Key and label pairs: the click on the notification, and Copy link when it has
        links to copy and the daemon shows buttons."""
        actions = ["default", tr("Show")]
        if notice.copy_ids and self._actions:
            actions += ["copy", tr("Copy link") if len(notice.copy_ids) == 1 else tr("Copy links")]
        return actions

    def close(self) -> None:
        """Wait for the notices on their way (each at most CALL_TIMEOUT), then disconnect."""
        self._executor.shutdown(wait=True)
        if self._router is not None:
            self._router.close()
            self._router.conn.close()
            self._router = None


def _quiet_router(connection: Any, lost: Callable[[], None]) -> Any:
    """jeepney's threading router, whose receiver thread ends without a traceback when the
    session bus goes away (a log-out): `lost()` is called instead. (Made here: jeepney
    loads with the notifications, after the first paint.)"""
    from jeepney.io.threading import DBusRouter

    class QuietRouter(DBusRouter):
        def _receiver(self) -> None:
            try:
                super()._receiver()
            except Exception:  # the bus reset or closed, a message cut off, or jeepney's
                lost()  # own race as it drops the replies still awaited (InvalidStateError)

    return QuietRouter(connection)


class _Forward:
    """Where jeepney's receiver thread puts the messages of a filter: handed to `call`."""

    def __init__(self, call: Callable[[Any], None]) -> None:
        self._call = call

    def put_nowait(self, message: Any) -> None:
        self._call(message)


class _ClickQueue:
    """Where jeepney's receiver thread puts ActionInvoked signals: straight into a Qt signal,
    with the activation token the daemon sent just before (if it did)."""

    def __init__(self, clicked: Any, tokens: dict[int, str]) -> None:
        self._clicked = clicked
        self._tokens = tokens

    def put_nowait(self, message: Any) -> None:
        notification_id, action = message.body
        token = self._tokens.pop(int(notification_id), "")
        with contextlib.suppress(RuntimeError):  # the app is ending: nobody to tell
            self._clicked.emit(int(notification_id), str(action), token)


class Notifications(QObject):
    """The window's one way to notify. `tray()` gives the tray icon when there is one.

    Signals:
        activated(object, list): the user clicked a notification about this row id (or
            None); the list: the rows whose links its Copy link asked for (else empty).
    """

    activated = Signal(object, list)

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
        self._items: dict[int, Notice] = {}  # daemon id -> the notice it shows
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
        """A daemon answers (perhaps a new one: the ids of the last one mean nothing to it),
        or none does: the tray's balloons until one comes."""
        if ready:
            self._ids.clear()
        self.desktop_ready = ready

    def send(self, notice: Notice) -> None:
        if self.desktop is not None and self.desktop_ready:
            self.desktop.notify(notice, self._ids.get(notice.slot, 0) if notice.slot else 0)
            return
        tray = self._tray()
        if tray is not None:
            self._balloon_item = notice.item_id
            tray.notify(notice.title, notice.body, critical=notice.urgency is Urgency.CRITICAL)

    @Slot(object, int)
    def _on_shown(self, notice: Notice, notification_id: int) -> None:
        if notice.slot:
            self._ids[notice.slot] = notification_id
        self._items[notification_id] = notice

    @Slot(int, str, str)
    def _on_clicked(self, notification_id: int, action: str, token: str) -> None:
        notice = self._items.get(notification_id)
        if notice is None:
            return
        use_activation_token(token)
        copies = list(notice.copy_ids) if action == "copy" else []
        self.activated.emit(notice.item_id, copies)

    @Slot()
    def on_balloon_clicked(self) -> None:
        self.activated.emit(self._balloon_item, [])

    def close(self) -> None:
        if self.desktop is not None:
            self.desktop.close()
