"""Hosting a worker QObject on its own QThread, and stopping it cleanly."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import QObject, QThread

W = TypeVar("W", bound=QObject)


class WorkerThread(Generic[W]):
    """One QThread running one worker's slots. `stop()` quits and waits; never terminates."""

    def __init__(self, worker: W, name: str) -> None:
        self.worker = worker
        self.thread = QThread()
        self.thread.setObjectName(name)
        worker.moveToThread(self.thread)
        self.thread.finished.connect(worker.deleteLater)
        self.thread.start()

    def stop(self, timeout_ms: int = 15000) -> bool:
        """Ask the thread's event loop to end and wait for it; True if it ended."""
        self.thread.quit()
        return self.thread.wait(timeout_ms)
