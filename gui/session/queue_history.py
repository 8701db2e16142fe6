"""The upload queue's bookkeeping in the history: rows not yet finished are kept there, so a
quit or a crash loses nothing, and finished uploads are recorded. A write that fails (a full
disk, a locked file) is said once and stops nothing: the link still reaches the row."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from gui.bili.errors import os_reason
from gui.session.queue_model import UploadQueueModel
from gui.session.upload_item import PENDING_STATES, UploadItem, UploadState

if TYPE_CHECKING:
    from gui.bili.client import UploadResult
    from gui.store.history import History, PendingUpload


class QueueHistory(QObject):
    """Signals:
    failed(reason): the history could not be read or written (said once per kind of error).
    recorded(HistoryEntry): a finished upload is in the history.
    """

    failed = Signal(str)
    recorded = Signal(object)

    def __init__(self, model: UploadQueueModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.history: History | None = None
        self.frozen = False  # while shutting down: what is unfinished stays unfinished
        self._said: set[str] = set()

    def _call(self, call: Callable[..., Any], *args: Any) -> Any:
        if self.history is None:
            return None
        try:
            return call(*args)
        except Exception as error:
            kind = type(error).__name__
            if kind not in self._said:
                self._said.add(kind)
                reason = os_reason(error) if isinstance(error, OSError) else str(error) or kind
                self.failed.emit(reason)
            return None

    def interrupted(self) -> list[PendingUpload]:
        """What was waiting or running when BiliDrop last quit or crashed."""
        history = self.history
        return (self._call(history.pending) if history else None) or []

    def interrupted_items(self) -> list[UploadItem]:
        """Rows for what was waiting or running when BiliDrop last quit or crashed (not the
        rows of this run: files queued before the start are in the history already)."""
        ours = {item.pending_id for item in self.model.items() if item.pending_id}
        items = []
        for pending in self.interrupted():
            if pending.id in ours:
                continue
            try:
                size = pending.local_path.stat().st_size
            except OSError:
                size = 0
            items.append(
                UploadItem(
                    item_id=self.model.next_id(),
                    path=pending.local_path,
                    size=size,
                    state=UploadState.INTERRUPTED,
                    pending_id=pending.id,
                    previous_sha256=pending.sha256,
                )
            )
        return items

    def remember(self, item: UploadItem) -> None:
        """Keep a waiting row, so that a quit or a crash does not lose it."""
        history = self.history
        if history is None or item.pending_id or item.state not in PENDING_STATES:
            return
        pending_id = self._call(history.add_pending, item.path, item.previous_sha256)
        if pending_id:
            self.model.update(item.item_id, pending_id=pending_id)

    def remember_all(self, items: list[UploadItem]) -> None:
        """`remember` for many rows at once (a drop of a folder): one write."""
        history = self.history
        new = [i for i in items if not i.pending_id and i.state in PENDING_STATES]
        if history is None or not new:
            return
        uploads = [(item.path, item.previous_sha256) for item in new]
        ids = self._call(history.add_pending_many, uploads) or []
        self.model.keep_pending_ids(
            {item.item_id: pid for item, pid in zip(new, ids, strict=False)}
        )

    def forget(self, item: UploadItem) -> None:
        """The row finished, failed visibly or was removed: no longer unfinished."""
        history = self.history
        if history is not None and item.pending_id and not self.frozen:
            self._call(history.remove_pending, item.pending_id)
            self.model.update(item.item_id, pending_id=0)

    def record(self, item: UploadItem, result: UploadResult) -> None:
        history = self.history
        if history is not None:
            entry = self._call(
                history.record,
                item.path,
                result.size,
                result.sha256,
                result.key,
                result.url,
                datetime.now(UTC),
                result.expires_at,
            )
            if entry is not None:
                self.recorded.emit(entry)
