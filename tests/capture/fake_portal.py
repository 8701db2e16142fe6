"""A stand-in for xdg-desktop-portal's Screenshot interface on a private session bus (its own
dbus-daemon): it answers Screenshot with the request's path, then sends that request's
Response signal as the real portal does after the user chose. `answer` decides what it says."""

from __future__ import annotations

import os
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from jeepney import DBusAddress, HeaderFields, MessageType, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

from gui.capture.portal import PORTAL, REQUEST, request_path


class FakePortal:
    def __init__(self, address: str, answer: tuple[int, dict[str, Any]] | None) -> None:
        self.answer = answer  # (code, results), or None: no Response ever (a hung dialog)
        self.calls: list[tuple[str, dict[str, Any]]] = []
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
            if (
                message.header.message_type is MessageType.method_call
                and fields.get(HeaderFields.member) == "Screenshot"
            ):
                self._screenshot(message)

    def _screenshot(self, message: Any) -> None:
        parent, options = message.body
        self.calls.append((parent, {key: value[1] for key, value in options.items()}))
        sender = message.header.fields[HeaderFields.sender]
        path = request_path(sender, options["handle_token"][1])
        self._connection.send(new_method_return(message, "o", (path,)))
        if self.answer is not None:
            request = DBusAddress(path, interface=REQUEST)
            self._connection.send(new_signal(request, "Response", "ua{sv}", self.answer))

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
