"""The status bar's message, shown whole: it wraps onto a second line when the window is too
narrow for it (the bar grows for as long as it shows), and the tooltip always has all of it.

QStatusBar paints its messages itself, cut off at the first permanent widget. This label is
that first permanent widget, stretched over the free room, so the bar keeps the message's
text and timeout (`currentMessage()`, `clearMessage()`) while the label shows it."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from gui.i18n import tr

MAX_LINES = 2


class StatusMessage(QLabel):
    def __init__(self, bar: QStatusBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.full_text = ""
        bar.insertPermanentWidget(0, self, 1)
        bar.messageChanged.connect(self.show_message)
        self._fit()

    @Slot(str)
    def show_message(self, text: str) -> None:
        self.full_text = text
        self.setToolTip(text)
        self._fit()

    def lines_needed(self, text: str) -> int:
        metrics = self.fontMetrics()
        box = QRect(0, 0, max(1, self.width()), 100 * metrics.height())
        height = metrics.boundingRect(box, Qt.TextFlag.TextWordWrap, text).height()
        return max(1, -(-height // metrics.height()))

    def _fit(self) -> None:
        """One line if it fits, else two; beyond that the end gives way to "…" (the tooltip
        has all of it). A screen reader reads the message; with none, the label says so
        (not an empty, nameless label)."""
        text = self.full_text
        self.setAccessibleName("" if text else tr("No status message"))
        if self.lines_needed(text) > MAX_LINES:
            low, high = 0, len(text)  # the longest start that fits, with "…"
            while low < high:
                middle = (low + high + 1) // 2
                if self.lines_needed(text[:middle] + "…") <= MAX_LINES:
                    low = middle
                else:
                    high = middle - 1
            start = text[:low]
            space = start.rfind(" ")
            text = (start[:space] if space > low - 20 else start).rstrip() + "…"  # at a word
        self.setText(text)
        lines = min(MAX_LINES, self.lines_needed(text))
        self.setFixedHeight(lines * self.fontMetrics().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()
