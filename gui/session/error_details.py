""" "Copy error details": what went wrong with rows, with the technical words customer service
asks for (the error's kind, the service's code, the HTTP status), which the rows themselves
leave to their tooltip. Nothing secret is in it: errors never hold cookies or signed links."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from gui.bili.errors import BiliError
from gui.i18n import tr
from gui.session.upload_item import UploadItem, describe, size_text
from gui.shown_text import shown_text


def has_details(item: UploadItem) -> bool:
    return (item.error or item.retry_reason) is not None


def error_details(items: Sequence[UploadItem], now: datetime, monotonic_now: float) -> str:
    """One block per row that has a problem, under a line naming BiliDrop and the system."""
    import platform  # 4 ms with its regular expressions: not before the first paint

    from gui import __version__

    system = f"{platform.system()} {platform.release()}"
    head = f"BiliDrop {__version__} · {system} · {now:%Y-%m-%d %H:%M:%S %z}"
    blocks = [head]
    for item in items:
        error = item.error or item.retry_reason
        if error is None:
            continue
        size = size_text(item)
        name = shown_text(item.name, limit=200) + (f" ({size})" if size else "")
        blocks.append(f"{name}\n{describe(item, now, monotonic_now)}\n{technical(error)}")
    return "\n\n".join(blocks)


def technical(error: BiliError) -> str:
    """The error's kind, codes and its full words: "BadReply · HTTP 502 · …"."""
    parts = [type(error).__name__]
    if error.code is not None:
        parts.append(tr("code {code}").format(code=error.code))
    if error.status is not None:
        parts.append(f"HTTP {error.status}")
    cause = error.__cause__
    if cause is not None:
        parts.append(type(cause).__name__)
    return " · ".join(parts) + "\n" + shown_text(error.message, limit=2000)
