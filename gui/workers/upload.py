"""The upload worker: one file at a time on its own thread, with retries and cooperative cancel."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from gui.bili.client import BiliClient
from gui.bili.errors import BiliError, UploadCancelled
from gui.bili.files import file_sha256
from gui.bili.retry import RetryPolicy, call_with_retry
from gui.workers.service import ServiceConfig

PROGRESS_INTERVAL = 0.05  # at most 20 progress signals a second per upload


@dataclass
class UploadJob:
    """One upload request. `cancel` is set from the GUI thread; the worker checks it."""

    job_id: int
    path: Path
    service: ServiceConfig
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    cancel: threading.Event = field(default_factory=threading.Event)
    previous_sha256: str = ""  # the file's hash at its last upload, to notice a change


class UploadWorker(QObject):
    """Uploads the jobs it is given, one after another.

    Signals:
        progress(job_id, bytes_sent): throttled to PROGRESS_INTERVAL.
        retrying(job_id, retry_number, delay_seconds, BiliError): a transient failure; again soon.
        file_changed(job_id): the file differs from the one uploaded before (re-uploads).
        finished(job_id, UploadResult, sha256)
        failed(job_id, BiliError)
        cancelled(job_id)
    """

    progress = Signal(int, int)
    retrying = Signal(int, int, float, object)
    file_changed = Signal(int)
    finished = Signal(int, object, str)
    failed = Signal(int, object)
    cancelled = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self._client: BiliClient | None = None
        self._service: ServiceConfig | None = None

    def _client_for(self, service: ServiceConfig) -> BiliClient:
        if self._client is None or service != self._service:
            if self._client is not None:
                self._client.close()
            self._client = BiliClient(service.credentials, service.origins)
            self._service = service
        return self._client

    @Slot(object)
    def on_upload(self, job: UploadJob) -> None:
        client = self._client_for(job.service)
        last_emit = 0.0

        def report(sent: int) -> None:
            nonlocal last_emit
            now = time.monotonic()
            if now - last_emit >= PROGRESS_INTERVAL:
                last_emit = now
                self.progress.emit(job.job_id, sent)

        def tell_retry(error: BiliError, number: int, delay: float) -> None:
            self.retrying.emit(job.job_id, number, delay, error)

        # Hashed before sending (on this thread): the history records what was uploaded.
        digest = file_sha256(job.path, job.cancel.is_set)
        if job.previous_sha256 and digest and digest != job.previous_sha256:
            self.file_changed.emit(job.job_id)
        try:
            result = call_with_retry(
                lambda: client.upload(job.path, progress=report, cancel=job.cancel.is_set),
                job.retry,
                sleep=job.cancel.wait,  # a cancel ends the wait at once
                on_retry=tell_retry,
            )
        except UploadCancelled:
            self.cancelled.emit(job.job_id)
            return
        except BiliError as error:
            if job.cancel.is_set():
                self.cancelled.emit(job.job_id)
            else:
                self.failed.emit(job.job_id, error)
            return
        if job.cancel.is_set():
            self.cancelled.emit(job.job_id)
        else:
            self.finished.emit(job.job_id, result, digest)

    @Slot()
    def on_close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
