"""Keyring reads and writes on their own thread: they can block on an unlock prompt."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from gui.bili.credentials import Credentials
from gui.store.credential_store import CredentialStore


class KeyringWorker(QObject):
    """Owns the CredentialStore, built on the worker thread (finding a backend can be slow).

    Signals:
        ready(persistent, backend_name): the store is known.
        loaded(Credentials | None)
        reloaded(Credentials | None): the entry read again (another process may have renewed it)
        saved(Credentials)
        deleted()
        failed(action): "load", "save" or "delete" did not work
    """

    ready = Signal(bool, str)
    loaded = Signal(object)
    reloaded = Signal(object)
    saved = Signal(object)
    deleted = Signal()
    failed = Signal(str)

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
        try:
            self.reloaded.emit(self._the_store().load())
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
