"""Guards against a Qt binding that leaks or over-releases references on hot paths.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every processEvents() call and
to True/False on every signal emit, so a running app crashes with "deallocating None" after
a few minutes. Signals and the event loop run all day here; this must hold for the pinned
binding.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot


class Emitter(QObject):
    ticked = Signal()
    progressed = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    @Slot()
    def on_tick(self) -> None:
        self.calls += 1

    @Slot(int, int)
    def on_progress(self, job: int, sent: int) -> None:
        self.calls += 1


def counts() -> tuple[int, int, int]:
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


def test_emit_and_event_loop_keep_singleton_refcounts(qapp) -> None:
    emitter = Emitter()
    emitter.ticked.connect(emitter.on_tick)
    emitter.progressed.connect(emitter.on_progress)
    before = counts()
    for n in range(500):
        emitter.ticked.emit()
        emitter.progressed.emit(n, n * 2)
        QCoreApplication.processEvents()
    after = counts()
    assert emitter.calls == 1000
    drift = [a - b for a, b in zip(after, before, strict=True)]
    assert all(abs(d) < 50 for d in drift), f"refcount drift None/True/False: {drift}"
