"""The queue's list view and the delegate that paints each row (no widget per row)."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QFileInfo,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDrag,
    QFont,
    QFontMetrics,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileIconProvider,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionFocusRect,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QWidget,
)

from gui.i18n import tr
from gui.session.queue_model import ITEM_ROLE, UploadQueueModel
from gui.session.upload_item import (
    UploadItem,
    UploadState,
    action_label,
    describe,
    expires_soon,
    size_text,
)
from gui.ui.thumbnails import Thumbnails

PADDING = 8
ICON = 32
BUTTON_WIDTH = 96
BUTTON_HEIGHT = 28


STATE_COLOURS = {
    UploadState.DONE: QColor("#2e9d5b"),
    UploadState.FAILED: QColor("#d64545"),
    UploadState.RETRYING: QColor("#c98a12"),
    UploadState.PAUSED: QColor("#c98a12"),
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


def line_height(font: QFont) -> int:
    # Room for CJK fallback glyphs, which stand taller than the Latin font's own metrics.
    return int(QFontMetrics(font).height() * 1.3)


class UploadDelegate(QStyledItemDelegate):
    """Paints icon, name, size, state line, progress bar or link, and one action button.

    Signals:
        action_requested(item_id, RowAction): the row's button was clicked.
    """

    action_requested = Signal(int, object)

    def __init__(self, model: UploadQueueModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._icons: dict[str, QIcon] = {}
        self._provider = QFileIconProvider()
        ratio = parent.devicePixelRatioF() if parent is not None else 1.0
        self.thumbnails = Thumbnails(ICON, max(1.0, ratio), self)

    def _icon_for(self, item: UploadItem) -> QIcon:
        suffix = item.path.suffix.lower()
        if suffix not in self._icons:
            icon = self._provider.icon(QFileInfo(str(item.path)))
            if icon.isNull():
                icon = self._provider.icon(QFileIconProvider.IconType.File)
            self._icons[suffix] = icon
        return self._icons[suffix]

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(option.rect.width(), 3 * line_height(option.font) + 2 * PADDING + 8)

    @staticmethod
    def button_rect(row: QRect) -> QRect:
        return QRect(
            row.right() - PADDING - BUTTON_WIDTH,
            row.top() + (row.height() - BUTTON_HEIGHT) // 2,
            BUTTON_WIDTH,
            BUTTON_HEIGHT,
        )

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        item: UploadItem | None = index.data(ITEM_ROLE)
        if item is None:
            return
        painter.save()
        style = option.widget.style() if option.widget else QApplication.style()
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        view_option = QStyleOptionViewItem(option)
        view_option.text = ""
        style.drawPrimitive(
            QStyle.PrimitiveElement.PE_PanelItemViewItem, view_option, painter, option.widget
        )
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_colour = palette.color(text_role)

        rect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        icon_box = QRect(rect.left(), rect.top() + 2, ICON, ICON)
        thumbnail = self.thumbnails.get(item.path) if Thumbnails.wanted(item.path) else None
        if thumbnail is not None:  # the picture itself, centred in the icon's square
            shown = thumbnail.deviceIndependentSize().toSize()
            target = QRect(0, 0, shown.width(), shown.height())
            target.moveCenter(icon_box.center())
            painter.drawPixmap(target, thumbnail)
        else:
            self._icon_for(item).paint(painter, icon_box)
        button = self.button_rect(option.rect)
        left = rect.left() + ICON + PADDING
        width = button.left() - PADDING - left
        line = line_height(option.font)

        bold = QFont(option.font)
        bold.setBold(True)
        size = size_text(item)
        size_width = QFontMetrics(option.font).horizontalAdvance(size) + PADDING
        painter.setFont(bold)
        painter.setPen(text_colour)
        name = QFontMetrics(bold).elidedText(
            item.name, Qt.TextElideMode.ElideMiddle, width - size_width
        )
        painter.drawText(
            QRect(left, rect.top(), width - size_width, line), Qt.AlignmentFlag.AlignLeft, name
        )
        painter.setFont(option.font)
        muted = palette.color(QPalette.ColorRole.PlaceholderText) if not selected else text_colour
        painter.setPen(muted)
        painter.drawText(QRect(left, rect.top(), width, line), Qt.AlignmentFlag.AlignRight, size)

        now = self._model.clock()
        state_text = describe(item, now, time.monotonic())
        colour = state_colour(item, now, palette) if not selected else None
        painter.setPen(colour or (text_colour if selected else muted))
        elided = QFontMetrics(option.font).elidedText(
            state_text, Qt.TextElideMode.ElideRight, width
        )
        painter.drawText(
            QRect(left, rect.top() + line + 2, width, line), Qt.AlignmentFlag.AlignLeft, elided
        )

        third = QRect(
            left,
            rect.top() + 2 * line + 6,
            width,
            max(8, rect.bottom() - rect.top() - 2 * line - 6),
        )
        if item.state in (UploadState.UPLOADING, UploadState.RETRYING, UploadState.CANCELLING):
            bar = QStyleOptionProgressBar()
            bar.rect = QRect(third.left(), third.top(), third.width(), min(third.height(), 10))
            bar.minimum, bar.maximum = 0, 1000
            bar.progress = int(item.fraction * 1000)
            bar.textVisible = False
            bar.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Horizontal
            bar.palette = palette
            style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)
        elif item.url and item.state is UploadState.DONE:
            painter.setPen(
                palette.color(QPalette.ColorRole.HighlightedText)
                if selected
                else readable_link_colour(palette)
            )
            link = QFontMetrics(option.font).elidedText(
                item.url, Qt.TextElideMode.ElideMiddle, width
            )
            painter.drawText(third, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, link)

        if option.state & QStyle.StateFlag.State_HasFocus:  # the keyboard's row
            focus = QStyleOptionFocusRect()
            focus.rect = option.rect.adjusted(1, 1, -1, -1)
            focus.palette = palette
            focus.state = QStyle.StateFlag.State_KeyboardFocusChange
            focus.backgroundColor = palette.color(
                QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base
            )
            style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter)

        push = QStyleOptionButton()
        push.rect = button
        push.text = action_label(item.primary_action)
        push.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Raised
        if option.state & QStyle.StateFlag.State_MouseOver:
            push.state |= QStyle.StateFlag.State_MouseOver
        push.palette = palette
        style.drawControl(QStyle.ControlElement.CE_PushButton, push, painter, option.widget)
        painter.restore()

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease:
            position = event.position().toPoint()  # type: ignore[attr-defined]
            if self.button_rect(option.rect).contains(position):
                item: UploadItem = index.data(ITEM_ROLE)
                self.action_requested.emit(item.item_id, item.primary_action)
                return True
        return super().editorEvent(event, model, option, index)


class QueueView(QListView):
    """The list of uploads. Ctrl+C is left to the window's Copy link action.

    Signals:
        copy_requested()
    """

    copy_requested = Signal()

    def __init__(self, model: UploadQueueModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.delegate = UploadDelegate(model, self)
        self.delegate.thumbnails.ready.connect(self.viewport().update)
        self.setItemDelegate(self.delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setUniformItemSizes(True)
        self.setMouseTracking(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setAccessibleName(tr("Upload queue"))
        self.setDragEnabled(True)  # finished links drag out, into a chat or an editor
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.drag_mime: Callable[[list[UploadItem]], QMimeData | None] = lambda items: None
        self.setToolTip("")
        self.highlighted = False
        model.rowsInserted.connect(self.on_rows_inserted)

    def set_highlighted(self, on: bool) -> None:
        """Files are dragged over the list: it shows it takes them."""
        self.highlighted = on
        self.setStyleSheet("QListView { border: 2px dashed palette(highlight); }" if on else "")

    def on_rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        """New rows are brought into sight (a drop onto a full list)."""
        self.scrollTo(self.model().index(first, 0), QAbstractItemView.ScrollHint.PositionAtTop)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # QAbstractItemView copies the display text on Ctrl+C; we copy the link instead.
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_requested.emit()
            event.accept()
            return
        current = self.currentIndex()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current.isValid():
            # The row's button, from the keyboard (its accessible description says which).
            item = current.data(ITEM_ROLE)
            self.delegate.action_requested.emit(item.item_id, item.primary_action)
            event.accept()
            return
        super().keyPressEvent(event)

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        """The selected rows' live links, written as copying writes them."""
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        model = self.model()
        mime = self.drag_mime([model.index(row, 0).data(ITEM_ROLE) for row in rows])
        if mime is None:
            return
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.exec(Qt.DropAction.CopyAction)

    def show_row(self, row: int) -> None:
        """Select one row, bring it into sight and give the list the focus."""
        index = self.model().index(row, 0)
        self.setCurrentIndex(index)
        self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        self.setFocus()

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        model = self.model()
        return [model.index(row, 0).data(ITEM_ROLE).item_id for row in rows]
