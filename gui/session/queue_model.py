"""The upload queue as a Qt list model: one row per file, read by the delegate."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from gui.clock import clock_time, utc_now
from gui.i18n import tr
from gui.session.upload_item import (
    UploadItem,
    UploadState,
    action_label,
    describe,
    size_text,
)

if TYPE_CHECKING:
    from gui.bili.errors import BiliError

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class UploadQueueModel(QAbstractListModel):
    """Rows of UploadItem. The one place items change (`update`), so every view stays in
    step."""

    def __init__(self, clock: Callable[[], datetime] = utc_now, parent: Any = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self._items: list[UploadItem] = []
        self._ids = itertools.count(1)

    # --- Qt model interface ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self._items[index.row()].has_live_link:
            flags |= Qt.ItemFlag.ItemIsDragEnabled  # a live link can be dragged out
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == ITEM_ROLE:
            return item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return item.name
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            said = f"{item.name}: {describe(item, self.clock(), time.monotonic())}"
            if item.has_live_link and item.expires_at is not None:
                said += " · " + tr("expires at {time}").format(time=clock_time(item.expires_at))
            size = size_text(item)
            return f"{said} · {size}" if size and role != Qt.ItemDataRole.ToolTipRole else said
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            # What the row shows besides its state: the link, and what its button does.
            button = tr("Enter: {action}").format(action=action_label(item.primary_action))
            return f"{item.url} · {button}" if item.url else button
        return None

    # --- changes ---------------------------------------------------------------------------------

    def add(self, items: Iterable[UploadItem]) -> list[UploadItem]:
        new = list(items)
        if not new:
            return []
        first = len(self._items)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self._items.extend(new)
        self.endInsertRows()
        return new

    def add_failed(
        self, refusals: Iterable[tuple[Path, BiliError]], shown_names: Mapping[Path, str]
    ) -> list[UploadItem]:
        """Rows for files refused before they could even be looked at."""
        return self.add(
            UploadItem(
                self.next_id(),
                path,
                0,
                state=UploadState.FAILED,
                error=error,
                shown_name=shown_names.get(path, ""),
            )
            for path, error in refusals
        )

    def next_id(self) -> int:
        return next(self._ids)

    def items(self) -> list[UploadItem]:
        return list(self._items)

    def find(self, item_id: int) -> UploadItem | None:
        return next((i for i in self._items if i.item_id == item_id), None)

    def row_of(self, item_id: int) -> int:
        return next((r for r, i in enumerate(self._items) if i.item_id == item_id), -1)

    def item_at(self, row: int) -> UploadItem:
        return self._items[row]

    def update(self, item_id: int, **changes: Any) -> UploadItem | None:
        """Change fields of one row and tell the views. A name that is not a field of
        UploadItem raises AttributeError (slots)."""
        row = self.row_of(item_id)
        if row < 0:
            return None
        item = self._items[row]
        for name, value in changes.items():
            setattr(item, name, value)
        index = self.index(row)
        self.dataChanged.emit(index, index)
        return item

    def update_all(self, states: set[UploadState], **changes: Any) -> None:
        """`update` every row in one of `states`."""
        for item in self.items():
            if item.state in states:
                self.update(item.item_id, **changes)

    def remove(self, item_id: int) -> None:
        row = self.row_of(item_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._items[row]
            self.endRemoveRows()

    def insert(self, row: int, item: UploadItem) -> None:
        """A row back where it was (an undone removal)."""
        row = max(0, min(row, len(self._items)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.insert(row, item)
        self.endInsertRows()

    def tick(self) -> None:
        """One clock step: expire dead links and refresh every countdown, in one signal."""
        if not self._items:
            return
        now = self.clock()
        for item in self._items:
            if item.has_live_link and item.seconds_left(now) <= 0:
                item.state = UploadState.EXPIRED
        self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))
