"""Renewing a QR sign-in as the web client does (login-cookie_refresh.md and the API notes):
cookie/info says whether it is due; correspondPath (RSA-OAEP of `refresh_<timestamp>`) opens
the page that holds refresh_csrf; cookie/refresh gives new cookies and a new refresh token;
they are kept; only then confirm/refresh, with the new cookies and the old token, ends the
old session. Never for a pasted cookie: confirming would sign its browser out."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from gui.bili.credentials import Credentials

COOKIE_INFO_PATH = "/x/passport-login/web/cookie/info"
COOKIE_REFRESH_PATH = "/x/passport-login/web/cookie/refresh"
CONFIRM_REFRESH_PATH = "/x/passport-login/web/confirm/refresh"
CORRESPOND_PATH = "/correspond/1/"
# An emulator's own key: served only by it, fetched only for a loopback service.
EMULATOR_KEY_PATH = "/_emulator/cookie-refresh-key.pem"
LOCK_WAIT = 60.0  # seconds another process may take renewing

# Bilibili's published key for correspondPath (login-cookie_refresh.md).
BILIBILI_REFRESH_KEY = b"""-----BEGIN PUBLIC KEY-----
MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDLgd2OAkcGVtoE3ThUREbio0Eg
Uc/prcajMKXvkCKFCWhJYJcLkcM2DKKcSeFpD/j6Boy538YXnR6VhcuUJOhH2x71
nzPjfdTcqMz7djHum0qSZA0AyCBDABUqCrfNgCiJ00Ra7GmRj+YCK1NJEuewlb40
JNrRuoEUXpabUzGB8QIDAQAB
-----END PUBLIC KEY-----
"""

_REFRESH_CSRF = re.compile(r'<div\s+id="1-name"\s*>\s*([^<\s]+)\s*</div>')


def correspond_path(timestamp_ms: int, public_key_pem: bytes) -> str:
    """RSA-OAEP (SHA-256, MGF1 SHA-256, no label) of `refresh_<timestamp>`, as lowercase hex
    with every leading zero kept (256 digits for Bilibili's 1024-bit key)."""
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import padding, rsa

    key = serialization.load_pem_public_key(public_key_pem)
    if not isinstance(key, rsa.RSAPublicKey):
        raise ValueError("the cookie refresh key is not an RSA key")
    cipher = key.encrypt(
        f"refresh_{timestamp_ms}".encode(),
        padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None),
    )
    return cipher.hex().rjust(key.key_size // 4, "0")


def refresh_csrf_from(page: str) -> str | None:
    """The text of `<div id="1-name">` in the correspond page, or None when it lacks one."""
    match = _REFRESH_CSRF.search(page)
    return match.group(1) if match else None


class Renewable(Protocol):
    """What renewing needs of a client (BiliClient is one): its sign-in, and `renew`."""

    credentials: Credentials | None

    def renew(self, keep: Callable[[Credentials], None]) -> Credentials | None: ...


def renew_shared(
    client: Renewable,
    load: Callable[[], Credentials | None],
    keep: Callable[[Credentials], None],
    lock_path: Path,
) -> Credentials | None:
    """Renew the client's sign-in unless another process already has: under a lock shared by
    every BiliDrop process of this user, the stored sign-in is read first; if it is a newer
    one for the same account, that is adopted (and returned) instead of renewing twice.
    Returns the credentials now in use if they changed, else None."""
    from filelock import FileLock

    current = client.credentials
    with FileLock(lock_path, timeout=LOCK_WAIT):
        stored = load()
        if (
            current is not None
            and stored is not None
            and stored != current
            and stored.dede_user_id == current.dede_user_id
        ):
            client.credentials = stored
            return stored
        return client.renew(keep)


def load_after_renewals(
    load: Callable[[], Credentials | None], lock_path: Path
) -> Credentials | None:
    """The stored sign-in, read once no other process is renewing it: a renewal revokes the
    old cookie before it stores the new one, so a -101 seen in between must wait for the
    store, not conclude "signed out"."""
    from filelock import FileLock

    with FileLock(lock_path, timeout=LOCK_WAIT):
        return load()


def lock_path_for(entry: str) -> Path:
    """The per-user lock file around renewals of one keyring entry."""
    import getpass
    import hashlib
    import tempfile

    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this account (a service, an odd container)
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    digest = hashlib.sha256(entry.encode()).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / f"bilidrop-{user}-{digest}.renew.lock"
