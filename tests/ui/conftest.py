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
from gui.emulator import Emulator
from gui.store.credential_store import CredentialStore
from gui.store.history import History
from gui.ui.main_window import MainWindow
from gui.ui.services import AppServices
from gui.ui.settings import Settings


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


def make_services(
    window: MainWindow,
    settings: Settings,
    emulator: Emulator,
    *,
    demo: bool = True,
    store: CredentialStore | None = None,
    history: History | None = None,
) -> AppServices:
    services = AppServices(
        settings,
        window.model,
        origins=ServiceOrigins.single(emulator.base_url),
        demo_credentials=emulator.demo_credentials if demo else None,
        history=history,
        make_store=lambda: store or CredentialStore(fail.Keyring()),
    )
    services.queue.retry_policy = RetryPolicy(attempts=3, base_delay=0.05, max_delay=0.2)
    services.monitor.first_retry = 0.2
    return services


@pytest.fixture
def history(tmp_path: Path) -> Iterator[History]:
    history = History(tmp_path / "history.sqlite3")
    yield history
    history.close()


@pytest.fixture
def window(
    qtbot, emulator: Emulator, settings: Settings, clock: FakeClock, history: History
) -> Iterator[MainWindow]:
    window = MainWindow(settings, demo=True, clock=clock)
    window.confirm = lambda title, text: True
    qtbot.addWidget(window)
    services = make_services(window, settings, emulator, history=history)
    window.attach(services)
    window.show()
    yield window
    services.shutdown()
