"""One BiliDrop window per user and kind of service: a later start hands its files to it.

The window listens on a local socket (a Unix socket, a named pipe on Windows) named for the
user and the kind of service; `bilidrop FILE...` first tries to connect, sends the paths and
ends. A socket file left by a crash answers nobody: it is removed and listened on again.
"""

from __future__ import annotations

import getpass
import json
import os
import zlib
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Signal, Slot
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_MS = 500
REPLY_MS = 1500
MAX_MESSAGE_BYTES = 4 * 1024 * 1024  # a few thousand paths; anything larger is not ours
ACK = b"ok\n"


def instance_name(kind: str) -> str:
    """The socket's name for this user and kind ("bilibili", "demo" or an origin)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    # A name, not a secret: a checksum tells the kinds apart (and keeps the path short).
    digest = zlib.crc32(f"{user}\0{kind}".encode())
    return f"bilidrop-{digest:08x}-{len(kind)}"


def encode(paths: Iterable[Path], show: bool) -> bytes:
    # Paths as the OS gave them (bytes on POSIX: names need not be UTF-8), made absolute
    # here, since the running window has another working folder.
    names = [os.fsencode(Path(p).absolute()).hex() for p in paths]
    return json.dumps({"paths": names, "show": show}).encode() + b"\n"


def decode(line: bytes) -> tuple[list[Path], bool]:
    """The paths and the show flag of one message; ValueError when it is not one."""
    message = json.loads(line)
    if not isinstance(message, dict) or not isinstance(message.get("paths"), list):
        raise ValueError("not a BiliDrop message")
    paths = [Path(os.fsdecode(bytes.fromhex(str(name)))) for name in message["paths"]]
    return paths, bool(message.get("show", True))


def hand_over(kind: str, paths: Iterable[Path], *, show: bool = True) -> bool:
    """Give the paths to a running window of this kind; False when none is running.

    Blocking (it runs before any window exists), at most about two seconds."""
    socket = QLocalSocket()
    socket.connectToServer(instance_name(kind))
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(encode(paths, show))
    socket.flush()
    answered = b""
    while ACK not in answered and socket.waitForReadyRead(REPLY_MS):
        answered += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    if ACK not in answered:
        raise TimeoutError("the running BiliDrop did not answer")
    return True


class InstanceServer(QObject):
    """Listens for later starts of the same kind.

    Signals:
        files_received(list[Path]): paths another start was given (maybe empty).
        show_requested(): bring the window forward.
    """

    files_received = Signal(list)
    show_requested = Signal()

    def __init__(self, kind: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = instance_name(kind)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)

    def listen(self) -> bool:
        """Start listening; a stale socket from a crashed run is removed first."""
        if self._server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    def close(self) -> None:
        self._server.close()

    @Slot()
    def _on_connection(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.setParent(self)
            socket.setProperty("received", b"")
            socket.readyRead.connect(self._on_ready)
            socket.disconnected.connect(socket.deleteLater)

    @Slot()
    def _on_ready(self) -> None:
        socket = self.sender()
        if not isinstance(socket, QLocalSocket):
            return
        buffer = bytes(socket.property("received") or b"") + bytes(socket.readAll().data())
        if b"\n" not in buffer:
            if len(buffer) > MAX_MESSAGE_BYTES:
                socket.abort()
            else:
                socket.setProperty("received", buffer)
            return
        socket.setProperty("received", b"")
        try:
            paths, show = decode(buffer.split(b"\n", 1)[0])
        except (ValueError, TypeError):
            socket.abort()
            return
        socket.write(ACK)
        socket.flush()
        if show:
            self.show_requested.emit()
        self.files_received.emit(paths)


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
