from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from gui.bili.bad_reply import BadReply, Reply
from gui.bili.errors import NotSignedIn, Transport, TransportError
from gui.bili.retry import RetryPolicy, call_with_retry


def test_delays_grow_exponentially_with_jitter_and_cap() -> None:
    policy = RetryPolicy(attempts=10, base_delay=1.0, max_delay=8.0)
    rng = random.Random(7)
    for number, ceiling in enumerate([1, 2, 4, 8, 8, 8]):
        delays = [policy.delay(number, rng) for _ in range(200)]
        assert min(delays) >= ceiling / 2
        assert max(delays) <= ceiling
        assert max(delays) - min(delays) > ceiling / 4  # jitter spreads them


def test_gives_up_after_the_last_attempt() -> None:
    calls: list[int] = []

    def always_down() -> None:
        calls.append(1)
        raise TransportError(Transport.TIMED_OUT)

    waits: list[float] = []
    with pytest.raises(TransportError):
        call_with_retry(always_down, RetryPolicy(attempts=3), sleep=waits.append)
    assert len(calls) == 3
    assert len(waits) == 2


def test_returns_first_success() -> None:
    outcomes: Iterator[BadReply | str] = iter([BadReply(Reply.HTML, status=503), "done"])

    def flaky() -> str:
        outcome = next(outcomes)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    assert call_with_retry(flaky, sleep=lambda s: None) == "done"


@pytest.mark.parametrize("error", [NotSignedIn(), BadReply(Reply.HTML, status=200)])
def test_non_retryable_raised_at_once(error: Exception) -> None:
    calls: list[int] = []

    def fails() -> None:
        calls.append(1)
        raise error

    with pytest.raises(type(error)):
        call_with_retry(fails, sleep=lambda s: pytest.fail("must not wait"))
    assert calls == [1]


def test_waits_as_long_as_the_service_asks() -> None:
    refused = BadReply(Reply.HTML, status=503)
    refused.retry_after = 7.0
    outcomes: Iterator[BadReply | str] = iter([refused, "done"])

    def limited() -> str:
        outcome = next(outcomes)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    waits: list[float] = []
    policy = RetryPolicy(attempts=2, base_delay=0.1, max_delay=0.2)
    assert call_with_retry(limited, policy, sleep=waits.append) == "done"
    assert waits == [7.0]
