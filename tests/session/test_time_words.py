"""Time left reads as a span of time, never like a clock; times of day come with "at"."""

from __future__ import annotations

import pytest

from gui.session.upload_item import duration, expires_soon, time_left


@pytest.mark.parametrize(
    ("seconds", "said"),
    [
        (900, "15 min"),  # a fresh link
        (898.2, "14 min"),  # never more time than is left: whole minutes round down
        (841, "14 min"),
        (840, "14 min"),
        (179, "2 min"),
        (140, "2 min"),  # 2 min 20 s is not "3 min"
        (120.5, "2 min"),
        (120, "2 min"),
        (119.2, "1 min 59 s"),  # the last two minutes count seconds
        (100, "1 min 40 s"),
        (60, "1 min"),
        (58, "58 s"),
        (0.4, "0 s"),
        (0, "0 s"),
        (-5, "0 s"),
        (3900, "1 h 5 min"),
        (3659, "1 h 0 min"),
    ],
)
def test_duration(seconds: float, said: str) -> None:
    assert duration(seconds) == said
    assert ":" not in duration(seconds)


def test_time_left_and_the_last_two_minutes() -> None:
    assert time_left(58) == "58 s left"
    assert [expires_soon(s) for s in (119, 1)] == [True, True]
    assert [expires_soon(s) for s in (120, 0, -1)] == [False, False, False]
