"""Process-wide settings of the app, made in one place (`configure_process`), and used by the
test session too (tests/conftest.py).

- A short interpreter switch interval: upload, hashing and heartbeat threads share the
  interpreter lock with the GUI thread; 1 ms instead of 5 ms lets the event loop in sooner
  (tests/bench/bench_gui_stall.py: worst stall during three uploads).
- Garbage collection on the GUI thread only. Python's cycle collector runs in whichever thread
  happens to allocate when a threshold is crossed: the emulator's thread, an upload worker. If
  the garbage holds Qt objects, their destructors then run there, taking Qt's locks while
  waiting for the interpreter lock the GUI thread holds, and the app freezes for good (seen: a
  deadlock between ~QObject in the emulator thread and ~QAction in the GUI thread). So automatic
  collection is off, and a timer collects on the GUI thread, at the interpreter's own
  thresholds, a few times a second.
"""

from __future__ import annotations

import contextlib
import gc
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot

from gui.common.identity import APP_ID

SWITCH_INTERVAL_SECONDS = 0.001
CHECK_MS = 250


_collectors: dict[int, GuiThreadGarbageCollector] = {}


def configure_process(app: QCoreApplication) -> None:
    """Set the app's process-wide regime; safe to call more than once. (Remembered here, not
    looked up with findChild, which costs ~17 ms on the way to the first paint.)"""
    sys.setswitchinterval(SWITCH_INTERVAL_SECONDS)
    if sys.platform == "win32":
        set_app_user_model_id(_shell32())
    if id(app) not in _collectors:
        _collectors[id(app)] = GuiThreadGarbageCollector(app)


def set_app_user_model_id(shell32: Any, app_id: str = APP_ID) -> None:
    """Windows: the process's AppUserModelID, so its toasts say BiliDrop (not Python) and the
    taskbar groups its windows under its own icon. `shell32`: ctypes' windll.shell32."""
    with contextlib.suppress(OSError, AttributeError):
        shell32.SetCurrentProcessExplicitAppUserModelID(app_id)


def _shell32() -> Any:
    import ctypes

    return ctypes.windll.shell32  # type: ignore[attr-defined]


class GuiThreadGarbageCollector(QObject):
    """Create one, on the GUI thread, for the application's lifetime."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.on_check)
        self._timer.start()

    @Slot()
    def on_check(self) -> int:
        """Collect the oldest generation whose count passed its threshold; returns it or -1.

        The interpreter says how many generations it has (the count and thresholds have one
        entry each); nothing here assumes three."""
        counts = gc.get_count()
        generation = -1
        for number, (count, threshold) in enumerate(zip(counts, self.thresholds, strict=False)):
            if threshold and count > threshold:
                generation = number
        if generation >= 0:
            gc.collect(generation)
        return generation
