"""The long-lived worker threads besides the uploads': heartbeat, keyring and account.

Built by `Session.start`, after the first paint: importing them loads httpx and keyring.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from gui.store.credential_store import CredentialStore
from gui.workers.account import AccountWorker
from gui.workers.heartbeat import HeartbeatWorker
from gui.workers.keyring import KeyringWorker
from gui.workers.threads import WorkerThread


class WorkerThreads(QObject):
    _close_heartbeat = Signal()

    def __init__(
        self, make_store: Callable[[], CredentialStore], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.heartbeat = WorkerThread(HeartbeatWorker(), "heartbeat")
        self.keyring = WorkerThread(KeyringWorker(make_store), "keyring")
        self.account = WorkerThread(AccountWorker(), "account")
        self._close_heartbeat.connect(self.heartbeat.worker.on_close)

    def stop(self) -> bool:
        """End the requests under way, then quit and wait for each thread; True if all ended
        in time (the keyring's unlock prompt cannot be ended from here)."""
        self.heartbeat.worker.abort()
        self.account.worker.abort()
        self._close_heartbeat.emit()
        stopped = True
        for host in (self.heartbeat, self.keyring, self.account):
            stopped = host.stop() and stopped
        return stopped
