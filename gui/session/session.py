"""The app's state on the GUI thread, without widgets: the upload queue and its model, the
heartbeat monitor and the account, the batch of links, the notices, the removal and its undo,
and the one clock every countdown follows. Built before the window, which shows it and sends
it commands; `start()` brings up the worker threads once the window has painted."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from gui.clock import clock_time, utc_now
from gui.common.settings import Settings
from gui.i18n import tr
from gui.session.account import AccountSession
from gui.session.commands import Command, RowCommands, enabled_commands
from gui.session.connection_state import ConnectionState, state_line
from gui.session.cool_down import ServiceCoolDown
from gui.session.heartbeat_monitor import HeartbeatMonitor
from gui.session.link_batch import LinkBatch
from gui.session.notices import NoticePolicy
from gui.session.queue_model import UploadQueueModel
from gui.session.removal import RemovalUndo
from gui.session.upload_item import UploadItem
from gui.session.upload_queue import UploadQueue

if TYPE_CHECKING:
    from gui.bili.credentials import Credentials
    from gui.bili.origins import ServiceOrigins
    from gui.bili.proxy import Proxy
    from gui.session.worker_threads import WorkerThreads
    from gui.store.credential_store import CredentialStore
    from gui.store.history import History
    from gui.workers.service import ServiceConfig


class Session(QObject):
    """Owns the model, the queue, the monitor, the account and (after `start`) the threads.

    Signals:
        started(): the workers run; the history (if any) is open.
        notice(message): something to tell the user in passing.
        ticked(): once a second, for everything that counts down (after the model's rows).
    """

    started = Signal()
    notice = Signal(str)
    ticked = Signal()
    _load_proxy = Signal(object)
    _save_proxy = Signal(object)

    def __init__(
        self,
        settings: Settings,
        *,
        demo: bool = False,
        clock: Callable[[], datetime] = utc_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.demo = demo
        self.origins: ServiceOrigins | None = None  # known at start()
        self.history: History | None = None
        self.threads: WorkerThreads | None = None
        self.model = UploadQueueModel(clock, self)
        self.account = AccountSession(demo, self)
        self.proxy = settings.proxy  # its password comes from the keyring at start()
        self._last_state: ConnectionState | None = None
        self.account.proxy = lambda: self.proxy
        self.queue = UploadQueue(
            self.model, self.service_config, settings.parallel_uploads, parent=self
        )
        self.monitor = HeartbeatMonitor(self.service_config, settings.heartbeat_interval, self)
        self.cool_down = ServiceCoolDown(self)
        self.monitor.may_ask = lambda: not self.cool_down.active
        self.account.held_by = lambda: self.cool_down.error if self.cool_down.active else None

        self.account.notice.connect(self.notice)
        self.account.known.connect(self.on_account_known)
        self.account.signed_in.connect(self.queue.resume)
        self.account.signed_in.connect(self.monitor.recheck)
        self.account.signed_out.connect(self.queue.pause)
        self.account.signed_out.connect(self.monitor.recheck)
        self.account.lost.connect(self.queue.pause)
        self.queue.signed_out.connect(self.monitor.check_now)
        self.queue.signed_out.connect(self.account.on_uploads_signed_out)
        self.queue.unreachable.connect(self.monitor.check_now)
        self.queue.bookkeeping.failed.connect(self.on_history_failed)

        for source in (self.queue, self.monitor, self.account):
            source.slowed_down.connect(self.cool_down.refused)
        self.cool_down.started.connect(self.on_cool_down_started)
        self.cool_down.ended.connect(self.on_cool_down_ended)
        self.cool_down.cleared.connect(self.queue.release)
        self.monitor.changed.connect(self.on_connection_changed)

        self.links = LinkBatch(self.model, self.queue, settings, self)
        self.notices = NoticePolicy(self.model, settings, self, lambda: self.links.items)
        self.links.link_ready.connect(self.notices.on_link_ready)
        self.queue.upload_failed.connect(self.notices.on_upload_failed)
        self.removal = RemovalUndo(self.queue, self)
        self.removal.said.connect(self.notice)
        self.rows = RowCommands(self.queue, self.removal, self.try_now)
        self.expiring: list[UploadItem] = []  # live links in their last two minutes
        self.clock = QTimer(self)  # the one clock for every countdown
        self.clock.setInterval(1000)
        self.clock.timeout.connect(self.tick)
        self.clock.start()

    @Slot()
    def tick(self) -> None:
        """A second passed: rows count down, links entering their last minutes are said."""
        self.model.tick()
        self.expiring = self.notices.expiring(self.model.clock())
        self.ticked.emit()

    def connection_line(self) -> str:
        """The connection in words, as the indicator and the tray show it."""
        monitor = self.monitor
        return state_line(
            monitor.state,
            latency=monitor.latency,
            retry_in=monitor.seconds_until_retry(),
            until=self.cool_down.until,
        )

    def enabled_commands(self, selected: list[UploadItem]) -> dict[Command, bool]:
        return enabled_commands(
            selected,
            self.model.counts,
            signed_in=self.account.credentials is not None,
            running=self.running,
            has_history=self.history is not None,
            can_undo=self.removal.can_undo,
        )

    def service_config(self) -> ServiceConfig:
        from gui.workers.service import ServiceConfig

        if self.origins is None:
            raise RuntimeError("Session.start() comes first")
        return ServiceConfig(self.account.credentials, self.origins, self.model.clock, self.proxy)

    @property
    def running(self) -> bool:
        return self.threads is not None

    def start(
        self,
        *,
        origins: ServiceOrigins | None = None,
        demo_credentials: Credentials | None = None,
        make_store: Callable[[], CredentialStore] | None = None,
        history: History | None = None,
    ) -> None:
        """Start the workers; bring back interrupted uploads; read the stored account."""
        from gui.bili.origins import ServiceOrigins
        from gui.session.worker_threads import WorkerThreads
        from gui.store.credential_store import CredentialStore

        if self.threads is not None:
            return
        self.origins = origins or ServiceOrigins()
        self.history = history
        make_store = make_store or CredentialStore
        self.threads = WorkerThreads(make_store, self)
        keyring = self.threads.keyring.worker
        self._load_proxy.connect(keyring.on_load_proxy)
        self._save_proxy.connect(keyring.on_save_proxy)
        keyring.proxy_loaded.connect(self.on_proxy_loaded)
        if self.proxy.user:  # asked before the sign-in, so it is known before any request
            self._load_proxy.emit(self.proxy)
        self.monitor.connect_worker(self.threads.heartbeat.worker)
        self.queue.start(history)
        self.model.add(self.queue.bookkeeping.interrupted_items())  # from the last run
        self.account.start(self.threads, self.origins, demo_credentials, make_store)
        self.started.emit()

    @Slot()
    def on_account_known(self) -> None:
        if self.account.credentials is None:
            self.queue.pause()
        self.monitor.start()

    @Slot()
    def on_cool_down_started(self) -> None:
        self.queue.hold(self.cool_down.until, self.cool_down.error)
        self.monitor.cool_down()
        error = self.cool_down.error
        if error is not None and self.cool_down.until is not None:
            self.notice.emit(
                tr("{reason} Trying again at {time}.").format(
                    reason=error.message, time=clock_time(self.cool_down.until)
                )
            )

    @Slot()
    def on_cool_down_ended(self) -> None:
        """Time is up (or Try now): one heartbeat asks first; uploads wait for its answer."""
        self.monitor.check_now(probe=True)

    @Slot()
    def on_connection_changed(self) -> None:
        previous = self._last_state
        answered = self.monitor.state in (
            ConnectionState.ONLINE,
            ConnectionState.SLOW,
            ConnectionState.SIGNED_OUT,
        )
        if answered and self.cool_down.engaged:
            self.cool_down.succeeded()
        if answered:
            self.queue.reachable()
        state, self._last_state = self.monitor.state, self.monitor.state
        # The heartbeat now says -101: the account must not go on showing as signed in (the
        # keyring is read again first: another BiliDrop may have renewed it).
        newly_signed_out = state is ConnectionState.SIGNED_OUT and previous is not state
        if newly_signed_out and self.account.shown_signed_in:
            self.account.check_stored_sign_in()

    def try_now(self) -> None:
        """End a cool-down early, on the user's word."""
        self.cool_down.try_now()

    @Slot(str)
    def on_history_failed(self, reason: str) -> None:
        self.notice.emit(
            tr("The history could not be saved ({reason}); links still work.").format(reason=reason)
        )

    @Slot(object)
    def on_proxy_loaded(self, proxy: Proxy) -> None:
        if proxy.with_password("") == self.proxy.with_password(""):  # still the chosen one
            self.proxy = proxy

    def set_proxy(self, proxy: Proxy) -> None:
        """Use this proxy from the next request on; its password goes to the keyring."""
        self.settings.proxy = proxy
        self.proxy = proxy
        if self.threads is not None:
            self._save_proxy.emit(proxy)

    def apply_settings(self) -> None:
        self.queue.set_parallel(self.settings.parallel_uploads)
        self.monitor.set_interval(self.settings.heartbeat_interval)

    def shutdown(self) -> bool:
        """Cancel uploads and stop every thread; True if all ended in time. Safe to repeat."""
        self.clock.stop()
        self.monitor.stop()
        stopped = self.queue.shutdown()
        if self.threads is not None:
            stopped = self.threads.stop() and stopped
        return stopped
