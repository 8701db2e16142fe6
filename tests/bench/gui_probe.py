"""What the window benchmarks share: a probe of the event loop's stalls, and running the
loop until a step is done."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

PROBE_MS = 10


class Probe:
    def __init__(self) -> None:
        self.gaps: list[float] = []
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(PROBE_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.gaps.clear()
        self._clock.start()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        self.gaps.append(self._clock.nsecsElapsed() / 1e6)
        self._clock.restart()

    def stalls(self) -> list[float]:
        return sorted(max(0.0, gap - PROBE_MS) for gap in self.gaps)


def run_until(app: QApplication, done: Callable[[], object], timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("benchmark step did not finish")
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)


def summary(name: str, stalls: list[float]) -> str:
    worst = stalls[-1] if stalls else 0.0
    p99 = stalls[int(len(stalls) * 0.99) - 1] if stalls else 0.0
    return f"{name:28} ticks {len(stalls):5}  worst {worst:6.1f} ms  p99 {p99:6.1f} ms"
