"""The upload queue as a Qt list model: one row per file, read by the delegate."""

from __future__ import annotations

import itertools
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
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
    step. Rows are found by id, counted by state and the waiting ones found in order without
    a scan of every row, so a queue of 10,000 costs the same per file as one of 100."""

    def __init__(self, clock: Callable[[], datetime] = utc_now, parent: Any = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self._items: list[UploadItem] = []
        self._ids = itertools.count(1)
        self._by_id: dict[int, UploadItem] = {}
        self._rows: dict[int, int] | None = {}  # id -> row; None after rows moved
        self.counts: Counter[UploadState] = Counter()
        self._waiting_from = 0  # no row before this one is waiting

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
            problem = item.error or item.retry_reason
            if role == Qt.ItemDataRole.ToolTipRole and problem is not None:
                said += "\n" + problem.message  # the technical words, for customer service
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
        for row, item in enumerate(new, first):
            self._by_id[item.item_id] = item
            if self._rows is not None:
                self._rows[item.item_id] = row
            self.counts[item.state] += 1
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
        return self._by_id.get(item_id)

    def row_of(self, item_id: int) -> int:
        if self._rows is None:  # rows moved since: counted again, once
            self._rows = {item.item_id: row for row, item in enumerate(self._items)}
        return self._rows.get(item_id, -1)

    def waiting(self) -> Iterator[UploadItem]:
        """The rows waiting to be sent, in row order; rows before the first are skipped
        without looking at them again."""
        row = self._waiting_from
        while row < len(self._items):
            item = self._items[row]
            if item.state is UploadState.WAITING:
                self._waiting_from = row
                yield item
            elif row == self._waiting_from:
                self._waiting_from = row + 1
            row += 1

    def item_at(self, row: int) -> UploadItem:
        return self._items[row]

    def update(self, item_id: int, **changes: Any) -> UploadItem | None:
        """Change fields of one row and tell the views. A name that is not a field of
        UploadItem raises AttributeError (slots)."""
        row = self.row_of(item_id)
        if row < 0:
            return None
        item = self._items[row]
        was = item.state
        for name, value in changes.items():
            setattr(item, name, value)
        if item.state is not was:
            self.counts[was] -= 1
            self.counts[item.state] += 1
            if item.state is UploadState.WAITING:
                self._waiting_from = min(self._waiting_from, row)
        index = self.index(row)
        self.dataChanged.emit(index, index)
        return item

    def keep_pending_ids(self, pending_ids: Mapping[int, int]) -> None:
        """The history's ids of unfinished rows: bookkeeping no view shows, so set without
        a signal for each of 10,000 rows."""
        for item_id, pending_id in pending_ids.items():
            item = self._by_id.get(item_id)
            if item is not None:
                item.pending_id = pending_id

    def update_all(self, states: set[UploadState], **changes: Any) -> None:
        """`update` every row in one of `states`."""
        if not any(self.counts[state] for state in states):
            return
        for item in self.items():
            if item.state in states:
                self.update(item.item_id, **changes)

    def remove(self, item_id: int) -> None:
        row = self.row_of(item_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            item = self._items.pop(row)
            del self._by_id[item_id]
            self.counts[item.state] -= 1
            self._rows = None
            if row < self._waiting_from:
                self._waiting_from -= 1
            self.endRemoveRows()

    def insert(self, row: int, item: UploadItem) -> None:
        """A row back where it was (an undone removal)."""
        row = max(0, min(row, len(self._items)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.insert(row, item)
        self._by_id[item.item_id] = item
        self.counts[item.state] += 1
        self._rows = None
        if row <= self._waiting_from:  # the rows from here on moved down one
            waiting = item.state is UploadState.WAITING
            self._waiting_from = row if waiting else self._waiting_from + 1
        self.endInsertRows()

    def tick(self) -> None:
        """One clock step: expire dead links and refresh every countdown, in one signal."""
        if not self._items:
            return
        now = self.clock()
        for item in self._items:
            if item.has_live_link and item.seconds_left(now) <= 0:
                item.state = UploadState.EXPIRED
                self.counts[UploadState.DONE] -= 1
                self.counts[UploadState.EXPIRED] += 1
        self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))
