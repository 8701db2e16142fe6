"""The app-level object that owns the long-lived services: workers, queue, heartbeat, account.

Created after the window's first paint, because it imports the network stack.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from gui.bili.account import Account
from gui.bili.credentials import Credentials
from gui.bili.errors import BiliError
from gui.bili.origins import ServiceOrigins
from gui.store.credential_store import CredentialStore
from gui.store.history import History
from gui.ui.error_text import error_text
from gui.ui.i18n import tr
from gui.ui.queue_model import UploadQueueModel
from gui.ui.settings import Settings
from gui.ui.upload_queue import UploadQueue
from gui.workers.account import AccountWorker
from gui.workers.heartbeat import HeartbeatMonitor, HeartbeatWorker
from gui.workers.keyring import KeyringWorker
from gui.workers.service import ServiceConfig
from gui.workers.threads import WorkerThread


class AppServices(QObject):
    """Holds the account and every worker thread; the window shows what it says.

    Signals:
        account_changed(): signed in or out, the name or avatar arrived, or where the
            credentials are kept became known.
        keyring_updated(): a save or delete in the keyring has completed.
        needs_sign_in(reason): no usable credentials; the window offers sign-in.
        notice(message): something to tell the user in passing.
        verified(Credentials, Account) / rejected(Credentials, signed_out, message): answers to
            `verify()`.
        qr_ready(QrCode) / qr_polled(key, QrPoll) / qr_failed(message): answers for the QR
            sign-in.
    """

    account_changed = Signal()
    keyring_updated = Signal()
    needs_sign_in = Signal(str)
    notice = Signal(str)
    verified = Signal(object, object)
    rejected = Signal(object, bool, str)
    qr_ready = Signal(object)
    qr_polled = Signal(str, object)
    qr_failed = Signal(str)

    _load = Signal()
    _save = Signal(object)
    _delete = Signal()
    _verify = Signal(object, object)
    _qr_generate = Signal(object)
    _qr_poll = Signal(object, str)
    _sign_out_remotely = Signal(object)
    _fetch_avatar = Signal(object, str)
    _close_heartbeat = Signal()

    def __init__(
        self,
        settings: Settings,
        model: UploadQueueModel,
        *,
        origins: ServiceOrigins | None = None,
        demo_credentials: Credentials | None = None,
        make_store: Callable[[], CredentialStore] = CredentialStore,
        history: History | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.origins = origins or ServiceOrigins()
        self.demo = demo_credentials is not None
        self.credentials: Credentials | None = demo_credentials
        self.account: Account | None = None
        self.avatar: bytes = b""
        self.where = tr("kept in memory only") if self.demo else tr("Checking…")
        self.history = history
        self.queue = UploadQueue(
            model, self.service_config, settings.parallel_uploads, history=history, parent=self
        )
        self.queue.signed_out.connect(self.on_signed_out)

        self.monitor = HeartbeatMonitor(self.service_config, settings.heartbeat_interval, self)
        self._heartbeat = WorkerThread(HeartbeatWorker(), "heartbeat")
        self.monitor.connect_worker(self._heartbeat.worker)
        self._close_heartbeat.connect(self._heartbeat.worker.on_close)

        self._keyring = WorkerThread(KeyringWorker(make_store), "keyring")
        keyring = self._keyring.worker
        self._load.connect(keyring.on_load)
        self._save.connect(keyring.on_save)
        self._delete.connect(keyring.on_delete)
        keyring.ready.connect(self.on_store_ready)
        keyring.loaded.connect(self.on_loaded)
        keyring.failed.connect(self.on_keyring_failed)
        keyring.saved.connect(self.on_keyring_done)
        keyring.deleted.connect(self.on_keyring_done)

        self._account = WorkerThread(AccountWorker(), "account")
        account = self._account.worker
        self._verify.connect(account.on_verify)
        self._qr_generate.connect(account.on_qr_generate)
        self._qr_poll.connect(account.on_qr_poll)
        self._sign_out_remotely.connect(account.on_sign_out)
        self._fetch_avatar.connect(account.on_avatar)
        account.verified.connect(self.on_verified)
        account.rejected.connect(self.on_rejected)
        account.qr_ready.connect(self.qr_ready)
        account.qr_polled.connect(self.qr_polled)
        account.qr_failed.connect(self.on_qr_failed)
        account.signed_out_remotely.connect(self.on_signed_out_remotely)
        account.avatar_ready.connect(self.on_avatar_ready)

    def service_config(self) -> ServiceConfig:
        return ServiceConfig(self.credentials, self.origins)

    def start(self) -> None:
        """Bring back interrupted uploads; read the stored account (or go on, in the demo)."""
        self.queue.restore_interrupted()
        if self.demo:
            self.account_changed.emit()
            self.monitor.start()
            if self.credentials is not None:
                self.verify(self.credentials)
        else:
            self._load.emit()

    # --- the account -------------------------------------------------------------------------

    @Slot(bool, str)
    def on_store_ready(self, persistent: bool, backend_name: str) -> None:
        if self.demo:
            return
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
        else:
            self.verify(credentials)  # nav: still valid, and whose?

    @Slot(str)
    def on_keyring_failed(self, action: str) -> None:
        self.notice.emit(
            {
                "load": tr("The system keyring could not be read. Unlock it, then sign in again."),
                "save": tr(
                    "The system keyring refused to keep the sign-in: it is kept for this "
                    "session only."
                ),
                "delete": tr("The system keyring could not delete the sign-in."),
            }[action]
        )

    @Slot(object)
    def on_qr_failed(self, error: BiliError) -> None:
        self.qr_failed.emit(error_text(error))

    @Slot()
    def on_keyring_done(self) -> None:
        self.keyring_updated.emit()

    def verify(self, credentials: Credentials) -> None:
        """Check credentials with nav; answers with `verified` or `rejected`."""
        self._verify.emit(ServiceConfig(credentials, self.origins), credentials)

    @Slot(object, object)
    def on_verified(self, credentials: Credentials, account: Account) -> None:
        if credentials == self.credentials:
            self._show_account(account)
        self.verified.emit(credentials, account)

    @Slot(object, bool, object)
    def on_rejected(self, credentials: Credentials, signed_out: bool, error: BiliError) -> None:
        if signed_out:
            message = tr(
                "The service does not accept this sign-in: it was signed out or has "
                "expired. Sign in again."
            )
        else:
            message = error_text(error)
        if credentials == self.credentials and signed_out:
            self.queue.pause()
            self.account = None
            self.account_changed.emit()
            self.needs_sign_in.emit(
                tr(
                    "The saved sign-in is no longer valid (signed out elsewhere, or expired). "
                    "Sign in again."
                )
            )
        self.rejected.emit(credentials, signed_out, message)

    def _show_account(self, account: Account) -> None:
        self.account = account
        self.account_changed.emit()
        if account.face:
            self._fetch_avatar.emit(self.service_config(), account.face)

    @Slot(str, bytes)
    def on_avatar_ready(self, url: str, data: bytes) -> None:
        if self.account is not None and self.account.face == url:
            self.avatar = data
            self.account_changed.emit()

    def generate_qr(self) -> None:
        self._qr_generate.emit(ServiceConfig(None, self.origins))

    def poll_qr(self, key: str) -> None:
        self._qr_poll.emit(ServiceConfig(None, self.origins), key)

    def sign_in(self, credentials: Credentials, account: Account | None = None) -> None:
        """Use these (checked) credentials from now on, keep them, resume paused uploads."""
        self.credentials = credentials
        self.account, self.avatar = None, b""
        self._save.emit(credentials)
        if account is not None:
            self._show_account(account)
        else:
            self.account_changed.emit()
            self.verify(credentials)
        self.queue.resume()
        self.monitor.recheck()

    def sign_out(self) -> None:
        """Revoke the session on the server, forget it here, pause the queue."""
        if self.credentials is not None:
            self._sign_out_remotely.emit(self.service_config())
        self.credentials = None
        self.account, self.avatar = None, b""
        self._delete.emit()
        self.queue.pause()
        self.account_changed.emit()
        self.monitor.recheck()

    @Slot(object)
    def on_signed_out_remotely(self, problem: BiliError | None) -> None:
        if problem is not None:
            self.notice.emit(
                tr(
                    "Removed from this computer, but the service could not revoke "
                    "the session: {problem}"
                ).format(problem=error_text(problem))
            )

    @Slot()
    def on_signed_out(self) -> None:
        self.monitor.check_now()
        self.needs_sign_in.emit(
            tr(
                "The service says this account is signed out. Sign in again "
                "to continue the uploads."
            )
        )

    # --- settings ----------------------------------------------------------------------------

    def apply_settings(self) -> None:
        self.queue.set_parallel(self.settings.parallel_uploads)
        self.monitor.set_interval(self.settings.heartbeat_interval)

    # --- ending ------------------------------------------------------------------------------

    def shutdown(self) -> bool:
        """Cancel uploads and stop every thread; True if all ended in time."""
        self.monitor.stop()
        stopped = self.queue.shutdown()
        self._close_heartbeat.emit()
        for host in (self._heartbeat, self._keyring, self._account):
            stopped = host.stop() and stopped
        return stopped
