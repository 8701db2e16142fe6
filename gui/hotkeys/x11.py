"""Global shortcuts on X11: a passive key grab on the root window (python-xlib), on a
connection and a thread of its own, for each chord and each Caps Lock / Num Lock state.

python-xlib is not thread-safe, so every request is made on the grabbing thread: the GUI
thread asks through a queue and waits (briefly) for the answer, which says whether the X
server refused the grab (another program holds the chord: BadAccess).
"""

from __future__ import annotations

import contextlib
import os
import queue
import select
import threading
from collections.abc import Callable
from typing import Any

from gui.hotkeys.keys import (
    X_CONTROL,
    X_LOCK_VARIANTS,
    X_MOD1,
    X_MOD4,
    X_SHIFT,
    Chord,
    x11_keysym,
    x11_modifiers,
)
from gui.hotkeys.names import TAKEN

_CHORD_MASK = X_SHIFT | X_CONTROL | X_MOD1 | X_MOD4

ANSWER_SECONDS = 2.0


class X11Grabs:
    """Grabs chords on the X display; `pressed(name)` is called on the grabbing thread."""

    def __init__(self, pressed: Callable[[str], None], display_name: str | None = None) -> None:
        from Xlib import display as xdisplay

        self._display: Any = xdisplay.Display(display_name)  # Xlib.error.DisplayError: none
        self._root = self._display.screen().root
        self._pressed = pressed
        self._grabbed: dict[str, tuple[int, int]] = {}  # name: (keycode, modifier mask)
        self._requests: queue.Queue[tuple[Callable[[], str], queue.Queue[str]]] = queue.Queue()
        self._wake_read, self._wake_write = os.pipe()
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="hotkeys-x11", daemon=True)
        self._thread.start()

    def grab(self, name: str, chord: Chord | None) -> str:
        """Grab `chord` for `name` (releasing what `name` had); "" or the refusal's words."""
        return self._ask(lambda: self._regrab(name, chord))

    def close(self) -> None:
        if self._stopping.is_set():
            return
        self._stopping.set()
        os.write(self._wake_write, b"x")
        self._thread.join(ANSWER_SECONDS)
        with contextlib.suppress(Exception):
            self._display.close()
        for fd in (self._wake_read, self._wake_write):
            with contextlib.suppress(OSError):
                os.close(fd)

    def _ask(self, request: Callable[[], str]) -> str:
        if self._stopping.is_set():
            return "closed"
        answer: queue.Queue[str] = queue.Queue()
        self._requests.put((request, answer))
        os.write(self._wake_write, b"r")
        try:
            return answer.get(timeout=ANSWER_SECONDS)
        except queue.Empty:
            return "the X server did not answer"

    # --- on the grabbing thread ---------------------------------------------------------------

    def _run(self) -> None:
        from Xlib import X

        while not self._stopping.is_set():
            ready, _, _ = select.select([self._display, self._wake_read], [], [])
            if self._wake_read in ready:
                os.read(self._wake_read, 64)
                self._serve_requests()
            try:
                while self._display.pending_events():
                    event = self._display.next_event()
                    if event.type == X.KeyPress:
                        self._on_press(event)
            except Exception:  # the connection closed (log-out, close())
                return

    def _serve_requests(self) -> None:
        while True:
            try:
                request, answer = self._requests.get_nowait()
            except queue.Empty:
                return
            try:
                answer.put(request())
            except Exception as error:  # a broken connection: said, never raised across
                answer.put(str(error) or type(error).__name__)

    def _on_press(self, event: Any) -> None:
        mask = event.state & _CHORD_MASK  # Caps Lock, Num Lock and buttons do not count
        for name, (keycode, modifiers) in self._grabbed.items():
            if event.detail == keycode and mask == modifiers:
                self._pressed(name)

    def _regrab(self, name: str, chord: Chord | None) -> str:
        from Xlib import X
        from Xlib.error import CatchError

        if name in self._grabbed:
            keycode, modifiers = self._grabbed.pop(name)
            for lock in X_LOCK_VARIANTS:
                self._root.ungrab_key(keycode, modifiers | lock)
            self._display.sync()
        if chord is None:
            return ""
        keycode = self._display.keysym_to_keycode(x11_keysym(chord.key))
        if not keycode:
            return "no key on this keyboard makes that character"
        modifiers = x11_modifiers(chord.modifiers)
        refused = CatchError()
        for lock in X_LOCK_VARIANTS:
            self._root.grab_key(
                keycode, modifiers | lock, False, X.GrabModeAsync, X.GrabModeAsync, onerror=refused
            )
        self._display.sync()
        if refused.get_error() is not None:
            for lock in X_LOCK_VARIANTS:
                self._root.ungrab_key(keycode, modifiers | lock)
            self._display.sync()
            return TAKEN
        self._grabbed[name] = (keycode, modifiers)
        return ""
