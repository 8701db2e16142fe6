"""A stand-in for xdg-desktop-portal on a private session bus (its own dbus-daemon): the
Screenshot and GlobalShortcuts interfaces. A call is answered with the request's path, then
that request's Response signal comes as the real portal sends it once the user chose;
`answer` decides what Screenshot says, `refuse_shortcuts` whether binding is refused, and
`press(id)` sends GlobalShortcuts' Activated as a key press on the desktop would."""

from __future__ import annotations

import os
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from jeepney import (
    DBusAddress,
    HeaderFields,
    MessageType,
    new_error,
    new_method_return,
    new_signal,
)
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

from gui.capture.portal import PORTAL, REQUEST, request_path
from gui.hotkeys.portal_shortcuts import PORTAL_PATH, SHORTCUTS


class FakePortal:
    def __init__(
        self,
        address: str,
        answer: tuple[int, dict[str, Any]] | None = None,
        *,
        shortcuts: bool = True,
        refuse_shortcuts: bool = False,
    ) -> None:
        self.answer = answer  # (code, results), or None: no Response ever (a hung dialog)
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.shortcuts = shortcuts  # has the GlobalShortcuts interface
        self.refuse_shortcuts = refuse_shortcuts
        self.bound: dict[str, str] = {}  # shortcut id: its preferred trigger
        self.session = ""
        self._connection = open_dbus_connection(address)
        reply = self._connection.send_and_get_reply(message_bus.RequestName(PORTAL))
        assert reply.body == (1,)  # the primary owner
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                message = self._connection.receive(timeout=0.1)
            except TimeoutError:
                continue
            except OSError:
                return
            fields = message.header.fields
            if message.header.message_type is not MessageType.method_call:
                continue
            member = fields.get(HeaderFields.member)
            interface = fields.get(HeaderFields.interface)
            if member == "Screenshot":
                self._screenshot(message)
            elif interface == SHORTCUTS and not self.shortcuts:
                error = new_error(message, "org.freedesktop.DBus.Error.UnknownMethod")
                self._connection.send(error)
            elif member in ("CreateSession", "BindShortcuts"):
                self._shortcuts(message, member)
            elif member == "Close":
                self.session = ""
                self._connection.send(new_method_return(message))

    def _screenshot(self, message: Any) -> None:
        parent, options = message.body
        self.calls.append((parent, {key: value[1] for key, value in options.items()}))
        sender = message.header.fields[HeaderFields.sender]
        path = request_path(sender, options["handle_token"][1])
        self._connection.send(new_method_return(message, "o", (path,)))
        if self.answer is not None:
            request = DBusAddress(path, interface=REQUEST)
            self._connection.send(new_signal(request, "Response", "ua{sv}", self.answer))

    def _shortcuts(self, message: Any, member: str) -> None:
        sender = message.header.fields[HeaderFields.sender]
        options = message.body[-1]
        path = request_path(sender, options["handle_token"][1])
        self._connection.send(new_method_return(message, "o", (path,)))
        request = DBusAddress(path, interface=REQUEST)
        if member == "CreateSession":
            token = options["session_handle_token"][1]
            self.session = f"{PORTAL_PATH}/session/{sender[1:].replace('.', '_')}/{token}"
            body: tuple[int, dict[str, Any]] = (0, {"session_handle": ("s", self.session)})
        elif self.refuse_shortcuts:
            body = (1, {})
        else:
            _, wanted, _, _ = message.body
            self.bound = {name: info["preferred_trigger"][1] for name, info in wanted}
            listed = [
                (name, {"trigger_description": ("s", self.bound[name])}) for name in self.bound
            ]
            body = (0, {"shortcuts": ("a(sa{sv})", listed)})
        self._connection.send(new_signal(request, "Response", "ua{sv}", body))

    def press(self, shortcut: str) -> None:
        where = DBusAddress(PORTAL_PATH, interface=SHORTCUTS)
        activated = new_signal(where, "Activated", "osta{sv}", (self.session, shortcut, 0, {}))
        self._connection.send(activated)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self._connection.close()


@contextmanager
def private_bus() -> Iterator[str]:
    """A session bus of its own (dbus-daemon), its address."""
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--print-address", "--nofork", "--nopidfile"],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "LC_ALL": "C"},
    )
    try:
        assert daemon.stdout is not None
        yield daemon.stdout.readline().strip()
    finally:
        daemon.terminate()
        daemon.wait(10)
