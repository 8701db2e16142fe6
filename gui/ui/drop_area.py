"""The empty window's invitation: a large dashed area that also opens the file chooser."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from gui.bili.limits import LINK_TTL_MINUTES, MAX_UPLOAD_WORDS
from gui.i18n import tr


class DropArea(QAbstractButton):
    """Click, Enter or Space opens the file chooser; drops are handled by the window. A
    button, so screen readers say it can be pressed (its name is the invitation).

    Signals:
        activated(): the user asked to choose files.
    """

    activated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clicked.connect(self.activated)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 200)
        self.title = tr("Drop files here or click to choose")
        self.hint = tr(
            "Each file gets a link that works for {minutes} minutes · up to {limit} per file"
        ).format(minutes=LINK_TTL_MINUTES, limit=MAX_UPLOAD_WORDS)
        self.setText(self.title)  # the accessible name; painted below with the hint
        self.setAccessibleDescription(
            tr("Opens the file chooser (Ctrl+O). Files and folders can also be dropped here.")
        )
        self.setToolTip(tr("Drop files or folders here, or press Enter to choose files (Ctrl+O)"))
        self.highlighted = False

    def set_highlighted(self, on: bool) -> None:
        self.highlighted = on
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        accent = palette.color(QPalette.ColorRole.Highlight)
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        rect = QRectF(self.rect()).adjusted(16, 16, -16, -16)
        pen = QPen(accent if self.highlighted or self.hasFocus() else muted, 2)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        if self.highlighted:
            fill = accent
            fill.setAlpha(30)
            painter.setBrush(fill)
        painter.drawRoundedRect(rect, 14, 14)

        arrow = QRectF(rect.center().x() - 24, rect.center().y() - 70, 48, 48)
        painter.setPen(QPen(accent, 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        mid_x = arrow.center().x()
        painter.drawLine(int(mid_x), int(arrow.top()), int(mid_x), int(arrow.bottom()))
        painter.drawLine(int(mid_x), int(arrow.top()), int(mid_x - 14), int(arrow.top() + 14))
        painter.drawLine(int(mid_x), int(arrow.top()), int(mid_x + 14), int(arrow.top() + 14))

        font = painter.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(text)
        title_rect = QRectF(rect.left(), rect.center().y() - 10, rect.width(), 32)
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignCenter, self.title)
        font.setPointSizeF(font.pointSizeF() / 1.4)
        font.setBold(False)
        painter.setFont(font)
        painter.setPen(muted)
        hint_rect = QRectF(rect.left(), rect.center().y() + 26, rect.width(), 24)
        painter.drawText(hint_rect, Qt.AlignmentFlag.AlignCenter, self.hint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()  # Space is the button's own
        else:
            super().keyPressEvent(event)
