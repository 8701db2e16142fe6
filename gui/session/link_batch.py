"""The links of one batch (what finished since the queue was last idle), and whether they go
on the clipboard: the one place that decides "link ready → copy it"."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from gui.common.settings import Settings
from gui.session.queue_model import UploadQueueModel
from gui.session.upload_item import UploadItem
from gui.session.upload_queue import UploadQueue


class LinkBatch(QObject):
    """A drop of three files ends with three links to paste: with auto-copy on, each finished
    link asks for the whole batch so far to be copied, until the queue is idle again.

    Signals:
        link_ready(UploadItem, int): a link is ready; the batch has this many links now.
        copy_wanted(list): put these rows' links on the clipboard (auto-copy).
    """

    link_ready = Signal(object, int)
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
        queue.link_ready.connect(self.on_link_ready)

    @Slot(int)
    def on_link_ready(self, item_id: int) -> None:
        item = self.model.find(item_id)
        if item is None or item.expires_at is None:
            return
        self.items.append(item)
        batch = list(self.items)
        if self.queue.active() + self.queue.pending() == 0:
            self.items = []  # the next link starts a new batch
        self.link_ready.emit(item, len(batch))
        if self.settings.auto_copy:
            self.copy_wanted.emit(batch)
