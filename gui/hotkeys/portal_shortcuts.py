"""Global shortcuts on Wayland where the desktop offers them: the xdg-desktop-portal
GlobalShortcuts interface (KDE Plasma, GNOME 48+, Hyprland), over jeepney. A session is made,
BiliDrop's shortcuts are bound to it with the keys it prefers (the desktop may ask the user,
and has the last word), and each press arrives as an Activated signal.

The portal binds a session's shortcuts once: a change in Settings makes a new session."""

from __future__ import annotations

import contextlib
import queue
import secrets
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from gui.hotkeys.keys import Chord, x11_keysym
from gui.hotkeys.names import NO_PORTAL, TAKEN
from gui.i18n import tr

PORTAL = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
SHORTCUTS = "org.freedesktop.portal.GlobalShortcuts"
REQUEST = "org.freedesktop.portal.Request"
CALL_SECONDS = 10
ANSWER_SECONDS = 120  # the desktop may ask the user to confirm


def portal_trigger(chord: Chord) -> str:
    """The XDG shortcut text the portal takes as a preferred trigger: "CTRL+ALT+x"."""
    names = [
        name
        for flag, name in (
            (Qt.KeyboardModifier.ControlModifier, "CTRL"),
            (Qt.KeyboardModifier.AltModifier, "ALT"),
            (Qt.KeyboardModifier.ShiftModifier, "SHIFT"),
            (Qt.KeyboardModifier.MetaModifier, "LOGO"),
        )
        if chord.modifiers & flag
    ]
    keysym = x11_keysym(chord.key)
    key = chr(keysym) if keysym < 0x100 else _KEY_NAMES.get(keysym, f"F{keysym - 0xFFBE + 1}")
    return "+".join([*names, key])


_KEY_NAMES = {0xFF61: "Print", 0xFF0D: "Return", 0xFF63: "Insert", 0xFFFF: "Delete",
              0xFF50: "Home", 0xFF57: "End", 0xFF55: "Page_Up", 0xFF56: "Page_Down",
              0xFF13: "Pause"}  # fmt: skip


class PortalShortcuts:
    """`pressed(name)` is called on jeepney's receiving thread."""

    def __init__(self, pressed: Callable[[str], None], bus: str = "SESSION") -> None:
        from jeepney import MatchRule
        from jeepney.io.threading import DBusRouter, open_dbus_connection

        self._router: Any = DBusRouter(open_dbus_connection(bus))  # OSError: no session bus
        self._pressed = pressed
        self._chords: dict[str, Chord] = {}
        self._session = ""
        activated = MatchRule(type="signal", interface=SHORTCUTS, member="Activated")
        self._add_match(activated)
        self._activations = self._router.filter(activated, queue=_Forward(self._on_activated))

    def grab(self, name: str, chord: Chord | None) -> str:
        """Bind every shortcut again, in a new session, with `name`'s chord changed."""
        if chord is None:
            self._chords.pop(name, None)
        else:
            self._chords[name] = chord
        self._close_session()
        if not self._chords:
            return ""
        try:
            self._session = self._create_session()
            return self._bind()
        except _Refused as refusal:
            return str(refusal)

    def _create_session(self) -> str:
        token = "bilidrop" + secrets.token_hex(6)
        options = {"handle_token": ("s", token), "session_handle_token": ("s", token)}
        results = self._request("CreateSession", "a{sv}", (options,), token)
        handle = results.get("session_handle", ("s", ""))[1]
        if not handle:
            raise _Refused(tr("the desktop made no shortcut session"))
        return str(handle)

    def _bind(self) -> str:
        token = "bilidrop" + secrets.token_hex(6)
        wanted = [
            (name, {"description": ("s", _description(name)),
                    "preferred_trigger": ("s", portal_trigger(chord))})
            for name, chord in self._chords.items()
        ]  # fmt: skip
        body = (self._session, wanted, "", {"handle_token": ("s", token)})
        results = self._request("BindShortcuts", "oa(sa{sv})sa{sv}", body, token)
        bound = {entry[0] for entry in results.get("shortcuts", ("a(sa{sv})", []))[1]}
        return "" if set(self._chords) <= bound else TAKEN

    def _request(self, method: str, signature: str, body: tuple[Any, ...], token: str) -> Any:
        """Call a portal method that answers with a Request's Response; its results."""
        from jeepney import DBusAddress, MatchRule, new_method_call

        sender = self._router.unique_name.removeprefix(":").replace(".", "_")
        path = f"{PORTAL_PATH}/request/{sender}/{token}"
        rule = MatchRule(type="signal", interface=REQUEST, member="Response", path=path)
        self._add_match(rule)
        answers: queue.Queue[Any] = queue.Queue()
        address = DBusAddress(PORTAL_PATH, bus_name=PORTAL, interface=SHORTCUTS)
        with self._router.filter(rule, queue=answers):
            reply = self._router.send_and_get_reply(
                new_method_call(address, method, signature, body), timeout=CALL_SECONDS
            )
            if reply.header.message_type.name == "error":
                raise _Refused(NO_PORTAL)
            try:
                code, results = answers.get(timeout=ANSWER_SECONDS).body
            except queue.Empty:
                raise _Refused(tr("the desktop did not answer")) from None
        if code != 0:
            raise _Refused(tr("refused by the desktop") if code == 1 else tr("the desktop failed"))
        return results

    def _add_match(self, rule: Any) -> None:
        from jeepney import message_bus

        self._router.send_and_get_reply(message_bus.AddMatch(rule), timeout=CALL_SECONDS)

    def _on_activated(self, message: Any) -> None:
        session, shortcut, *_ = message.body
        if session == self._session and shortcut in self._chords:
            self._pressed(shortcut)

    def _close_session(self) -> None:
        if not self._session:
            return
        from jeepney import DBusAddress, new_method_call

        session, self._session = self._session, ""
        with contextlib.suppress(Exception):  # gone already: nothing to close
            closing = new_method_call(
                DBusAddress(session, bus_name=PORTAL, interface="org.freedesktop.portal.Session"),
                "Close",
            )
            self._router.send_and_get_reply(closing, timeout=CALL_SECONDS)

    def close(self) -> None:
        self._close_session()
        with contextlib.suppress(Exception):
            self._activations.close()
            self._router.close()
            self._router.conn.close()


def _description(name: str) -> str:
    """What the desktop's shortcut settings list the shortcut as."""
    if name == "capture":
        return tr("BiliDrop: capture the screen and upload it")
    return tr("BiliDrop: upload the clipboard")


class _Refused(Exception):
    pass


class _Forward:
    """Where jeepney's receiver thread puts a filter's messages: handed to `call`."""

    def __init__(self, call: Callable[[Any], None]) -> None:
        self._call = call

    def put(self, message: Any, block: bool = True, timeout: float | None = None) -> None:
        with contextlib.suppress(Exception):  # never let a bad message end the receiver
            self._call(message)

    def put_nowait(self, message: Any) -> None:
        self.put(message)
