"""A link in the form people paste it: plain URL, Markdown, HTML or BBCode."""

from __future__ import annotations

from enum import StrEnum

from gui.i18n import tr


class LinkFormat(StrEnum):
    URL = "url"
    MARKDOWN = "markdown"
    HTML = "html"
    BBCODE = "bbcode"


def link_format_names() -> dict[LinkFormat, str]:
    """The formats' names as shown in menus, by key."""
    return {
        LinkFormat.URL: tr("URL"),
        LinkFormat.MARKDOWN: tr("Markdown"),
        LinkFormat.HTML: tr("HTML"),
        LinkFormat.BBCODE: tr("BBCode"),
    }


IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".svg", ".avif")


def format_link(url: str, name: str, kind: str) -> str:
    if kind == LinkFormat.MARKDOWN:
        label = name.replace("[", "\\[").replace("]", "\\]")
        image = "!" if name.lower().endswith(IMAGE_SUFFIXES) else ""  # shown, not just linked
        return f"{image}[{label}]({url})"
    if kind == LinkFormat.HTML:
        from html import escape

        return f'<a href="{escape(url)}">{escape(name)}</a>'
    if kind == LinkFormat.BBCODE:
        return f"[url={url}]{name}[/url]"
    return url
