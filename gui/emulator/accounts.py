"""The emulator's accounts and sign-in sessions."""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from dataclasses import dataclass
from urllib.parse import unquote

from gui.bili.credentials import Credentials


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


def _new_sessdata(now: float) -> str:
    # The real shape, "<hex>,<expiry>,<hex>*<hex>", URL-encoded as browsers keep it.
    expires = int(now) + 180 * 24 * 3600
    return f"{secrets.token_hex(4)}%2C{expires}%2C{secrets.token_hex(3)}*{secrets.token_hex(1)}"


class SessionTable:
    """Sessions by SESSDATA. Thread-safe: the server thread reads, tests and the CLI write."""

    def __init__(self) -> None:
        self._sessions: dict[str, Session] = {}
        self._lock = threading.Lock()

    def open(self, account: Account) -> Session:
        session = Session(
            account,
            _new_sessdata(time.time()),
            secrets.token_hex(16),
            ckmd5=hashlib.md5(str(account.mid).encode(), usedforsecurity=False).hexdigest()[:16],
            refresh_token=secrets.token_hex(16),
        )
        with self._lock:
            self._sessions[unquote(session.sessdata)] = session
        return session

    def find(self, sessdata: str | None) -> Session | None:
        if not sessdata:
            return None
        with self._lock:
            return self._sessions.get(unquote(sessdata))

    def revoke(self, sessdata: str) -> None:
        with self._lock:
            self._sessions.pop(unquote(sessdata), None)


def session_credentials(session: Session) -> Credentials:
    return Credentials(
        sessdata=session.sessdata,
        bili_jct=session.bili_jct,
        dede_user_id=str(session.account.mid),
        dede_user_id_ckmd5=session.ckmd5,
        refresh_token=session.refresh_token,
    )
