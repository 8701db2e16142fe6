"""The running window's end of the single instance (gui/common/single_instance.py): it holds
the instance's lock for its whole life, listens on the channel, and hands each later start's
files to the window through a Qt signal. The channel is served by a thread of its own, so a
start that connects and says nothing never blocks the window."""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QFileOpenEvent

from gui.common.single_instance import (
    ACK,
    MAX_MESSAGE_BYTES,
    REPLY_SECONDS,
    activation_token,
    decode,
    hand_over,
    instance_address,
    runtime_dir,
)
from gui.i18n import tr


class InstanceServer(QObject):
    """Listens for later starts of the same kind.

    Signals (emitted from the serving thread; queued to the receivers' thread):
        files_received(list[Path]): paths another start was given (maybe empty).
        show_requested(): bring the window forward.
        request_received(str): a later start asks for one of single_instance.REQUESTS.
        token_received(str): the xdg-activation token a later start was launched with.
    """

    files_received = Signal(list)
    show_requested = Signal()
    request_received = Signal(str)
    token_received = Signal(str)

    def __init__(self, kind: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.address = instance_address(kind)
        self._listener: Any = None
        self._lock: Any = None
        self._closing = threading.Event()
        self._thread: threading.Thread | None = None
        self.refusal = ""  # why listen() failed, in words

    def listen(self) -> bool:
        """Become the instance of this kind; False when another process is (or is just
        becoming) it: then hand over to it instead. Later starts wait in the channel's
        backlog until `serve()`."""
        try:
            self._listener = _pipe(self.address) if sys.platform == "win32" else self._socket()
        except BlockingIOError:
            self.refusal = "another BiliDrop of this kind is starting or running"
        except OSError as error:
            self.refusal = f"its channel {self.address} cannot be used: {error}"
        else:
            return True
        self._release_lock()
        return False

    def serve(self) -> None:
        """Answer later starts from now on (the window's slots are connected)."""
        if self._listener is not None and self._thread is None:
            self._thread = threading.Thread(target=self._serve, name="instance", daemon=True)
            self._thread.start()

    def _socket(self) -> Any:
        import socket

        folder = runtime_dir()
        os.makedirs(folder, mode=0o700, exist_ok=True)
        if os.stat(folder).st_uid != os.getuid() or os.stat(folder).st_mode & 0o077:
            raise PermissionError(f"{folder} is not this user's own folder")
        self._lock = _take_lock(self.address + ".lock")  # OSError: another start holds it
        with contextlib.suppress(FileNotFoundError):  # left by a crash: nobody holds its lock
            os.unlink(self.address)
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        listener.bind(self.address)
        listener.listen(16)
        return listener

    @property
    def listening(self) -> bool:
        return self._listener is not None and not self._closing.is_set()

    def _serve(self) -> None:
        while not self._closing.is_set():
            try:
                connection = self._listener.accept()
            except OSError:
                return  # closed
            if isinstance(connection, tuple):
                connection = connection[0]
            if self._closing.is_set():
                connection.close()
                return
            with contextlib.suppress(OSError, EOFError):
                self._answer(connection)
            connection.close()

    def _answer(self, connection: Any) -> None:
        if sys.platform == "win32":
            if not connection.poll(REPLY_SECONDS):
                return
            buffer = connection.recv_bytes(MAX_MESSAGE_BYTES)
        else:
            connection.settimeout(REPLY_SECONDS)  # a start that says nothing is dropped
            buffer = b""
            while b"\n" not in buffer and len(buffer) <= MAX_MESSAGE_BYTES:
                chunk = connection.recv(65536)
                if not chunk:
                    return
                buffer += chunk
        line = buffer.split(b"\n", 1)[0]
        try:
            paths, show, request = decode(line)
            token = activation_token(line)
        except (ValueError, UnicodeDecodeError):
            return  # not one of ours: no answer
        reply = ACK + handed_words(paths).encode("utf-8") + b"\n"
        if sys.platform == "win32":
            connection.send_bytes(reply)
        else:
            connection.sendall(reply)
        if token:
            self.token_received.emit(token)  # before the window is asked to come forward
        if show:
            self.show_requested.emit()
        self.files_received.emit(paths)
        if request:
            self.request_received.emit(request)

    def close(self) -> None:
        """Stop listening and give the name up (the lock last, so no start slips between)."""
        if self._listener is None or self._closing.is_set():
            return
        self._closing.set()
        if self._thread is not None:
            with contextlib.suppress(OSError, TimeoutError):
                hand_over(self.kind, [], show=False)  # wakes the accept() so the thread ends
            self._thread.join(REPLY_SECONDS)
        with contextlib.suppress(OSError):
            self._listener.close()
        if sys.platform != "win32":
            with contextlib.suppress(OSError):
                os.unlink(self.address)
        self._release_lock()

    def _release_lock(self) -> None:
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None


def handed_words(paths: list[Path]) -> str:
    """What the handing-over start prints, in the window's language: "bilidrop: handed 2
    files and 1 folder to the running BiliDrop window" ("" for no paths)."""
    folders = sum(1 for path in paths if path.is_dir())
    files = len(paths) - folders
    parts = []
    if files:
        parts.append(tr("1 file") if files == 1 else tr("{n} files").format(n=files))
    if folders:
        parts.append(tr("1 folder") if folders == 1 else tr("{n} folders").format(n=folders))
    if not parts:
        return ""
    what = (
        parts[0]
        if len(parts) == 1
        else tr("{files} and {folders}").format(files=parts[0], folders=parts[1])
    )
    return tr("bilidrop: handed {what} to the running BiliDrop window").format(what=what)


def _take_lock(path: str) -> int:
    """An exclusive lock on `path` held until its descriptor is closed (the process ends
    with it, however it ends); OSError when another process holds it."""
    import fcntl

    descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(descriptor)
        raise
    return descriptor


def _pipe(address: str) -> Any:
    """Windows: the named pipe; its first instance is exclusive, so a second start fails
    here (and hands over) instead of listening beside the first."""
    from multiprocessing.connection import Listener

    return Listener(address, family="AF_PIPE")


class FileOpenEvents(QObject):
    """Files the desktop hands to the running app as events (macOS "Open With", a drop on
    the Dock icon): installed on the application.

    Signals:
        files_received(list[Path])
    """

    files_received = Signal(list)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            self.files_received.emit([Path(event.file())])
            return True
        return super().eventFilter(watched, event)
