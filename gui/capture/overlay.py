"""The full-screen overlay of one screen: the frozen picture, dimmed outside the selection.

Drag a rectangle (its size in real pixels beside it, a magnifier by the pointer), or click a
window to take it; Enter, Space or a double-click inside sends it (with no selection: the
whole screen); Ctrl+C copies the picture instead; Esc leaves. With a selection, B, A and M
(or the toolbar under it) draw boxes, arrows and mosaics; Ctrl+Z undoes the last."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QWidget

from gui.capture.geometry import dragged_rect, magnified_source, physical_rect
from gui.capture.marks import Mark, Tool, apply_mosaics, draw_marks, paint_mark
from gui.capture.overlay_toolbar import OverlayToolbar
from gui.capture.screens import FrozenScreen
from gui.i18n import tr

DIM = QColor(0, 0, 0, 120)
EDGE = QColor(0x00, 0xA1, 0xD6)  # Bilibili's blue
CLICK_SLOP = 4  # logical pixels a press may move and still be a click
MAGNIFIER = 120  # logical pixels a side
MAGNIFIED_SPAN = 15  # physical pixels shown in it
TOOL_KEYS = {Qt.Key.Key_B: Tool.BOX, Qt.Key.Key_A: Tool.ARROW, Qt.Key.Key_M: Tool.MOSAIC}


class CaptureOverlay(QWidget):
    """Signals:
    chosen(QImage, str): the picture (real pixels, marks drawn) and "upload" or "copy".
    cancelled(): Esc, or a right-click with nothing selected.
    painted(): the overlay was drawn for the first time.
    """

    chosen = Signal(QImage, str)
    cancelled = Signal()
    painted = Signal()  # drawn on screen for the first time

    def __init__(self, frozen: FrozenScreen, windows: list[QRect] | None = None) -> None:
        super().__init__(
            None,
            Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.Tool
            | Qt.WindowType.BypassWindowManagerHint,
        )
        self.frozen = frozen
        self.ratio = frozen.ratio
        self.windows = windows or []  # logical, this screen's coordinates, topmost first
        self.selection: QRect | None = None
        self.marks: list[Mark] = []
        self.tool = Tool.SELECT
        self._press: QPoint | None = None
        self._pointer = QPoint(-1, -1)
        self._drag_kind = ""  # "new", "move" or "mark" while a button is down
        self._moved_from: QRect | None = None
        self._shown = self._with_mosaics()
        self._painted = False
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAccessibleName(tr("Screen capture"))
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMouseTracking(True)
        self.setGeometry(frozen.geometry)
        self.toolbar = OverlayToolbar(self)
        self.toolbar.tool_chosen.connect(self.choose_tool)
        self.toolbar.undo_requested.connect(self.undo)
        self.toolbar.copy_requested.connect(lambda: self.finish("copy"))
        self.toolbar.upload_requested.connect(lambda: self.finish("upload"))
        self.toolbar.cancel_requested.connect(self.cancelled.emit)
        self.toolbar.hide()

    # --- what the user chose -----------------------------------------------------------------

    def chosen_rect(self) -> QRect:
        """The selection, or the whole screen when there is none."""
        return self.selection if self.selection is not None else self.rect()

    def picture(self) -> QImage:
        return draw_marks(self.frozen.image, self.marks, self.chosen_rect(), self.ratio)

    def finish(self, action: str) -> None:
        self.chosen.emit(self.picture(), action)

    def choose_tool(self, tool: Tool) -> None:
        self.tool = tool
        self.toolbar.show_tool(tool)

    def undo(self) -> None:
        if self.marks:
            self.marks.pop()
            self._shown = self._with_mosaics()
            self.update()

    def _with_mosaics(self) -> QImage:
        """What the overlay draws: the frozen picture, with the mosaics applied."""
        if not any(mark.tool is Tool.MOSAIC for mark in self.marks):
            shown = QImage(self.frozen.image)  # shares the pixels
            shown.setDevicePixelRatio(self.ratio)
            return shown
        image = self.frozen.image.copy()
        apply_mosaics(image, self.marks, self.ratio, image.size(), QPoint(0, 0))
        image.setDevicePixelRatio(self.ratio)
        return image

    # --- keys --------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key == Qt.Key.Key_Escape:
            if self._drag_kind:
                self._press, self._drag_kind = None, ""
                self.update()
            else:
                self.cancelled.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.finish("upload")
        elif event.matches(QKeySequence.StandardKey.Copy):
            self.finish("copy")
        elif event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
        elif key in TOOL_KEYS and self.selection is not None:
            self.choose_tool(Tool.SELECT if self.tool is TOOL_KEYS[key] else TOOL_KEYS[key])
        else:
            super().keyPressEvent(event)

    # --- the mouse ---------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if event.button() == Qt.MouseButton.RightButton:
            if self.selection is None:
                self.cancelled.emit()
            else:
                self.selection, self.marks, self.tool = None, [], Tool.SELECT
                self._shown = self._with_mosaics()
                self._place_toolbar()
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._press = point
        inside = self.selection is not None and self.selection.contains(point)
        if inside and self.tool is not Tool.SELECT:
            self._drag_kind = "mark"
        elif inside:
            self._drag_kind, self._moved_from = "move", QRect(self.selection)  # type: ignore[arg-type]
        else:
            self._drag_kind = "new"
        self.toolbar.hide()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._pointer = event.position().toPoint()
        if self._drag_kind == "move" and self._press is not None and self._moved_from:
            moved = self._moved_from.translated(self._pointer - self._press)
            self.selection = _kept_inside(moved, self.rect())
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        end = event.position().toPoint()
        dragged = (end - self._press).manhattanLength() > CLICK_SLOP
        if self._drag_kind == "new":
            if dragged:
                self.selection = dragged_rect(self._press, end).intersected(self.rect())
            else:
                self.selection = self.window_at(end)
        elif self._drag_kind == "mark" and dragged:
            self.marks.append(Mark(self.tool, self._press, end))
            if self.tool is Tool.MOSAIC:
                self._shown = self._with_mosaics()
        self._press, self._drag_kind = None, ""
        self._place_toolbar()
        self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.selection is not None and self.selection.contains(event.position().toPoint()):
            self.finish("upload")

    def window_at(self, point: QPoint) -> QRect | None:
        found = next((rect for rect in self.windows if rect.contains(point)), None)
        return found.intersected(self.rect()) if found is not None else None

    def _place_toolbar(self) -> None:
        if self.selection is None:
            self.toolbar.hide()
            return
        self.toolbar.adjustSize()
        size = self.toolbar.size()
        x = min(max(0, self.selection.right() - size.width()), self.width() - size.width())
        y = self.selection.bottom() + 6
        if y + size.height() > self.height():
            y = max(0, self.selection.top() - size.height() - 6)
        self.toolbar.move(x, y)
        self.toolbar.show()

    # --- drawing -----------------------------------------------------------------------------

    def live_rect(self) -> QRect | None:
        """What is selected now, a drag in progress included."""
        if self._drag_kind == "new" and self._press is not None:
            return dragged_rect(self._press, self._pointer).intersected(self.rect())
        return self.selection

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawImage(QPoint(0, 0), self._shown)
        chosen = self.live_rect()
        hovered = self.window_at(self._pointer) if chosen is None else None
        lit = chosen or hovered
        outside = self.rect() if lit is None else None
        if outside is not None:
            painter.fillRect(outside, DIM)
        else:
            _dim_around(painter, self.rect(), lit)  # type: ignore[arg-type]
            painter.setPen(QPen(EDGE, 2 if chosen is None else 1))
            painter.drawRect(lit.adjusted(0, 0, -1, -1))  # type: ignore[union-attr]
            self._paint_size(painter, lit)  # type: ignore[arg-type]
        for mark in self.marks:
            paint_mark(painter, mark)
        if self._drag_kind == "mark" and self._press is not None:
            paint_mark(painter, Mark(self.tool, self._press, self._pointer))
        if self._drag_kind == "new" or (not self._drag_kind and self.selection is None):
            self._paint_magnifier(painter)
        painter.end()
        if not self._painted:
            self._painted = True
            self.painted.emit()

    def _paint_size(self, painter: QPainter, rect: QRect) -> None:
        real = physical_rect(rect, self.ratio, self.frozen.image.size())
        text = f"{real.width()} × {real.height()}"
        box = painter.fontMetrics().boundingRect(text).adjusted(-6, -3, 6, 3)
        box.moveBottomLeft(QPoint(rect.left(), rect.top() - 4))
        if box.top() < 0:
            box.moveTopLeft(QPoint(rect.left() + 4, rect.top() + 4))
        painter.fillRect(box, QColor(0, 0, 0, 190))
        painter.setPen(Qt.GlobalColor.white)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_magnifier(self, painter: QPainter) -> None:
        if not self.rect().contains(self._pointer):
            return
        source = magnified_source(self._pointer, self.ratio, MAGNIFIED_SPAN)
        zoomed = self.frozen.image.copy(source).scaled(
            QSize(MAGNIFIER, MAGNIFIER), mode=Qt.TransformationMode.FastTransformation
        )
        place = QRect(self._pointer + QPoint(24, 24), QSize(MAGNIFIER, MAGNIFIER))
        if place.right() > self.width():
            place.moveRight(self._pointer.x() - 24)
        if place.bottom() > self.height():
            place.moveBottom(self._pointer.y() - 24)
        painter.drawImage(place, zoomed)
        painter.setPen(QPen(EDGE, 1))
        painter.drawRect(place)
        centre = place.center()
        painter.drawLine(place.left(), centre.y(), place.right(), centre.y())
        painter.drawLine(centre.x(), place.top(), centre.x(), place.bottom())


def _dim_around(painter: QPainter, whole: QRect, hole: QRect) -> None:
    """Dim `whole` except `hole`: four bands, so the hole shows the picture untouched."""
    painter.fillRect(QRect(whole.left(), whole.top(), whole.width(), hole.top()), DIM)
    painter.fillRect(
        QRect(whole.left(), hole.bottom() + 1, whole.width(), whole.bottom() - hole.bottom()), DIM
    )
    painter.fillRect(QRect(whole.left(), hole.top(), hole.left(), hole.height()), DIM)
    painter.fillRect(
        QRect(hole.right() + 1, hole.top(), whole.right() - hole.right(), hole.height()), DIM
    )


def _kept_inside(rect: QRect, bounds: QRect) -> QRect:
    rect.moveLeft(min(max(rect.left(), bounds.left()), bounds.right() - rect.width() + 1))
    rect.moveTop(min(max(rect.top(), bounds.top()), bounds.bottom() - rect.height() + 1))
    return rect
