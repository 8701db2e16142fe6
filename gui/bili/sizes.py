"""File sizes in words (kept apart: the window needs it before the network stack loads)."""

from __future__ import annotations


def format_size(size: int) -> str:
    """Sizes the way people read them: 1023 B, 4.0 KiB, 300.0 MiB."""
    value = float(size)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{int(value)} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    raise AssertionError("unreachable")
