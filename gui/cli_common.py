"""What every command-line module shares: the commands, exit statuses, the cookie variable's
name, and how a usage error is said."""

from __future__ import annotations

import sys

TYPE_CHECKING = False  # typing imports `re`: this module is on the hand-over's path
if TYPE_CHECKING:
    from gui.bili.errors import BiliError

COOKIE_ENV = "BILIDROP_COOKIE"
COMMANDS = (
    "upload",
    "status",
    "history",
    "login",
    "logout",
    "refresh",
    "whoami",
    "emulator",
    "capture",
)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_SIGNED_OUT = 2
EXIT_UNREACHABLE = 3
EXIT_SLOWED_DOWN = 4  # the service asked to slow down (risk control, too many requests)
EXIT_USAGE = 64
EXIT_CANCELLED = 130


def fail_usage(message: str) -> int:
    """Say what to fix on stderr; the usage error's exit status."""
    print(f"bilidrop: {message}", file=sys.stderr)
    return EXIT_USAGE


def exit_code_for(error: BiliError | None) -> int:
    """The exit status for how a request to the service ended (None: it succeeded); the
    state it stands for is the one the window shows (gui/session/connection_state.py)."""
    from gui.session.connection_state import ConnectionState, state_of

    if error is None:
        return EXIT_OK
    return {
        ConnectionState.SIGNED_OUT: EXIT_SIGNED_OUT,
        ConnectionState.COOLING_DOWN: EXIT_SLOWED_DOWN,
        ConnectionState.OFFLINE: EXIT_UNREACHABLE,
    }[state_of(error)]


def utf8_output() -> None:
    """Redirected output (`bilidrop upload *.png > links.txt`) is UTF-8 whatever the
    system's code page: on Windows it is cp1252 or cp936, where a Chinese name or an emoji
    raised UnicodeEncodeError and ended the batch. On a console, a character it cannot show
    is replaced, never an error. (A windowed executable has no streams at all.)"""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue
        try:
            if stream.isatty():
                reconfigure(errors="replace")
            else:
                reconfigure(encoding="utf-8", errors="replace")
        except (OSError, ValueError):
            continue
