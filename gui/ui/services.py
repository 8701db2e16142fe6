"""The app-level object that owns the long-lived services: workers, queue, heartbeat, account.

Created after the window's first paint, because it imports the network stack.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from gui.bili.credentials import Credentials
from gui.bili.origins import ServiceOrigins
from gui.store.credential_store import CredentialStore
from gui.ui.queue_model import UploadQueueModel
from gui.ui.settings import Settings
from gui.ui.upload_queue import UploadQueue
from gui.workers.heartbeat import HeartbeatMonitor, HeartbeatWorker
from gui.workers.keyring import KeyringWorker
from gui.workers.service import ServiceConfig
from gui.workers.sign_in import SignInWorker
from gui.workers.threads import WorkerThread


def tr(text: str) -> str:
    return QCoreApplication.translate("AppServices", text)


class AppServices(QObject):
    """Holds the account and every worker thread; the window shows what it says.

    Signals:
        account_changed(): signed in or out, or where the credentials are kept changed.
        needs_sign_in(reason): no usable credentials; the window offers sign-in.
        keyring_updated(): a save or delete in the keyring has completed.
        notice(message): something to tell the user in passing.
        verified(Credentials) / rejected(message): the answer to `verify()`.
    """

    account_changed = Signal()
    keyring_updated = Signal()
    needs_sign_in = Signal(str)
    notice = Signal(str)
    verified = Signal(object)
    rejected = Signal(str)

    _load = Signal()
    _save = Signal(object)
    _delete = Signal()
    _verify = Signal(object)
    _close_heartbeat = Signal()

    def __init__(
        self,
        settings: Settings,
        model: UploadQueueModel,
        *,
        origins: ServiceOrigins | None = None,
        demo_credentials: Credentials | None = None,
        make_store: Callable[[], CredentialStore] = CredentialStore,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.origins = origins or ServiceOrigins()
        self.demo = demo_credentials is not None
        self.credentials: Credentials | None = demo_credentials
        self.where = tr("kept in memory only") if self.demo else tr("Checking…")
        self.queue = UploadQueue(model, self.service_config, settings.parallel_uploads, parent=self)
        self.queue.signed_out.connect(self.on_signed_out)

        self.monitor = HeartbeatMonitor(self.service_config, settings.heartbeat_interval, self)
        self._heartbeat = WorkerThread(HeartbeatWorker(), "heartbeat")
        self.monitor.connect_worker(self._heartbeat.worker)
        self._close_heartbeat.connect(self._heartbeat.worker.on_close)

        self._keyring = WorkerThread(KeyringWorker(make_store), "keyring")
        self._load.connect(self._keyring.worker.on_load)
        self._save.connect(self._keyring.worker.on_save)
        self._delete.connect(self._keyring.worker.on_delete)
        self._keyring.worker.ready.connect(self.on_store_ready)
        self._keyring.worker.loaded.connect(self.on_loaded)
        self._keyring.worker.failed.connect(self.notice)
        self._keyring.worker.saved.connect(self.on_keyring_done)
        self._keyring.worker.deleted.connect(self.on_keyring_done)

        self._sign_in = WorkerThread(SignInWorker(), "sign-in")
        self._verify.connect(self._sign_in.worker.on_verify)
        self._sign_in.worker.verified.connect(self.verified)
        self._sign_in.worker.rejected.connect(self.rejected)

    def service_config(self) -> ServiceConfig:
        return ServiceConfig(self.credentials, self.origins)

    def start(self) -> None:
        """Read the stored account (real service) or go straight on (demo)."""
        if self.demo:
            self.account_changed.emit()
            self.monitor.start()
        else:
            self._load.emit()

    # --- the account --------------------------------------------------------------------------

    @Slot(bool, str)
    def on_store_ready(self, persistent: bool, backend_name: str) -> None:
        if persistent:
            self.where = tr("System keyring ({name})").format(name=backend_name)
        else:
            self.where = tr("This session only: no system keyring found")
        self.account_changed.emit()

    @Slot(object)
    def on_loaded(self, credentials: Credentials | None) -> None:
        self.credentials = credentials
        self.account_changed.emit()
        self.monitor.start()
        if credentials is None:
            self.queue.pause()
            self.needs_sign_in.emit(tr("Sign in to upload."))

    @Slot()
    def on_keyring_done(self) -> None:
        self.keyring_updated.emit()

    def verify(self, credentials: Credentials) -> None:
        """Check credentials with one heartbeat; answers with `verified` or `rejected`."""
        self._verify.emit(ServiceConfig(credentials, self.origins))

    def sign_in(self, credentials: Credentials) -> None:
        """Use these (checked) credentials from now on, keep them, resume paused uploads."""
        self.credentials = credentials
        if not self.demo:
            self._save.emit(credentials)
        self.account_changed.emit()
        self.queue.resume()
        self.monitor.recheck()

    def sign_out(self) -> None:
        self.credentials = None
        if not self.demo:
            self._delete.emit()
        self.queue.pause()
        self.account_changed.emit()
        self.monitor.recheck()

    @Slot()
    def on_signed_out(self) -> None:
        self.monitor.check_now()
        self.needs_sign_in.emit(
            tr(
                "The service says this account is signed out. Sign in again "
                "to continue the uploads."
            )
        )

    # --- settings -----------------------------------------------------------------------------

    def apply_settings(self) -> None:
        self.queue.set_parallel(self.settings.parallel_uploads)
        self.monitor.set_interval(self.settings.heartbeat_interval)

    # --- ending -------------------------------------------------------------------------------

    def shutdown(self) -> bool:
        """Cancel uploads and stop every thread; True if all ended in time."""
        self.monitor.stop()
        stopped = self.queue.shutdown()
        self._close_heartbeat.emit()
        for host in (self._heartbeat, self._keyring, self._sign_in):
            stopped = host.stop() and stopped
        return stopped
