"""Global shortcuts on Windows: RegisterHotKey for the GUI thread (no window handle), and the
WM_HOTKEY message it posts, seen by a native event filter on Qt's event dispatcher."""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray

from gui.hotkeys.keys import Chord, windows_hotkey
from gui.hotkeys.names import TAKEN

WM_HOTKEY = 0x0312
ERROR_HOTKEY_ALREADY_REGISTERED = 1409


class MSG(ctypes.Structure):
    """The fields of Windows' MSG that a hot key fills (the rest is not read)."""

    _fields_ = [
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint),
        ("wParam", ctypes.c_size_t),
        ("lParam", ctypes.c_ssize_t),
    ]


def hotkey_id(message_address: int) -> int | None:
    """The id of the hot key a "windows_generic_MSG" reports, or None for any other message."""
    message = MSG.from_address(message_address)
    return int(message.wParam) if message.message == WM_HOTKEY else None


class WindowsHotkeys(QAbstractNativeEventFilter):
    """Install with QCoreApplication.installNativeEventFilter; `pressed(name)` on the GUI
    thread."""

    def __init__(
        self,
        pressed: Callable[[str], None],
        user32: Any = None,
        last_error: Callable[[], int] | None = None,
    ) -> None:
        super().__init__()
        if user32 is None:
            user32 = ctypes.WinDLL("user32", use_last_error=True)  # type: ignore[attr-defined]
        self._user32 = user32
        self._last_error = last_error or ctypes.get_last_error  # type: ignore[attr-defined]
        self._pressed = pressed
        self._ids: dict[int, str] = {}
        self._next_id = 1

    def grab(self, name: str, chord: Chord | None) -> str:
        for number, held in list(self._ids.items()):
            if held == name:
                self._user32.UnregisterHotKey(None, number)
                del self._ids[number]
        if chord is None:
            return ""
        flags, vk = windows_hotkey(chord)
        number, self._next_id = self._next_id, self._next_id + 1
        if not self._user32.RegisterHotKey(None, number, flags, vk):
            error = self._last_error()
            return TAKEN if error in (0, ERROR_HOTKEY_ALREADY_REGISTERED) else f"error {error}"
        self._ids[number] = name
        return ""

    def nativeEventFilter(  # PySide6 hands the message over as its address
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> tuple[bool, int]:
        if bytes(event_type.data() if isinstance(event_type, QByteArray) else event_type) == (
            b"windows_generic_MSG"
        ):
            number = hotkey_id(int(message))
            if number in self._ids:
                self._pressed(self._ids[number])
                return True, 0
        return False, 0

    def close(self) -> None:
        for number in list(self._ids):
            self._user32.UnregisterHotKey(None, number)
        self._ids.clear()
