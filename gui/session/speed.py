"""Upload speed as people want to read it: what the line carries now, not since the start."""

from __future__ import annotations

from dataclasses import dataclass

SMOOTHING = 0.3  # weight of the newest sample
WINDOW = 0.5  # seconds between samples


@dataclass(slots=True)
class SpeedMeter:
    """Bytes per second over the last half second or more, smoothed. An average since the
    start would count the burst that fills the socket buffers, not what the line carries."""

    started_at: float  # time.monotonic() of the attempt's start (or of its retry)
    speed: float = 0.0
    _sample_at: float = 0.0
    _sample_sent: int = 0

    def __post_init__(self) -> None:
        self._sample_at = self.started_at

    def update(self, now: float, sent: int) -> float:
        """Take the bytes sent so far at `now`; returns the speed to show."""
        window = now - self._sample_at
        if window >= WINDOW:
            sample = (sent - self._sample_sent) / window
            self.speed = (
                sample if self.speed == 0 else SMOOTHING * sample + (1 - SMOOTHING) * self.speed
            )
            self._sample_at, self._sample_sent = now, sent
        return self.speed
