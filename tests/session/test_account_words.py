"""Where a sign-in is kept, in the words the user knows the place by."""

from __future__ import annotations

from gui.session.account import keyring_words


def test_the_system_keyrings_are_named_as_their_systems_name_them() -> None:
    assert keyring_words("SecretService Keyring") == "System keyring (Secret Service)"
    assert keyring_words("macOS Keyring") == "macOS Keychain"
    assert keyring_words("Windows WinVaultKeyring") == "Windows Credential Manager"
    assert keyring_words("Memory Keyring") == "System keyring (Memory Keyring)"
