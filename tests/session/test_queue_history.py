"""The queue's bookkeeping when the history fails: links still reach the rows."""

from __future__ import annotations

import errno
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import QSettings

from gui.bili.origins import ServiceOrigins
from gui.common.settings import Settings
from gui.emulator.server import Emulator
from gui.session.session import Session
from gui.session.upload_item import UploadState
from gui.store.credential_store import CredentialStore
from gui.store.history import History

MakeFile = Callable[..., Path]
WAIT = 10_000


@pytest.fixture
def full_disk_history(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[History]:
    history = History(tmp_path / "history.sqlite3")

    def full(*args: object, **kwargs: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(history, "record", full)
    monkeypatch.setattr(history, "add_pending", full)
    yield history
    history.close()


def test_a_full_disk_never_keeps_a_link_from_its_row(
    qtbot, emulator: Emulator, full_disk_history: History, make_file: MakeFile, tmp_path: Path
) -> None:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    session = Session(settings, demo=True)
    notices: list[str] = []
    session.notice.connect(notices.append)
    session.start(
        origins=ServiceOrigins.single(emulator.base_url),
        demo_credentials=emulator.demo_credentials,
        make_store=lambda: CredentialStore(fail.Keyring()),
        history=full_disk_history,
    )
    try:
        first, second = session.queue.add_paths([make_file("a.txt"), make_file("b.txt")])
        qtbot.waitUntil(
            lambda: first.state is UploadState.DONE and second.state is UploadState.DONE,
            timeout=WAIT,
        )
        assert first.url.startswith(emulator.base_url)
        history_notices = [n for n in notices if "history" in n]
        assert history_notices == [
            "The history could not be saved (the disk is full); links still work."
        ]
    finally:
        session.shutdown()
