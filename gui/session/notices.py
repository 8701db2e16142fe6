"""Which events become desktop notifications, as data: the session decides what to say, the
ui decides only whether the user is looking (then nothing is sent) and how it is shown."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum, StrEnum

from PySide6.QtCore import QModelIndex, QObject, Signal, Slot

from gui.clock import clock_time
from gui.common.settings import Settings
from gui.i18n import tr
from gui.session.queue_model import UploadQueueModel
from gui.session.upload_item import UploadItem, UploadState, expires_soon, time_left


class Urgency(IntEnum):  # the freedesktop specification's byte values
    LOW = 0
    NORMAL = 1
    CRITICAL = 2


class NoticeSlot(StrEnum):
    """Notices of one slot replace each other on the desktop; NONE never replaces."""

    NONE = ""
    BATCH = "batch"
    EXPIRING = "expiring"


@dataclass(frozen=True)
class Notice:
    title: str
    body: str
    urgency: Urgency = Urgency.NORMAL
    item_id: int | None = None  # the row a click brings forward
    slot: NoticeSlot = NoticeSlot.NONE
    copy_ids: tuple[int, ...] = ()  # rows whose links its "Copy link" action copies (if any)


class NoticePolicy(QObject):
    """Turns the queue's events into notices, when Settings wants notifications.

    Signals:
        notice(Notice): something worth a notification (if no BiliDrop window is in front).
    """

    notice = Signal(object)

    def __init__(
        self,
        model: UploadQueueModel,
        settings: Settings,
        parent: QObject | None = None,
        batch: Callable[[], list[UploadItem]] = list,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.settings = settings
        self._batch = batch  # the links of the drop so far (session/link_batch.py)
        self._warned: set[int] = set()  # rows whose "expires soon" was said
        model.rowsInserted.connect(self.on_rows_added)

    def tell(self, notice: Notice) -> None:
        if self.settings.notify:
            self.notice.emit(notice)

    def nothing_to_paste(self) -> str:
        """A paste found nothing to upload: said where the user looks (a paste from the tray
        menu is made with no window in front); the words, for the status bar too."""
        text = tr("The clipboard holds no files, image or text to upload.")
        self.tell(Notice("BiliDrop", text))
        return text

    def copy_refused(self, text: str, item_ids: list[int]) -> None:
        """The desktop refused our copy: the batch's notification says so instead of
        "copied" (it replaces the one before it), and offers to copy them."""
        self.tell(
            Notice(
                tr("Upload finished"),
                text,
                item_id=item_ids[-1],
                slot=BATCH,
                copy_ids=tuple(item_ids),
            )
        )

    def copied_links_expired(self, when: str) -> str:
        """The links last put on the clipboard died there: said where the user looks; the
        words, for the status bar too."""
        text = tr(
            "The links you copied expired at {time} and were taken off the clipboard. "
            "Re-upload for fresh ones."
        ).format(time=when)
        self.tell(Notice(tr("Copied links expired"), text))
        return text

    @Slot(object, int)
    def on_link_ready(self, item: UploadItem, batch_size: int) -> None:
        """One notification for a batch, replacing the one before it."""
        if batch_size == 1 and item.expires_at is not None:
            when = clock_time(item.expires_at)
            words = (
                tr("{name}: link copied, works until {time}")
                if self.settings.auto_copy
                else tr("{name}: link ready, works until {time}")
            )
            body = words.format(name=item.name, time=when)
            ids = (item.item_id,)
            self.tell(
                Notice(tr("Upload finished"), body, item_id=item.item_id, slot=BATCH, copy_ids=ids)
            )
            return
        body = (
            tr("{n} links ready, copied").format(n=batch_size)
            if self.settings.auto_copy
            else tr("{n} links ready").format(n=batch_size)
        )
        done = [link.item_id for link in self._batch()] or [item.item_id]
        batch = tuple(sorted(done, key=self.model.row_of))  # in the list's order
        self.tell(
            Notice(tr("Uploads finished"), body, item_id=item.item_id, slot=BATCH, copy_ids=batch)
        )

    @Slot(int)
    def on_upload_failed(self, item_id: int) -> None:
        item = self.model.find(item_id)
        if item is not None and item.state is UploadState.FAILED and item.error is not None:
            body = f"{item.name}: {item.error.message}"
            self.tell(Notice(tr("Upload failed"), body, Urgency.CRITICAL, item.item_id))

    @Slot(QModelIndex, int, int)
    def on_rows_added(self, parent: QModelIndex, first: int, last: int) -> None:
        """Files refused before a byte was sent (empty, too large, unreadable)."""
        rows = (self.model.item_at(row) for row in range(first, last + 1))
        refused = [i for i in rows if i.state is UploadState.FAILED and i.error is not None]
        if not refused:
            return
        if len(refused) == 1:
            error = refused[0].error
            body = f"{refused[0].name}: {error.message if error else ''}"
        else:
            body = tr("{n} files cannot be uploaded; the window says why.").format(n=len(refused))
        self.tell(Notice(tr("Not uploaded"), body, Urgency.CRITICAL, refused[0].item_id))

    def expiring(self, now: datetime) -> list[UploadItem]:
        """Rows whose link is in its last two minutes; each is said once, when it enters them."""
        soon = [
            item
            for item in self.model.items()
            if item.has_live_link and expires_soon(item.seconds_left(now))
        ]
        for item in soon:
            if item.item_id not in self._warned:
                self._warned.add(item.item_id)
                body = tr("{name}: {left}, the link stops working at {time}.").format(
                    name=item.name,
                    left=time_left(item.seconds_left(now)),
                    time=clock_time(item.expires_at or now),
                )
                self.tell(
                    Notice(tr("A link expires soon"), body, item_id=item.item_id, slot=EXPIRING)
                )
        return soon


BATCH, EXPIRING = NoticeSlot.BATCH, NoticeSlot.EXPIRING
