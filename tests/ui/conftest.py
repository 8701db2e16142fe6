"""The window under test: real widgets, real worker threads, the emulator over loopback."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import QSettings

from gui.bili.origins import ServiceOrigins
from gui.bili.retry import RetryPolicy
from gui.common.settings import ManyFiles, Settings
from gui.emulator.server import Emulator
from gui.session.session import Session
from gui.store.credential_store import CredentialStore
from gui.store.history import History
from gui.ui.main_window import MainWindow


class FakeClock:
    """The window's clock, moved by tests instead of waiting."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += timedelta(seconds=seconds)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def open_window(
    qtbot,
    settings: Settings,
    emulator: Emulator,
    *,
    demo: bool = True,
    clock: FakeClock | None = None,
    store: CredentialStore | None = None,
    history: History | None = None,
    show: bool = True,
) -> MainWindow:
    """A window on a started session, wired as the launcher wires it (closing it shuts the
    session down), with fast retries."""
    session = Session(settings, demo=demo, clock=clock or FakeClock())
    session.queue.retry_policy = RetryPolicy(attempts=3, base_delay=0.05, max_delay=0.2)
    session.monitor.first_retry = 0.2
    window = MainWindow(session)
    window.confirm = lambda title, text: True
    window.ask_how_to_send = lambda title, text: ManyFiles.EACH
    window.closed.connect(session.shutdown)
    qtbot.addWidget(window)
    if show:
        window.show()
    session.start(
        origins=ServiceOrigins.single(emulator.base_url),
        demo_credentials=emulator.demo_credentials if demo else None,
        history=history,
        make_store=lambda: store or CredentialStore(fail.Keyring()),
    )
    return window


@pytest.fixture
def history(tmp_path: Path) -> Iterator[History]:
    history = History(tmp_path / "history.sqlite3")
    yield history
    history.close()


@pytest.fixture
def window(
    qtbot, emulator: Emulator, settings: Settings, clock: FakeClock, history: History
) -> Iterator[MainWindow]:
    window = open_window(qtbot, settings, emulator, clock=clock, history=history)
    yield window
    window.session.shutdown()
