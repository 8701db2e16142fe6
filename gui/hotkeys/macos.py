"""Global shortcuts on macOS: Carbon's RegisterEventHotKey (still the way apps take a global
key; no permission needed), and one handler for kEventHotKeyPressed on the application's
event target, which Cocoa's run loop (Qt's) dispatches.

Qt names the Command key "Ctrl" and the Control key "Meta"; the mapping below follows."""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from gui.hotkeys.keys import Chord, ChordError, modifier_bits
from gui.hotkeys.names import TAKEN
from gui.i18n import tr

CMD_KEY, SHIFT_KEY, OPTION_KEY, CONTROL_KEY = 0x0100, 0x0200, 0x0800, 0x1000
HOT_KEY_EXISTS = -9878  # eventHotKeyExistsErr: another program holds it
SIGNATURE = int.from_bytes(b"BDrp", "big")  # our hot keys' four-character code
K_EVENT_CLASS_KEYBOARD = int.from_bytes(b"keyb", "big")
K_EVENT_HOT_KEY_PRESSED = 5
K_EVENT_PARAM_DIRECT_OBJECT = int.from_bytes(b"----", "big")
TYPE_EVENT_HOT_KEY_ID = int.from_bytes(b"hkid", "big")

# Virtual key codes of the ANSI layout (HIToolbox's kVK_*): the key's place, not its letter.
_LETTERS = dict(zip("ASDFHGZXCV", range(0x00, 0x0A), strict=True)) | {
    "B": 0x0B, "Q": 0x0C, "W": 0x0D, "E": 0x0E, "R": 0x0F, "Y": 0x10, "T": 0x11, "O": 0x1F,
    "U": 0x20, "I": 0x22, "P": 0x23, "L": 0x25, "J": 0x26, "K": 0x28, "N": 0x2D, "M": 0x2E,
    "1": 0x12, "2": 0x13, "3": 0x14, "4": 0x15, "6": 0x16, "5": 0x17, "9": 0x19, "7": 0x1A,
    "8": 0x1C, "0": 0x1D,
}  # fmt: skip
_FUNCTION = (0x7A, 0x78, 0x63, 0x76, 0x60, 0x61, 0x62, 0x64, 0x65, 0x6D, 0x67, 0x6F)  # F1..F12
_NAMED = {int(Qt.Key.Key_Space): 0x31, int(Qt.Key.Key_Return): 0x24}


def carbon_hotkey(chord: Chord) -> tuple[int, int]:
    """RegisterEventHotKey's (key code, modifiers) for a chord."""
    key = chord.key
    if 0x20 < key < 0x7F and chr(key) in _LETTERS:
        code = _LETTERS[chr(key)]
    elif int(Qt.Key.Key_F1) <= key <= int(Qt.Key.Key_F12):
        code = _FUNCTION[key - int(Qt.Key.Key_F1)]
    elif key in _NAMED:
        code = _NAMED[key]
    else:
        raise ChordError(tr("This key cannot be a global shortcut."))
    modifiers = modifier_bits(
        chord.modifiers, shift=SHIFT_KEY, control=CMD_KEY, alt=OPTION_KEY, meta=CONTROL_KEY
    )
    return code, modifiers


class EventHotKeyID(ctypes.Structure):
    _fields_ = [("signature", ctypes.c_uint32), ("id", ctypes.c_uint32)]


HANDLER = ctypes.CFUNCTYPE(ctypes.c_int32, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)


class MacHotkeys:
    """`pressed(name)` on the main thread (the run loop's). `carbon` is the framework (a
    test's stand-in where there is none)."""

    def __init__(self, pressed: Callable[[str], None], carbon: Any = None) -> None:
        if carbon is None:
            carbon = ctypes.cdll.LoadLibrary("/System/Library/Frameworks/Carbon.framework/Carbon")
        self._carbon = carbon
        self._pressed = pressed
        self._refs: dict[int, tuple[str, ctypes.c_void_p]] = {}
        self._next_id = 1
        self._handler = HANDLER(self._on_event)  # kept: Carbon holds only the pointer
        spec = (ctypes.c_uint32 * 2)(K_EVENT_CLASS_KEYBOARD, K_EVENT_HOT_KEY_PRESSED)
        carbon.InstallEventHandler(
            carbon.GetApplicationEventTarget(), self._handler, 1, spec, None, None
        )

    def grab(self, name: str, chord: Chord | None) -> str:
        for number, (held, ref) in list(self._refs.items()):
            if held == name:
                self._carbon.UnregisterEventHotKey(ref)
                del self._refs[number]
        if chord is None:
            return ""
        code, modifiers = carbon_hotkey(chord)
        number, self._next_id = self._next_id, self._next_id + 1
        ref = ctypes.c_void_p()
        status = self._carbon.RegisterEventHotKey(
            code,
            modifiers,
            EventHotKeyID(SIGNATURE, number),
            self._carbon.GetApplicationEventTarget(),
            0,
            ctypes.byref(ref),
        )
        if status == HOT_KEY_EXISTS:
            return TAKEN
        if status != 0:
            return f"error {status}"
        self._refs[number] = (name, ref)
        return ""

    def _on_event(self, handler_call: Any, event: Any, data: Any) -> int:
        hot_key = EventHotKeyID()
        status = self._carbon.GetEventParameter(
            event,
            K_EVENT_PARAM_DIRECT_OBJECT,
            TYPE_EVENT_HOT_KEY_ID,
            None,
            ctypes.sizeof(hot_key),
            None,
            ctypes.byref(hot_key),
        )
        self.on_hot_key(hot_key.signature, hot_key.id) if status == 0 else None
        return 0

    def on_hot_key(self, signature: int, number: int) -> None:
        if signature == SIGNATURE and number in self._refs:
            self._pressed(self._refs[number][0])

    def close(self) -> None:
        for _, ref in self._refs.values():
            self._carbon.UnregisterEventHotKey(ref)
        self._refs.clear()
