"""A shortcut as the platforms take it: a Qt key sequence ("Ctrl+Alt+X", as Settings store
it) turned into X11's keysym and modifier mask, or Windows' virtual key and MOD_ flags.

Qt writes macOS's Command key as "Ctrl" (and Control as "Meta"), so the same text means the
platform's usual modifier everywhere: the macOS defaults below read Cmd+Shift+X.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from gui.i18n import tr

_MODIFIERS = (
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.AltModifier,
    Qt.KeyboardModifier.MetaModifier,
)


class Chord(NamedTuple):
    """One key with its modifiers (Qt's values)."""

    key: int
    modifiers: Qt.KeyboardModifier

    def text(self) -> str:
        """As Settings store it and the key-sequence editor shows it."""
        combined = QKeySequence(self.modifiers.value | self.key)
        return combined.toString(QKeySequence.SequenceFormat.PortableText)


class ChordError(ValueError):
    """The text is not one key with modifiers (said in words)."""


def parse_chord(text: str) -> Chord | None:
    """The chord of "Ctrl+Alt+X"; None for "" (no shortcut); ChordError for anything a global
    shortcut cannot be: several chords, a modifier alone, a key with no modifier."""
    text = text.strip()
    if not text:
        return None
    sequence = QKeySequence.fromString(text, QKeySequence.SequenceFormat.PortableText)
    if sequence.count() != 1:
        raise ChordError(tr("{keys} is not one key with modifiers").format(keys=text))
    combination = sequence[0]  # type: ignore[index]  # QKeySequence is indexable
    key, modifiers = int(combination.key()), combination.keyboardModifiers()
    if key in (0, int(Qt.Key.Key_unknown)) or key in _MODIFIER_KEYS:
        raise ChordError(tr("{keys} has no key besides its modifiers").format(keys=text))
    if not any(modifiers & flag for flag in _MODIFIERS) and not _is_function_key(key):
        raise ChordError(
            tr("{keys} needs a modifier (Ctrl, Alt, Shift or the logo key)").format(keys=text)
        )
    return Chord(key, modifiers)


_MODIFIER_KEYS = {
    int(k) for k in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta)
}


def _is_function_key(key: int) -> bool:
    return int(Qt.Key.Key_F1) <= key <= int(Qt.Key.Key_F35) or key == int(Qt.Key.Key_Print)


# --- X11 ---------------------------------------------------------------------------------------

X_SHIFT, X_LOCK, X_CONTROL, X_MOD1, X_MOD2, X_MOD4 = 1, 2, 4, 8, 16, 64
# A grab holds for exactly one modifier state: the same chord with Caps Lock and Num Lock on.
X_LOCK_VARIANTS = (0, X_LOCK, X_MOD2, X_LOCK | X_MOD2)

_X_NAMED = {
    int(Qt.Key.Key_Print): 0xFF61,
    int(Qt.Key.Key_Space): 0x0020,
    int(Qt.Key.Key_Return): 0xFF0D,
    int(Qt.Key.Key_Insert): 0xFF63,
    int(Qt.Key.Key_Delete): 0xFFFF,
    int(Qt.Key.Key_Home): 0xFF50,
    int(Qt.Key.Key_End): 0xFF57,
    int(Qt.Key.Key_PageUp): 0xFF55,
    int(Qt.Key.Key_PageDown): 0xFF56,
    int(Qt.Key.Key_Pause): 0xFF13,
}


def x11_keysym(key: int) -> int:
    """The keysym X11 grabs for a Qt key; ChordError for one it has no name for."""
    if int(Qt.Key.Key_A) <= key <= int(Qt.Key.Key_Z):
        return key + 0x20  # XK_a..XK_z: a grab is by keycode, the lower case names it
    if int(Qt.Key.Key_0) <= key <= int(Qt.Key.Key_9):
        return key  # XK_0..XK_9 are ASCII
    if int(Qt.Key.Key_F1) <= key <= int(Qt.Key.Key_F35):
        return 0xFFBE + key - int(Qt.Key.Key_F1)
    if key in _X_NAMED:
        return _X_NAMED[key]
    if 0x20 < key < 0x7F:
        return key  # punctuation: Latin-1 keysyms are the characters
    raise ChordError(tr("This key cannot be a global shortcut."))


def modifier_bits(
    modifiers: Qt.KeyboardModifier, *, shift: int, control: int, alt: int, meta: int
) -> int:
    """Qt's modifiers as a platform's bit mask, given that platform's bit for each."""
    bits = 0
    for flag, bit in (
        (Qt.KeyboardModifier.ShiftModifier, shift),
        (Qt.KeyboardModifier.ControlModifier, control),
        (Qt.KeyboardModifier.AltModifier, alt),
        (Qt.KeyboardModifier.MetaModifier, meta),
    ):
        if modifiers & flag:
            bits |= bit
    return bits


def x11_modifiers(modifiers: Qt.KeyboardModifier) -> int:
    return modifier_bits(modifiers, shift=X_SHIFT, control=X_CONTROL, alt=X_MOD1, meta=X_MOD4)


# --- Windows -----------------------------------------------------------------------------------

MOD_ALT, MOD_CONTROL, MOD_SHIFT, MOD_WIN, MOD_NOREPEAT = 0x1, 0x2, 0x4, 0x8, 0x4000

_VK_NAMED = {
    int(Qt.Key.Key_Print): 0x2C,
    int(Qt.Key.Key_Space): 0x20,
    int(Qt.Key.Key_Return): 0x0D,
    int(Qt.Key.Key_Insert): 0x2D,
    int(Qt.Key.Key_Delete): 0x2E,
    int(Qt.Key.Key_Home): 0x24,
    int(Qt.Key.Key_End): 0x23,
    int(Qt.Key.Key_PageUp): 0x21,
    int(Qt.Key.Key_PageDown): 0x22,
    int(Qt.Key.Key_Pause): 0x13,
}


def windows_hotkey(chord: Chord) -> tuple[int, int]:
    """RegisterHotKey's (fsModifiers, vk) for a chord: held keys do not repeat the press."""
    key = chord.key
    if int(Qt.Key.Key_A) <= key <= int(Qt.Key.Key_Z) or int(Qt.Key.Key_0) <= key <= int(
        Qt.Key.Key_9
    ):
        vk = key  # VK_A.. and VK_0.. are the ASCII capitals and digits
    elif int(Qt.Key.Key_F1) <= key <= int(Qt.Key.Key_F24):
        vk = 0x70 + key - int(Qt.Key.Key_F1)
    elif key in _VK_NAMED:
        vk = _VK_NAMED[key]
    else:
        raise ChordError(tr("This key cannot be a global shortcut."))
    flags = modifier_bits(
        chord.modifiers, shift=MOD_SHIFT, control=MOD_CONTROL, alt=MOD_ALT, meta=MOD_WIN
    )
    return flags | MOD_NOREPEAT, vk
