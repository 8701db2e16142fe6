"""The upload worker: one file at a time on its own thread, with retries and cooperative cancel."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from gui.bili.errors import BiliError, UploadCancelled, as_bili_error
from gui.bili.retry import RetryPolicy, call_with_retry
from gui.bili.upload_body import Abort
from gui.workers.client_cache import ClientCache
from gui.workers.service import ServiceConfig

PROGRESS_INTERVAL = 0.05  # at most 20 progress signals a second per upload


@dataclass
class UploadJob:
    """One upload request. `stop()` comes from the GUI thread: the worker checks `cancel`
    between chunks, and `abort` ends a request blocked on the network at once."""

    job_id: int
    path: Path
    service: ServiceConfig
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    cancel: threading.Event = field(default_factory=threading.Event)
    abort: Abort = field(default_factory=Abort)
    previous_sha256: str = ""  # the file's hash at its last upload, to notice a change

    def stop(self) -> None:
        self.cancel.set()
        self.abort.trigger()


class UploadWorker(QObject):
    """Uploads the jobs it is given, one after another. Every job ends with exactly one of
    finished, failed or cancelled, whatever was raised.

    Signals:
        progress(job_id, bytes_sent): throttled to PROGRESS_INTERVAL.
        retrying(job_id, retry_number, delay_seconds, BiliError): a transient failure; again soon.
        finished(job_id, UploadResult, changed): `changed`: the bytes sent differ from the
            previous upload of this file (re-uploads).
        failed(job_id, BiliError)
        cancelled(job_id)
    """

    progress = Signal(int, int)
    retrying = Signal(int, int, float, object)
    finished = Signal(int, object, bool)
    failed = Signal(int, object)
    cancelled = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self._clients = ClientCache()

    @Slot(object)
    def on_upload(self, job: UploadJob) -> None:
        last_emit = 0.0

        def report(sent: int) -> None:
            nonlocal last_emit
            now = time.monotonic()
            if now - last_emit >= PROGRESS_INTERVAL:
                last_emit = now
                self.progress.emit(job.job_id, sent)

        def tell_retry(error: BiliError, number: int, delay: float) -> None:
            self.retrying.emit(job.job_id, number, delay, error)

        try:
            client = self._clients.client_for(job.service)
            result = call_with_retry(
                lambda: client.upload(
                    job.path,
                    progress=report,
                    cancel=job.cancel.is_set,
                    hash_sent=True,
                    abort=job.abort,
                ),
                job.retry,
                sleep=job.cancel.wait,  # a cancel ends the wait at once
                on_retry=tell_retry,
            )
        except UploadCancelled:
            self.cancelled.emit(job.job_id)
        except Exception as error:
            if job.cancel.is_set():
                self.cancelled.emit(job.job_id)
            else:
                self.failed.emit(job.job_id, as_bili_error(error))
        else:
            if job.cancel.is_set():
                self.cancelled.emit(job.job_id)
            else:
                changed = bool(job.previous_sha256) and result.sha256 != job.previous_sha256
                self.finished.emit(job.job_id, result, changed)

    @Slot()
    def on_close(self) -> None:
        self._clients.close()
