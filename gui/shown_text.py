"""Text from outside (a file's name, the service's words) made safe to show: control
characters (escape sequences, newlines) and the invisible format characters that reorder
or hide text (bidirectional overrides and isolates, zero-width joiners) are written as
visible escapes, `\\x1b`, `\\u202e`, so nothing reaches a terminal, the window or the
clipboard raw. Beside gui.i18n on the lowest floor: the client, the window and the command
line all show through it."""

from __future__ import annotations

import unicodedata

MAX_SHOWN_CHARS = 1000  # a message longer than this is cut (the service's are a line)


def shown_text(text: str, limit: int = MAX_SHOWN_CHARS) -> str:
    if text.isprintable() and len(text) <= limit:
        return text  # the usual case, Chinese included: nothing to do
    shown = "".join(_escaped(char) for char in text[:limit])
    return shown + ("…" if len(text) > limit else "")


def _escaped(char: str) -> str:
    if char == " " or unicodedata.category(char) not in ("Cc", "Cf", "Zl", "Zp", "Cs"):
        return char
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
