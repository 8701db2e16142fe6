"""The emulator's accounts and sign-in sessions."""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import unquote

from gui.bili.credentials import Credentials, SignInSource


@dataclass(frozen=True)
class Account:
    mid: int
    uname: str


DEMO_ACCOUNT = Account(mid=20261129, uname="BiliDrop 演示账号")


@dataclass(frozen=True)
class Session:
    account: Account
    sessdata: str  # as the browser stores it: URL-encoded
    bili_jct: str
    ckmd5: str = ""  # DedeUserID__ckMd5
    refresh_token: str = ""
    via_qr: bool = False  # made by a QR sign-in (a client's own); else a browser's
    created_at: float = 0.0  # the emulator's clock


def _new_sessdata(now: float) -> str:
    # The real shape, "<hex>,<expiry>,<hex>*<hex>", URL-encoded as browsers keep it.
    expires = int(now) + 180 * 24 * 3600
    return f"{secrets.token_hex(4)}%2C{expires}%2C{secrets.token_hex(3)}*{secrets.token_hex(1)}"


@dataclass(frozen=True)
class Ageing:
    """How sessions age (seconds of the emulator's clock; None: never)."""

    refresh_after: float | None = None  # cookie/info says refresh: true from then on
    lifetime: float | None = None  # the session dies (-101)
    browser_renews_after: float | None = None  # a browser's session is renewed by the browser


class SessionTable:
    """Sessions by SESSDATA. Thread-safe: the server thread reads, tests and the CLI write.

    A renewal (cookie/refresh) opens a new session beside the old one; the old one works until
    the new one's confirm/refresh."""

    def __init__(
        self, clock: Callable[[], float] = time.time, ageing: Ageing | None = None
    ) -> None:
        self.clock = clock
        self.ageing = ageing or Ageing()
        self._sessions: dict[str, Session] = {}
        self._first_used: dict[str, float] = {}
        self._refresh_csrf: dict[str, str] = {}
        self._renewed_from: dict[str, Session] = {}  # new session -> the one it renews
        self._lock = threading.Lock()

    def open(self, account: Account, *, via_qr: bool = False) -> Session:
        now = self.clock()
        session = Session(
            account,
            _new_sessdata(now),
            secrets.token_hex(16),
            ckmd5=hashlib.md5(str(account.mid).encode(), usedforsecurity=False).hexdigest()[:16],
            refresh_token=secrets.token_hex(16),
            via_qr=via_qr,
            created_at=now,
        )
        with self._lock:
            self._sessions[unquote(session.sessdata)] = session
        return session

    def find(self, sessdata: str | None) -> Session | None:
        if not sessdata:
            return None
        key = unquote(sessdata)
        now = self.clock()
        ageing = self.ageing
        with self._lock:
            session = self._sessions.get(key)
            if session is None:
                return None
            if ageing.lifetime is not None and now - session.created_at >= ageing.lifetime:
                self._drop(key)
                return None
            renews = ageing.browser_renews_after
            if not session.via_qr and renews is not None:
                first = self._first_used.setdefault(key, now)
                if now - first >= renews:  # the browser refreshed and confirmed on its own
                    self._drop(key)
                    return None
            return session

    def _drop(self, key: str) -> None:
        self._sessions.pop(key, None)
        self._first_used.pop(key, None)
        self._refresh_csrf.pop(key, None)

    def revoke(self, sessdata: str) -> None:
        with self._lock:
            self._drop(unquote(sessdata))

    def due_for_refresh(self, session: Session) -> bool:
        after = self.ageing.refresh_after
        return after is not None and self.clock() - session.created_at >= after

    def issue_refresh_csrf(self, session: Session) -> str:
        token = secrets.token_hex(16)
        with self._lock:
            self._refresh_csrf[unquote(session.sessdata)] = token
        return token

    def renew(self, session: Session, refresh_csrf: str, refresh_token: str) -> Session | None:
        """cookie/refresh: a new session for the same account, or None (86095)."""
        key = unquote(session.sessdata)
        with self._lock:
            issued = self._refresh_csrf.get(key)
            if not issued or issued != refresh_csrf or refresh_token != session.refresh_token:
                return None
            del self._refresh_csrf[key]
        new = self.open(session.account, via_qr=session.via_qr)
        with self._lock:
            self._renewed_from[unquote(new.sessdata)] = session
        return new

    def confirm(self, new: Session, old_refresh_token: str) -> bool:
        """confirm/refresh with the new cookies and the old token: the old session dies."""
        key = unquote(new.sessdata)
        with self._lock:
            old = self._renewed_from.get(key)
            if old is None or old.refresh_token != old_refresh_token:
                return False
            del self._renewed_from[key]
            self._drop(unquote(old.sessdata))
        return True


def session_credentials(session: Session) -> Credentials:
    return Credentials(
        sessdata=session.sessdata,
        bili_jct=session.bili_jct,
        dede_user_id=str(session.account.mid),
        dede_user_id_ckmd5=session.ckmd5,
        refresh_token=session.refresh_token,
        source=SignInSource.QR if session.via_qr else SignInSource.PASTED,
    )
