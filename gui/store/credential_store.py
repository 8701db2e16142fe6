"""The account's cookies in the OS keyring, as one entry; in memory when there is no keyring.

Keyring calls can block (an unlock prompt), so the app calls this from a worker thread; one
lock serialises them. Nothing here ever writes credentials in plain text.
"""

from __future__ import annotations

import json
import logging
import threading

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import fail

from gui.bili.credentials import Credentials, CredentialsError

SERVICE = "bilidrop"
ENTRY = "account"

log = logging.getLogger(__name__)


class CredentialStoreError(Exception):
    """The keyring refused or failed; the message says what to do (never holds secrets)."""


# macOS's "User canceled the operation" (errSecUserCanceled) and "interaction not allowed",
# and the Secret Service's dismissed prompt: the user said no, the keyring did not fail.
REFUSALS = ("-128", "-25308", "user canceled", "cancelled", "dismissed")


def read_failure(exc: Exception) -> str:
    """What a keyring read that did not work means, and what to do (never the secret)."""
    said = f"{type(exc).__name__} {exc}".lower()
    if any(refusal in said for refusal in REFUSALS):
        return (
            "BiliDrop was refused access to the system keyring (Deny was chosen). To allow "
            "it, sign in again and choose Allow or Always Allow; on macOS, Keychain Access "
            "shows the BiliDrop entry and who may read it."
        )
    return f"The system keyring could not be read ({type(exc).__name__}). Unlock it and try again."


def entry_for(custom_origin: str | None) -> str:
    """The keyring entry: one for the real services, one per other origin (an emulator's
    sign-in never replaces the real account's)."""
    return ENTRY if custom_origin is None else f"{ENTRY}@{custom_origin}"


def _usable(backend: KeyringBackend) -> bool:
    if isinstance(backend, fail.Keyring):
        return False
    try:
        return float(backend.priority) >= 1
    except Exception:  # a backend whose priority check itself fails is not usable
        return False


class CredentialStore:
    """Load, save and delete the one credentials entry.

    Attributes:
        persistent: True when a usable system keyring holds the entry; False when the
            credentials live in this process's memory only.
    """

    def __init__(self, backend: KeyringBackend | None = None, entry: str = ENTRY) -> None:
        self._backend = backend if backend is not None else keyring.get_keyring()
        self._entry = entry
        self.persistent = _usable(self._backend)
        self._memory: Credentials | None = None
        self._lock = threading.Lock()

    @property
    def entry(self) -> str:
        return self._entry

    @property
    def backend(self) -> KeyringBackend | None:
        """The system keyring, or None when there is none (secrets live in memory then)."""
        return self._backend if self.persistent else None

    @property
    def backend_name(self) -> str:
        """The keyring backend's own name, e.g. "SecretService Keyring"."""
        return str(self._backend.name)

    def where(self) -> str:
        """Where the credentials are kept, in words (the window translates its own)."""
        if self.persistent:
            return f"System keyring ({self.backend_name})"
        return "This session only: no system keyring found"

    def load(self) -> Credentials | None:
        with self._lock:
            if not self.persistent:
                return self._memory
            try:
                text = self._backend.get_password(SERVICE, self._entry)
            except Exception as exc:  # backends raise their own kinds too (D-Bus, secretstorage)
                raise CredentialStoreError(read_failure(exc)) from None
        if not text:
            return None
        try:
            return Credentials.from_dict(json.loads(text))
        except (ValueError, TypeError, CredentialsError):
            log.warning("the stored credentials entry is unreadable; ignoring it")
            return None

    def save(self, credentials: Credentials) -> None:
        with self._lock:
            if not self.persistent:
                self._memory = credentials
                return
            try:
                self._backend.set_password(SERVICE, self._entry, json.dumps(credentials.to_dict()))
            except Exception as exc:
                raise CredentialStoreError(
                    f"The system keyring refused to store the sign-in ({type(exc).__name__}). "
                    "It is kept for this session only."
                ) from None

    def delete(self) -> None:
        with self._lock:
            self._memory = None
            if not self.persistent:
                return
            try:
                self._backend.delete_password(SERVICE, self._entry)
            except keyring.errors.PasswordDeleteError:
                pass  # nothing stored: already signed out
            except Exception as exc:
                raise CredentialStoreError(
                    f"The system keyring could not delete the sign-in ({type(exc).__name__})."
                ) from None
