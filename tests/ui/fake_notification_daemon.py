"""A notification daemon for tests: owns org.freedesktop.Notifications on the session bus
(a real bus: CI runs the suite under dbus-run-session), records each Notify call and can
click a notification (the ActionInvoked signal a real daemon sends)."""

from __future__ import annotations

import queue
import threading
from dataclasses import dataclass
from typing import Any

from jeepney import (
    DBusAddress,
    HeaderFields,
    MessageType,
    message_bus,
    new_method_return,
    new_signal,
)
from jeepney.io.blocking import open_dbus_connection

BUS_NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


@dataclass
class Call:
    app: str
    replaces: int
    icon: str
    summary: str
    body: str
    actions: list[str]
    hints: dict[str, tuple[str, Any]]
    timeout: int
    id: int


class FakeNotificationDaemon:
    def __init__(self, capabilities: tuple[str, ...] = ("body", "actions", "body-markup")) -> None:
        self.capabilities = list(capabilities)
        self.calls: list[Call] = []
        self._clicks: queue.Queue[tuple[int, str, str]] = queue.Queue()
        self._stop = threading.Event()
        self._connection = open_dbus_connection("SESSION")
        reply = self._connection.send_and_get_reply(message_bus.RequestName(BUS_NAME, 4))
        if reply.body[0] != 1:  # 1: now the primary owner
            self._connection.close()
            raise RuntimeError("another notification daemon owns the name on this bus")
        self._thread = threading.Thread(target=self._serve, name="fake-notifications")
        self._thread.start()

    def click(self, notification_id: int, action: str = "default", token: str = "") -> None:
        """As a daemon of specification 1.2 does: the activation token first, if any."""
        self._clicks.put((notification_id, action, token))

    def _serve(self) -> None:
        connection = self._connection
        next_id = 1
        while not self._stop.is_set():
            while not self._clicks.empty():
                address = DBusAddress(PATH, interface=BUS_NAME)
                clicked, action, token = self._clicks.get()
                if token:
                    connection.send(new_signal(address, "ActivationToken", "us", (clicked, token)))
                connection.send(new_signal(address, "ActionInvoked", "us", (clicked, action)))
            try:
                message = connection.receive(timeout=0.05)
            except TimeoutError:
                continue
            if message.header.message_type is not MessageType.method_call:
                continue
            member = message.header.fields.get(HeaderFields.member)
            if member == "GetCapabilities":
                connection.send(new_method_return(message, "as", (self.capabilities,)))
            elif member == "Notify":
                app, replaces, icon, summary, body, actions, hints, timeout = message.body
                given = replaces or next_id
                if not replaces:
                    next_id += 1
                self.calls.append(
                    Call(app, replaces, icon, summary, body, actions, hints, timeout, given)
                )
                connection.send(new_method_return(message, "u", (given,)))
            elif member == "GetServerInformation":
                info = ("fake", "bilidrop-tests", "1", "1.2")
                connection.send(new_method_return(message, "ssss", info))

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._connection.close()
