"""Removing rows, and bringing them back: the last removal can be undone for UNDO_MS."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import NamedTuple

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from gui.i18n import tr
from gui.session.upload_item import ACTIVE_STATES, PENDING_STATES, UploadItem, UploadState
from gui.session.upload_queue import UploadQueue

UNDO_MS = 10_000  # how long a removal can be undone


class Removed(NamedTuple):
    """A removed row and where it was."""

    row: int
    item: UploadItem


def restored(item: UploadItem, waiting: UploadState, item_id: int) -> UploadItem:
    """A removed row as it comes back, under a new id (a stopped upload's worker may still
    report on the old one): a stopped upload cancelled, with Retry; a waiting one waiting
    (`waiting`: as the queue is now); a finished one as it was."""
    state = item.state
    if state in ACTIVE_STATES:
        state = UploadState.CANCELLED
    elif state in PENDING_STATES:
        state = waiting
    sent = item.sent if state is item.state else 0
    return replace(item, item_id=item_id, state=state, sent=sent, speed=0.0)


class RemovalUndo(QObject):
    """Removes rows from the queue and keeps the last removal while it can be undone.

    `keys` names the undo shortcut in the notice ("Ctrl+Z"); the window sets it.

    Signals:
        available(bool): whether there is something to undo.
        said(str): a notice for the status bar.
    """

    available = Signal(bool)
    said = Signal(str)

    def __init__(self, queue: UploadQueue, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.queue = queue
        self.keys = ""
        self._removed: list[Removed] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(UNDO_MS)
        self._timer.timeout.connect(self.forget)

    @property
    def can_undo(self) -> bool:
        return bool(self._removed)

    def remove(self, item_ids: Iterable[int]) -> list[Removed]:
        """Remove these rows; Undo brings them back for UNDO_MS."""
        model = self.queue.model
        removed = [
            Removed(model.row_of(item.item_id), item)
            for item in (model.find(i) for i in item_ids)
            if item is not None
        ]
        for entry in removed:
            self.queue.remove(entry.item.item_id)
        if not removed:
            return removed
        self._removed = removed
        self._timer.start()
        self.available.emit(True)
        self.said.emit(
            tr("Removed {name} · {keys} brings it back").format(
                name=removed[0].item.name, keys=self.keys
            )
            if len(removed) == 1
            else tr("Removed {n} rows · {keys} brings them back").format(
                n=len(removed), keys=self.keys
            )
        )
        return removed

    def clear_finished(self) -> list[Removed]:
        """Every row that is over (done, failed, cancelled, expired), in one undoable step."""
        over = [item.item_id for item in self.queue.model.items() if item.is_over]
        return self.remove(over)

    def undo(self) -> bool:
        """Each row back in its place; False when there was nothing to undo."""
        removed, self._removed = self._removed, []
        self.forget()
        if not removed:
            return False
        model = self.queue.model
        for entry in sorted(removed, key=lambda e: e.row):
            back = restored(entry.item, self.queue.waiting_state(), model.next_id())
            self.queue.put_back(entry.row, back)
        return True

    @Slot()
    def forget(self) -> None:
        self._removed = []
        self._timer.stop()
        self.available.emit(False)
