"""Signing in and out in the window: pasted cookies, the keyring, the account area."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from keyring.backends import fail

from gui.bili.client import BiliClient
from gui.bili.errors import NotSignedIn
from gui.bili.origins import ServiceOrigins
from gui.common.settings import Settings
from gui.emulator.accounts import Account
from gui.emulator.server import Emulator
from gui.session.commands import Command
from gui.session.connection_state import ConnectionState
from gui.store.credential_store import CredentialStore
from gui.ui.main_window import MainWindow
from gui.ui.sign_in_dialog import SignInDialog
from tests.store.test_credential_store import secret_service
from tests.ui.conftest import open_window

WAIT = 10_000


def open_real_window(
    qtbot, emulator: Emulator, settings: Settings, store: CredentialStore
) -> MainWindow:
    return open_window(qtbot, settings, emulator, demo=False, store=store)


@pytest.fixture
def memory_store() -> CredentialStore:
    return CredentialStore(fail.Keyring())


@pytest.fixture
def signed_out_window(
    qtbot, emulator: Emulator, settings: Settings, memory_store: CredentialStore
) -> Iterator[MainWindow]:
    window = open_real_window(qtbot, emulator, settings, memory_store)
    yield window
    window.session.shutdown()


def dialog_of(qtbot, window: MainWindow) -> SignInDialog:
    qtbot.waitUntil(lambda: window.findChild(SignInDialog) is not None, timeout=WAIT)
    dialog = window.findChild(SignInDialog)
    assert dialog is not None
    dialog.poll_timer.setInterval(20)  # poll quickly: the emulator is on this machine
    return dialog


def shown_key(qtbot, dialog: SignInDialog) -> str:
    qtbot.waitUntil(lambda: bool(dialog._key), timeout=WAIT)
    return dialog._key


def test_no_stored_account_opens_sign_in(
    qtbot, signed_out_window: MainWindow, emulator: Emulator, memory_store: CredentialStore
) -> None:
    window = signed_out_window
    dialog = dialog_of(qtbot, window)
    assert dialog.isVisible()
    assert window.account.name == "Not signed in"
    qtbot.waitUntil(lambda: window.indicator.state is ConnectionState.SIGNED_OUT, timeout=WAIT)
    assert "This session only: no system keyring found" in window.account.toolTip()

    cookie = emulator.sign_in().cookie_header()
    dialog.cookie_edit.setPlainText(f"Cookie: buvid3=xyz; {cookie}; sid=abc")
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        dialog.sign_in_button.click()
    assert window.account.name == "BiliDrop 演示账号"
    assert window.account.text() == "BiliDrop 演示账号"
    assert window.account.sign_out_action.isEnabled()
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
    qtbot.waitUntil(lambda: "signed out or has expired" in dialog.status.text(), timeout=WAIT)
    assert dialog.isVisible()
    assert signed_out_window.session.account.credentials is None


def test_keyring_round_trip_through_the_window(
    qtbot, emulator: Emulator, settings: Settings
) -> None:
    backend = secret_service()
    store = CredentialStore(backend)
    store.delete()
    credentials = emulator.sign_in(via_qr=True)
    store.save(credentials)

    window = open_real_window(qtbot, emulator, settings, CredentialStore(backend))
    account = window.session.account
    qtbot.waitUntil(lambda: account.credentials == credentials, timeout=WAIT)
    assert window.account.where.text().startswith("Sign-in kept: System keyring (")
    qtbot.waitUntil(lambda: window.indicator.state is ConnectionState.ONLINE, timeout=WAIT)

    with qtbot.waitSignal(window.session.account.keyring_updated, timeout=WAIT):
        window.commands[Command.SIGN_OUT].trigger()
    assert store.load() is None
    assert window.account.name == "Not signed in"
    qtbot.waitUntil(lambda: window.indicator.state is ConnectionState.SIGNED_OUT, timeout=WAIT)
    window.session.shutdown()


def test_qr_sign_in_in_the_window(
    qtbot, signed_out_window: MainWindow, emulator: Emulator, memory_store: CredentialStore, caplog
) -> None:
    caplog.set_level(logging.DEBUG)
    window = signed_out_window
    dialog = dialog_of(qtbot, window)
    key = shown_key(qtbot, dialog)
    assert dialog.qr.text.endswith(f"qrcode_key={key}&from=")
    qtbot.waitUntil(lambda: dialog.qr_state.text().startswith("Scan with"), timeout=WAIT)
    assert "works for 3 minutes" in dialog.qr_state.text()

    emulator.qr.scan(key)
    qtbot.waitUntil(
        lambda: dialog.qr_state.text() == "Scanned: confirm on your phone.", timeout=WAIT
    )
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        emulator.qr.confirm(key, Account(mid=4242, uname="扫码用户"))
    qtbot.waitUntil(lambda: not window.account.icon().isNull(), timeout=WAIT)
    assert window.account.name == "扫码用户"
    credentials = memory_store.load()
    assert credentials is not None
    assert credentials.mid == 4242
    qtbot.waitUntil(lambda: window.indicator.state is ConnectionState.ONLINE, timeout=WAIT)
    for secret in credentials.secret_values():
        assert secret not in caplog.text


def test_expired_code_is_replaced(qtbot, signed_out_window: MainWindow, emulator: Emulator) -> None:
    dialog = dialog_of(qtbot, signed_out_window)
    first = shown_key(qtbot, dialog)
    emulator.clock.advance(181)
    qtbot.waitUntil(lambda: dialog._key not in ("", first), timeout=WAIT)
    assert dialog.qr.text.endswith(f"qrcode_key={dialog._key}&from=")


def test_polling_stops_when_the_dialog_closes(qtbot, signed_out_window: MainWindow) -> None:
    dialog = dialog_of(qtbot, signed_out_window)
    shown_key(qtbot, dialog)
    with qtbot.waitSignal(dialog.poll_requested, timeout=WAIT):
        pass
    dialog.reject()
    assert not dialog.poll_timer.isActive()
    account = signed_out_window.session.account
    with qtbot.assertNotEmitted(account._qr_poll, wait=300):  # nothing asks the worker now
        pass


def test_stale_stored_sign_in_is_reported(qtbot, emulator: Emulator, settings: Settings) -> None:
    stale = emulator.sign_in(via_qr=True)
    emulator.revoke(stale)
    store = CredentialStore(fail.Keyring())
    store.save(stale)
    window = open_real_window(qtbot, emulator, settings, store)
    dialog = dialog_of(qtbot, window)
    assert "no longer valid" in dialog.reason.text()
    assert window.session.queue.paused
    window.session.shutdown()


def test_sign_out_revokes_on_the_server(qtbot, emulator: Emulator, settings: Settings) -> None:
    credentials = emulator.sign_in(via_qr=True)
    store = CredentialStore(fail.Keyring())
    store.save(credentials)
    window = open_real_window(qtbot, emulator, settings, store)
    qtbot.waitUntil(lambda: window.account.name == "BiliDrop 演示账号", timeout=WAIT)
    assert window.commands[Command.SIGN_OUT].isEnabled()
    with qtbot.waitSignal(window.session.account.keyring_updated, timeout=WAIT):
        window.account.sign_out_action.trigger()
    assert store.load() is None
    with BiliClient(credentials, ServiceOrigins.single(emulator.base_url)) as client:
        qtbot.waitUntil(lambda: not session_alive(client), timeout=WAIT)
    window.session.shutdown()


def session_alive(client: BiliClient) -> bool:
    try:
        client.heartbeat()
    except NotSignedIn:
        return False
    return True


def test_demo_signs_out_and_back_in_by_itself(qtbot, settings: Settings) -> None:
    with Emulator(qr_auto=0.1) as emulator:
        window = open_window(qtbot, settings, emulator)
        qtbot.waitUntil(lambda: window.account.name == "BiliDrop 演示账号 (demo)", timeout=WAIT)
        window.commands[Command.SIGN_OUT].trigger()
        assert window.account.name == "Not signed in"
        window.commands[Command.SIGN_IN].trigger()
        dialog = dialog_of(qtbot, window)
        with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
            pass
        qtbot.waitUntil(lambda: window.account.name == "BiliDrop 演示账号 (demo)", timeout=WAIT)
        window.session.shutdown()


@pytest.mark.parametrize("everywhere", [False, True])
def test_signing_out_of_a_pasted_cookie_asks_and_forgets_it_here_by_default(
    qtbot, emulator: Emulator, settings: Settings, everywhere: bool
) -> None:
    pasted = emulator.sign_in()  # a browser's session
    store = CredentialStore(fail.Keyring())
    store.save(pasted)
    window = open_real_window(qtbot, emulator, settings, store)
    asked: list[bool] = []
    window.choose_sign_out = lambda: asked.append(True) or everywhere  # type: ignore[func-returns-value]
    qtbot.waitUntil(lambda: window.account.name == "BiliDrop 演示账号", timeout=WAIT)
    with qtbot.waitSignal(window.session.account.keyring_updated, timeout=WAIT):
        window.commands[Command.SIGN_OUT].trigger()
    assert asked == [True]
    assert store.load() is None
    with BiliClient(pasted, ServiceOrigins.single(emulator.base_url)) as client:
        if everywhere:
            qtbot.waitUntil(lambda: not session_alive(client), timeout=WAIT)
        else:
            assert session_alive(client)  # the browser it came from stays signed in
    said = window.statusBar().currentMessage()
    assert said.startswith("Signed out." if everywhere else "Forgotten on this computer")
    window.session.shutdown()


def test_sign_out_asks_first_and_the_demo_banner_follows(qtbot, window: MainWindow) -> None:
    window.confirm = lambda title, text: False
    window.commands[Command.SIGN_OUT].trigger()
    assert window.session.account.credentials is not None  # "no": still signed in
    assert window.demo_banner is not None
    assert "signed in as a demo account" in window.demo_banner.text()
    window.confirm = lambda title, text: True
    window.commands[Command.SIGN_OUT].trigger()
    assert window.session.account.credentials is None
    assert "signed out of the demo account" in window.demo_banner.text()
