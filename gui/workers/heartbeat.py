"""The heartbeat worker: one heartbeat per request, on its own thread, so a long upload never
delays it. Scheduling lives in gui/session/heartbeat_monitor.py."""

from __future__ import annotations

import httpx
from PySide6.QtCore import QObject, Signal, Slot

from gui.bili.errors import NotSignedIn, as_bili_error
from gui.workers.client_cache import ClientCache
from gui.workers.service import ServiceConfig

HEARTBEAT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)


class HeartbeatWorker(QObject):
    """Sends one heartbeat per request.

    Signals:
        checked(latency_seconds)
        failed(signed_out, BiliError)
    """

    checked = Signal(float)
    failed = Signal(bool, object)

    def __init__(self) -> None:
        super().__init__()
        self._clients = ClientCache(HEARTBEAT_TIMEOUT)

    @Slot(object)
    def on_check(self, service: ServiceConfig) -> None:
        try:
            latency = self._clients.client_for(service).heartbeat()
        except NotSignedIn as error:
            self.failed.emit(True, error)
        except Exception as error:
            self.failed.emit(False, as_bili_error(error))
        else:
            self.checked.emit(latency)

    def abort(self) -> None:
        """From any thread: end the heartbeat under way now (quitting)."""
        self._clients.abort()

    @Slot()
    def on_close(self) -> None:
        self._clients.close()
