"""Sign-ins that last: renewal in a running session, pasted sessions, several processes."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from gui.bili.client import BiliClient
from gui.bili.cookie_refresh import COOKIE_REFRESH_PATH, lock_path_for, renew_shared
from gui.bili.credentials import Credentials
from gui.bili.errors import NotSignedIn
from gui.bili.origins import ServiceOrigins
from gui.common.settings import Settings
from gui.emulator.accounts import Ageing
from gui.emulator.server import Emulator
from gui.session.session import Session
from gui.session.upload_item import UploadState
from gui.store.credential_store import CredentialStore
from tests.conftest import MemoryKeyring

MakeFile = Callable[..., Path]
WAIT = 10_000


@pytest.fixture
def ageing() -> Iterator[Emulator]:
    with Emulator(ageing=Ageing(refresh_after=100)) as emulator:
        yield emulator


def start_session(
    tmp_path: Path, emulator: Emulator, backend: MemoryKeyring, credentials: Credentials
) -> Session:
    CredentialStore(backend).save(credentials)
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    session = Session(settings)
    session.start(
        origins=ServiceOrigins.single(emulator.base_url),
        make_store=lambda: CredentialStore(backend),
    )
    return session


def works(emulator: Emulator, credentials: Credentials) -> bool:
    with BiliClient(credentials, ServiceOrigins.single(emulator.base_url)) as client:
        try:
            client.heartbeat()
        except NotSignedIn:
            return False
    return True


def test_a_due_qr_sign_in_is_renewed_while_an_upload_runs(
    qtbot, ageing: Emulator, tmp_path: Path, make_file: MakeFile
) -> None:
    backend = MemoryKeyring()
    old = ageing.sign_in(via_qr=True)
    session = start_session(tmp_path, ageing, backend, old)
    notices: list[str] = []
    session.notice.connect(notices.append)
    try:
        account = session.account
        qtbot.waitUntil(lambda: account.account is not None, timeout=WAIT)  # checked, not due
        ageing.faults.add("throttle", 256 * 1024, endpoint="upload")
        [item] = session.queue.add_paths([make_file("long.bin", size=1 << 20)])
        qtbot.waitUntil(lambda: item.sent > 0, timeout=WAIT)
        ageing.clock.advance(101)
        account.renew()
        qtbot.waitUntil(lambda: account.credentials != old, timeout=WAIT)
        new = account.credentials
        assert new is not None
        assert CredentialStore(backend).load() == new  # kept in the keyring
        assert not works(ageing, old)  # confirmed
        assert "Sign-in renewed" in notices
        qtbot.waitUntil(lambda: item.state is UploadState.DONE, timeout=WAIT)
    finally:
        session.shutdown()


def test_a_dead_pasted_session_says_its_browser_renewed_it(
    qtbot, tmp_path: Path, make_file: MakeFile
) -> None:
    with Emulator(ageing=Ageing(browser_renews_after=50)) as emulator:
        backend = MemoryKeyring()
        pasted = emulator.sign_in()
        session = start_session(tmp_path, emulator, backend, pasted)
        reasons: list[str] = []
        session.account.needs_sign_in.connect(reasons.append)
        try:
            qtbot.waitUntil(lambda: session.account.account is not None, timeout=WAIT)
            emulator.clock.advance(51)
            session.queue.add_paths([make_file()])
            qtbot.waitUntil(lambda: bool(reasons), timeout=WAIT)
            assert "the browser it came from renewed or ended it" in reasons[0]
            assert "QR code" in reasons[0]
            assert not any(r.path == COOKIE_REFRESH_PATH for r in emulator.requests)
        finally:
            session.shutdown()


def test_a_second_process_picks_up_renewed_cookies_from_the_keyring(
    qtbot, ageing: Emulator, tmp_path: Path, make_file: MakeFile
) -> None:
    backend = MemoryKeyring()
    old = ageing.sign_in(via_qr=True)
    session = start_session(tmp_path, ageing, backend, old)
    try:
        qtbot.waitUntil(lambda: session.account.account is not None, timeout=WAIT)
        ageing.clock.advance(101)
        store = CredentialStore(backend)  # "another BiliDrop" renews the shared sign-in,
        with BiliClient(old, ServiceOrigins.single(ageing.base_url)) as other:  # as one does:
            # under the lock every BiliDrop shares (this session may be renewing right now)
            renewed = renew_shared(other, store.load, store.save, lock_path_for(store.entry))
        assert renewed is not None
        reasons: list[str] = []
        session.account.needs_sign_in.connect(reasons.append)
        [item] = session.queue.add_paths([make_file()])  # -101 with the old cookie
        qtbot.waitUntil(lambda: item.state is UploadState.DONE, timeout=WAIT)
        assert session.account.credentials == renewed
        assert reasons == []  # never reported as signed out
    finally:
        session.shutdown()


def test_two_processes_asked_to_renew_at_once_renew_once(ageing: Emulator, tmp_path: Path) -> None:
    backend = MemoryKeyring()
    old = ageing.sign_in(via_qr=True)
    CredentialStore(backend).save(old)
    ageing.clock.advance(101)
    lock = tmp_path / "renew.lock"
    start = threading.Barrier(2)
    results: list[Credentials | None] = []

    def one_process() -> None:
        store = CredentialStore(backend)
        with BiliClient(old, ServiceOrigins.single(ageing.base_url)) as client:
            start.wait()
            results.append(renew_shared(client, store.load, store.save, lock))

    threads = [threading.Thread(target=one_process) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(1 for r in ageing.requests if r.path == COOKIE_REFRESH_PATH) == 1
    assert results[0] is not None
    assert results[0] == results[1]  # the second adopted the first's renewal
    assert works(ageing, results[0])
