"""Bringing the window forward on Wayland, where a window may not raise itself: with an
xdg-activation token from the program the user acted in (the notification daemon, or the
launcher that started `bilidrop FILE` and handed the files over). Qt's xdg-shell plugin takes
the token from XDG_ACTIVATION_TOKEN the next time a window asks to be activated, and then
clears it. Elsewhere (X11, Windows, macOS) activating needs no token and this does nothing."""

from __future__ import annotations

import os

from PySide6.QtGui import QGuiApplication

TOKEN_VARIABLE = "XDG_ACTIVATION_TOKEN"  # noqa: S105 (a variable's name, not a secret)
MAX_TOKEN_CHARS = 512  # compositors' tokens are a few dozen characters


def usable_token(token: str) -> bool:
    """A token as compositors make them: short, printable ASCII, no spaces (it came over the
    session bus or the hand-over channel: checked before it goes into the environment)."""
    return (
        0 < len(token) <= MAX_TOKEN_CHARS
        and token.isascii()
        and token.isprintable()
        and (" " not in token)
    )


def use_activation_token(token: str, platform: str | None = None) -> bool:
    """The next activation of a window uses `token`; True when it was taken."""
    platform = platform if platform is not None else QGuiApplication.platformName()
    if not platform.startswith("wayland") or not usable_token(token):
        return False
    os.environ[TOKEN_VARIABLE] = token
    return True
