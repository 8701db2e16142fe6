"""Signing in and out in the window: pasted cookies, the keyring, the account area."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from keyring.backends import fail

from gui.emulator import Emulator
from gui.store.credential_store import CredentialStore
from gui.ui.main_window import MainWindow
from gui.ui.settings import Settings
from gui.ui.sign_in_dialog import SignInDialog
from gui.workers.connection_state import ConnectionState
from tests.store.test_credential_store import secret_service
from tests.ui.conftest import make_services

WAIT = 10_000


def open_real_window(
    qtbot, emulator: Emulator, settings: Settings, store: CredentialStore
) -> MainWindow:
    window = MainWindow(settings, demo=False)
    window.confirm = lambda title, text: True
    qtbot.addWidget(window)
    window.show()
    window.attach(make_services(window, settings, emulator, demo=False, store=store))
    return window


@pytest.fixture
def memory_store() -> CredentialStore:
    return CredentialStore(fail.Keyring())


@pytest.fixture
def signed_out_window(
    qtbot, emulator: Emulator, settings: Settings, memory_store: CredentialStore
) -> Iterator[MainWindow]:
    window = open_real_window(qtbot, emulator, settings, memory_store)
    yield window
    window.services.shutdown()  # type: ignore[union-attr]


def dialog_of(qtbot, window: MainWindow) -> SignInDialog:
    qtbot.waitUntil(lambda: window.findChild(SignInDialog) is not None, timeout=WAIT)
    dialog = window.findChild(SignInDialog)
    assert dialog is not None
    return dialog


def test_no_stored_account_opens_sign_in(
    qtbot, signed_out_window: MainWindow, emulator: Emulator, memory_store: CredentialStore
) -> None:
    window = signed_out_window
    dialog = dialog_of(qtbot, window)
    assert dialog.isVisible()
    assert window.account.who.text() == "Not signed in"
    qtbot.waitUntil(lambda: window.indicator.state is ConnectionState.SIGNED_OUT, timeout=WAIT)
    assert "This session only: no system keyring found" in window.account.where.text()

    cookie = emulator.sign_in().cookie_header()
    dialog.cookie_edit.setPlainText(f"Cookie: buvid3=xyz; {cookie}; sid=abc")
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        dialog.sign_in_button.click()
    assert window.account.who.text().startswith("Signed in · mid 20261129")
    assert window.account.button.text() == "Sign out"
    qtbot.waitUntil(lambda: window.indicator.state is ConnectionState.ONLINE, timeout=WAIT)
    assert memory_store.load() is not None  # kept in memory for this run


def test_missing_cookie_is_named_and_nothing_sent(qtbot, signed_out_window: MainWindow) -> None:
    dialog = dialog_of(qtbot, signed_out_window)
    dialog.cookie_edit.setPlainText("SESSDATA=abc; DedeUserID=5")
    dialog.sign_in_button.click()
    assert "bili_jct" in dialog.status.text()
    assert dialog.isVisible()
    assert dialog.sign_in_button.isEnabled()


def test_signed_out_cookie_is_rejected(
    qtbot, signed_out_window: MainWindow, emulator: Emulator
) -> None:
    stale = emulator.sign_in()
    emulator.revoke(stale)
    dialog = dialog_of(qtbot, signed_out_window)
    dialog.cookie_edit.setPlainText(stale.cookie_header())
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: "signed out or expired" in dialog.status.text(), timeout=WAIT)
    assert dialog.isVisible()
    assert signed_out_window.services.credentials is None  # type: ignore[union-attr]


def test_keyring_round_trip_through_the_window(
    qtbot, emulator: Emulator, settings: Settings
) -> None:
    backend = secret_service()
    store = CredentialStore(backend)
    store.delete()
    credentials = emulator.sign_in()
    store.save(credentials)

    window = open_real_window(qtbot, emulator, settings, CredentialStore(backend))
    services = window.services
    assert services is not None
    qtbot.waitUntil(lambda: services.credentials == credentials, timeout=WAIT)
    assert window.account.where.text().startswith("· System keyring (")
    qtbot.waitUntil(lambda: window.indicator.state is ConnectionState.ONLINE, timeout=WAIT)

    with qtbot.waitSignal(services.keyring_updated, timeout=WAIT):
        window.sign_out_action.trigger()
    assert store.load() is None
    assert window.account.who.text() == "Not signed in"
    qtbot.waitUntil(lambda: window.indicator.state is ConnectionState.SIGNED_OUT, timeout=WAIT)
    services.shutdown()
