"""A one-line progress bar for the terminal, drawn on stderr only when it is a terminal."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from gui.bili.sizes import format_size
from gui.i18n import tr


class ProgressLine:
    """Redraws `name [#####.....]  45%  12.3 MiB/s` at most ten times a second."""

    WIDTH = 24

    def __init__(self, name: str, total: int, stream: TextIO | None = None) -> None:
        self.name = name if len(name) <= 30 else name[:27] + "..."
        self.total = max(total, 1)
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self._started = time.monotonic()
        self._last_drawn = 0.0

    def update(self, sent: int) -> None:
        now = time.monotonic()
        if not self.enabled or (now - self._last_drawn < 0.1 and sent < self.total):
            return
        self._last_drawn = now
        done = min(sent / self.total, 1.0)
        filled = int(done * self.WIDTH)
        rate = sent / max(now - self._started, 1e-6)
        bar = "#" * filled + "." * (self.WIDTH - filled)
        left = max(0, self.total - sent) / rate if rate > 0 else 0
        minutes, seconds = divmod(int(left), 60)
        self.stream.write(
            f"\r{self.name} [{bar}] {done:4.0%}  {format_size(int(rate))}/s  "
            + tr("{time} left").format(time=f"{minutes}:{seconds:02}")
            + " "
        )
        self.stream.flush()

    def say(self, text: str) -> None:
        """A line in place of the bar (a wait), redrawn like it."""
        if self.enabled:
            self.stream.write("\r" + text[: len(self.name) + self.WIDTH + 29].ljust(20))
            self.stream.flush()

    def clear(self) -> None:
        if self.enabled:
            self.stream.write("\r" + " " * (len(self.name) + self.WIDTH + 42) + "\r")
            self.stream.flush()
