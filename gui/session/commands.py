"""The user's commands, beside the model: each has a member of `Command` (the window registers
one action per member), and what a selection of rows allows is decided here, not in a widget."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import Enum, auto

from gui.i18n import tr
from gui.session.error_details import has_details
from gui.session.removal import RemovalUndo
from gui.session.upload_item import OVER_STATES, RowAction, UploadItem, UploadState
from gui.session.upload_queue import UploadQueue


class Command(Enum):
    ADD = auto()
    PASTE = auto()
    CAPTURE = auto()
    COPY = auto()
    COPY_AS = auto()
    OPEN = auto()
    QR = auto()
    CANCEL = auto()
    RETRY = auto()
    REUPLOAD = auto()
    REMOVE = auto()
    UNDO_REMOVE = auto()
    CLEAR_FINISHED = auto()
    COPY_ALL = auto()
    COPY_ERROR = auto()
    HISTORY = auto()
    SETTINGS = auto()
    CHECK = auto()
    SIGN_IN = auto()
    SIGN_OUT = auto()
    QUIT = auto()
    ABOUT = auto()


# A command that runs a row action on the selection is enabled when a selected row allows it.
ROW_ACTIONS = {
    Command.COPY: RowAction.COPY,
    Command.CANCEL: RowAction.CANCEL,
    Command.RETRY: RowAction.RETRY,
    Command.REUPLOAD: RowAction.REUPLOAD,
}
NEEDS_A_LIVE_LINK = (Command.COPY_AS, Command.OPEN, Command.QR)


def enabled_commands(
    selected: Sequence[UploadItem],
    counts: Mapping[UploadState, int],
    *,
    signed_in: bool,
    running: bool,
    has_history: bool,
    can_undo: bool,
) -> dict[Command, bool]:
    """Which of the commands that depend on something are enabled now (the rest always are).
    `counts`: how many rows are in each state (read, not counted: this runs on every change)."""
    live = any(item.has_live_link for item in selected)
    enabled = {
        command: any(item.allows(action) for item in selected)
        for command, action in ROW_ACTIONS.items()
    }
    enabled |= dict.fromkeys(NEEDS_A_LIVE_LINK, live)
    enabled |= {
        Command.REMOVE: bool(selected),
        Command.COPY_ERROR: any(has_details(item) for item in selected),
        Command.UNDO_REMOVE: can_undo,
        Command.COPY_ALL: counts.get(UploadState.DONE, 0) > 0,  # a done row has its link
        Command.CLEAR_FINISHED: any(counts.get(state, 0) for state in OVER_STATES),
        Command.HISTORY: has_history,
        Command.SIGN_IN: running and not signed_in,
        Command.SIGN_OUT: signed_in,
    }
    return enabled


def cancel_question(selected: Sequence[UploadItem]) -> str | None:
    """Esc: an upload that has sent something is only stopped after this question (Retry
    would start it again from its first byte); None when nothing needs asking."""
    started = [i for i in selected if i.state is UploadState.UPLOADING and i.sent > 0]
    if not started:
        return None
    if len(started) == 1:
        return tr("Stop uploading {name}? {percent}% is sent; Retry starts it again.").format(
            name=started[0].name, percent=int(started[0].fraction * 100)
        )
    return tr("Stop {n} uploads that are under way? Retry starts them again.").format(
        n=len(started)
    )


def quit_question(queue: UploadQueue) -> str | None:
    """Quitting with uploads unfinished asks first, saying what happens to them: they stop,
    and the next start lists them again, ready to send (session/queue_history.py keeps
    them). None when nothing is unfinished."""
    unfinished = queue.active() + queue.pending()
    if not unfinished:
        return None
    if unfinished == 1:
        return tr(
            "1 upload has not finished. If you quit, it stops now and comes back at the next "
            "start, ready to send again."
        )
    return tr(
        "{n} uploads have not finished. If you quit, they stop now and come back at the next "
        "start, ready to send again."
    ).format(n=unfinished)


class RowCommands:
    """A row action on rows: the queue's, the removal's (undoable) or the cool-down's."""

    def __init__(
        self, queue: UploadQueue, removal: RemovalUndo, try_now: Callable[[], None]
    ) -> None:
        self.queue = queue
        self.removal = removal
        self._try_now = try_now

    def run(self, action: RowAction, item_ids: Iterable[int]) -> None:
        """Each row only where its state allows it. COPY is not here: the clipboard is the
        window's."""
        if action is RowAction.TRY_NOW:
            self._try_now()
            return
        if action is RowAction.REMOVE:
            self.removal.remove(item_ids)
            return
        queue = self.queue
        handler = {
            RowAction.CANCEL: queue.cancel,
            RowAction.RETRY: queue.retry,
            RowAction.REUPLOAD: queue.reupload,
        }.get(action)
        if handler is not None:
            for item_id in item_ids:
                handler(item_id)
