"""Trying again after transient failures: exponential backoff with jitter, bounded."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from gui.bili.errors import BiliError

T = TypeVar("T")
MAX_RETRY_AFTER = 600.0  # longer waits are the cool-down's to handle, not a retry's


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently to try again.

    The n-th retry waits a random time in [0.5, 1] x min(max_delay, base_delay * 2**n)
    ("equal jitter"), so many clients that failed together do not retry together.
    """

    attempts: int = 4
    base_delay: float = 1.0
    max_delay: float = 30.0

    def delay(self, retry_number: int, rng: random.Random | None = None) -> float:
        ceiling = min(self.max_delay, self.base_delay * 2**retry_number)
        return ceiling * (0.5 + 0.5 * (rng or random).random())


def call_with_retry(
    action: Callable[[], T],
    policy: RetryPolicy = RetryPolicy(),
    *,
    sleep: Callable[[float], object] | None = None,
    on_retry: Callable[[BiliError, int, float], None] | None = None,
) -> T:
    """Run `action`; on a retryable BiliError wait and run it again, up to policy.attempts.

    `on_retry(error, retry_number, delay)` is told before each wait; `sleep(delay)` waits
    (default time.sleep; a worker passes a cancellable wait). When the service said when to
    come back (Retry-After), that is the wait, up to MAX_RETRY_AFTER. Non-retryable errors and
    the last attempt's error are raised as they are.
    """
    wait = sleep or time.sleep
    for attempt in range(policy.attempts):
        try:
            return action()
        except BiliError as error:
            if not error.retryable or attempt == policy.attempts - 1:
                raise
            delay = policy.delay(attempt)
            if error.retry_after is not None:
                delay = min(max(delay, error.retry_after), MAX_RETRY_AFTER)
            if on_retry is not None:
                on_retry(error, attempt + 1, delay)
            wait(delay)
    raise AssertionError("unreachable: attempts must be at least 1")
