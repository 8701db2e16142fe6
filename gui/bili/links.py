"""Facts read from a presigned download link: when it stops working."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlsplit

LINK_TTL = timedelta(seconds=900)  # documented: links work for 15 minutes, then HTTP 403


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
