"""A hostile HTTP server on loopback for the client's tests: each connection gets what the
test's `answer(connection)` writes (a gzip bomb, an endless body, a trickle, silence)."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable, Iterator
from types import TracebackType
from typing import Protocol


class Connection(Protocol):
    def sendall(self, data: bytes, /) -> None: ...


Answer = Callable[[Connection], None]


class HostileServer:
    def __init__(self, answer: Answer) -> None:
        self.answer = answer
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.base_url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self.sent = 0  # bytes the answers managed to write before the client hung up
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):  # wakes the accept(): closing alone does not
            socket.create_connection(self._listener.getsockname(), timeout=1).close()
        self._thread.join(5)
        self._listener.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(connection,), daemon=True).start()

    def _handle(self, connection: socket.socket) -> None:
        with connection, contextlib.suppress(OSError):
            connection.settimeout(10)
            request = b""
            while b"\r\n\r\n" not in request:
                chunk = connection.recv(65536)
                if not chunk:
                    return
                request += chunk
            self.answer(_Counting(connection, self))


class _Counting:
    """The connection as an answer sees it: what it sends is counted."""

    def __init__(self, connection: socket.socket, server: HostileServer) -> None:
        self._connection = connection
        self._server = server

    def sendall(self, data: bytes) -> None:
        self._connection.sendall(data)
        self._server.sent += len(data)

    def __getattr__(self, name: str) -> object:
        return getattr(self._connection, name)


def head(status: str = "200 OK", **headers: str) -> bytes:
    lines = [f"HTTP/1.1 {status}", "Content-Type: application/json", "Connection: close"]
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def forever(block: bytes) -> Iterator[bytes]:
    while True:
        yield block
