"""Faults the emulator injects into its next API replies, for tests and demos."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from enum import StrEnum


class FaultKind(StrEnum):
    HTTP_500 = "http500"  # HTTP 500 with an HTML error page
    DELAY = "delay"  # wait `value` seconds, then answer normally
    THROTTLE = "throttle"  # read the request body at `value` bytes per second
    DROP = "drop"  # start the reply, then close the connection
    INVALID_JSON = "invalid_json"  # HTTP 200 with a body that is not JSON
    CODE = "code"  # answer with service code `value` (message from the error table)


NEEDS_VALUE = frozenset({FaultKind.DELAY, FaultKind.THROTTLE, FaultKind.CODE})


@dataclass
class Fault:
    kind: FaultKind
    value: float = 0.0
    remaining: int = 1

    @classmethod
    def parse(cls, text: str) -> Fault:
        """Read the command line form `KIND[=VALUE][xCOUNT]`, e.g. `http500x2`, `code=-412`."""
        match = re.fullmatch(r"(.+?)(?:x(\d+))?", text.strip())
        if match is None:
            raise ValueError("empty fault")
        spec, count = match.group(1), match.group(2)
        kind_text, _, value = spec.partition("=")
        try:
            kind = FaultKind(kind_text.strip().lower())
        except ValueError:
            names = ", ".join(k.value for k in FaultKind)
            raise ValueError(f"unknown fault {kind_text!r}; known: {names}") from None
        if kind in NEEDS_VALUE and not value:
            raise ValueError(f"fault {kind.value} needs a value, as in {kind.value}=2")
        return cls(kind, float(value or 0), int(count or 1))


class FaultQueue:
    """Faults waiting for the next requests, first in first out. Thread-safe."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self._lock = threading.Lock()

    def add(self, kind: FaultKind | str, value: float = 0.0, count: int = 1) -> None:
        """The next `count` API requests get this fault (after those already queued)."""
        if count < 1:
            raise ValueError("count must be at least 1")
        with self._lock:
            self._faults.append(Fault(FaultKind(kind), value, count))

    def add_fault(self, fault: Fault) -> None:
        self.add(fault.kind, fault.value, fault.remaining)

    def take(self) -> Fault | None:
        """The fault for the request now arriving, if any."""
        with self._lock:
            if not self._faults:
                return None
            fault = self._faults[0]
            fault.remaining -= 1
            if fault.remaining == 0:
                self._faults.pop(0)
            return Fault(fault.kind, fault.value, 1)

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()
