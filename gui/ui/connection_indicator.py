"""The status-bar indicator: a coloured dot and a word; click to check now."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import QToolButton, QWidget

from gui.i18n import tr
from gui.session.connection_state import ConnectionState, state_name

if TYPE_CHECKING:
    from gui.session.cool_down import ServiceCoolDown
    from gui.session.heartbeat_monitor import HeartbeatMonitor


PADDING, GAP = 4, 6  # around the dot and its words, and between them

DOT_COLOURS = {
    ConnectionState.CONNECTING: QColor("#9e9e9e"),
    ConnectionState.ONLINE: QColor("#2e9d5b"),
    ConnectionState.SLOW: QColor("#e0a100"),
    ConnectionState.OFFLINE: QColor("#d64545"),
    ConnectionState.SIGNED_OUT: QColor("#e07a00"),
    ConnectionState.COOLING_DOWN: QColor("#8e44ad"),
}


def dot_icon(colour: QColor, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class ConnectionIndicator(QToolButton):
    """Shows the HeartbeatMonitor's state, in the words `describe()` gives.

    For screen readers the name is the state ("Connection: Offline"), changed (and announced)
    only when the state changes. The dot and the countdown are painted over the button's
    panel, not set as its icon and text: Qt tells screen readers of every text change, and
    a text changing each second made a focused reader repeat it each second.

    Signals:
        state_changed(str): the new state in words, to announce.
    """

    state_changed = Signal(str)

    def __init__(
        self,
        monitor: HeartbeatMonitor,
        cool_down: ServiceCoolDown,
        describe: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAutoRaise(True)
        self.setAccessibleDescription(tr("Press to check the connection now (F5)"))
        self._label = ""
        self._named: ConnectionState | None = None
        self.monitor = monitor
        self.cool_down = cool_down
        self.text_for = describe  # the state in words: the session's (Session.connection_line)
        self._icons = {state: dot_icon(colour) for state, colour in DOT_COLOURS.items()}
        monitor.changed.connect(self.refresh)
        self.clicked.connect(self.on_clicked)
        self.refresh()

    def on_clicked(self) -> None:
        """Check now; during a cool-down, that is Try now."""
        if self.state is ConnectionState.COOLING_DOWN:
            self.cool_down.try_now()
        else:
            self.monitor.recheck()

    @property
    def state(self) -> ConnectionState:
        return self.monitor.state

    def refresh(self) -> None:
        state = self.state
        if state is not self._named:
            announce = self._named is not None
            self._named = state
            name = tr("Connection: {state}").format(state=state_name(state))
            self.setAccessibleName(name)
            if announce:
                self.state_changed.emit(name)
        label = self.text_for()
        if label != self._label:
            self._label = label
            self.updateGeometry()
            self.update()
        self.setToolTip(self.tooltip_text())

    def shown_text(self) -> str:
        """What the indicator says beside its dot."""
        return self._label

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)  # the button's panel (raised on hover): no icon, no text
        painter = QPainter(self)
        size = self.iconSize()
        top = (self.height() - size.height()) // 2
        self._icons[self.state].paint(painter, PADDING, top, size.width(), size.height())
        painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
        text = self.rect().adjusted(PADDING + size.width() + GAP, 0, -PADDING, 0)
        painter.drawText(
            text, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self._label
        )

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        size = self.iconSize()
        width = 2 * PADDING + size.width() + GAP + metrics.horizontalAdvance(self._label)
        return QSize(width, max(size.height(), metrics.height()) + 2 * PADDING)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def tooltip_text(self) -> str:
        monitor = self.monitor
        if self.state is ConnectionState.COOLING_DOWN:
            refusal = self.cool_down.error
            reason = refusal.message if refusal is not None else ""
            return "\n".join((reason, tr("Click to try now instead of waiting.")))
        lines = [tr("Click to check the connection now.")]
        if monitor.last_success is not None:
            when = datetime.fromtimestamp(monitor.last_success).strftime("%H:%M:%S")
            lines.append(tr("Last success: {time}").format(time=when))
        if monitor.latency is not None:
            lines.append(tr("Latency: {ms} ms").format(ms=round(monitor.latency * 1000)))
        if monitor.last_error is not None:
            error = monitor.last_error.message
            lines.append(tr("Last error: {error}").format(error=error))
        return "\n".join(lines)
