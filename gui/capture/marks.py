"""Marks drawn on a capture before it is sent: a box, an arrow, and a mosaic that hides.

The mosaic is not a blur: each block of the covered area becomes one flat colour (the block's
average), so nothing of what was under it stays in the file to be sharpened back. Blocks are
at least MOSAIC_BLOCK physical pixels, big enough that no character survives."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QLineF, QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPolygonF

from gui.capture.geometry import dragged_rect, physical_rect

MOSAIC_BLOCK = 12  # physical pixels a side, at the least
MARK_COLOUR = QColor(0xE5, 0x39, 0x35)
PEN_WIDTH = 3  # logical pixels


class Tool(Enum):
    SELECT = "select"  # drag chooses (or moves) the region
    BOX = "box"
    ARROW = "arrow"
    MOSAIC = "mosaic"


@dataclass(frozen=True)
class Mark:
    """One mark, from where the drag began to where it ended (overlay coordinates)."""

    tool: Tool
    start: QPoint
    end: QPoint

    def rect(self) -> QRect:
        return dragged_rect(self.start, self.end)


def mosaic(image: QImage, area: QRect, block: int = MOSAIC_BLOCK) -> None:
    """Pixelate `area` of `image` in place: flat blocks of `block` pixels, each its average."""
    area = area.intersected(image.rect())
    if area.isEmpty():
        return
    block = max(block, MOSAIC_BLOCK)
    columns = math.ceil(area.width() / block)
    rows = math.ceil(area.height() / block)
    part = image.copy(area)
    # Qt's smooth down-scaling averages what each output pixel covers.
    averages = part.scaled(
        columns,
        rows,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    painter = QPainter(image)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
    for row in range(rows):
        for column in range(columns):
            cell = QRect(area.x() + column * block, area.y() + row * block, block, block)
            painter.fillRect(cell.intersected(area), averages.pixelColor(column, row))
    painter.end()


def apply_mosaics(
    picture: QImage, marks: list[Mark], ratio: float, whole: QSize, origin: QPoint
) -> None:
    """Pixelate, in place, what each mosaic mark covers; `picture` is the part of a frozen
    screen of size `whole` whose top-left is `origin` (physical pixels)."""
    for mark in marks:
        if mark.tool is Tool.MOSAIC:
            area = physical_rect(mark.rect(), ratio, whole).translated(-origin)
            mosaic(picture, area, round(MOSAIC_BLOCK * max(ratio, 1.0)))


def draw_marks(image: QImage, marks: list[Mark], selection: QRect, ratio: float) -> QImage:
    """The picture of `selection` (overlay coordinates) cut from `image` (physical pixels),
    with the marks on it, mosaics first so a box drawn over one stays visible."""
    cut = physical_rect(selection, ratio, image.size())
    picture = image.copy(cut).convertToFormat(QImage.Format.Format_RGB32)
    apply_mosaics(picture, marks, ratio, image.size(), cut.topLeft())
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(ratio, ratio)
    painter.translate(-selection.topLeft())
    for mark in marks:
        paint_mark(painter, mark)
    painter.end()
    return picture


def paint_mark(painter: QPainter, mark: Mark) -> None:
    """A box or an arrow in overlay coordinates (the overlay draws them live the same way)."""
    pen = QPen(MARK_COLOUR, PEN_WIDTH)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if mark.tool is Tool.BOX:
        painter.drawRect(mark.rect())
    elif mark.tool is Tool.ARROW:
        line = QLineF(QPointF(mark.start), QPointF(mark.end))
        painter.drawLine(line)
        if line.length() > 1:
            painter.setBrush(MARK_COLOUR)
            painter.drawPolygon(_arrow_head(line))


def _arrow_head(line: QLineF, size: float = 14.0) -> QPolygonF:
    angle = math.atan2(line.dy(), line.dx())
    tip = line.p2()
    corners = [
        QPointF(tip.x() - size * math.cos(angle + turn), tip.y() - size * math.sin(angle + turn))
        for turn in (-math.pi / 7, math.pi / 7)
    ]
    return QPolygonF([tip, *corners])
