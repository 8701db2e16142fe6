"""Where a selection on the overlay lies in the frozen picture's real pixels.

The overlay draws in logical pixels; the frozen picture has the screen's physical pixels
(a device pixel ratio of 2 on a HiDPI screen): every edge is mapped on its own and rounded,
so two selections that touch on screen touch in the picture too."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize


def dragged_rect(start: QPoint, end: QPoint) -> QRect:
    """The rectangle a drag from `start` to `end` covers, whichever way it went (both end
    pixels inside)."""
    left, right = sorted((start.x(), end.x()))
    top, bottom = sorted((start.y(), end.y()))
    return QRect(QPoint(left, top), QPoint(right, bottom))


def physical_rect(logical: QRect, ratio: float, picture: QSize) -> QRect:
    """`logical` (overlay coordinates, the screen's top-left at 0,0) in the picture's pixels,
    kept inside the picture."""
    left = round(logical.x() * ratio)
    top = round(logical.y() * ratio)
    right = round((logical.x() + logical.width()) * ratio)
    bottom = round((logical.y() + logical.height()) * ratio)
    mapped = QRect(left, top, right - left, bottom - top)
    return mapped.intersected(QRect(QPoint(0, 0), picture))


def logical_rect(native: QRect, screen_origin: QPoint, ratio: float) -> QRect:
    """A window's rectangle as the window system gives it (native pixels, the whole desktop)
    in the overlay's coordinates on the screen whose native top-left is `screen_origin`."""
    moved = native.translated(-screen_origin)
    width, height = round(moved.width() / ratio), round(moved.height() / ratio)
    return QRect(round(moved.x() / ratio), round(moved.y() / ratio), width, height)


def magnified_source(pointer: QPoint, ratio: float, span: int) -> QRect:
    """The square of `span` physical pixels centred on the pointer that the magnifier shows."""
    centre_x, centre_y = round(pointer.x() * ratio), round(pointer.y() * ratio)
    return QRect(centre_x - span // 2, centre_y - span // 2, span, span)
