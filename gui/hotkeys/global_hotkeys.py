"""The global shortcuts as the window uses them: set from Settings, refused in words, pressed
as a Qt signal. Which way a platform allows: an X11 key grab, Windows' RegisterHotKey, the
GlobalShortcuts portal on a Wayland desktop that has it, Carbon's RegisterEventHotKey on
macOS; elsewhere (other Wayland desktops) BiliDrop takes no keys itself and says how to bind
`bilidrop capture` in the desktop's own shortcut settings instead."""

from __future__ import annotations

import contextlib
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QGuiApplication

from gui.hotkeys.keys import Chord, ChordError, parse_chord
from gui.hotkeys.names import NO_PORTAL, TAKEN, Hotkey
from gui.i18n import tr


def way_here(platform: str, qpa: str) -> str:
    """ "x11", "windows", "macos", "portal" or "none": how this desktop lets a program take a global
    key ("portal": ask the desktop, which may not have the interface)."""
    if platform == "win32":
        return "windows"
    if platform == "darwin":
        return "macos"
    if platform.startswith("linux") and qpa == "xcb":
        return "x11"
    if platform.startswith("linux") and qpa.startswith("wayland"):
        return "portal"
    return "none"


def bind_it_yourself(platform: str) -> str:
    """What Settings says where BiliDrop cannot take global keys itself."""
    if platform == "darwin":
        return tr(
            "BiliDrop cannot take global shortcuts on macOS yet. In the Shortcuts app, make "
            "a shortcut that runs the shell script “bilidrop capture” and give it a key."
        )
    return tr(
        "This desktop (Wayland) lets no program take global keys by itself. Bind the "
        "command “bilidrop capture” (or “bilidrop capture --clipboard”) to a key in your desktop's "
        "keyboard settings: GNOME: Settings › Keyboard › Custom Shortcuts; KDE: System "
        "Settings › Shortcuts › Custom Shortcuts."
    )


class GlobalHotkeys(QObject):
    """Signals:
    activated(str): a Hotkey's value was pressed (on the GUI thread).
    """

    activated = Signal(str)

    def __init__(self, parent: QObject | None = None, *, way: str | None = None) -> None:
        super().__init__(parent)
        self.way = way or way_here(sys.platform, QGuiApplication.platformName())
        self.refusals: dict[Hotkey, str] = {}
        self._backend: Any = None
        self._broken = ""  # why the backend could not start, in words
        self._no_portal = False  # "portal": the desktop has no GlobalShortcuts interface

    @property
    def available(self) -> bool:
        return self.way != "none" and not self._no_portal

    def apply(self, hotkey: Hotkey, text: str) -> str:
        """Take `text` ("Ctrl+Alt+X"; "" for none) for `hotkey`; returns, and keeps in
        `refusals`, why it could not be taken ("" when it was, or none was asked)."""
        refusal = self._take(hotkey, text)
        if refusal:
            self.refusals[hotkey] = refusal
        else:
            self.refusals.pop(hotkey, None)
        return refusal

    def _take(self, hotkey: Hotkey, text: str) -> str:
        try:
            chord = parse_chord(text)
        except ChordError as error:
            return str(error)
        backend = self._ensure_backend() if chord is not None or self._backend else None
        if chord is None and backend is None:
            return ""
        if backend is None:
            return self._broken or bind_it_yourself(sys.platform)
        try:
            answer = backend.grab(hotkey.value, chord)
        except ChordError as error:
            return str(error)
        if answer == NO_PORTAL:
            self._no_portal = True
            return bind_it_yourself(sys.platform)
        if answer == TAKEN:
            return tr("{keys} is already used by another program: choose another shortcut.").format(
                keys=_shown(chord)
            )
        if answer:
            return tr("{keys} could not be set up: {reason}").format(
                keys=_shown(chord), reason=answer
            )
        return ""

    def _ensure_backend(self) -> Any:
        if self._backend is not None or self._broken or not self.available:
            return self._backend
        pressed = self.activated.emit
        try:
            if self.way == "windows":
                from gui.hotkeys.windows import WindowsHotkeys

                self._backend = WindowsHotkeys(pressed)
                QCoreApplication.instance().installNativeEventFilter(self._backend)  # type: ignore[union-attr]
            elif self.way == "macos":
                from gui.hotkeys.macos import MacHotkeys

                self._backend = MacHotkeys(pressed)
            elif self.way == "portal":
                from gui.hotkeys.portal_shortcuts import PortalShortcuts

                self._backend = PortalShortcuts(pressed)
            else:
                from gui.hotkeys.x11 import X11Grabs

                self._backend = X11Grabs(pressed)
        except Exception as error:  # no X connection, no user32: said in Settings
            self._broken = tr("Global shortcuts are not available here: {reason}").format(
                reason=str(error) or type(error).__name__
            )
        return self._backend

    def close(self) -> None:
        if self._backend is not None:
            with contextlib.suppress(Exception):
                self._backend.close()
            self._backend = None


def _shown(chord: Chord | None) -> str:
    from PySide6.QtGui import QKeySequence

    if chord is None:
        return ""
    combined = QKeySequence(chord.modifiers.value | chord.key)
    return combined.toString(QKeySequence.SequenceFormat.NativeText)
