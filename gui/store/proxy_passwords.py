"""A hand-given proxy's password in the OS keyring, one entry per proxy and user; never in the
settings file. Called from the keyring worker thread, as the credential store is."""

from __future__ import annotations

import contextlib

import keyring.errors
from keyring.backend import KeyringBackend

from gui.bili.proxy import Proxy
from gui.store.credential_store import SERVICE


def entry_of(proxy: Proxy) -> str:
    return f"proxy {proxy.user}@{proxy.url}"


class ProxyPasswords:
    def __init__(self, backend: KeyringBackend) -> None:
        self._backend = backend

    def load(self, proxy: Proxy) -> Proxy:
        """The proxy with its stored password (unchanged when none is stored)."""
        if not proxy.user:
            return proxy
        password = self._backend.get_password(SERVICE, entry_of(proxy))
        return proxy.with_password(password) if password else proxy

    def save(self, proxy: Proxy) -> None:
        """Keep the password; an empty one removes the entry."""
        if not proxy.user:
            return
        if proxy.password:
            self._backend.set_password(SERVICE, entry_of(proxy), proxy.password)
            return
        with contextlib.suppress(keyring.errors.PasswordDeleteError):  # nothing stored
            self._backend.delete_password(SERVICE, entry_of(proxy))
