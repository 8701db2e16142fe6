"""The upload queue's scheduler: N workers on their own threads, fed from the model's rows."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from gui.bili.errors import BiliError, NotSignedIn, RateLimited, TransportError
from gui.bili.retry import RetryPolicy
from gui.session.queue_history import QueueHistory
from gui.session.queue_model import UploadQueueModel
from gui.session.speed import SpeedMeter
from gui.session.upload_item import (
    PENDING_STATES,
    RowAction,
    UploadItem,
    UploadState,
    look_at_file,
    looked_at_again,
)
from gui.session.upload_ports import RunningJob, UploadPorts

if TYPE_CHECKING:
    from gui.bili.client import UploadResult
    from gui.store.history import History
    from gui.workers.service import ServiceConfig
    from gui.workers.upload import UploadWorker


MAX_NETWORK_WAITS = 3


class UploadQueue(QObject):
    """Starts waiting rows on free workers, N at a time, and writes results into the model.

    Nothing is sent before `start()` (the session calls it once the network stack has loaded);
    rows added before wait.

    Signals:
        link_ready(item_id): an upload finished; its link is in the model.
        upload_failed(item_id): an upload stopped with an error (the error is in the model).
        signed_out(): the service said -101; waiting uploads are paused until `resume()`.
        slowed_down(RateLimited): the service asked to slow down; the session holds the
            queue (`hold`) until its cool-down ends (`release`).
        unreachable(): a request could not reach the service (the heartbeat should look now).
    """

    link_ready = Signal(int)
    upload_failed = Signal(int)
    signed_out = Signal()
    slowed_down = Signal(object)
    unreachable = Signal()

    def __init__(
        self,
        model: UploadQueueModel,
        service: Callable[[], ServiceConfig],
        parallel: int = 3,
        retry: RetryPolicy | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._service = service
        self.parallel = parallel
        self.retry_policy = retry or RetryPolicy()
        self.bookkeeping = QueueHistory(model, self)
        self.started = False
        self.paused = False
        self.held_back = False  # a cool-down: nothing starts, nothing is re-sent
        self._holding: set[int] = set()  # jobs stopped for a cool-down (not by the user)
        self.closing = False  # after shutdown(): late worker answers change nothing
        self._ports = UploadPorts(self._connect_worker)
        self._running: dict[int, RunningJob] = {}  # by job id
        self._job_ids = itertools.count(1)

    def start(self, history: History | None) -> None:
        """Keep unfinished rows in `history` from now on and start sending."""
        self.bookkeeping.history = history
        self.started = True
        for item in self.model.items():
            self.bookkeeping.remember(item)
        self._pump()

    # --- adding -------------------------------------------------------------------------------

    def add_paths(self, paths: Iterable[Path], previous_sha256: str = "") -> list[UploadItem]:
        """Queue files; those that cannot be sent become failed rows with the reason.
        `previous_sha256` marks a re-upload from the history (a change is then pointed out)."""
        items = [UploadItem(0, Path(path), 0, previous_sha256=previous_sha256) for path in paths]
        for item in items:
            look_at_file(item, UploadState.WAITING)
        return self.add_looked_at(items)

    def add_looked_at(self, items: list[UploadItem]) -> list[UploadItem]:
        """Rows for files already looked at (off the GUI thread: gui/ui/file_intake.py),
        added and kept in the history in one go."""
        for item in items:
            item.item_id = self.model.next_id()
            if item.state is UploadState.WAITING and self.paused:
                item.state = UploadState.PAUSED
        self.model.add(items)
        self.bookkeeping.remember_all(items)
        self._pump()
        return items

    # --- running ------------------------------------------------------------------------------

    def _connect_worker(self, worker: UploadWorker) -> None:
        worker.progress.connect(self.on_progress)
        worker.retrying.connect(self.on_retrying)
        worker.finished.connect(self.on_finished)
        worker.failed.connect(self.on_failed)
        worker.cancelled.connect(self.on_cancelled)

    def _pump(self) -> None:
        if self.paused or self.held_back or not self.started or self.closing:
            return
        from gui.workers.upload import UploadJob

        for item in self.model.waiting():
            if len(self._running) >= self.parallel:  # the limit lowered while they run:
                return  # a freed slot is not refilled until fewer run than it allows
            busy = [running.port for running in self._running.values()]
            port = self._ports.free(busy, self.parallel)
            if port is None:
                return
            job = UploadJob(
                next(self._job_ids),
                item.path,
                self._service(),
                self.retry_policy,
                previous_sha256=item.previous_sha256,
            )
            self._running[job.job_id] = RunningJob(
                item.item_id, job, port, SpeedMeter(time.monotonic())
            )
            self.model.update(
                item.item_id,
                state=UploadState.UPLOADING,
                sent=0,
                speed=0.0,
                job_id=job.job_id,
                error=None,
                retry_reason=None,
            )
            port.submit.emit(job)

    def _current(self, job_id: int) -> RunningJob | None:
        """The running job, if its row still belongs to it and it was not cancelled."""
        running = self._running.get(job_id)
        if running is None or running.job.cancel.is_set():
            return None
        item = self.model.find(running.item_id)
        return running if item is not None and item.job_id == job_id else None

    def _end(self, job_id: int) -> UploadItem | None:
        """Forget a finished job; its row, if the row still belongs to it."""
        running = self._running.pop(job_id, None)
        if running is None:
            return None
        item = self.model.find(running.item_id)
        return item if item is not None and item.job_id == job_id else None

    @Slot(int, int)
    def on_progress(self, job_id: int, sent: int) -> None:
        running = self._current(job_id)
        if running is not None:
            speed = running.speed.update(time.monotonic(), sent)
            self.model.update(running.item_id, state=UploadState.UPLOADING, sent=sent, speed=speed)

    @Slot(int, int, float, object)
    def on_retrying(self, job_id: int, number: int, delay: float, error: BiliError) -> None:
        running = self._current(job_id)
        if running is None:
            return
        running.speed = SpeedMeter(time.monotonic() + delay)
        self.model.update(
            running.item_id,
            state=UploadState.RETRYING,
            retry_reason=error,
            retry_at=time.monotonic() + delay,
            retry_number=number,  # 1 for the first retry
            retries=max(1, self.retry_policy.attempts - 1),
            sent=0,
            speed=0.0,
        )
        if isinstance(error, TransportError):
            self.unreachable.emit()

    @Slot(int, object, bool)
    def on_finished(self, job_id: int, result: UploadResult, changed: bool) -> None:
        item = self._end(job_id)
        if item is not None:
            self.model.update(
                item.item_id,
                state=UploadState.DONE,
                url=result.url,
                key=result.key,
                expires_at=result.expires_at,
                sent=item.size,
                changed=changed,
                retry_reason=None,
            )
            self.bookkeeping.record(item, result)
            self.bookkeeping.forget(item)
            self.link_ready.emit(item.item_id)
        self._pump()

    @Slot(int, object)
    def on_failed(self, job_id: int, error: BiliError) -> None:
        running = self._running.get(job_id)
        item = self._end(job_id)
        renewed_since = (
            running is not None and running.job.service.credentials != self._service().credentials
        )
        if item is not None and isinstance(error, NotSignedIn) and renewed_since:
            # Sent with a sign-in renewed meanwhile: again, with the new one.
            self.model.update(item.item_id, state=UploadState.WAITING, sent=0, speed=0.0)
        elif item is not None and isinstance(error, RateLimited):
            self.model.update(
                item.item_id, state=UploadState.HELD, retry_reason=error, sent=0, speed=0.0
            )
            self.slowed_down.emit(error)
        elif item is not None and isinstance(error, NotSignedIn):
            self.model.update(item.item_id, state=UploadState.WAITING, sent=0, speed=0.0)
            self.pause()
            self.signed_out.emit()
        elif item is not None and self._waits_for_the_network(item, error):
            self.unreachable.emit()  # the heartbeat looks now; when it answers, it goes on
        elif item is not None:
            self.bookkeeping.forget(item)  # the failure is shown; a retry queues it again
            self.model.update(item.item_id, state=UploadState.FAILED, error=error)
            self.upload_failed.emit(item.item_id)
            if isinstance(error, TransportError):
                self.unreachable.emit()
        self._pump()

    def _waits_for_the_network(self, item: UploadItem, error: BiliError) -> bool:
        """Failed only because the service could not be reached: it waits for it (a few
        times: a service that answers the heartbeat but never the upload fails it)."""
        if not isinstance(error, TransportError) or not error.retryable:
            return False
        if item.network_waits >= MAX_NETWORK_WAITS:
            return False
        waits = item.network_waits + 1
        self.model.update(
            item.item_id, state=UploadState.OFFLINE, retry_reason=error, network_waits=waits
        )
        return True

    def reachable(self) -> None:
        """The service answers again: the uploads waiting for the network go on."""
        self.model.update_all({UploadState.OFFLINE}, state=self.waiting_state(), sent=0)
        self._pump()

    @Slot(int)
    def on_cancelled(self, job_id: int) -> None:
        item = self._end(job_id)
        if job_id in self._holding:
            self._holding.discard(job_id)  # stopped for a cool-down: stays held, not cancelled
        elif item is not None:
            self.bookkeeping.forget(item)
            self.model.update(item.item_id, state=UploadState.CANCELLED, speed=0.0)
        self._pump()

    # --- user actions -------------------------------------------------------------------------

    def _running_for(self, item_id: int) -> RunningJob | None:
        return next((r for r in self._running.values() if r.item_id == item_id), None)

    def cancel(self, item_id: int) -> None:
        item = self.model.find(item_id)
        if item is None or not item.allows(RowAction.CANCEL):
            return
        running = self._running_for(item_id)
        if running is None:
            self.bookkeeping.forget(item)
            self.model.update(item_id, state=UploadState.CANCELLED)
        else:
            running.job.stop()  # at once, even while a request waits on the network
            self._holding.discard(running.job.job_id)  # the user's cancel, not the cool-down's
            self.model.update(item_id, state=UploadState.CANCELLING, speed=0.0)

    def retry(self, item_id: int, action: RowAction = RowAction.RETRY) -> None:
        """Try a failed, cancelled, interrupted or expired row again from the local file."""
        item = self.model.find(item_id)
        if item is None or not item.allows(action):
            return
        changes = looked_at_again(item, UploadState.PAUSED if self.paused else UploadState.WAITING)
        self.model.update(item_id, **changes)
        if changes["state"] in PENDING_STATES:
            self.bookkeeping.remember(item)
        else:  # e.g. an interrupted file deleted since: shown failed, once
            self.bookkeeping.forget(item)
        self._pump()

    def reupload(self, item_id: int) -> None:
        """The same file again, for a fresh link. A link still alive is never replaced: the
        new upload gets a row of its own (an expired row is simply sent again)."""
        item = self.model.find(item_id)
        if item is not None and item.has_live_link:
            self.add_paths([item.path], previous_sha256=item.previous_sha256)
        else:
            self.retry(item_id, RowAction.REUPLOAD)

    def remove(self, item_id: int) -> None:
        item = self.model.find(item_id)
        if item is None:
            return
        running = self._running_for(item_id)
        if running is not None:
            running.job.stop()
        self.bookkeeping.forget(item)
        self.model.remove(item_id)
        self._pump()

    def waiting_state(self) -> UploadState:
        """The state a row waiting to be sent has now (held, paused or waiting)."""
        if self.held_back:
            return UploadState.HELD
        return UploadState.PAUSED if self.paused else UploadState.WAITING

    def put_back(self, row: int, item: UploadItem) -> None:
        """A removed row inserted again at `row` (see session/removal.py)."""
        self.model.insert(row, item)
        self.bookkeeping.remember(item)
        self._pump()

    def pause(self) -> None:
        self.paused = True
        self.model.update_all({UploadState.WAITING}, state=UploadState.PAUSED)

    def resume(self) -> None:
        self.paused = False
        self.model.update_all({UploadState.PAUSED}, state=UploadState.WAITING)
        self._pump()

    def hold(self, until: datetime | None, reason: RateLimited | None) -> None:
        """A cool-down: stop sending (running uploads are stopped, not failed) and show every
        waiting or stopped row as held until `until`."""
        self.held_back = True
        for running in self._running.values():
            if not running.job.cancel.is_set():
                running.job.stop()
                self._holding.add(running.job.job_id)
        sending = {UploadState.WAITING, UploadState.UPLOADING, UploadState.RETRYING}
        self.model.update_all(sending, state=UploadState.HELD, sent=0, speed=0.0)
        self.model.update_all({UploadState.HELD}, held_until=until, retry_reason=reason)

    def release(self) -> None:
        """The cool-down is over and the service answers: held rows go again."""
        self.held_back = False
        waiting = UploadState.PAUSED if self.paused else UploadState.WAITING
        self.model.update_all({UploadState.HELD}, state=waiting, held_until=None)
        self._pump()

    def set_parallel(self, count: int) -> None:
        self.parallel = max(1, count)
        self._pump()

    def pending(self) -> int:
        return sum(self.model.counts[state] for state in PENDING_STATES)

    def active(self) -> int:
        return len(self._running)

    def shutdown(self) -> bool:
        """Cancel everything and stop every worker thread; True if all stopped in time.

        What was waiting or running stays in the history's unfinished queue, so the next
        start shows it as interrupted.
        """
        self.closing = True
        self.bookkeeping.frozen = True
        for running in self._running.values():
            running.job.stop()
        stopped = self._ports.close()
        self._running.clear()
        return stopped
