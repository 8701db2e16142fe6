"""A link in the form people paste it: plain URL, Markdown, HTML or BBCode."""

from __future__ import annotations

from enum import StrEnum

from gui.i18n import tr


class LinkFormat(StrEnum):
    URL = "url"
    MARKDOWN = "markdown"
    HTML = "html"
    BBCODE = "bbcode"
    CUSTOM = "custom"  # the user's template (Settings)


DEFAULT_TEMPLATE = "{name}: {url} ({expires_at})"
PLACEHOLDERS = ("{url}", "{name}", "{size}", "{expires_at}")


def link_format_names() -> dict[LinkFormat, str]:
    """The formats' names as shown in menus, by key."""
    return {
        LinkFormat.URL: tr("URL"),
        LinkFormat.MARKDOWN: tr("Markdown"),
        LinkFormat.HTML: tr("HTML"),
        LinkFormat.BBCODE: tr("BBCode"),
        LinkFormat.CUSTOM: tr("My template"),
    }


IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".svg", ".avif")


def fill_template(template: str, url: str, name: str, size: str, expires_at: str) -> str:
    """The placeholders replaced, and nothing else read from the template (no format
    specs, no attribute lookups; a stray brace stays a brace)."""
    import re

    values = dict(zip(PLACEHOLDERS, (url, name, size, expires_at), strict=True))
    pattern = "|".join(re.escape(placeholder) for placeholder in PLACEHOLDERS)
    return re.sub(pattern, lambda match: values[match.group(0)], template)  # one pass


def format_link(
    url: str,
    name: str,
    kind: str,
    *,
    template: str = DEFAULT_TEMPLATE,
    size: str = "",
    expires_at: str = "",
) -> str:
    """`size` and `expires_at` are already in words (only a template uses them)."""
    if kind == LinkFormat.CUSTOM:
        return fill_template(template, url, name, size, expires_at)
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
