"""A link in the form people paste it: plain URL, Markdown, HTML or BBCode."""

from __future__ import annotations

from html import escape

from gui.ui.i18n import tr


def link_format_names() -> dict[str, str]:
    """The formats' names as shown in menus, by key."""

    return {
        "url": tr("URL"),
        "markdown": tr("Markdown"),
        "html": tr("HTML"),
        "bbcode": tr("BBCode"),
    }


def format_link(url: str, name: str, kind: str) -> str:
    if kind == "markdown":
        label = name.replace("[", "\\[").replace("]", "\\]")
        return f"[{label}]({url})"
    if kind == "html":
        return f'<a href="{escape(url)}">{escape(name)}</a>'
    if kind == "bbcode":
        return f"[url={url}]{name}[/url]"
    return url
