"""QR sign-in keys as the emulator keeps them: created, scanned, confirmed, expired.

A phone cannot scan here, so tests and the CLI move keys on by hand (`scan`, `confirm`), or
`auto` seconds make every new key turn scanned after `auto` and confirmed after twice that.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass

from gui.bili.account import QR_LIFETIME_SECONDS, QrState
from gui.emulator.accounts import DEMO_ACCOUNT, Account


@dataclass
class QrKey:
    created_at: float
    scanned: bool = False
    confirmed_as: Account | None = None
    used: bool = False  # a confirmed key signs in once


class QrKeys:
    """All QR keys, thread-safe."""

    def __init__(self, clock: Callable[[], float], auto: float | None = None) -> None:
        self._clock = clock
        self.auto = auto
        self._keys: dict[str, QrKey] = {}
        self._lock = threading.Lock()

    def create(self) -> str:
        key = secrets.token_hex(16)
        with self._lock:
            self._keys[key] = QrKey(self._clock())
        return key

    def scan(self, key: str) -> bool:
        with self._lock:
            entry = self._keys.get(key)
            if entry is None or self._expired(entry):
                return False
            entry.scanned = True
            return True

    def confirm(self, key: str, account: Account = DEMO_ACCOUNT) -> bool:
        with self._lock:
            entry = self._keys.get(key)
            if entry is None or self._expired(entry):
                return False
            entry.scanned = True
            entry.confirmed_as = account
            return True

    def _expired(self, entry: QrKey) -> bool:
        return entry.used or self._clock() - entry.created_at > QR_LIFETIME_SECONDS

    def poll(self, key: str) -> tuple[QrState, Account | None]:
        """The key's state now; CONFIRMED (with the account) is answered once."""
        with self._lock:
            entry = self._keys.get(key)
            if entry is None or self._expired(entry):
                return QrState.EXPIRED, None
            if self.auto is not None:
                age = self._clock() - entry.created_at
                entry.scanned = entry.scanned or age >= self.auto
                if age >= 2 * self.auto and entry.confirmed_as is None:
                    entry.confirmed_as = DEMO_ACCOUNT
            if entry.confirmed_as is not None:
                entry.used = True
                return QrState.CONFIRMED, entry.confirmed_as
            return (QrState.SCANNED if entry.scanned else QrState.WAITING), None
