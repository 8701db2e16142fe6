"""Global shortcuts: the text Settings keep, what X11 and Windows are asked for, and a chord
another program already holds, refused in words (on a real X server)."""

from __future__ import annotations

import ctypes
import os
import threading

import pytest
from PySide6.QtCore import QByteArray, Qt

from gui.hotkeys.global_hotkeys import GlobalHotkeys, way_here
from gui.hotkeys.keys import (
    MOD_ALT,
    MOD_CONTROL,
    MOD_NOREPEAT,
    MOD_SHIFT,
    MOD_WIN,
    X_CONTROL,
    X_MOD1,
    X_MOD4,
    X_SHIFT,
    Chord,
    ChordError,
    parse_chord,
    windows_hotkey,
    x11_keysym,
    x11_modifiers,
)
from gui.hotkeys.names import TAKEN, Hotkey
from gui.hotkeys.windows import MSG, WM_HOTKEY, WindowsHotkeys, hotkey_id

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def chord(text: str) -> Chord:
    parsed = parse_chord(text)
    assert parsed is not None
    return parsed


def test_a_chord_is_parsed_from_and_written_back_to_settings_text() -> None:
    parsed = chord("Ctrl+Alt+X")
    assert parsed == Chord(int(Qt.Key.Key_X), CTRL_ALT)
    assert parsed.text() == "Ctrl+Alt+X"
    assert parse_chord("") is None
    assert parse_chord("Print") == Chord(int(Qt.Key.Key_Print), Qt.KeyboardModifier.NoModifier)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("X", "needs a modifier"),
        ("Ctrl+Alt", "no key besides"),
        ("Ctrl+A, Ctrl+B", "not one key"),
    ],
)
def test_what_cannot_be_a_global_shortcut_is_refused_in_words(text: str, why: str) -> None:
    with pytest.raises(ChordError, match=why):
        parse_chord(text)


def test_x11_is_asked_for_the_lower_case_keysym_and_the_modifier_bits() -> None:
    assert x11_keysym(int(Qt.Key.Key_X)) == ord("x")
    assert x11_keysym(int(Qt.Key.Key_F12)) == 0xFFC9
    assert x11_keysym(int(Qt.Key.Key_Print)) == 0xFF61
    everything = CTRL_ALT | Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.MetaModifier
    assert x11_modifiers(everything) == X_CONTROL | X_MOD1 | X_SHIFT | X_MOD4


def test_windows_is_asked_for_the_virtual_key_and_mod_flags_without_repeats() -> None:
    assert windows_hotkey(chord("Ctrl+Alt+X")) == (MOD_CONTROL | MOD_ALT | MOD_NOREPEAT, 0x58)
    assert windows_hotkey(chord("Meta+Shift+F1")) == (MOD_WIN | MOD_SHIFT | MOD_NOREPEAT, 0x70)
    with pytest.raises(ChordError):
        windows_hotkey(Chord(int(Qt.Key.Key_F30), CTRL_ALT))


class FakeUser32:
    """RegisterHotKey as Windows answers it (a unit test's stand-in: no Windows here)."""

    def __init__(self, taken: set[tuple[int, int]]) -> None:
        self.taken = taken
        self.registered: dict[int, tuple[int, int]] = {}
        self.last_error = 0

    def RegisterHotKey(self, hwnd: object, number: int, flags: int, vk: int) -> bool:
        if (flags & ~MOD_NOREPEAT, vk) in self.taken:
            self.last_error = 1409  # ERROR_HOTKEY_ALREADY_REGISTERED
            return False
        self.registered[number] = (flags, vk)
        return True

    def UnregisterHotKey(self, hwnd: object, number: int) -> bool:
        return self.registered.pop(number, None) is not None


def test_windows_hot_keys_register_refuse_and_arrive_as_wm_hotkey() -> None:
    pressed: list[str] = []
    user32 = FakeUser32(taken={(MOD_CONTROL | MOD_ALT, 0x55)})
    hotkeys = WindowsHotkeys(pressed.append, user32, last_error=lambda: user32.last_error)
    assert hotkeys.grab("capture", chord("Ctrl+Alt+X")) == ""
    assert hotkeys.grab("clipboard", chord("Ctrl+Alt+U")) == TAKEN
    assert list(user32.registered.values()) == [(MOD_CONTROL | MOD_ALT | MOD_NOREPEAT, 0x58)]
    (number,) = user32.registered
    message = MSG(None, WM_HOTKEY, number, 0)
    address = ctypes.addressof(message)
    assert hotkey_id(address) == number
    assert hotkeys.nativeEventFilter(QByteArray(b"windows_generic_MSG"), address) == (True, 0)
    assert pressed == ["capture"]
    other = MSG(None, 0x0100, number, 0)  # WM_KEYDOWN: not ours
    assert hotkeys.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(other)) == (False, 0)
    hotkeys.grab("capture", None)  # "none" in Settings: given back
    assert user32.registered == {}


def test_the_way_of_each_platform() -> None:
    assert way_here("win32", "windows") == "windows"
    assert way_here("linux", "xcb") == "x11"
    assert way_here("linux", "wayland") == "portal"  # if the desktop has it
    assert way_here("darwin", "cocoa") == "macos"
    assert way_here("freebsd14", "xcb") == "none"


def test_on_x11_a_chord_another_program_holds_is_refused_and_a_free_one_fires(
    x_display: dict[str, str], qtbot, monkeypatch
) -> None:
    from Xlib import XK, X, display

    monkeypatch.setenv("DISPLAY", x_display["DISPLAY"])
    other = display.Display(x_display["DISPLAY"])  # "QQ", holding Ctrl+Alt+X first
    keycode = other.keysym_to_keycode(XK.string_to_keysym("x"))
    other.screen().root.grab_key(
        keycode, X_CONTROL | X_MOD1, False, X.GrabModeAsync, X.GrabModeAsync
    )
    other.sync()
    hotkeys = GlobalHotkeys(way="x11")
    try:
        refusal = hotkeys.apply(Hotkey.CAPTURE, "Ctrl+Alt+X")
        assert "already used by another program" in refusal
        assert hotkeys.refusals == {Hotkey.CAPTURE: refusal}
        assert hotkeys.apply(Hotkey.CAPTURE, "Ctrl+Alt+Y") == ""
        assert hotkeys.refusals == {}
        for keys in (["ctrl+alt+y"], ["Num_Lock", "ctrl+alt+y"]):  # Num Lock on: still it
            presser = threading.Thread(target=_press, args=(x_display, *keys))
            with qtbot.waitSignal(hotkeys.activated) as fired:
                presser.start()
            presser.join()
            assert fired.args == [Hotkey.CAPTURE.value]
    finally:
        hotkeys.close()
        other.close()


def _press(env: dict[str, str], *keys: str) -> None:
    import subprocess

    subprocess.run(["xdotool", "key", *keys], env=env, check=True, timeout=20)


def test_without_an_x_display_the_reason_is_said_not_raised(monkeypatch) -> None:
    monkeypatch.setenv("DISPLAY", ":" + str(9000 + os.getpid() % 500))
    hotkeys = GlobalHotkeys(way="x11")
    refusal = hotkeys.apply(Hotkey.CAPTURE, "Ctrl+Alt+X")
    assert refusal.startswith("Global shortcuts are not available here")
    assert hotkeys.apply(Hotkey.CLIPBOARD, "") == ""


def test_macos_is_asked_for_the_ansi_key_code_with_cmd_for_qts_ctrl() -> None:
    from gui.hotkeys.macos import CMD_KEY, CONTROL_KEY, OPTION_KEY, SHIFT_KEY, carbon_hotkey

    assert carbon_hotkey(chord("Ctrl+Shift+X")) == (0x07, CMD_KEY | SHIFT_KEY)  # Cmd+Shift+X
    assert carbon_hotkey(chord("Meta+Alt+U")) == (0x20, CONTROL_KEY | OPTION_KEY)
    assert carbon_hotkey(chord("Ctrl+F5")) == (0x60, CMD_KEY)
    with pytest.raises(ChordError):
        carbon_hotkey(chord("Ctrl+Print"))


class FakeCarbon:
    """Carbon's hot-key calls as macOS answers them (a stand-in: no macOS here)."""

    def __init__(self, taken: set[tuple[int, int]]) -> None:
        self.taken = taken
        self.registered: dict[int, tuple[int, int]] = {}
        self.handlers: list[object] = []

    def GetApplicationEventTarget(self) -> int:
        return 1

    def InstallEventHandler(self, target, handler, count, spec, data, out) -> int:
        self.handlers.append(handler)
        return 0

    def RegisterEventHotKey(self, code, modifiers, hot_key_id, target, options, ref) -> int:
        if (code, modifiers) in self.taken:
            return -9878
        self.registered[hot_key_id.id] = (code, modifiers)
        return 0

    def UnregisterEventHotKey(self, ref) -> int:
        self.registered.popitem()
        return 0


def test_macos_hot_keys_register_refuse_and_fire() -> None:
    from gui.hotkeys.macos import CMD_KEY, SHIFT_KEY, SIGNATURE, MacHotkeys

    pressed: list[str] = []
    carbon = FakeCarbon(taken={(0x20, CMD_KEY | SHIFT_KEY)})
    hotkeys = MacHotkeys(pressed.append, carbon)
    assert len(carbon.handlers) == 1  # one handler for every hot key
    assert hotkeys.grab("capture", chord("Ctrl+Shift+X")) == ""
    assert hotkeys.grab("clipboard", chord("Ctrl+Shift+U")) == TAKEN
    (number,) = carbon.registered
    hotkeys.on_hot_key(SIGNATURE, number)
    hotkeys.on_hot_key(SIGNATURE + 1, number)  # another program's signature: not ours
    assert pressed == ["capture"]
    hotkeys.close()
    assert carbon.registered == {}
