"""Facts read from a presigned download link: when it stops working."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

from gui.bili.bad_reply import BadReply, Reply
from gui.bili.limits import LINK_TTL
from gui.bili.replies import transport_error
from gui.bili.upload_body import CHUNK_SIZE


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
    never get the sign-in)."""

    def __init__(
        self, user_agent: str, timeout: httpx.Timeout, connection_options: dict[str, Any]
    ) -> None:
        """`connection_options`: the proxy's httpx options, as the service's connection has."""
        self._client = httpx.Client(
            headers={"User-Agent": user_agent},
            timeout=timeout,
            follow_redirects=True,
            **connection_options,
        )

    def close(self) -> None:
        self._client.close()

    def get(self, url: str) -> httpx.Response:
        try:
            return self._client.get(url)
        except httpx.TransportError as exc:
            raise transport_error(exc) from None

    def fetch_image(self, url: str) -> bytes:
        """A small image such as the avatar, without cookies (it lives on a CDN)."""
        try:
            with self._client.stream("GET", url) as response:
                if response.status_code != 200:
                    raise BadReply(Reply.IMAGE_NOT_SERVED, status=response.status_code)
                data = bytearray()
                for chunk in response.iter_bytes(CHUNK_SIZE):
                    data += chunk
                    if len(data) > AVATAR_MAX_BYTES:
                        raise BadReply(Reply.IMAGE_TOO_LARGE)
                return bytes(data)
        except httpx.TransportError as exc:
            raise transport_error(exc) from None

    def download(self, url: str, destination: Path) -> int:
        """Fetch a link to a file, without any cookie; returns the bytes written.

        Raises BadReply for HTTP 403 (expired or altered link) and other errors.
        """
        try:
            with self._client.stream("GET", url) as response:
                if response.status_code == 403:
                    raise BadReply(Reply.LINK_EXPIRED, status=403)
                if response.status_code != 200:
                    raise BadReply(Reply.LINK_FAILED, status=response.status_code)
                written = 0
                with destination.open("wb") as out:
                    for chunk in response.iter_bytes(CHUNK_SIZE):
                        out.write(chunk)
                        written += len(chunk)
                return written
        except httpx.TransportError as exc:
            raise transport_error(exc) from None
