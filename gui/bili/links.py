"""Facts read from a presigned download link: when it stops working."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlsplit

LINK_TTL = timedelta(seconds=900)  # documented: links work for 15 minutes, then HTTP 403


def link_expiry(url: str, *, replied_at: datetime) -> datetime:
    """When the link dies: X-Amz-Date + X-Amz-Expires, else the reply time + 15 minutes."""
    query = parse_qs(urlsplit(url).query)
    try:
        signed_at = datetime.strptime(query["X-Amz-Date"][0], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        lifetime = timedelta(seconds=int(query["X-Amz-Expires"][0]))
    except (KeyError, IndexError, ValueError):
        return replied_at + LINK_TTL
    return signed_at + lifetime
