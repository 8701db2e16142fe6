"""The global shortcuts' names and defaults, with no Qt (Settings read them at start-up;
gui/hotkeys/keys.py, which needs Qt's key enums, loads only when the keys are taken)."""

from __future__ import annotations

import sys
from enum import StrEnum

TAKEN = "taken"  # what a backend answers when another program holds the chord
NO_PORTAL = "no portal"  # the desktop has no GlobalShortcuts portal


class Hotkey(StrEnum):
    """The global shortcuts BiliDrop offers."""

    CAPTURE = "capture"  # freeze the screen and choose what to send
    CLIPBOARD = "clipboard"  # upload what is on the clipboard, window left where it is


DEFAULTS = {
    Hotkey.CAPTURE: "Ctrl+Shift+X" if sys.platform == "darwin" else "Ctrl+Alt+X",
    Hotkey.CLIPBOARD: "Ctrl+Shift+U" if sys.platform == "darwin" else "Ctrl+Alt+U",
}
