"""How long to leave the service alone after it asked to slow down (no Qt: the window's
session and the command line share it)."""

from __future__ import annotations

import random
import time
from collections.abc import Callable

from gui.bili.errors import RateLimited

LONGEST_WAIT = 30 * 60.0  # a block lasts about 30 minutes; waiting longer helps nobody
JITTER = 0.2  # each wait is drawn within +-20 %, so clients blocked together do not return together


class CoolDown:
    """The first wait is the error's (60 s for "too frequent", 5 min for risk control); each
    repeat before a success doubles it, up to 30 minutes; the service's Retry-After wins when
    longer. A success resets it.

    `clock()` is time.time() (a wall clock: the end is shown as a time of day).
    """

    def __init__(
        self,
        clock: Callable[[], float] = time.time,
        rng: Callable[[], float] = random.random,
        scale: float = 1.0,
    ) -> None:
        self.clock = clock
        self.rng = rng
        self.scale = scale  # tests shorten every wait by this factor
        self.until: float | None = None
        self.error: RateLimited | None = None
        self.repeats = 0

    def start(self, error: RateLimited) -> float:
        """Begin (or lengthen) a cool-down for this refusal; returns when it ends."""
        wait = min(LONGEST_WAIT, error.first_wait * 2**self.repeats)
        wait *= 1 + JITTER * (2 * self.rng() - 1)
        if error.retry_after is not None:
            wait = max(wait, min(error.retry_after, LONGEST_WAIT))
        self.repeats += 1
        self.error = error
        until = self.clock() + wait * self.scale
        self.until = max(until, self.until or until)
        return self.until

    def active(self) -> bool:
        return self.until is not None and self.clock() < self.until

    def seconds_left(self) -> float:
        return max(0.0, (self.until or 0.0) - self.clock())

    def end_early(self) -> None:
        """ "Try now": the next request may go (a refusal doubles the next wait all the same)."""
        self.until = None

    def succeeded(self) -> None:
        """The service answered normally again."""
        self.until, self.error, self.repeats = None, None, 0
