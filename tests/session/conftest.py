"""A started session without a window: the queue, the model and the workers, on the emulator."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import QSettings

from gui.bili.origins import ServiceOrigins
from gui.bili.retry import RetryPolicy
from gui.common.settings import Settings
from gui.emulator.server import Emulator
from gui.session.session import Session
from gui.store.credential_store import CredentialStore


@pytest.fixture
def session(qtbot, emulator: Emulator, tmp_path: Path) -> Iterator[Session]:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    session = Session(settings, demo=True)
    session.queue.retry_policy = RetryPolicy(attempts=3, base_delay=0.05, max_delay=0.2)
    session.start(
        origins=ServiceOrigins.single(emulator.base_url),
        demo_credentials=emulator.demo_credentials,
        make_store=lambda: CredentialStore(fail.Keyring()),
    )
    yield session
    session.shutdown()
