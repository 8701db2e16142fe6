"""The heartbeat monitor's schedule, with a stand-in worker that answers when told to."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from gui.bili.errors import NotSignedIn, Transport, TransportError
from gui.session.connection_state import ConnectionState
from gui.session.heartbeat_monitor import HeartbeatMonitor
from gui.workers.service import ServiceConfig


class Worker(QObject):
    """Records the checks asked for; the test answers them."""

    checked = Signal(float)
    failed = Signal(bool, object)

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[ServiceConfig] = []

    @Slot(object)
    def on_check(self, service: ServiceConfig) -> None:
        self.asked.append(service)


def monitor_with_worker(interval: int = 60) -> tuple[HeartbeatMonitor, Worker]:
    monitor = HeartbeatMonitor(lambda: ServiceConfig(None), interval)
    worker = Worker()
    monitor.connect_worker(worker)  # type: ignore[arg-type]
    return monitor, worker


def test_failures_back_off_up_to_the_interval_and_a_success_resets(qapp) -> None:
    monitor, worker = monitor_with_worker(interval=30)
    delays = []
    for _ in range(5):
        monitor.check_now()
        worker.failed.emit(False, TransportError(Transport.REFUSED))
        delays.append(monitor.last_retry_delay)
        assert monitor.state is ConnectionState.OFFLINE
    assert delays == [5, 10, 20, 30, 30]
    monitor.check_now()
    worker.checked.emit(0.01)
    assert monitor.state is ConnectionState.ONLINE
    assert monitor.failures_in_a_row == 0
    assert monitor.seconds_until_retry() == 30
    monitor.stop()


def test_a_check_in_flight_is_not_asked_twice(qapp) -> None:
    monitor, worker = monitor_with_worker()
    monitor.check_now()
    monitor.check_now()
    assert len(worker.asked) == 1
    assert monitor.skipped == 1
    worker.checked.emit(0.01)
    monitor.check_now()
    assert len(worker.asked) == 2
    monitor.stop()


def test_an_answer_about_the_old_account_is_discarded(qapp) -> None:
    monitor, worker = monitor_with_worker()
    monitor.check_now()
    monitor.recheck()  # the account changed while the first check was out
    worker.failed.emit(True, NotSignedIn())  # the old account's answer
    assert monitor.state is not ConnectionState.SIGNED_OUT
    assert len(worker.asked) == 2  # asked again at once
    worker.checked.emit(0.5)
    assert monitor.state is ConnectionState.ONLINE
    monitor.stop()


def test_slow_answers_say_slow(qapp) -> None:
    monitor, worker = monitor_with_worker()
    monitor.check_now()
    worker.checked.emit(2.5)
    assert monitor.state is ConnectionState.SLOW
    monitor.stop()


def test_an_answer_to_a_check_sent_before_a_cool_down_is_not_news(qapp) -> None:
    monitor, worker = monitor_with_worker()
    cooling = [False]
    monitor.may_ask = lambda: not cooling[0]
    monitor.check_now()  # out before the service said to slow down
    cooling[0] = True
    monitor.cool_down()
    worker.checked.emit(0.01)  # its answer arrives during the cool-down
    assert monitor.state is ConnectionState.COOLING_DOWN
    assert monitor.seconds_until_retry() is None  # nothing scheduled
    monitor.check_now()
    assert len(worker.asked) == 1  # nothing goes out during the cool-down
    cooling[0] = False
    monitor.check_now(probe=True)
    assert len(worker.asked) == 2
    worker.checked.emit(0.01)
    assert monitor.state is ConnectionState.ONLINE
    monitor.stop()
