"""What the emulator's endpoints share: accounts, files, faults, clock, QR keys."""

from __future__ import annotations

import secrets
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from gui.emulator.accounts import Ageing, SessionTable
from gui.emulator.clock import EmulatorClock
from gui.emulator.faults import FaultQueue
from gui.emulator.qr_sign_in import QrKeys
from gui.emulator.signing import LinkSigner

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

# Ordinary use never reaches it: a 500-file batch is ~500 uploads and a few heartbeats in
# minutes, a day of heartbeats one every 30 s. A script hammering the service does.
DEFAULT_RATE_LIMIT = (1200, 60.0)
DEFAULT_BLOCK_SECONDS = 1800.0


@dataclass(frozen=True)
class RequestRecord:
    """What tests may ask about a past request. Cookie names only, never values."""

    method: str
    path: str
    cookie_names: frozenset[str]


@dataclass(frozen=True)
class StoredFile:
    path: Path
    size: int
    content_type: str


class EmulatorState:
    """Everything the endpoints share; safe to change from other threads."""

    def __init__(
        self,
        *,
        data_dir: Path,
        clock: EmulatorClock,
        link_ttl: int,
        max_bytes: int,
        rate_limit: tuple[int, float] | None = DEFAULT_RATE_LIMIT,
        block_seconds: float = DEFAULT_BLOCK_SECONDS,
        ageing: Ageing | None = None,
    ):
        self.data_dir = data_dir
        self.rate_limit = rate_limit  # (requests, seconds) per client address, or None
        self.block_seconds = block_seconds
        self.blocked_requests = 0  # refused with 412 by the rate limiter
        self.clock = clock
        self.max_bytes = max_bytes
        self.sessions = SessionTable(clock.now, ageing or Ageing())
        self._refresh_key: RSAPrivateKey | None = None
        self.faults = FaultQueue()
        self.signer = LinkSigner(
            access_key=secrets.token_urlsafe(12), secret_key=secrets.token_hex(20), ttl=link_ttl
        )
        self.qr = QrKeys(clock.now)
        self.files: dict[str, StoredFile] = {}
        self.requests: deque[RequestRecord] = deque(maxlen=1000)

    @property
    def refresh_key(self) -> RSAPrivateKey:
        """The emulator's own key pair for cookie refresh (its public half stands in for
        Bilibili's published key; clients fetch it from /_emulator/cookie-refresh-key.pem)."""
        if self._refresh_key is None:
            from cryptography.hazmat.primitives.asymmetric import rsa

            # 1024 bits, as Bilibili's key: the correspondPath is then 256 hex digits like the
            # real one. It guards nothing but this emulator's stand-in page.
            self._refresh_key = rsa.generate_private_key(public_exponent=65537, key_size=1024)  # noqa: S505
        return self._refresh_key
