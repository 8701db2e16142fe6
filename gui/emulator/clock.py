"""The emulator's sense of time, which tests move forward instead of sleeping."""

from __future__ import annotations

import threading
import time


class EmulatorClock:
    """Wall-clock time plus an offset that `advance` moves forward."""

    def __init__(self, skew: float = 0.0) -> None:
        self._offset = skew  # how far this clock runs ahead of the machine's (--clock-skew)
        self._lock = threading.Lock()

    def now(self) -> float:
        """Seconds since the epoch, as the emulator sees them."""
        with self._lock:
            return time.time() + self._offset

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._offset += seconds
