"""A QR code drawn from its module matrix: crisp at any size, in any theme."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from gui.i18n import tr

QUIET_ZONE = 4  # modules of white border that scanners need


def qr_matrix(text: str) -> list[list[bool]]:
    import qrcode

    code = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(text)
    code.make(fit=True)
    return [[bool(cell) for cell in row] for row in code.get_matrix()]


class QrWidget(QWidget):
    """Shows `text` as a QR code, or a message in its place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.message = ""
        self._matrix: list[list[bool]] = []
        self.setMinimumSize(180, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(tr("QR code"))

    def sizeHint(self) -> QSize:
        return QSize(240, 240)

    def set_text(self, text: str) -> None:
        self.text, self.message = text, ""
        self._matrix = qr_matrix(text)
        self.setAccessibleDescription(text)
        self.update()

    def show_message(self, message: str) -> None:
        self.text, self.message, self._matrix = "", message, []
        self.setAccessibleDescription(message)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        side = min(self.width(), self.height())
        square = QRect((self.width() - side) // 2, (self.height() - side) // 2, side, side)
        if not self._matrix:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                square, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.message
            )
            return
        count = len(self._matrix) + 2 * QUIET_ZONE
        module = max(1, side // count)  # whole pixels per module: no seams, no blur
        drawn = module * count
        left = square.left() + (side - drawn) // 2
        top = square.top() + (side - drawn) // 2
        painter.fillRect(QRect(left, top, drawn, drawn), QColor("white"))  # scanners want light
        ink = QColor("black")
        for y, row in enumerate(self._matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.fillRect(
                        left + (x + QUIET_ZONE) * module,
                        top + (y + QUIET_ZONE) * module,
                        module,
                        module,
                        ink,
                    )
