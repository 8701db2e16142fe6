"""The links of one batch (what finished since the queue was last idle), and whether they go
on the clipboard: the one place that decides "link ready → copy it"."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from gui.common.settings import Settings
from gui.session.queue_model import UploadQueueModel
from gui.session.upload_item import UploadItem
from gui.session.upload_queue import UploadQueue


class LinkBatch(QObject):
    """A drop of three files ends with three links to paste, copied together once the last
    is done (the queue idle again): an early paste never sends half a set, and the
    clipboard is written once, not once a file.

    Signals:
        started(): the first file of a new batch was queued (the clipboard as it is now is
            what a copy at its end may replace).
        link_ready(UploadItem, int): a link is ready; the batch has this many links now.
        waiting(int, int): so many links are ready of so many files; the copy waits for all.
        copy_wanted(list): put these rows' links on the clipboard (auto-copy).
    """

    started = Signal()
    link_ready = Signal(object, int)
    waiting = Signal(int, int)
    copy_wanted = Signal(list)

    def __init__(
        self,
        model: UploadQueueModel,
        queue: UploadQueue,
        settings: Settings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.queue = queue
        self.settings = settings
        self.items: list[UploadItem] = []
        self.open = False  # a batch is under way
        queue.link_ready.connect(self.on_link_ready)
        queue.upload_failed.connect(self.on_upload_failed)
        model.rowsInserted.connect(self.on_rows_added)

    @Slot()
    def on_rows_added(self) -> None:
        """Rows that will upload open a batch; refused or interrupted ones wait for nothing."""
        if not self.open and self.queue.active() + self.queue.pending():
            self.open = True
            self.started.emit()

    @Slot(int)
    def on_link_ready(self, item_id: int) -> None:
        item = self.model.find(item_id)
        if item is None or item.expires_at is None:
            return
        self.items.append(item)
        self.link_ready.emit(item, len(self.items))
        self._end_if_done()

    @Slot(int)
    def on_upload_failed(self, item_id: int) -> None:
        self._end_if_done()  # the last file failing ends the batch too

    def _end_if_done(self) -> None:
        rest = self.queue.active() + self.queue.pending()
        if rest:
            if self.items and self.settings.auto_copy:
                self.waiting.emit(len(self.items), len(self.items) + rest)
            return
        batch, self.items, self.open = self.items, [], False  # the next file starts anew
        if batch and self.settings.auto_copy:
            self.copy_wanted.emit(batch)
