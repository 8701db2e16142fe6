"""The queue's list view and the delegate that paints each row (no widget per row)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QFileInfo,
    QItemSelectionModel,
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
    ACTIVE_STATES,
    UploadItem,
    UploadState,
    action_label,
    describe,
    size_text,
)
from gui.ui.row_colours import readable_link_colour, state_colour
from gui.ui.thumbnails import Thumbnails

PADDING = 8
ICON = 32
BUTTON_WIDTH = 96
BUTTON_HEIGHT = 28


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
        view_option = QStyleOptionViewItem(option)
        view_option.text = ""
        style.drawPrimitive(
            QStyle.PrimitiveElement.PE_PanelItemViewItem, view_option, painter, option.widget
        )
        rect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        self._paint_icon(painter, item, QRect(rect.left(), rect.top() + 2, ICON, ICON))
        left = rect.left() + ICON + PADDING
        row = _Row(
            painter,
            option,
            style,
            bool(option.state & QStyle.StateFlag.State_Selected),
            QRect(left, rect.top(), self.button_rect(option.rect).left() - PADDING - left, 0),
            line_height(option.font),
        )
        self._paint_name_and_state(row, item)
        self._paint_progress_or_link(row, item, rect.bottom())
        if option.state & QStyle.StateFlag.State_HasFocus:  # the keyboard's row
            _paint_focus(row)
        self._paint_button(row, item)
        painter.restore()

    def _paint_icon(self, painter: QPainter, item: UploadItem, box: QRect) -> None:
        thumbnail = self.thumbnails.get(item.path) if Thumbnails.wanted(item.path) else None
        if thumbnail is not None:  # the picture itself, centred in the icon's square
            shown = thumbnail.deviceIndependentSize().toSize()
            target = QRect(0, 0, shown.width(), shown.height())
            target.moveCenter(box.center())
            painter.drawPixmap(target, thumbnail)
        else:
            self._icon_for(item).paint(painter, box)

    def _paint_name_and_state(self, row: _Row, item: UploadItem) -> None:
        """The name (bold, cut in the middle) and size on the first line, the state below."""
        painter, font, text = row.painter, row.option.font, row.text
        left, top, width, line = text.left(), text.top(), text.width(), row.line
        bold = QFont(font)
        bold.setBold(True)
        size = size_text(item)
        size_width = QFontMetrics(font).horizontalAdvance(size) + PADDING
        painter.setFont(bold)
        painter.setPen(row.text_colour)
        name = QFontMetrics(bold).elidedText(
            item.name, Qt.TextElideMode.ElideMiddle, width - size_width
        )
        painter.drawText(
            QRect(left, top, width - size_width, line), Qt.AlignmentFlag.AlignLeft, name
        )
        painter.setFont(font)
        painter.setPen(row.muted)
        painter.drawText(QRect(left, top, width, line), Qt.AlignmentFlag.AlignRight, size)
        now = self._model.clock()
        colour = state_colour(item, now, row.palette) if not row.selected else None
        painter.setPen(colour or (row.text_colour if row.selected else row.muted))
        state_text = QFontMetrics(font).elidedText(
            describe(item, now, time.monotonic()), Qt.TextElideMode.ElideRight, width
        )
        painter.drawText(
            QRect(left, top + line + 2, width, line), Qt.AlignmentFlag.AlignLeft, state_text
        )

    def _paint_progress_or_link(self, row: _Row, item: UploadItem, bottom: int) -> None:
        """The third line: a progress bar while sending, the link once done."""
        text, line, palette = row.text, row.line, row.palette
        third = QRect(
            text.left(),
            text.top() + 2 * line + 6,
            text.width(),
            max(8, bottom - text.top() - 2 * line - 6),
        )
        if item.state in ACTIVE_STATES:
            bar = QStyleOptionProgressBar()
            bar.rect = QRect(third.left(), third.top(), third.width(), min(third.height(), 10))
            bar.minimum, bar.maximum = 0, 1000
            bar.progress = int(item.fraction * 1000)
            bar.textVisible = False
            bar.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Horizontal
            bar.palette = palette
            row.style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, row.painter)
        elif item.url and item.state is UploadState.DONE:
            row.painter.setPen(
                palette.color(QPalette.ColorRole.HighlightedText)
                if row.selected
                else readable_link_colour(palette)
            )
            link = QFontMetrics(row.option.font).elidedText(
                item.url, Qt.TextElideMode.ElideMiddle, third.width()
            )
            row.painter.drawText(
                third, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, link
            )

    def _paint_button(self, row: _Row, item: UploadItem) -> None:
        option = row.option
        push = QStyleOptionButton()
        push.rect = self.button_rect(option.rect)
        push.text = action_label(item.primary_action)
        push.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Raised
        if option.state & QStyle.StateFlag.State_MouseOver:
            push.state |= QStyle.StateFlag.State_MouseOver
        push.palette = row.palette
        row.style.drawControl(QStyle.ControlElement.CE_PushButton, push, row.painter, option.widget)

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
        # Laid out in batches: in the default single pass, QListView reads every row's count
        # again on each row's change (10,000 rows: 20,000 calls into Python per change).
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(200)
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
        if model.rowCount():  # built for a first drop whose rows are already there
            self.on_rows_inserted(QModelIndex(), 0, model.rowCount() - 1)

    def set_highlighted(self, on: bool) -> None:
        """Files are dragged over the list: it shows it takes them."""
        self.highlighted = on
        self.setStyleSheet("QListView { border: 2px dashed palette(highlight); }" if on else "")

    def on_rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        """New rows are brought into sight (a drop onto a full list). With nothing selected,
        the first of them is selected for real, not only the keyboard's current row: a row
        that looks chosen is one the toolbar and Ctrl+C act on."""
        index = self.model().index(first, 0)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
        selection = self.selectionModel()
        if not selection.hasSelection():
            flags = QItemSelectionModel.SelectionFlag
            selection.setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)

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


class _Row(NamedTuple):
    """What painting one row needs: `text` is the text column (its height unused)."""

    painter: QPainter
    option: QStyleOptionViewItem
    style: QStyle
    selected: bool
    text: QRect
    line: int

    @property
    def palette(self) -> QPalette:
        return self.option.palette

    @property
    def text_colour(self) -> QColor:
        role = QPalette.ColorRole.HighlightedText if self.selected else QPalette.ColorRole.Text
        return self.palette.color(role)

    @property
    def muted(self) -> QColor:
        if self.selected:
            return self.text_colour
        return self.palette.color(QPalette.ColorRole.PlaceholderText)


def _paint_focus(row: _Row) -> None:
    palette = row.palette
    focus = QStyleOptionFocusRect()
    focus.rect = row.option.rect.adjusted(1, 1, -1, -1)
    focus.palette = palette
    focus.state = QStyle.StateFlag.State_KeyboardFocusChange
    focus.backgroundColor = palette.color(
        QPalette.ColorRole.Highlight if row.selected else QPalette.ColorRole.Base
    )
    row.style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, row.painter)
