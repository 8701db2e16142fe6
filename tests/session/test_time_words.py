"""Time left reads as a span of time, never like a clock; times of day come with "at"."""

from __future__ import annotations

import pytest

from gui.session.upload_item import duration, expires_soon, time_left


@pytest.mark.parametrize(
    ("seconds", "said"),
    [
        (900, "15 min"),  # a fresh link
        (898.2, "15 min"),  # whole minutes round up, in step with "expires at"
        (841, "15 min"),
        (840, "14 min"),
        (120.5, "3 min"),
        (120, "2 min"),
        (119.2, "2 min"),  # ceil(119.2) = 120 s: still two minutes
        (100, "1 min 40 s"),  # the last two minutes count seconds
        (60, "1 min"),
        (58, "58 s"),
        (0.4, "1 s"),
        (0, "0 s"),
        (-5, "0 s"),
        (3900, "1 h 5 min"),
    ],
)
def test_duration(seconds: float, said: str) -> None:
    assert duration(seconds) == said
    assert ":" not in duration(seconds)


def test_time_left_and_the_last_two_minutes() -> None:
    assert time_left(58) == "58 s left"
    assert [expires_soon(s) for s in (119, 1)] == [True, True]
    assert [expires_soon(s) for s in (120, 0, -1)] == [False, False, False]
