"""Python's cycle collector runs in whichever thread happens to allocate when a threshold is
crossed: the emulator's thread, an upload worker. If the garbage holds Qt objects, their
destructors then run there, taking Qt's locks while waiting for the interpreter lock the GUI
thread holds, and the app freezes for good (seen: a deadlock between ~QObject in the emulator
thread and ~QAction in the GUI thread). So automatic collection is off, and this collects on the
GUI thread, at the interpreter's own thresholds, a few times a second.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer, Slot

CHECK_MS = 250


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
        """Collect the oldest generation whose count passed its threshold; returns it or -1."""
        counts = gc.get_count()
        generation = -1
        for number in range(3):
            if counts[number] > self.thresholds[number]:
                generation = number
        if generation >= 0:
            gc.collect(generation)
        return generation
