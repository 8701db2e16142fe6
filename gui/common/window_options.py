"""What the command line asks of the window (kept apart: the launcher reads it, and the
command line builds it before any Qt is loaded)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class WindowOptions:
    demo: bool = False
    origin: str | None = None  # --api-base, normalised
    paths: list[Path] = field(default_factory=list)
    minimized: bool = False
    request: str = ""  # single_instance.REQUESTS: what to do once open (`bilidrop capture`)
