"""The credential store against a real Secret Service (gnome-keyring under D-Bus) and without."""

from __future__ import annotations

import os
import uuid

import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from gui.bili.credentials import Credentials
from gui.store.credential_store import SERVICE, CredentialStore, CredentialStoreError

CREDS = Credentials("fake-sess%2C1%2Cx*y", "fake-jct", "4242", refresh_token="fake-refresh")


def secret_service() -> KeyringBackend:
    """The real Secret Service backend; CI must have one, elsewhere the test is skipped."""
    from keyring.backends import SecretService

    try:
        if SecretService.Keyring.priority >= 1:
            return SecretService.Keyring()
    except Exception as exc:  # no D-Bus session or no Secret Service on it
        reason = f"no Secret Service: {exc}"
    else:
        reason = "Secret Service priority too low"
    if os.environ.get("CI"):
        pytest.fail(f"CI must provide a Secret Service ({reason})")
    pytest.skip(reason)


def test_round_trip_in_real_secret_service() -> None:
    backend = secret_service()
    store = CredentialStore(backend)
    assert store.persistent
    assert store.where().startswith("System keyring (")
    store.save(CREDS)
    raw = backend.get_password(SERVICE, "account")
    assert raw is not None
    assert "fake-refresh" in raw
    assert CredentialStore(backend).load() == CREDS  # a new store (a new run) reads it back
    store.delete()
    assert backend.get_password(SERVICE, "account") is None
    assert store.load() is None
    store.delete()  # deleting twice is fine


def test_no_keyring_keeps_credentials_in_memory_only() -> None:
    backend = fail.Keyring()
    store = CredentialStore(backend)
    assert not store.persistent
    assert store.where() == "This session only: no system keyring found"
    assert store.load() is None
    store.save(CREDS)
    assert store.load() == CREDS
    assert CredentialStore(backend).load() is None  # the next run has nothing
    store.delete()
    assert store.load() is None


class BrokenKeyring(KeyringBackend):
    priority = 5
    name = f"broken-{uuid.uuid4().hex[:6]}"

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("no")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringError("no")


def test_keyring_errors_become_clear_messages_without_secrets() -> None:
    store = CredentialStore(BrokenKeyring())
    for action in (store.load, lambda: store.save(CREDS), store.delete):
        with pytest.raises(CredentialStoreError) as caught:
            action()
        assert "keyring" in str(caught.value)
        for secret in CREDS.secret_values():
            assert secret not in str(caught.value)


def test_unreadable_entry_is_ignored() -> None:
    backend = fail.Keyring()
    store = CredentialStore(backend)

    class Garbage(KeyringBackend):
        priority = 5

        def get_password(self, service: str, username: str) -> str | None:
            return "{not json"

        def set_password(self, service: str, username: str, password: str) -> None: ...

        def delete_password(self, service: str, username: str) -> None: ...

    assert CredentialStore(Garbage()).load() is None
    assert store.load() is None


def test_a_keychain_deny_is_said_as_a_refusal_not_as_a_locked_keyring() -> None:
    from gui.store.credential_store import read_failure

    class KeychainError(Exception):
        pass

    denied = read_failure(
        KeychainError("Can't get password from keychain: (-128, 'User canceled the operation.')")
    )
    assert "refused" in denied
    assert "Allow" in denied
    locked = read_failure(KeychainError("locked"))
    assert "Unlock it" in locked
