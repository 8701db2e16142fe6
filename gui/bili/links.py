"""A presigned download link: whether it is one the service gives, and when it stops
working."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

from gui.bili.bad_reply import BadReply, Reply
from gui.bili.limits import LINK_TTL, MAX_UPLOAD_BYTES
from gui.bili.origins import ServiceOrigins

LINK_HOSTS = ("hdslb.com", "bilibili.com")  # the upload's links live on Bilibili's CDN
MAX_LINK_CHARS = 4096  # a real one is about 420


def checked_link(url: str, origins: ServiceOrigins) -> str:
    """`url` if it is a link the service gives: https on a host under hdslb.com or
    bilibili.com (or, for a service on this machine such as the emulator, on its own
    origin), printable ASCII only; anything else is an unexpected reply, never shown,
    copied, stored or opened."""
    printable = url.isascii() and url.isprintable() and " " not in url
    if not printable or len(url) > MAX_LINK_CHARS:
        raise BadReply(Reply.BAD_LINK)
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        raise BadReply(Reply.BAD_LINK) from None
    host = (parts.hostname or "").lower()
    on_cdn = parts.scheme == "https" and port in (None, 443) and "@" not in parts.netloc
    if on_cdn and any(host == name or host.endswith("." + name) for name in LINK_HOSTS):
        return url
    if f"{parts.scheme}://{parts.netloc}".lower() in origins.all():
        return url  # on the service's own origin (the emulator's links are)
    raise BadReply(Reply.BAD_LINK)


def link_expiry(url: str, *, replied_at: datetime, clock_offset: float = 0.0) -> datetime:
    """When the link dies, in our clock: X-Amz-Date + X-Amz-Expires (the service's clock, less
    `clock_offset`, how far the service's clock is ahead of ours), else the reply time + 15
    minutes."""
    query = parse_qs(urlsplit(url).query)
    try:
        signed_at = datetime.strptime(query["X-Amz-Date"][0], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        lifetime = timedelta(seconds=int(query["X-Amz-Expires"][0]))
    except (KeyError, IndexError, ValueError):
        return replied_at + LINK_TTL
    return signed_at + lifetime - timedelta(seconds=clock_offset)


AVATAR_MAX_BYTES = 2 * 1024 * 1024


class LinkClient:
    """The cookie-less connection for links and images (they live on other hosts, which
    never get the sign-in); every request bounded in time and size as the service's are
    (gui/bili/sending.py), and ended by `abort`."""

    def __init__(
        self, user_agent: str, timeout: httpx.Timeout, connection_options: dict[str, Any]
    ) -> None:
        """`connection_options`: the proxy's httpx options, as the service's connection has."""
        from gui.bili.sending import NO_KEEP_ALIVE, Sender

        self._client = httpx.Client(
            headers={"User-Agent": user_agent},
            timeout=timeout,
            follow_redirects=True,
            limits=NO_KEEP_ALIVE,
            **connection_options,
        )
        self._sender = Sender(self._client)

    def abort(self) -> None:
        self._sender.abort_all()

    def close(self) -> None:
        self._sender.abort_all()
        self._client.close()

    def get(self, url: str) -> httpx.Response:
        return self._sender.send(self._client.build_request("GET", url), page=True)

    def fetch_image(self, url: str) -> bytes:
        """A small image such as the avatar, without cookies (it lives on a CDN)."""
        request = self._client.build_request("GET", url)
        try:
            response = self._sender.send(request, limit=AVATAR_MAX_BYTES)
        except BadReply as error:
            if error.what is Reply.TOO_LARGE:
                raise BadReply(Reply.IMAGE_TOO_LARGE) from None
            raise
        if response.status_code != 200:
            raise BadReply(Reply.IMAGE_NOT_SERVED, status=response.status_code)
        return response.content

    def download(self, url: str, destination: Path) -> int:
        """Fetch a link to a file, without any cookie; returns the bytes written (never more
        than the service takes in an upload). Raises BadReply for HTTP 403 (expired or
        altered link) and other errors."""
        from gui.bili.sending import deadline_for

        request = self._client.build_request("GET", url)
        limit = MAX_UPLOAD_BYTES
        response = self._sender.download(request, destination, limit, deadline_for(limit))
        if response.status_code == 403:
            raise BadReply(Reply.LINK_EXPIRED, status=403)
        if response.status_code != 200:
            raise BadReply(Reply.LINK_FAILED, status=response.status_code)
        return destination.stat().st_size
