"""The upload queue's scheduler: N workers on their own threads, fed from the model's rows."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from gui.bili.client import UploadResult
from gui.bili.errors import BiliError, FileProblem, NotSignedIn
from gui.bili.files import check_uploadable
from gui.bili.retry import RetryPolicy
from gui.ui.error_text import error_text
from gui.ui.queue_model import UploadQueueModel
from gui.ui.upload_item import ACTIVE_STATES, PENDING_STATES, UploadItem, UploadState
from gui.workers.service import ServiceConfig
from gui.workers.threads import WorkerThread
from gui.workers.upload import UploadJob, UploadWorker

if TYPE_CHECKING:
    from gui.store.history import History

SPEED_SMOOTHING = 0.3  # weight of the newest speed sample
SPEED_WINDOW = 0.5  # seconds between speed samples


class _Port(QObject):
    """The GUI-side end of one worker: `submit` crosses to the worker's thread."""

    submit = Signal(object)
    close = Signal()

    def __init__(self, index: int) -> None:
        super().__init__()
        self.host = WorkerThread(UploadWorker(), f"upload-{index}")
        self.submit.connect(self.host.worker.on_upload)
        self.close.connect(self.host.worker.on_close)
        self.job: UploadJob | None = None


@dataclass
class _Running:
    item_id: int
    job: UploadJob
    port: _Port


class UploadQueue(QObject):
    """Starts waiting rows on free workers, N at a time, and writes results into the model.

    Signals:
        link_ready(item_id): an upload finished; its link is in the model.
        upload_failed(item_id): an upload stopped with an error (the reason is in the model).
        signed_out(): the service said -101; waiting uploads are paused until `resume()`.
        finished_all(): nothing waiting or running any more.
    """

    link_ready = Signal(int)
    upload_failed = Signal(int)
    signed_out = Signal()
    finished_all = Signal()

    def __init__(
        self,
        model: UploadQueueModel,
        service: Callable[[], ServiceConfig],
        parallel: int = 3,
        retry: RetryPolicy | None = None,
        history: History | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._service = service
        self.parallel = parallel
        self.retry_policy = retry or RetryPolicy()
        self.history = history
        self.paused = False
        self.closing = False  # after shutdown(): late worker answers change nothing
        self._ports: list[_Port] = []
        self._running: dict[int, _Running] = {}  # by job id
        self._job_ids = itertools.count(1)

    # --- adding -------------------------------------------------------------------------------

    def add_paths(self, paths: Iterable[Path], previous_sha256: str = "") -> list[UploadItem]:
        """Queue files; those that cannot be sent become failed rows with the reason.

        `previous_sha256` marks a re-upload from the history (a change is then pointed out).
        """
        items = []
        for path in paths:
            item = UploadItem(
                item_id=self.model.next_id(),
                path=Path(path),
                size=0,
                previous_sha256=previous_sha256,
            )
            if self._check(item):
                self._remember(item)
            items.append(item)
        self.model.add(items)
        self._pump()
        return items

    def restore_interrupted(self) -> list[UploadItem]:
        """Rows for what was waiting or running when BiliDrop last quit or crashed."""
        if self.history is None:
            return []
        items = []
        for pending in self.history.pending():
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
        return self.model.add(items)

    def _remember(self, item: UploadItem) -> None:
        if self.history is not None and not item.pending_id:
            item.pending_id = self.history.add_pending(item.path, item.previous_sha256)

    def _forget(self, item: UploadItem) -> None:
        if self.history is not None and item.pending_id and not self.closing:
            self.history.remove_pending(item.pending_id)
            item.pending_id = 0

    def _check(self, item: UploadItem) -> bool:
        try:
            item.size = check_uploadable(item.path)
        except FileProblem as problem:
            item.state, item.error = UploadState.FAILED, error_text(problem)
            size = getattr(problem, "size", None)
            item.size = size if isinstance(size, int) else 0
            return False
        item.state = UploadState.PAUSED if self.paused else UploadState.WAITING
        return True

    # --- running ------------------------------------------------------------------------------

    def _free_port(self) -> _Port | None:
        busy = {id(r.port) for r in self._running.values()}
        for port in self._ports[: self.parallel]:
            if id(port) not in busy:
                return port
        if len(self._ports) < self.parallel:
            port = _Port(len(self._ports))
            port.host.worker.progress.connect(self.on_progress)
            port.host.worker.retrying.connect(self.on_retrying)
            port.host.worker.finished.connect(self.on_finished)
            port.host.worker.file_changed.connect(self.on_file_changed)
            port.host.worker.failed.connect(self.on_failed)
            port.host.worker.cancelled.connect(self.on_cancelled)
            self._ports.append(port)
            return port
        return None

    def _pump(self) -> None:
        if self.paused:
            return
        for item in self.model.items():
            if item.state is not UploadState.WAITING:
                continue
            port = self._free_port()
            if port is None:
                return
            job = UploadJob(
                next(self._job_ids),
                item.path,
                self._service(),
                self.retry_policy,
                previous_sha256=item.previous_sha256,
            )
            self._running[job.job_id] = _Running(item.item_id, job, port)
            self.model.update(
                item.item_id,
                state=UploadState.UPLOADING,
                sent=0,
                speed=0.0,
                started_at=time.monotonic(),
                rate_at=time.monotonic(),
                rate_sent=0,
                job_id=job.job_id,
                error="",
                note="",
            )
            port.submit.emit(job)
        if not self._running and not self.pending():
            self.finished_all.emit()

    def _end(self, job_id: int) -> UploadItem | None:
        """Forget a finished job; its row, if the row still belongs to it."""
        running = self._running.pop(job_id, None)
        if running is None:
            return None
        item = self.model.find(running.item_id)
        return item if item is not None and item.job_id == job_id else None

    @Slot(int, int)
    def on_progress(self, job_id: int, sent: int) -> None:
        running = self._running.get(job_id)
        item = self.model.find(running.item_id) if running else None
        if item is None or item.job_id != job_id or running is None or running.job.cancel.is_set():
            return
        # Speed over the last half second or more, smoothed: an average since the start
        # would count the burst that fills the socket buffers, not what the line carries.
        now = time.monotonic()
        window = now - item.rate_at
        speed = item.speed
        if window >= SPEED_WINDOW:
            sample = (sent - item.rate_sent) / window
            speed = (
                sample if speed == 0 else SPEED_SMOOTHING * sample + (1 - SPEED_SMOOTHING) * speed
            )
            item.rate_at, item.rate_sent = now, sent
        self.model.update(item.item_id, state=UploadState.UPLOADING, sent=sent, speed=speed)

    @Slot(int, int, float, object)
    def on_retrying(self, job_id: int, number: int, delay: float, error: BiliError) -> None:
        running = self._running.get(job_id)
        if running is None or running.job.cancel.is_set():
            return
        self.model.update(
            running.item_id,
            state=UploadState.RETRYING,
            note=error_text(error),
            retry_at=time.monotonic() + delay,
            sent=0,
            speed=0.0,
            started_at=time.monotonic() + delay,
            rate_at=time.monotonic() + delay,
            rate_sent=0,
        )

    @Slot(int)
    def on_file_changed(self, job_id: int) -> None:
        running = self._running.get(job_id)
        if running is not None:
            self.model.update(running.item_id, changed=True)

    @Slot(int, object, str)
    def on_finished(self, job_id: int, result: UploadResult, sha256: str) -> None:
        item = self._end(job_id)
        if item is not None:
            if self.history is not None:
                self.history.record(
                    item.path,
                    result.size,
                    sha256,
                    result.key,
                    result.url,
                    datetime.now(UTC),
                    result.expires_at,
                )
            self._forget(item)
            self.model.update(
                item.item_id,
                state=UploadState.DONE,
                url=result.url,
                key=result.key,
                expires_at=result.expires_at,
                sent=item.size,
                note="",
            )
            self.link_ready.emit(item.item_id)
        self._pump()

    @Slot(int, object)
    def on_failed(self, job_id: int, error: BiliError) -> None:
        item = self._end(job_id)
        if item is not None and isinstance(error, NotSignedIn):
            self.model.update(item.item_id, state=UploadState.WAITING, sent=0, speed=0.0)
            self.pause()
            self.signed_out.emit()
        elif item is not None:
            self._forget(item)  # the failure is shown; a retry queues it again
            self.model.update(item.item_id, state=UploadState.FAILED, error=error_text(error))
            self.upload_failed.emit(item.item_id)
        self._pump()

    @Slot(int)
    def on_cancelled(self, job_id: int) -> None:
        item = self._end(job_id)
        if item is not None:
            self._forget(item)
            self.model.update(item.item_id, state=UploadState.CANCELLED, speed=0.0)
        self._pump()

    # --- user actions -------------------------------------------------------------------------

    def _running_for(self, item_id: int) -> _Running | None:
        return next((r for r in self._running.values() if r.item_id == item_id), None)

    def cancel(self, item_id: int) -> None:
        item = self.model.find(item_id)
        if item is None:
            return
        if item.state in PENDING_STATES or item.state is UploadState.INTERRUPTED:
            self._forget(item)
            self.model.update(item_id, state=UploadState.CANCELLED)
        elif (running := self._running_for(item_id)) is not None:
            running.job.cancel.set()  # the worker stops at its next chunk or wait
            self.model.update(item_id, note="cancelling")

    def retry(self, item_id: int) -> None:
        """Try a failed, cancelled or expired row again from the local file."""
        item = self.model.find(item_id)
        if item is None or item.state in ACTIVE_STATES or item.state in PENDING_STATES:
            return
        item.url, item.key, item.expires_at, item.sent, item.error = "", "", None, 0, ""
        item.changed = False
        if self._check(item):
            self._remember(item)
        else:
            self._forget(item)  # e.g. an interrupted file deleted since: shown failed, once
        self.model.update(item_id)
        self._pump()

    reupload = retry  # an expired link: the same file again, a fresh link

    def remove(self, item_id: int) -> None:
        self.cancel(item_id)
        item = self.model.find(item_id)
        if item is not None:
            self._forget(item)
        self.model.remove(item_id)
        self._pump()

    def pause(self) -> None:
        self.paused = True
        for item in self.model.items():
            if item.state is UploadState.WAITING:
                self.model.update(item.item_id, state=UploadState.PAUSED)

    def resume(self) -> None:
        self.paused = False
        for item in self.model.items():
            if item.state is UploadState.PAUSED:
                self.model.update(item.item_id, state=UploadState.WAITING)
        self._pump()

    def set_parallel(self, count: int) -> None:
        self.parallel = max(1, count)
        self._pump()

    def pending(self) -> int:
        return sum(1 for i in self.model.items() if i.state in PENDING_STATES)

    def active(self) -> int:
        return len(self._running)

    def shutdown(self) -> bool:
        """Cancel everything and stop every worker thread; True if all stopped in time.

        What was waiting or running stays in the history's unfinished queue, so the next
        start shows it as interrupted.
        """
        self.closing = True
        for running in self._running.values():
            running.job.cancel.set()
        stopped = True
        for port in self._ports:
            port.close.emit()
            stopped = port.host.stop() and stopped
        self._ports.clear()
        self._running.clear()
        return stopped
