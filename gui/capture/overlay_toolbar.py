"""The small bar under a selection: the marks, undo, copy, send, cancel. Its buttons never take
the keyboard focus, so the overlay's keys keep working."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

from gui.capture.marks import Tool
from gui.i18n import tr


class OverlayToolbar(QFrame):
    tool_chosen = Signal(object)  # Tool
    undo_requested = Signal()
    copy_requested = Signal()
    upload_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.ArrowCursor)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        self._tools: dict[Tool, QToolButton] = {}
        for tool, text, tip in (
            (Tool.BOX, tr("Box"), tr("Draw a box (B)")),
            (Tool.ARROW, tr("Arrow"), tr("Draw an arrow (A)")),
            (Tool.MOSAIC, tr("Mosaic"), tr("Hide what is under it for good (M)")),
        ):
            button = self._button(layout, text, tip)
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, t=tool: self._clicked(t))
            self._tools[tool] = button
        self._button(layout, tr("Undo"), tr("Undo the last mark (Ctrl+Z)")).clicked.connect(
            self.undo_requested
        )
        self._button(layout, tr("Copy"), tr("Copy the picture only (Ctrl+C)")).clicked.connect(
            self.copy_requested
        )
        self._button(layout, tr("Upload"), tr("Upload and copy the link (Enter)")).clicked.connect(
            self.upload_requested
        )
        self._button(layout, tr("Cancel"), tr("Leave without a capture (Esc)")).clicked.connect(
            self.cancel_requested
        )

    def _button(self, layout: QHBoxLayout, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(button)
        return button

    def _clicked(self, tool: Tool) -> None:
        current = next((t for t, b in self._tools.items() if b.isChecked() and t is not tool), None)
        chosen = tool if self._tools[tool].isChecked() else Tool.SELECT
        if current is not None:
            self._tools[current].setChecked(False)
        self.tool_chosen.emit(chosen)

    def show_tool(self, tool: Tool) -> None:
        for each, button in self._tools.items():
            button.setChecked(each is tool)
