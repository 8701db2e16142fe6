"""Quitting while the service hangs: the heartbeat's and the account's requests under way are
ended, every thread stops, and nothing is destroyed while it runs (a server that never
answers once made a quit take 30 s and end in SIGABRT)."""

from __future__ import annotations

import time
from pathlib import Path

from keyring.backends import fail
from PySide6.QtCore import QSettings

from gui.bili.origins import ServiceOrigins
from gui.common.settings import Settings
from gui.emulator.server import Emulator
from gui.session.session import Session
from gui.store.credential_store import CredentialStore
from gui.workers.threads import still_running
from tests.bili.hostile_server import Connection, HostileServer, head

WAIT = 10_000


def trickles(connection: Connection) -> None:
    """A reply that never ends and never lets a read time out: a byte every 50 ms."""
    connection.sendall(head(Content_Length="100000"))
    for _ in range(600):
        connection.sendall(b" ")
        time.sleep(0.05)


def test_quit_ends_within_two_seconds_while_every_request_hangs(
    qtbot, emulator: Emulator, tmp_path: Path
) -> None:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    session = Session(settings, demo=True)
    with HostileServer(trickles) as server:
        session.start(
            origins=ServiceOrigins.single(server.base_url),
            demo_credentials=emulator.demo_credentials,  # checked (nav) against the server
            make_store=lambda: CredentialStore(fail.Keyring()),
        )
        session.monitor.start()
        qtbot.waitUntil(lambda: session.monitor.in_flight, timeout=WAIT)  # a heartbeat hangs
        started = time.monotonic()
        stopped = session.shutdown()
        took = time.monotonic() - started
    assert stopped  # every thread ended: none left running to be destroyed
    assert not still_running()
    print(f"shut down in {took:.2f} s with the heartbeat and the sign-in check hanging")
