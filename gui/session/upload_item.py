"""One row of the upload queue: its state, what can be done to it, and how it reads in words."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from enum import Enum, StrEnum
from pathlib import Path
from typing import Any

from gui.bili.errors import BiliError, FileChanged, FileProblem, RateLimited
from gui.bili.sizes import format_size
from gui.clock import clock_time
from gui.i18n import tr
from gui.shown_text import shown_text


class UploadState(Enum):
    WAITING = "waiting"
    PAUSED = "paused"  # signed out: waits for sign-in instead of failing
    OFFLINE = "offline"  # the service could not be reached: goes on when it answers again
    UPLOADING = "uploading"
    RETRYING = "retrying"
    CANCELLING = "cancelling"  # asked to stop; the worker has not answered yet
    HELD = "held"  # the service asked to slow down: waits for the cool-down, then goes again
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"
    EXPIRED = "expired"
    INTERRUPTED = "interrupted"  # waiting or running when BiliDrop last quit or crashed


class RowAction(StrEnum):
    COPY = "copy"
    CANCEL = "cancel"
    RETRY = "retry"
    REUPLOAD = "reupload"
    REMOVE = "remove"
    TRY_NOW = "try_now"  # end the cool-down early


# Which action each state allows: the one table the row buttons, the menus and the queue obey.
# The first action listed is the row's own button.
ACTIONS: dict[UploadState, tuple[RowAction, ...]] = {
    UploadState.WAITING: (RowAction.CANCEL, RowAction.REMOVE),
    UploadState.PAUSED: (RowAction.CANCEL, RowAction.REMOVE),
    UploadState.OFFLINE: (RowAction.CANCEL, RowAction.REMOVE),
    UploadState.UPLOADING: (RowAction.CANCEL, RowAction.REMOVE),
    UploadState.RETRYING: (RowAction.CANCEL, RowAction.REMOVE),
    UploadState.CANCELLING: (RowAction.REMOVE,),
    UploadState.HELD: (RowAction.TRY_NOW, RowAction.CANCEL, RowAction.REMOVE),
    UploadState.DONE: (RowAction.COPY, RowAction.REUPLOAD, RowAction.REMOVE),
    UploadState.FAILED: (RowAction.RETRY, RowAction.REMOVE),
    UploadState.CANCELLED: (RowAction.RETRY, RowAction.REMOVE),
    UploadState.EXPIRED: (RowAction.REUPLOAD, RowAction.COPY, RowAction.REMOVE),
    UploadState.INTERRUPTED: (RowAction.RETRY, RowAction.CANCEL, RowAction.REMOVE),
}

ACTIVE_STATES = frozenset({UploadState.UPLOADING, UploadState.RETRYING, UploadState.CANCELLING})
PENDING_STATES = frozenset(
    {UploadState.WAITING, UploadState.PAUSED, UploadState.HELD, UploadState.OFFLINE}
)
OVER_STATES = frozenset(
    {UploadState.DONE, UploadState.FAILED, UploadState.CANCELLED, UploadState.EXPIRED}
)


@dataclass(slots=True)
class UploadItem:
    """What the queue knows about one file. Never holds credentials. Changed only through
    `UploadQueueModel.update` (slots: a misspelt field is an error, not a new attribute)."""

    item_id: int
    path: Path
    size: int
    state: UploadState = UploadState.WAITING
    sent: int = 0
    speed: float = 0.0  # bytes per second, smoothed
    error: BiliError | None = None  # why it failed
    retry_reason: BiliError | None = None  # why it is retrying
    retry_at: float = 0.0  # time.monotonic() of the next automatic try
    retry_number: int = 0  # which retry comes next (1 for the first)
    retries: int = 0  # how many retries there are in all
    held_until: datetime | None = None  # when a cool-down is to end (local time)
    url: str = ""
    key: str = ""
    expires_at: datetime | None = None
    job_id: int = 0  # the current attempt; signals from older attempts are ignored
    pending_id: int = 0  # its row in the history's unfinished queue (0: none)
    previous_sha256: str = ""  # set for a re-upload from the history
    changed: bool = False  # the file differs from the one uploaded before
    shown_name: str = ""  # from a dropped folder: its path inside it ("photos/2024/a.jpg")
    network_waits: int = 0  # times it waited for the network since it was queued

    @property
    def name(self) -> str:
        """The file's name as shown, copied and announced (control characters escaped)."""
        return shown_text(self.shown_name or self.path.name)

    @property
    def fraction(self) -> float:
        return min(self.sent / self.size, 1.0) if self.size else 0.0

    def seconds_left(self, now: datetime) -> float:
        if self.expires_at is None:
            return 0.0
        return (self.expires_at - now).total_seconds()

    @property
    def is_over(self) -> bool:
        """Done, failed, cancelled or expired: nothing more happens to it by itself."""
        return self.state in OVER_STATES

    @property
    def has_live_link(self) -> bool:
        return self.state is UploadState.DONE and bool(self.url)

    @property
    def actions(self) -> tuple[RowAction, ...]:
        if self.state is UploadState.FAILED and self.error is not None and self.error.final:
            return (RowAction.REMOVE, RowAction.RETRY)  # retrying an empty file cannot help
        return ACTIONS[self.state]

    def allows(self, action: RowAction) -> bool:
        return action in self.actions

    @property
    def primary_action(self) -> RowAction:
        return self.actions[0]


def look_at_file(item: UploadItem, waiting: UploadState) -> None:
    """Set a new (or retried) row's size and state (`waiting` if it can be sent) from a look
    at its file."""
    from gui.bili.errors import FileProblem, as_bili_error
    from gui.bili.files import check_uploadable

    try:
        item.size = check_uploadable(item.path)
    except FileProblem as problem:
        item.size = problem.size or 0
        item.state, item.error = UploadState.FAILED, problem
        return
    except Exception as error:
        item.state, item.error = UploadState.FAILED, as_bili_error(error)
        return
    item.state = waiting


def looked_at_again(item: UploadItem, waiting: UploadState) -> dict[str, Any]:
    """The changes for a row sent again from its local file (a retry, a re-upload of an
    expired link): its size and state from a new look, its link and progress forgotten."""
    fresh = UploadItem(item.item_id, item.path, 0)
    look_at_file(fresh, waiting)
    return {
        "state": fresh.state,
        "size": fresh.size,
        "error": fresh.error,
        "url": "",
        "key": "",
        "expires_at": None,
        "sent": 0,
        "changed": False,
        "network_waits": 0,
    }


SOON = 120  # seconds: under this a link's time left turns amber and says "expires soon"


def duration(seconds: float) -> str:
    """A span of time as a span, never like a clock: "15 min", "1 min 40 s", "58 s",
    "1 h 5 min". It never says more time than is left: whole minutes round down (2 min 50 s
    reads "2 min", never "3 min"), and the last two minutes count seconds. Every countdown
    (row, tray, tooltip, History, notification) says its time through here."""
    whole = max(0, math.floor(seconds))
    if whole < SOON and whole % 60:
        if whole < 60:
            return tr("{n} s").format(n=whole)
        return tr("{m} min {s} s").format(m=whole // 60, s=whole % 60)
    minutes = whole // 60
    if minutes == 0:
        return tr("{n} s").format(n=0)
    if minutes < 60:
        return tr("{n} min").format(n=minutes)
    return tr("{h} h {m} min").format(h=minutes // 60, m=minutes % 60)


def time_left(seconds: float) -> str:
    """ "14 min left" / "剩余 14 分钟"."""
    return tr("{time} left").format(time=duration(seconds))


def expires_soon(seconds: float) -> bool:
    return 0 < seconds < SOON


def describe(item: UploadItem, now: datetime, monotonic_now: float) -> str:
    """The state line of a row, in plain words."""
    state = item.state
    if state is UploadState.WAITING:
        return tr("Waiting")
    if state is UploadState.PAUSED:
        return tr("Paused: sign in to continue")
    if state is UploadState.OFFLINE:
        return tr("Waiting for the network… goes on when the service answers again")
    if state is UploadState.CANCELLING:
        return tr("Cancelling…")
    if state is UploadState.HELD:
        when = clock_time(item.held_until) if item.held_until else "—"
        refusal = item.retry_reason
        what = refusal.what if isinstance(refusal, RateLimited) else "412"
        return tr("Held: Bilibili asked to slow down ({what}); resumes at {time}").format(
            what=what, time=when
        )
    if state is UploadState.UPLOADING and item.size and item.sent >= item.size:
        return tr("Sent · waiting for the service to answer")
    if state is UploadState.UPLOADING:
        parts = [tr("Uploading {percent}%").format(percent=int(item.fraction * 100))]
        if item.speed > 0:
            parts.append(tr("{speed}/s").format(speed=format_size(int(item.speed))))
            left = (item.size - item.sent) / item.speed
            parts.append(time_left(left))
        return " · ".join(parts)
    if state is UploadState.RETRYING:
        wait = max(0, round(item.retry_at - monotonic_now))
        reason = plain_reason(item.retry_reason) if item.retry_reason else ""
        return tr("Retrying in {seconds} s (try {n} of {total}): {reason}").format(
            seconds=wait, n=item.retry_number, total=item.retries, reason=reason
        )
    if state is UploadState.DONE:
        left = item.seconds_left(now)
        text = tr("Done · {left}").format(left=time_left(left))
        if expires_soon(left):
            text += " · " + tr("expires soon")
        if item.changed:
            text += " · " + tr("the file changed since its last upload")
        return text
    if state is UploadState.INTERRUPTED:
        return tr("Interrupted: BiliDrop closed before this upload finished. Retry to send it.")
    if state is UploadState.FAILED and refused_before_sending(item):
        return tr("Refused: {reason}").format(reason=item.error.message if item.error else "")
    if state is UploadState.FAILED:
        reason = plain_reason(item.error) if item.error else ""
        return tr("Failed: {reason}").format(reason=reason)
    if state is UploadState.CANCELLED:
        return tr("Cancelled")
    return tr("Expired: the link no longer works. Re-upload for a new one.")


def plain_reason(error: BiliError) -> str:
    """What went wrong, in the plain words a row shows; the technical words (a code, what
    the reply held) go to the tooltip and "Copy error details" (`error.message`)."""
    status = error.status or 0
    if status >= 500 and not isinstance(error, FileProblem):
        return tr("Bilibili's server had a temporary problem (HTTP {status})").format(status=status)
    return error.message


def refused_before_sending(item: UploadItem) -> bool:
    """A file refused by its own check (missing, empty, too large): never sent, so not
    "failed"."""
    error = item.error
    return isinstance(error, FileProblem) and not isinstance(error, FileChanged)


def action_label(action: RowAction) -> str:
    return {
        RowAction.COPY: tr("Copy link"),
        RowAction.CANCEL: tr("Cancel"),
        RowAction.RETRY: tr("Retry"),
        RowAction.REUPLOAD: tr("Re-upload"),
        RowAction.REMOVE: tr("Remove"),
        RowAction.TRY_NOW: tr("Try now"),
    }[action]


def size_text(item: UploadItem) -> str:
    """The size once known ("0 B" for an empty file; nothing for one that cannot be read)."""
    if item.size or (item.error is not None and item.error.empty):
        return format_size(item.size)
    return ""
