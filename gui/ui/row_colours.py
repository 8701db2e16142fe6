"""The colours a row's state and link are drawn in, readable at WCAG AA contrast on the
list's background, light theme or dark."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtGui import QColor, QPalette

from gui.session.upload_item import UploadItem, UploadState, expires_soon

STATE_COLOURS = {
    UploadState.DONE: QColor("#2e9d5b"),
    UploadState.FAILED: QColor("#d64545"),
    UploadState.RETRYING: QColor("#c98a12"),
    UploadState.PAUSED: QColor("#c98a12"),
    UploadState.OFFLINE: QColor("#c98a12"),
    UploadState.HELD: QColor("#8e44ad"),
}
AMBER = QColor("#e69500")


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.redF())
            + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable(colour: QColor, palette: QPalette, needed: float = 4.5) -> QColor:
    """`colour` lightened on a dark background (or darkened on a light one) until it reads
    at WCAG AA contrast on the list's background."""
    colour = QColor(colour)
    base = palette.color(QPalette.ColorRole.Base)
    dark_base = base.lightnessF() < 0.5
    for _ in range(40):
        if contrast(colour, base) >= needed:
            break
        colour = colour.lighter(112) if dark_base else colour.darker(112)
        if dark_base and colour.lightness() < 40:  # pure blue barely lightens: add white
            colour = QColor.fromHslF(colour.hslHueF(), colour.hslSaturationF(), 0.6)
    return colour


def readable_link_colour(palette: QPalette) -> QColor:
    """The palette's link colour, made readable (a dark theme's default #0000ff on #323232
    is ~1.5:1)."""
    return readable(palette.color(QPalette.ColorRole.Link), palette)


def state_colour(item: UploadItem, now: datetime, palette: QPalette) -> QColor | None:
    """The state line's colour (None: the muted text colour); a link in its last two
    minutes turns amber."""
    if item.has_live_link and expires_soon(item.seconds_left(now)):
        return readable(AMBER, palette)
    colour = STATE_COLOURS.get(item.state)
    return readable(colour, palette) if colour is not None else None
