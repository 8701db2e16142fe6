"""The body of an upload as httpx reads it, and the way another thread stops it at once."""

from __future__ import annotations

import contextlib
import hashlib
import os
import socket
import threading
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from gui.bili.errors import FileChanged, UploadCancelled

# Small enough that a cancel is noticed within a fraction of a second on a slow line (the
# worker can only look between chunks), large enough to keep loopback uploads at curl speed.
CHUNK_SIZE = 64 * 1024

Progress = Callable[[int], None]
Cancelled = Callable[[], bool]


class Abort:
    """Stops an upload from another thread at once: its connection is shut down, so a send
    blocked on a slow line, or a wait for a reply that does not come, ends now (the cancel
    flag alone is only seen between chunks). The connection is learned through httpx's
    public `trace` request extension; each aborting upload has a connection of its own."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._socket: socket.socket | None = None
        self.triggered = False
        self.timed_out = False  # triggered by the request's deadline, not by a cancel

    def trace(self, event: str, info: dict[str, Any]) -> None:
        if event not in (
            "connection.connect_tcp.complete",
            "connection.connect_unix_socket.complete",
        ):
            return
        stream = info.get("return_value")
        sock = stream.get_extra_info("socket") if stream is not None else None
        with self._lock:
            self._socket = sock
            triggered = self.triggered
        if triggered:
            self._shut(sock)

    def time_out(self) -> None:
        self.timed_out = True
        self.trigger()

    def trigger(self) -> None:
        with self._lock:
            self.triggered = True
            sock = self._socket
        self._shut(sock)

    @staticmethod
    def _shut(sock: socket.socket | None) -> None:
        if sock is not None:
            with contextlib.suppress(OSError):  # already closed: nothing to stop
                sock.shutdown(socket.SHUT_RDWR)


class StreamingFile:
    """The file as httpx reads it for the body: progress and cancel on every chunk, the
    SHA-256 of exactly the bytes sent, and a refusal to send more or fewer bytes than the
    size announced in Content-Length (a file that grows or shrinks meanwhile)."""

    def __init__(
        self,
        path: Path,
        handle: IO[bytes],
        size: int,
        progress: Progress | None,
        cancel: Cancelled | None,
        hashing: bool,
    ) -> None:
        self._path = path
        self._hashing = hashing
        self._handle = handle
        self._size = size
        self._progress = progress
        self._cancel = cancel
        self.sent = 0
        self.digest = hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        if self._cancel is not None and self._cancel():
            raise UploadCancelled()
        remaining = self._size - self.sent
        if remaining <= 0:
            if self._handle.read(1):
                raise FileChanged(self._path)  # it grew while being sent
            return b""
        chunk = self._handle.read(min(max(size, CHUNK_SIZE), remaining))
        if not chunk:
            raise FileChanged(self._path)  # it shrank while being sent
        self.sent += len(chunk)
        if self._hashing:
            self.digest.update(chunk)
        if self._progress is not None:
            self._progress(self.sent)
        return chunk

    def seek(self, offset: int, whence: int = 0) -> int:
        if (offset, whence) != (0, 0):
            raise OSError("only a rewind to the start is supported")
        self.sent = 0
        self.digest = hashlib.sha256()
        return self._handle.seek(0)

    def tell(self) -> int:
        return self._handle.tell()

    def fileno(self) -> int:  # httpx takes Content-Length from fstat
        return self._handle.fileno()


def sendable_name(path: Path) -> str:
    """The file's name as text for the service: a name that is not valid UTF-8 (possible on
    Linux) is sent with its undecodable bytes replaced, in NFC (macOS names files in NFD:
    "截图" would reach the service and the history decomposed); the file itself is read
    by its path, untouched."""
    text = os.fsencode(path.name).decode("utf-8", errors="replace")
    return unicodedata.normalize("NFC", text)
