"""Reading the service's replies: the JSON body or the typed error, Retry-After, the clock
offset from Date, and transport failures as BiliErrors."""

from __future__ import annotations

import ssl
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import httpx

from gui.bili.bad_reply import BadReply, Reply
from gui.bili.errors import (
    BiliError,
    FileTooLarge,
    ProxyRefused,
    RateLimited,
    Transport,
    TransportError,
    error_for_code,
)
from gui.bili.limits import MAX_UPLOAD_BYTES

CLOCK_TOLERANCE = 1.5  # seconds: Date's whole seconds plus the reply's way here


def transport_error(exc: httpx.TransportError) -> TransportError:
    if _untrusted_certificate(exc):
        return TransportError(Transport.CERTIFICATE)
    if isinstance(exc, httpx.ProxyError):
        return TransportError(Transport.PROXY)
    if isinstance(exc, httpx.TimeoutException):
        return TransportError(Transport.TIMED_OUT)
    if isinstance(exc, httpx.ConnectError):
        return TransportError(Transport.REFUSED)
    if isinstance(exc, httpx.ReadError | httpx.WriteError | httpx.RemoteProtocolError):
        return TransportError(Transport.DROPPED)
    return TransportError(Transport.OTHER)


def _untrusted_certificate(exc: BaseException) -> bool:
    """The TLS handshake refused the service's certificate (httpx keeps the ssl error as the
    cause or context of its ConnectError)."""
    seen: BaseException | None = exc
    for _ in range(5):
        if seen is None:
            return False
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        seen = seen.__cause__ or seen.__context__
    return "CERTIFICATE_VERIFY_FAILED" in str(exc)


def parse_reply(response: httpx.Response) -> dict[str, Any]:
    """The JSON body of a successful reply; any other reply raises its typed BiliError, with
    the reply's Retry-After when it has one."""
    try:
        return _parse_reply(response)
    except BiliError as error:
        error.retry_after = retry_after(response)
        raise


def _voucher(body: dict[str, Any], response: httpx.Response) -> str:
    """-352's v_voucher: in data, else in the x-bili-gaia-vvoucher header."""
    data = body.get("data")
    voucher = data.get("v_voucher") if isinstance(data, dict) else None
    return voucher if isinstance(voucher, str) else response.headers.get("x-bili-gaia-vvoucher", "")


def server_clock_offset(response: httpx.Response, received_at: datetime) -> float | None:
    """How far the service's clock is ahead of ours (seconds), from the reply's Date header.

    Date counts whole seconds, so clocks that agree read up to a second apart: differences
    within CLOCK_TOLERANCE are taken as none (the countdowns stay within it either way)."""
    try:
        server_now = parsedate_to_datetime(response.headers.get("date", ""))
    except (TypeError, ValueError):
        return None
    if server_now.tzinfo is None:
        return None
    offset = (server_now - received_at).total_seconds()
    return 0.0 if abs(offset) < CLOCK_TOLERANCE else offset


def retry_after(response: httpx.Response, now: datetime | None = None) -> float | None:
    """Retry-After in seconds (given as seconds or as an HTTP date), or None."""
    value = response.headers.get("retry-after", "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def _parse_reply(response: httpx.Response) -> dict[str, Any]:
    status = response.status_code
    try:
        body = response.json()
    except (ValueError, RecursionError):  # not JSON, or nested beyond what a parser follows
        body = None
    code = body.get("code") if isinstance(body, dict) else None
    if status == 407:  # from a proxy on the way, not from the service
        raise ProxyRefused()
    if status in (412, 429):  # risk control or too many requests, whatever the body says
        raise RateLimited(code if isinstance(code, int) and code else None, status=status)
    if body is None:
        html = response.text.lstrip()[:1] == "<"
        raise BadReply(Reply.HTML if html else Reply.NOT_JSON, status=status)
    if not isinstance(body, dict) or not isinstance(code, int):
        raise BadReply(Reply.NO_CODE, status=status)
    if code != 0:
        message = body.get("message")
        error = error_for_code(code, message if isinstance(message, str) else "")
        if isinstance(error, RateLimited):
            error.status = status
            error.v_voucher = _voucher(body, response)
        raise error
    if status >= 300:
        raise BadReply(Reply.ERROR_STATUS, status=status)
    return body


def upload_reply(response: httpx.Response, path: Path, size: int) -> tuple[str, str]:
    """The key and link of an upload's reply; a size refusal (a gateway's 413, the service's
    1000011) is a FileTooLarge."""
    if response.status_code == 413:  # a gateway refused the body before the service saw it
        raise FileTooLarge(path, size, MAX_UPLOAD_BYTES, code=413)
    try:
        data = parse_reply(response)["data"]
        key, url = data["key"], data["url"]
    except BiliError as error:
        if error.code == 1000011:
            raise FileTooLarge(path, size, MAX_UPLOAD_BYTES, code=1000011) from None
        raise
    except (KeyError, TypeError):
        raise BadReply(Reply.NO_LINK) from None
    if not (isinstance(key, str) and isinstance(url, str) and key and url):
        raise BadReply(Reply.NO_LINK)
    return key, url
