"""Hosting a worker QObject on its own QThread, and stopping it cleanly."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QThread

W = TypeVar("W", bound=QObject)


STOP_MS = 1500  # a quit ends within 2 s whatever the network does


class WorkerThread(Generic[W]):
    """One QThread running one worker's slots. `stop()` quits and waits; never terminates."""

    def __init__(self, worker: W, name: str) -> None:
        self.worker = worker
        self.thread = QThread()
        self.thread.setObjectName(name)
        worker.moveToThread(self.thread)
        self.thread.finished.connect(worker.deleteLater)
        self.thread.start()

    def stop(self, timeout_ms: int = STOP_MS) -> bool:
        """Ask the thread's event loop to end and wait for it; True if it ended. One still
        blocked (a request not aborted, the keyring's unlock prompt) is kept referenced:
        never destroyed while it runs, which makes Qt abort the process."""
        self.thread.quit()
        if self.thread.wait(timeout_ms):
            return True
        _STILL_RUNNING.append(self)
        return False


_STILL_RUNNING: list[WorkerThread[Any]] = []


def still_running() -> bool:
    """Whether a worker thread did not stop: then the process must end without destroying
    it (gui/app.py ends with os._exit)."""
    return any(host.thread.isRunning() for host in _STILL_RUNNING)
