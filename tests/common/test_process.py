from __future__ import annotations

import gc

from gui.common.process import GuiThreadGarbageCollector


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_collects_on_its_own_thread_only_past_the_thresholds(qapp) -> None:
    was_enabled = gc.isenabled()
    guard = GuiThreadGarbageCollector()
    try:
        assert not gc.isenabled()  # no collection in whatever thread allocates
        gc.collect()
        assert guard.on_check() == -1  # nothing past the thresholds yet
        garbage = [Cycle() for _ in range(guard.thresholds[0] + 100)]
        del garbage
        assert guard.on_check() >= 0
        assert gc.get_count()[0] < guard.thresholds[0]
    finally:
        guard.deleteLater()
        if was_enabled:
            gc.enable()
