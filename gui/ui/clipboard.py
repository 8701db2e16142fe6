"""Putting links on the clipboard: the one way the queue, the history and the tray do it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple, Protocol

from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QGuiApplication

from gui.bili.sizes import format_size
from gui.clock import clock_time, utc_now
from gui.common.link_formats import format_link
from gui.i18n import tr
from gui.session.upload_item import time_left

if TYPE_CHECKING:
    from gui.common.settings import Settings


class Link(NamedTuple):
    """A link as the user sees it: what was uploaded, where it is, when it dies."""

    name: str
    url: str
    expires_at: datetime
    size: int = 0


class _HasLink(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def url(self) -> str: ...
    @property
    def expires_at(self) -> datetime | None: ...
    @property
    def size(self) -> int: ...


def links_of(sources: Iterable[_HasLink]) -> list[Link]:
    """The links of upload rows or history entries (those that have one)."""
    return [
        Link(source.name, source.url, source.expires_at, source.size)
        for source in sources
        if source.url and source.expires_at is not None
    ]


class LinkStyle(NamedTuple):
    """How links are written: a built-in format, or `template` for LinkFormat.CUSTOM."""

    kind: str
    template: str

    @classmethod
    def chosen(cls, settings: Settings, kind: str | None = None) -> LinkStyle:
        """The one in Settings, or `kind` (a "Copy as" menu entry) with the same template."""
        return cls(kind or settings.link_format, settings.link_template)

    def write(self, link: Link) -> str:
        return format_link(
            link.url,
            link.name,
            self.kind,
            template=self.template,
            size=format_size(link.size),
            expires_at=clock_time(link.expires_at),
            expires_in=time_left((link.expires_at - utc_now()).total_seconds()),
        )

    def lines(self, links: Sequence[Link]) -> str:
        """One link per line, as pasted."""
        return "\n".join(self.write(link) for link in links)


def links_mime(links: Sequence[Link], style: LinkStyle, now: datetime) -> QMimeData | None:
    """What a dragged link carries: the links still alive, as text in the chosen format (a
    chat or an editor takes that) and as a URI list (a browser or a file manager)."""
    live = [link for link in links if link.expires_at > now]
    if not live:
        return None
    mime = QMimeData()
    mime.setUrls([QUrl(link.url) for link in live])
    mime.setText(style.lines(live))
    return mime


def not_copied_yet() -> str:
    """What is said when the desktop refused our copy (Wayland, with BiliDrop in the back)."""
    return tr(
        "Not copied yet: this desktop lets only the window in front use the clipboard. "
        "The links are copied when BiliDrop's window is next in front."
    )


def copy_links(links: Sequence[Link], style: LinkStyle, now: datetime) -> str:
    """Copy the links still alive, written in `style`; returns the notice to show.

    When every link has expired nothing is copied and the notice says so: an expired link on
    the clipboard would only fail later, in someone else's hands.
    """
    live = [link for link in links if link.expires_at > now]
    if not live:
        if not links:
            return ""
        return tr(
            "Not copied: the link of {name} has expired. Use Re-upload for a fresh one."
        ).format(name=links[0].name)
    text = style.lines(live)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(text)
    if clipboard.text() != text:  # Wayland: only the focused window may set the clipboard
        return not_copied_yet()
    when = clock_time(min(link.expires_at for link in live))
    if len(live) == 1:
        return tr("Link copied, expires at {time}").format(time=when)
    return tr("{n} links copied, the first expires at {time}").format(n=len(live), time=when)
