"""The connection indicator's engine: a QTimer on the GUI thread asks the heartbeat worker
(gui/workers/heartbeat.py) on its own thread, so a long upload never delays a heartbeat."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from gui.session.connection_state import ConnectionState

if TYPE_CHECKING:
    from gui.bili.errors import BiliError
    from gui.workers.heartbeat import HeartbeatWorker
    from gui.workers.service import ServiceConfig

SLOW_SECONDS = 2.0
FIRST_RETRY_SECONDS = 5


class HeartbeatMonitor(QObject):
    """Schedules heartbeats and keeps the connection state.

    After a success the next check comes after `interval`; after a failure it comes sooner and
    backs off: 5, 10, 20 ... seconds, up to the interval. A check asked for while one is in
    flight is skipped, not queued.

    While the service has asked to slow down (`may_ask()` false) no check goes out; the state
    says so until the cool-down's probe (`check_now(probe=True)`) gets an answer.

    Signals:
        changed(): state, latency or retry time changed.
        check_requested(ServiceConfig): to the worker (queued across threads).
        slowed_down(RateLimited): the service asked to slow down.
    """

    changed = Signal()
    check_requested = Signal(object)
    slowed_down = Signal(object)

    def __init__(
        self,
        service: Callable[[], ServiceConfig],
        interval: int = 30,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self.interval = interval
        self.first_retry: float = FIRST_RETRY_SECONDS
        self.state = ConnectionState.CONNECTING
        self.latency: float | None = None
        self.last_success: float | None = None  # time.time()
        self.last_error: BiliError | None = None
        self.in_flight = False
        self._stale = False
        self.skipped = 0
        self._failures = 0
        self.last_retry_delay = 0.0
        self._next_at: float | None = None  # time.monotonic() of the next scheduled check
        self.may_ask: Callable[[], bool] = lambda: True  # false during a cool-down
        self._cooling = False  # answers to checks sent before the cool-down are not news
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.on_tick)

    def connect_worker(self, worker: HeartbeatWorker) -> None:
        self.check_requested.connect(worker.on_check)
        worker.checked.connect(self.on_checked)
        worker.failed.connect(self.on_failed)

    def start(self) -> None:
        self.check_now()

    def stop(self) -> None:
        self._timer.stop()

    def set_interval(self, seconds: int) -> None:
        self.interval = max(5, seconds)
        if self.state in (ConnectionState.ONLINE, ConnectionState.SLOW):
            self._schedule(self.interval)

    def seconds_until_retry(self) -> int | None:
        if self._next_at is None or self.in_flight:
            return None
        return max(0, round(self._next_at - time.monotonic()))

    @Slot()
    def on_tick(self) -> None:
        self.check_now()

    def recheck(self) -> None:
        """The account changed, or the user asked (F5, a click on the indicator): check now,
        and if a check is in flight, discard its answer (it may speak of how things were
        before) and check again as soon as it comes."""
        if self.in_flight:
            self._stale = True
        else:
            self.check_now()

    def _discard_stale(self) -> bool:
        if self._cooling:  # a check sent before the cool-down began: its answer says nothing
            self.in_flight = False
            return True
        if not self._stale:
            return False
        self._stale = False
        self.in_flight = False
        self.check_now()
        return True

    @Slot()
    def check_now(self, probe: bool = False) -> None:
        """Ask now (a check in flight is not asked twice). During a cool-down only its probe
        goes out."""
        if probe:
            self._cooling = False  # the next answer is news again
            if self.in_flight:  # an older check is out: discard its answer, then ask
                self._stale = True
                return
        if self.in_flight:
            self.skipped += 1
            return
        if not probe and not self.may_ask():
            return
        self.in_flight = True
        self._timer.stop()
        self._next_at = None
        self.check_requested.emit(self._service())
        self.changed.emit()

    def _schedule(self, seconds: float) -> None:
        self._next_at = time.monotonic() + seconds
        self._timer.start(int(seconds * 1000))

    @Slot(float)
    def on_checked(self, latency: float) -> None:
        if self._discard_stale():
            return
        self.in_flight = False
        self._failures = 0
        self.latency = latency
        self.last_success = time.time()
        self.state = ConnectionState.SLOW if latency > SLOW_SECONDS else ConnectionState.ONLINE
        self._schedule(self.interval)
        self.changed.emit()

    def cool_down(self) -> None:
        """Show the cool-down; no scheduled check until its probe."""
        self._timer.stop()
        self._next_at = None
        self._cooling = True
        self.state = ConnectionState.COOLING_DOWN
        self.changed.emit()

    @Slot(bool, object)
    def on_failed(self, signed_out: bool, error: BiliError) -> None:
        if self._discard_stale():
            return
        self.in_flight = False
        self.last_error = error
        from gui.bili.errors import RateLimited

        if isinstance(error, RateLimited):
            self.slowed_down.emit(error)  # the session's cool-down calls cool_down()
        elif signed_out:
            self._failures = 0
            self.state = ConnectionState.SIGNED_OUT
            self._schedule(self.interval)
        else:
            delay = min(self.interval, self.first_retry * 2**self._failures)
            self.last_retry_delay = delay
            self._failures += 1
            self.state = ConnectionState.OFFLINE
            self._schedule(delay)
        self.changed.emit()

    @property
    def failures_in_a_row(self) -> int:
        return self._failures
