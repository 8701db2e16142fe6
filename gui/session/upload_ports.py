"""The upload workers, each on its own thread, seen from the GUI thread: a small pool that
grows to the parallel limit as work comes, and is closed once at the end."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from gui.session.speed import SpeedMeter

if TYPE_CHECKING:
    from gui.workers.threads import WorkerThread
    from gui.workers.upload import UploadJob, UploadWorker


class UploadPort(QObject):
    """The GUI-side end of one worker: `submit` crosses to the worker's thread."""

    submit = Signal(object)
    close = Signal()

    def __init__(self, index: int) -> None:
        super().__init__()
        from gui.workers.threads import WorkerThread
        from gui.workers.upload import UploadWorker

        self.host: WorkerThread[UploadWorker] = WorkerThread(UploadWorker(), f"upload-{index}")
        self.submit.connect(self.host.worker.on_upload)
        self.close.connect(self.host.worker.on_close)


@dataclass
class RunningJob:
    """A job on a port: which row it is for, and its speed so far."""

    item_id: int
    job: UploadJob
    port: UploadPort
    speed: SpeedMeter


class UploadPorts:
    """`connect(worker)` wires each new worker's signals to the queue."""

    def __init__(self, connect: Callable[[UploadWorker], None]) -> None:
        self._connect = connect
        self._ports: list[UploadPort] = []

    def __iter__(self) -> Iterator[UploadPort]:
        return iter(self._ports)

    def free(self, busy: Collection[UploadPort], parallel: int) -> UploadPort | None:
        """A port with nothing to do among the first `parallel`, made if need be; or None."""
        for port in self._ports[:parallel]:
            if port not in busy:
                return port
        if len(self._ports) < parallel:
            port = UploadPort(len(self._ports))
            self._connect(port.host.worker)
            self._ports.append(port)
            return port
        return None

    def close(self) -> bool:
        """Stop every worker thread (their requests were aborted); True if all stopped in
        time (gui/workers/threads.py keeps one that did not)."""
        stopped = True
        for port in self._ports:
            port.close.emit()
            stopped = port.host.stop() and stopped
        self._ports.clear()
        return stopped
