"""Sign-in and account replies: QR login states, the nav account check, cookies from a reply."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from http.cookies import CookieError, SimpleCookie
from typing import Any
from urllib.parse import parse_qs, urlsplit

from gui.bili.bad_reply import BadReply, Reply
from gui.bili.credentials import Credentials, CredentialsError, SignInSource
from gui.bili.errors import ServiceError


class QrState(Enum):
    WAITING = 86101  # not scanned yet
    SCANNED = 86090  # scanned, waiting for confirmation on the phone
    EXPIRED = 86038  # the key is older than 180 s (or unknown)
    CONFIRMED = 0  # signed in: the reply carries the cookies


QR_LIFETIME_SECONDS = 180


@dataclass(frozen=True)
class QrCode:
    """What to draw (`url`) and what to poll with (`key`, 32 characters, valid 180 s)."""

    url: str
    key: str


@dataclass(frozen=True)
class QrPoll:
    state: QrState
    credentials: Credentials | None = None


@dataclass(frozen=True)
class Account:
    """Who is signed in, from nav."""

    mid: int
    uname: str
    face: str  # avatar image URL


def qr_code_from(data: Any) -> QrCode:
    try:
        url, key = data["url"], data["qrcode_key"]
    except (KeyError, TypeError):
        raise BadReply(Reply.NO_QR) from None
    if not (isinstance(url, str) and isinstance(key, str) and url and key):
        raise BadReply(Reply.NO_QR)
    return QrCode(url, key)


def cookies_from_headers(set_cookie_headers: list[str]) -> dict[str, str]:
    """Cookie values from raw Set-Cookie headers, whatever their Domain says."""
    jar: dict[str, str] = {}
    for header in set_cookie_headers:
        parsed: SimpleCookie = SimpleCookie()
        try:
            parsed.load(header)
        except CookieError:
            continue
        jar.update({name: morsel.value for name, morsel in parsed.items()})
    return jar


def qr_poll_from(data: Any, set_cookie_headers: list[str]) -> QrPoll:
    """The poll's state; on success the credentials from Set-Cookie, else from data.url."""
    if not isinstance(data, dict) or not isinstance(data.get("code"), int):
        raise BadReply(Reply.NO_QR_STATE)
    try:
        state = QrState(data["code"])
    except ValueError:
        raise ServiceError(data["code"], str(data.get("message", ""))) from None
    if state is not QrState.CONFIRMED:
        return QrPoll(state)
    jar = {
        name: values[0]
        for name, values in parse_qs(urlsplit(str(data.get("url", ""))).query).items()
    }
    jar |= {k: v for k, v in cookies_from_headers(set_cookie_headers).items() if v}
    try:
        credentials = Credentials(
            sessdata=jar.get("SESSDATA", ""),
            bili_jct=jar.get("bili_jct", ""),
            dede_user_id=jar.get("DedeUserID", ""),
            dede_user_id_ckmd5=jar.get("DedeUserID__ckMd5", ""),
            refresh_token=str(data.get("refresh_token") or ""),
            source=SignInSource.QR,
        )
    except CredentialsError:
        raise BadReply(Reply.NO_COOKIES) from None
    return QrPoll(state, credentials)


def account_from(data: Any) -> Account:
    try:
        mid, uname, face = int(data["mid"]), str(data["uname"]), str(data.get("face", ""))
    except (KeyError, TypeError, ValueError):
        raise BadReply(Reply.NO_ACCOUNT) from None
    return Account(mid, uname, face)
