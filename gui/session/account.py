"""The account's state on the GUI thread: who is signed in, where the sign-in is kept, and the
steps of signing in and out. The requests themselves run on the account and keyring workers."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from gui.i18n import tr

if TYPE_CHECKING:
    from gui.bili.account import Account
    from gui.bili.credentials import Credentials
    from gui.bili.errors import BiliError, RateLimited
    from gui.bili.origins import ServiceOrigins
    from gui.bili.proxy import Proxy
    from gui.session.worker_threads import WorkerThreads
    from gui.store.credential_store import CredentialStore
    from gui.workers.service import ServiceConfig


class AccountSession(QObject):
    """Signals:
    account_changed(): signed in or out, the name or avatar arrived, or where the credentials
        are kept became known.
    keyring_updated(): a save or delete in the keyring has completed.
    needs_sign_in(reason): no usable credentials; the window offers sign-in.
    notice(message): something to tell the user in passing.
    verified(Credentials, Account) / rejected(Credentials, signed_out, BiliError): answers to
        `verify()`.
    qr_ready(QrCode) / qr_polled(key, QrPoll) / qr_failed(BiliError): the QR sign-in.
    known(): the credentials at start are known (from the keyring, or the demo's).
    signed_in() / signed_out(): the user signed in or out here.
    lost(): the service no longer accepts the current sign-in.
    slowed_down(RateLimited): the service asked to slow down (the session cools down).
    """

    RENEW_EVERY_MS = 24 * 3600 * 1000  # a renewal check once a day while running

    account_changed = Signal()
    keyring_updated = Signal()
    needs_sign_in = Signal(str)
    notice = Signal(str)
    verified = Signal(object, object)
    rejected = Signal(object, bool, object)
    qr_ready = Signal(object)
    qr_polled = Signal(str, object)
    qr_failed = Signal(object)
    known = Signal()
    signed_in = Signal()
    signed_out = Signal()
    lost = Signal()
    slowed_down = Signal(object)

    _load = Signal()
    _save = Signal(object)
    _delete = Signal()
    _verify = Signal(object, object)
    _qr_generate = Signal(object)
    _qr_poll = Signal(object, str)
    _sign_out_remotely = Signal(object)
    _fetch_avatar = Signal(object, str)
    _renew = Signal(object, object)
    _reload = Signal()

    def __init__(self, demo: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.demo = demo
        self.credentials: Credentials | None = None
        self.account: Account | None = None
        self.avatar: bytes = b""
        self.where = tr("kept in memory only") if demo else tr("Checking…")
        self.origins: ServiceOrigins | None = None
        self._lost_credentials: Credentials | None = None
        # The proxy in use (the session owns it; asked at each request's making).
        self.proxy: Callable[[], Proxy | None] = lambda: None
        # During a cool-down: the service's refusal that started it (no request goes out).
        self.held_by: Callable[[], RateLimited | None] = lambda: None
        self.persistent = False  # the keyring keeps the sign-in (else this process's memory)
        self._make_store: Callable[[], CredentialStore] | None = None
        self._renew_timer = QTimer(self)
        self._renew_timer.setInterval(self.RENEW_EVERY_MS)
        self._renew_timer.timeout.connect(self.renew)
        self._rereading = False  # a -101: the keyring is read again before giving up

    def start(
        self,
        threads: WorkerThreads,
        origins: ServiceOrigins,
        demo_credentials: Credentials | None,
        make_store: Callable[[], CredentialStore],
    ) -> None:
        """Wire the workers, then read the stored sign-in (or take the demo's)."""
        self.origins = origins
        self._make_store = make_store
        keyring, account = threads.keyring.worker, threads.account.worker
        requests = {  # ours -> the workers'
            self._load: keyring.on_load,
            self._save: keyring.on_save,
            self._delete: keyring.on_delete,
            self._verify: account.on_verify,
            self._qr_generate: account.on_qr_generate,
            self._qr_poll: account.on_qr_poll,
            self._sign_out_remotely: account.on_sign_out,
            self._fetch_avatar: account.on_avatar,
            self._renew: account.on_renew,
            self._reload: keyring.on_reload,
        }
        answers = {  # the workers' -> ours
            keyring.ready: self.on_store_ready,
            keyring.loaded: self.on_loaded,
            keyring.failed: self.on_keyring_failed,
            keyring.saved: self.keyring_updated,
            keyring.deleted: self.keyring_updated,
            account.verified: self.on_verified,
            account.rejected: self.on_rejected,
            account.qr_ready: self.qr_ready,
            account.qr_polled: self.qr_polled,
            account.qr_failed: self.on_qr_failed,
            account.signed_out_remotely: self.on_signed_out_remotely,
            account.avatar_ready: self.on_avatar_ready,
            account.renewed: self.on_renewed,
            account.renew_failed: self.on_renew_failed,
            keyring.reloaded: self.on_reloaded,
        }
        for signal, slot in (*requests.items(), *answers.items()):
            signal.connect(slot)

        if self.demo:
            self.on_loaded(demo_credentials)
        else:
            self._load.emit()

    def _config(self, credentials: Credentials | None) -> ServiceConfig:
        from gui.bili.proxy import Proxy
        from gui.workers.service import ServiceConfig

        if self.origins is None:
            raise RuntimeError("AccountSession.start() comes first")
        return ServiceConfig(credentials, self.origins, proxy=self.proxy() or Proxy())

    # --- where it is kept ----------------------------------------------------------------------

    @Slot(bool, str)
    def on_store_ready(self, persistent: bool, backend_name: str) -> None:
        self.persistent = persistent
        if self.demo:
            return
        if persistent:
            self.where = keyring_words(backend_name)
        else:
            self.where = tr("This session only: no system keyring found")
        self.account_changed.emit()

    @Slot(object)
    def on_loaded(self, credentials: Credentials | None) -> None:
        self.credentials = credentials
        self.account_changed.emit()
        self.known.emit()
        if credentials is None:
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

    # --- checking ------------------------------------------------------------------------------

    def verify(self, credentials: Credentials) -> None:
        """Check credentials with nav; answers with `verified` or `rejected`."""
        self._verify.emit(self._config(credentials), credentials)

    @Slot(object, object)
    def on_verified(self, credentials: Credentials, account: Account) -> None:
        if credentials == self.credentials:
            self._show_account(account)
            if not self._renew_timer.isActive():
                self._renew_timer.start()
                self.renew()  # at start, then once a day
        self.verified.emit(credentials, account)

    @Slot(object, bool, object)
    def on_rejected(self, credentials: Credentials, signed_out: bool, error: BiliError) -> None:
        from gui.bili.errors import RateLimited

        if isinstance(error, RateLimited):
            self.slowed_down.emit(error)
        if credentials == self.credentials and signed_out:
            self.check_stored_sign_in()
        self.rejected.emit(credentials, signed_out, error)

    # --- keeping the sign-in ------------------------------------------------------------------

    def renew_every(self, milliseconds: int) -> None:
        """How often a running BiliDrop asks whether the sign-in is due (a day; the demo
        asks more often, so a person can watch a renewal)."""
        self._renew_timer.setInterval(milliseconds)

    @Slot()
    def renew(self) -> None:
        """Renew a QR sign-in when the service says it is due (never a pasted one)."""
        credentials = self.credentials
        if credentials is None or not credentials.renewable or self._make_store is None:
            return
        if self.held_by() is None:
            self._renew.emit(self._config(credentials), self._make_store)

    @Slot(object, object)
    def on_renewed(self, old: Credentials, new: Credentials | None) -> None:
        if new is None or old != self.credentials:
            return
        self.credentials = new
        if not self.persistent:
            self._save.emit(new)  # memory only: the keyring worker keeps this process's copy
        self.account_changed.emit()
        self.notice.emit(tr("Sign-in renewed"))

    @Slot(object, object)
    def on_renew_failed(self, old: Credentials, error: BiliError) -> None:
        from gui.bili.errors import NotSignedIn, RateLimited

        if isinstance(error, RateLimited):
            self.slowed_down.emit(error)
        elif isinstance(error, NotSignedIn) and old == self.credentials:
            self.check_stored_sign_in()
        # Anything else: the old sign-in still works; the next daily check tries again.

    @property
    def shown_signed_in(self) -> bool:
        """Signed in as far as the window should say: credentials the service still takes
        (uploads keep them, paused, until a new sign-in)."""
        return self.credentials is not None and self.credentials != self._lost_credentials

    @Slot()
    def check_stored_sign_in(self) -> None:
        """The service said -101. Another BiliDrop may have renewed the sign-in: the keyring
        is read again before anyone is told "signed out"."""
        if self._rereading or self.credentials is None:
            return
        self._rereading = True
        self._reload.emit()

    @Slot(object)
    def on_reloaded(self, stored: Credentials | None) -> None:
        if not self._rereading:
            return
        self._rereading = False
        current = self.credentials
        if current is None:
            return
        if stored is not None and stored != current and stored.dede_user_id == current.dede_user_id:
            self.credentials = stored  # renewed by another process: carry on with it
            self.account_changed.emit()
            self.verify(stored)
            self.signed_in.emit()
            return
        self.account = None
        self._lost_credentials = current  # shown as signed out until a new sign-in
        self.lost.emit()
        self.account_changed.emit()
        if current.pasted:
            reason = tr(
                "This sign-in was a cookie pasted from a browser, and the browser it came from "
                "renewed or ended it. Sign in with the QR code for a sign-in that lasts."
            )
        else:
            reason = tr(
                "The saved sign-in is no longer valid (signed out elsewhere, or expired). "
                "Sign in again."
            )
        self.needs_sign_in.emit(reason)

    def _show_account(self, account: Account) -> None:
        self.account = account
        self.account_changed.emit()
        if account.face:
            self._fetch_avatar.emit(self._config(None), account.face)

    @Slot(str, bytes)
    def on_avatar_ready(self, url: str, data: bytes) -> None:
        if self.account is not None and self.account.face == url:
            self.avatar = data
            self.account_changed.emit()

    # --- signing in and out --------------------------------------------------------------------

    def _held_back(self) -> bool:
        """During a cool-down no sign-in request goes out; the dialog is told why."""
        refusal = self.held_by()
        if refusal is not None:
            self.qr_failed.emit(refusal)
        return refusal is not None

    def generate_qr(self) -> None:
        if not self._held_back():
            self._qr_generate.emit(self._config(None))

    def poll_qr(self, key: str) -> None:
        if not self._held_back():
            self._qr_poll.emit(self._config(None), key)

    @Slot(object)
    def on_qr_failed(self, error: BiliError) -> None:
        from gui.bili.errors import RateLimited

        if isinstance(error, RateLimited):
            self.slowed_down.emit(error)
        self.qr_failed.emit(error)

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
        self.signed_in.emit()

    def sign_out(self, *, everywhere: bool = True) -> None:
        """Forget the sign-in here and pause the queue; with `everywhere`, revoke it on the
        server too (for a pasted cookie that also signs its browser out)."""
        self._renew_timer.stop()
        if self.credentials is not None and everywhere:
            self._sign_out_remotely.emit(self._config(self.credentials))
        self.credentials = None
        self.account, self.avatar = None, b""
        self._delete.emit()
        self.account_changed.emit()
        self.signed_out.emit()

    @Slot(object)
    def on_signed_out_remotely(self, problem: BiliError | None) -> None:
        if problem is not None:
            self.notice.emit(
                tr(
                    "Removed from this computer, but the service could not revoke "
                    "the session: {problem}"
                ).format(problem=problem.message)
            )

    @Slot()
    def on_uploads_signed_out(self) -> None:
        """An upload got -101: read the keyring again before saying signed out."""
        self.check_stored_sign_in()


def keyring_words(backend_name: str) -> str:
    """Where a sign-in is kept, as the user knows the place: the system's own name for its
    keyring, not the keyring library's class name."""
    known = {
        "SecretService Keyring": tr("System keyring (Secret Service)"),
        "kwallet DBusKeyring": tr("System keyring (KWallet)"),
        "macOS Keyring": tr("macOS Keychain"),
        "Windows WinVaultKeyring": tr("Windows Credential Manager"),
    }
    return known.get(backend_name) or tr("System keyring ({name})").format(name=backend_name)
