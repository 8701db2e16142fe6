"""Which service a window talks to: its kind keeps windows of different services apart
(history, sign-in, the single instance). Standard library only: a hand-over reads it."""

from __future__ import annotations

REAL_SERVICE = "bilibili"
DEMO = "demo"


def service_kind(*, demo: bool, origin: str | None) -> str:
    """Bilibili's, the demo's emulator, or one origin (`--api-base`)."""
    if demo:
        return DEMO
    return origin or REAL_SERVICE
