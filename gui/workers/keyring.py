"""Keyring reads and writes on their own thread: they can block on an unlock prompt."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from gui.bili.cookie_refresh import load_after_renewals, lock_path_for
from gui.bili.credentials import Credentials
from gui.bili.proxy import Proxy
from gui.store.credential_store import CredentialStore

if TYPE_CHECKING:
    from gui.store.proxy_passwords import ProxyPasswords


class KeyringWorker(QObject):
    """Owns the CredentialStore, built on the worker thread (finding a backend can be slow).

    Signals:
        ready(persistent, backend_name): the store is known.
        loaded(Credentials | None)
        reloaded(Credentials | None): the entry read again (another process may have renewed it)
        saved(Credentials)
        deleted()
        failed(action): "load", "save" or "delete" did not work
        proxy_loaded(Proxy): a hand-given proxy with its stored password, if any
    """

    ready = Signal(bool, str)
    loaded = Signal(object)
    reloaded = Signal(object)
    saved = Signal(object)
    deleted = Signal()
    failed = Signal(str)
    proxy_loaded = Signal(object)

    def __init__(self, make_store: Callable[[], CredentialStore] = CredentialStore) -> None:
        super().__init__()
        self._make_store = make_store
        self._store: CredentialStore | None = None

    def _the_store(self) -> CredentialStore:
        if self._store is None:
            self._store = self._make_store()
            self.ready.emit(self._store.persistent, self._store.backend_name)
        return self._store

    @Slot()
    def on_load(self) -> None:
        try:
            self.loaded.emit(self._the_store().load())
        except Exception:
            self.failed.emit("load")
            self.loaded.emit(None)

    @Slot()
    def on_reload(self) -> None:
        """Read the stored sign-in again (after a -101), once no BiliDrop is renewing it."""
        try:
            store = self._the_store()
            self.reloaded.emit(load_after_renewals(store.load, lock_path_for(store.entry)))
        except Exception:
            self.reloaded.emit(None)

    @Slot(object)
    def on_save(self, credentials: Credentials) -> None:
        try:
            self._the_store().save(credentials)
        except Exception:
            self.failed.emit("save")
        self.saved.emit(credentials)

    @Slot()
    def on_delete(self) -> None:
        try:
            self._the_store().delete()
        except Exception:
            self.failed.emit("delete")
        self.deleted.emit()

    def _proxy_passwords(self) -> ProxyPasswords | None:
        from gui.store.proxy_passwords import ProxyPasswords

        backend = self._the_store().backend
        return ProxyPasswords(backend) if backend is not None else None

    @Slot(object)
    def on_load_proxy(self, proxy: Proxy) -> None:
        try:
            passwords = self._proxy_passwords()
            self.proxy_loaded.emit(passwords.load(proxy) if passwords else proxy)
        except Exception:
            self.failed.emit("load")
            self.proxy_loaded.emit(proxy)

    @Slot(object)
    def on_save_proxy(self, proxy: Proxy) -> None:
        try:
            passwords = self._proxy_passwords()
            if passwords is not None:
                passwords.save(proxy)
        except Exception:
            self.failed.emit("save")
