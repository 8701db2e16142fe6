"""Account work off the GUI thread: checking credentials (nav), QR sign-in, sign-out, avatar."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager

import httpx
from PySide6.QtCore import QObject, Signal, Slot

from gui.bili.client import BiliClient
from gui.bili.cookie_refresh import lock_path_for, renew_shared
from gui.bili.credentials import Credentials
from gui.bili.errors import NotSignedIn, as_bili_error
from gui.store.credential_store import CredentialStore
from gui.workers.client_cache import LiveClients
from gui.workers.service import ServiceConfig

ACCOUNT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)


class AccountWorker(QObject):
    """One request per slot call; answers by signal.

    Signals:
        verified(Credentials, Account): nav accepted the credentials.
        rejected(Credentials, signed_out, BiliError): nav refused them (signed_out) or failed.
        qr_ready(QrCode) / qr_polled(key, QrPoll) / qr_failed(BiliError)
        signed_out_remotely(BiliError | None): the sign-out request finished (None: it worked).
        avatar_ready(url, bytes)
        renewed(old Credentials, new Credentials | None): a renewal ended (None: not due).
        renew_failed(old Credentials, BiliError): it did not; the old sign-in still works.
    """

    verified = Signal(object, object)
    rejected = Signal(object, bool, object)
    qr_ready = Signal(object)
    qr_polled = Signal(str, object)
    qr_failed = Signal(object)
    signed_out_remotely = Signal(object)
    avatar_ready = Signal(str, bytes)
    renewed = Signal(object, object)
    renew_failed = Signal(object, object)

    def __init__(self) -> None:
        super().__init__()
        self._live = LiveClients()

    def _client(
        self, service: ServiceConfig, credentials: Credentials | None
    ) -> AbstractContextManager[BiliClient]:
        return self._live.one_for(service, credentials, ACCOUNT_TIMEOUT)

    def abort(self) -> None:
        """From any thread: end the request under way now (quitting)."""
        self._live.abort()

    @Slot(object, object)
    def on_verify(self, service: ServiceConfig, credentials: Credentials) -> None:
        try:
            with self._client(service, credentials) as client:
                account = client.nav()
        except NotSignedIn as error:
            self.rejected.emit(credentials, True, error)
        except Exception as error:
            self.rejected.emit(credentials, False, as_bili_error(error))
        else:
            self.verified.emit(credentials, account)

    @Slot(object)
    def on_qr_generate(self, service: ServiceConfig) -> None:
        try:
            with self._client(service, None) as client:
                self.qr_ready.emit(client.qr_generate())
        except Exception as error:
            self.qr_failed.emit(as_bili_error(error))

    @Slot(object, str)
    def on_qr_poll(self, service: ServiceConfig, key: str) -> None:
        try:
            with self._client(service, None) as client:
                self.qr_polled.emit(key, client.qr_poll(key))
        except Exception as error:
            self.qr_failed.emit(as_bili_error(error))

    @Slot(object)
    def on_sign_out(self, service: ServiceConfig) -> None:
        try:
            with self._client(service, service.credentials) as client:
                client.sign_out()
        except Exception as error:
            self.signed_out_remotely.emit(as_bili_error(error))
        else:
            self.signed_out_remotely.emit(None)

    @Slot(object, object)
    def on_renew(self, service: ServiceConfig, make_store: Callable[[], CredentialStore]) -> None:
        """Renew a QR sign-in if due (gui/bili/cookie_refresh.py), keeping the new one in the
        keyring before the old one is ended; another process's renewal is adopted instead."""
        old = service.credentials
        try:
            store = make_store()
            with self._client(service, old) as client:
                new = renew_shared(client, store.load, store.save, lock_path_for(store.entry))
        except Exception as error:
            self.renew_failed.emit(old, as_bili_error(error))
        else:
            self.renewed.emit(old, new)

    @Slot(object, str)
    def on_avatar(self, service: ServiceConfig, url: str) -> None:
        try:
            with self._client(service, None) as client:
                self.avatar_ready.emit(url, client.fetch_image(url))
        except Exception:  # noqa: S110
            pass  # no picture: the name is shown alone
