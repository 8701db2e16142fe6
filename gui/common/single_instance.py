"""One BiliDrop window per login session and kind of service: a later start hands its files
to it and ends.

The window listens on a local channel named for the user, the display and the kind of
service: a Unix socket in the login session's runtime folder (XDG_RUNTIME_DIR; elsewhere a
folder of this user's in the temporary folder) on Linux and macOS, a named pipe on Windows.
`bilidrop FILE...` first tries to connect, sends the paths and ends; the server is
gui/common/instance_server.py.

This module is the hand-over's whole path, so it imports only what the interpreter has
already loaded (`os`, `sys`) and C modules: `socket` would build its ~300 IntEnum constants
(12 ms), `json` and `pathlib` bring `re` (17 ms), against a `python -c pass` of about 14 ms.
The message is one line: `bilidrop/1 show|hide [do=REQUEST] [token=HEX] HEXPATH...` (paths
as the OS gave them, bytes on POSIX, hex-encoded; REQUEST one of REQUESTS, e.g.
`capture-region` from `bilidrop capture`; the token: the xdg-activation token the launcher gave
this start, with which the running window may come forward on Wayland), answered with `ok`
and a line of what it took, in the window's language ("handed 2 files to the running BiliDrop
window"): the words come from the window, which has its translations loaded already.
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # typing itself imports `re`
if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path
    from typing import Any

HEADER = b"bilidrop/1"
ACK = b"ok\n"
CONNECT_SECONDS = 0.5
REPLY_SECONDS = 1.5
MAX_MESSAGE_BYTES = 4 * 1024 * 1024  # a few thousand paths; anything larger is not ours
MAX_REPLY_BYTES = 4096  # `ok` and a line of words
# What a later start may ask of the running window besides taking files.
REQUESTS = ("capture-region", "capture-window", "capture-screen", "capture-clipboard")
TOKEN = b"token="


def _user() -> str:
    if hasattr(os, "getuid"):
        return str(os.getuid())
    return os.environ.get("USERNAME", "user")


def _display() -> str:
    """The desktop this start belongs to: a second login session (another display) of the
    same user gets its own window."""
    return os.environ.get("WAYLAND_DISPLAY") or os.environ.get("DISPLAY") or ""


def instance_name(kind: str) -> str:
    """The channel's name for this user, display and kind ("bilibili", "demo", an origin)."""
    import zlib  # a C module: loads in microseconds

    # A name, not a secret: a checksum tells the kinds apart (and keeps the path short).
    digest = zlib.crc32(f"{_user()}\0{_display()}\0{kind}".encode())
    return f"bilidrop-{digest:08x}-{len(kind)}"


def runtime_dir() -> str:
    """Where the socket lives: the login session's runtime folder (private to the user, and
    gone at log-out), else a folder of this user's own in the temporary folder."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.isdir(runtime):
        return runtime
    base = os.environ.get("TMPDIR") or "/tmp"  # noqa: S108 (a per-user folder inside it)
    return os.path.join(base, f"bilidrop-{_user()}")


def instance_address(kind: str) -> str:
    if sys.platform == "win32":
        return rf"\\.\pipe\{instance_name(kind)}"
    return os.path.join(runtime_dir(), instance_name(kind))


def encode(
    paths: Iterable[str | os.PathLike[str]], show: bool, request: str = "", token: str = ""
) -> bytes:
    """The message for these paths, made absolute here (the running window has another
    working folder), the request and the activation token if any."""
    names = [os.fsencode(os.path.abspath(path)).hex().encode() for path in paths]
    asked = [b"do=" + request.encode("ascii")] if request else []
    if token:
        asked.append(TOKEN + token.encode("utf-8", "replace").hex().encode())
    return b" ".join([HEADER, b"show" if show else b"hide", *asked, *names]) + b"\n"


def activation_token(line: bytes) -> str:
    """The activation token a message carries, "" for none."""
    for word in line.strip().split(b" ")[2:4]:
        if word.startswith(TOKEN):
            return bytes.fromhex(word[len(TOKEN) :].decode("ascii")).decode("utf-8", "replace")
    return ""


def decode(line: bytes) -> tuple[list[Path], bool, str]:
    """The paths, the show flag and the request ("" for none) of one message; ValueError
    when it is not one (an unknown request included)."""
    from pathlib import Path

    words = line.strip().split(b" ")
    if len(words) < 2 or words[0] != HEADER or words[1] not in (b"show", b"hide"):
        raise ValueError("not a BiliDrop message")
    request = ""
    if len(words) > 2 and words[2].startswith(b"do="):
        request = words.pop(2)[3:].decode("ascii")
        if request not in REQUESTS:
            raise ValueError("not a request BiliDrop knows")
    if len(words) > 2 and words[2].startswith(TOKEN):
        words.pop(2)  # read by activation_token()
    paths = [Path(os.fsdecode(bytes.fromhex(word.decode("ascii")))) for word in words[2:]]
    return paths, words[1] == b"show", request


def hand_over(kind: str, paths: Iterable[str | os.PathLike[str]], **options: Any) -> bool:
    """Give the paths to a running window of this kind; False when none is running. The
    options are hand_over_words' (show, request, token)."""
    return hand_over_words(kind, paths, **options) is not None


def hand_over_words(
    kind: str,
    paths: Iterable[str | os.PathLike[str]],
    *,
    show: bool = True,
    request: str = "",
    token: str = "",
) -> str | None:
    """Give the paths to a running window of this kind: the window's words for what it
    took ("" if it said none), or None when no window is running.

    Blocking (it runs before any window exists), at most about two seconds; TimeoutError
    when a window took the connection but did not answer."""
    message = encode(paths, show, request, token)
    exchange = _exchange_pipe if sys.platform == "win32" else _exchange_socket
    answer = exchange(instance_address(kind), message)
    if answer is None:
        return None
    if not answer.startswith(ACK):
        raise TimeoutError("the running BiliDrop did not answer")
    words = answer[len(ACK) :].split(b"\n", 1)[0]
    return words.decode("utf-8", "replace")


def _exchange_socket(address: str, message: bytes) -> bytes | None:
    import _socket  # the C module behind `socket`, without its enums

    channel = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    try:
        channel.settimeout(CONNECT_SECONDS)
        try:
            channel.connect(address)
        except (FileNotFoundError, ConnectionRefusedError, NotADirectoryError):
            return None  # nobody listens there (or a crash left the file)
        channel.settimeout(REPLY_SECONDS)
        answer = b""
        try:
            channel.sendall(message)
            while len(answer) < MAX_REPLY_BYTES and (chunk := channel.recv(4096)):
                answer += chunk  # until the window closes the connection
        except OSError:  # a timeout, or the window closed the connection
            pass
        return answer
    finally:
        channel.close()


def _exchange_pipe(address: str, message: bytes) -> bytes | None:
    """Windows: the server's named pipe, opened as a file (one write is one message)."""
    import threading

    try:
        pipe = open(address, "r+b", buffering=0)  # noqa: SIM115 (closed below)
    except FileNotFoundError:
        return None
    answer: list[bytes] = []

    def talk() -> None:
        try:
            pipe.write(message)
            answer.append(pipe.read(MAX_REPLY_BYTES) or b"")
        except OSError:
            answer.append(b"")

    talker = threading.Thread(target=talk, daemon=True)  # a read has no timeout of its own
    talker.start()
    talker.join(REPLY_SECONDS)
    pipe.close()
    return answer[0] if answer else b""
