"""The one clock helper: what time it is (aware, UTC) and how a time of day is written.
Beside gui.i18n on the lowest floor, so every layer and the command line can use it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]  # tests pass a fake one; the emulator has its own


def utc_now() -> datetime:
    return datetime.now(UTC)


def clock_time(moment: datetime) -> str:
    """A time of day in local time, for "expires at …" ("14:24")."""
    return moment.astimezone().strftime("%H:%M")
