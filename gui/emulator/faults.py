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
    CODE = "code"  # answer with service code `value` (message from the error table); -412
    # comes with HTTP 412 and -352 with its v_voucher, as the real service sends them
    HTTP_412 = "http412"  # risk control: HTTP 412 with the JSON -412 body (value 0) or HTML (1)
    HTTP_413 = "http413"  # a gateway refuses the body as too large, with an HTML page


NEEDS_VALUE = frozenset({FaultKind.DELAY, FaultKind.THROTTLE, FaultKind.CODE})


@dataclass
class Fault:
    """A fault for the next `remaining` requests to `endpoint` (None: any API endpoint)."""

    kind: FaultKind
    value: float = 0.0
    remaining: int = 1
    endpoint: str | None = None

    @classmethod
    def parse(cls, text: str) -> Fault:
        """Read the command line form `KIND[=VALUE][xCOUNT][@ENDPOINT]`.

        For example `http500x2`, `code=-412`, `throttle=65536@upload`.
        """
        text, _, endpoint = text.strip().partition("@")
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
        return cls(kind, float(value or 0), int(count or 1), endpoint.strip() or None)


class FaultQueue:
    """Faults waiting for the next requests, first in first out. Thread-safe."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self._lock = threading.Lock()

    def add(
        self, kind: FaultKind | str, value: float = 0.0, count: int = 1, endpoint: str | None = None
    ) -> None:
        """The next `count` requests to `endpoint` (default: any) get this fault."""
        if count < 1:
            raise ValueError("count must be at least 1")
        with self._lock:
            self._faults.append(Fault(FaultKind(kind), value, count, endpoint))

    def add_fault(self, fault: Fault) -> None:
        self.add(fault.kind, fault.value, fault.remaining, fault.endpoint)

    def take(self, endpoint: str) -> Fault | None:
        """The fault for a request to `endpoint` now arriving, if any (first queued first)."""
        with self._lock:
            for position, fault in enumerate(self._faults):
                if fault.endpoint in (None, endpoint):
                    fault.remaining -= 1
                    if fault.remaining == 0:
                        del self._faults[position]
                    return Fault(fault.kind, fault.value, 1, fault.endpoint)
            return None
