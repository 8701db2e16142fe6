"""A link in the form people paste it: for a chat (name, size and until when it works, in the
UI language), a plain URL, Markdown, HTML, BBCode or the user's own template."""

from __future__ import annotations

from enum import StrEnum

from gui.i18n import tr


class LinkFormat(StrEnum):
    CHAT = "chat"  # 截图.png（10.6 KB，07:17 前有效）：URL, the default of a Chinese install
    URL = "url"
    MARKDOWN = "markdown"
    HTML = "html"
    BBCODE = "bbcode"
    CUSTOM = "custom"  # the user's template (Settings)


DEFAULT_TEMPLATE = "{name}: {url} ({expires_at})"
PLACEHOLDERS = ("{url}", "{name}", "{size}", "{expires_at}", "{expires_in}", "{valid_until}")


def link_format_names() -> dict[LinkFormat, str]:
    """The formats' names as shown in menus, by key."""
    return {
        LinkFormat.CHAT: tr("For a chat (name, size, valid until)"),
        LinkFormat.URL: tr("URL"),
        LinkFormat.MARKDOWN: tr("Markdown"),
        LinkFormat.HTML: tr("HTML"),
        LinkFormat.BBCODE: tr("BBCode"),
        LinkFormat.CUSTOM: tr("My template"),
    }


IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".svg", ".avif")


def fill_template(
    template: str, url: str, name: str, size: str, expires_at: str, **words: str
) -> str:
    """The placeholders replaced, and nothing else read from the template (no format
    specs, no attribute lookups; a stray brace stays a brace). `words`: `expires_in`
    ("14 min left") and `valid_until` ("valid until 14:24"), already worded."""
    import re

    values = dict(zip(PLACEHOLDERS[:4], (url, name, size, expires_at), strict=True))
    values["{expires_in}"] = words.get("expires_in", "")
    values["{valid_until}"] = words.get("valid_until", "")
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
    expires_in: str = "",
) -> str:
    """`size`, `expires_at` ("14:24") and `expires_in` ("14 min left") are already in words
    (the chat format and a template use them)."""
    valid_until = tr("valid until {time}").format(time=expires_at) if expires_at else ""
    words = {"expires_in": expires_in, "valid_until": valid_until}
    if kind == LinkFormat.CHAT:
        chat = tr("{name} ({size}, {valid_until}): {url}")
        return fill_template(chat, url, name, size, expires_at, **words)
    if kind == LinkFormat.CUSTOM:
        return fill_template(template, url, name, size, expires_at, **words)
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
