"""`bilidrop FILE...`: the window opens with the files queued, or a running window of the same
kind takes them from a second process; either way they upload like a drop."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from gui.app import Launcher, accept_file_open_events, open_window
from gui.common.settings import Settings
from gui.common.window_options import WindowOptions
from gui.emulator.server import Emulator
from gui.session.upload_item import UploadState
from gui.store.credential_store import CredentialStore
from tests.conftest import MemoryKeyring


@pytest.fixture
def signed_in_store(emulator: Emulator) -> CredentialStore:
    store = CredentialStore(MemoryKeyring())
    store.save(emulator.sign_in())
    return store


@pytest.fixture
def launched(
    qtbot, qapp, emulator: Emulator, settings: Settings, tmp_path: Path, signed_in_store
) -> Iterator[list[Launcher]]:
    launchers: list[Launcher] = []
    yield launchers
    for launcher in launchers:
        launcher.window.confirm = lambda title, text: True
        launcher.window.close()
        launcher.shutdown()


def start(qapp, emulator, settings, tmp_path, store, paths=(), **options) -> Launcher:
    return open_window(
        qapp,
        WindowOptions(origin=emulator.base_url, paths=list(paths), **options),
        settings=settings,
        history_file=tmp_path / "history.sqlite3",
        make_store=lambda: store,
    )


def done_names(launcher: Launcher) -> list[str]:
    return sorted(i.name for i in launcher.window.model.items() if i.state is UploadState.DONE)


def test_a_start_with_files_opens_the_window_with_them_queued(
    qtbot, qapp, emulator, settings, tmp_path, signed_in_store, launched, make_file
) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "b.txt").write_text("b")
    a = make_file("a.txt", data=b"a")
    launcher = start(qapp, emulator, settings, tmp_path, signed_in_store, [a, folder])
    launched.append(launcher)
    assert launcher.window.isVisible()
    launcher.start_services()  # what the first paint starts
    qtbot.waitUntil(lambda: done_names(launcher) == ["a.txt", "photos/b.txt"], timeout=15_000)
    # Queued before the start, they were in the history already: not "interrupted" twice.
    assert len(launcher.window.model.items()) == 2


def test_a_second_process_gives_its_files_to_the_running_window(
    qtbot, qapp, emulator, settings, tmp_path, signed_in_store, launched, make_file
) -> None:
    launcher = start(qapp, emulator, settings, tmp_path, signed_in_store)
    launched.append(launcher)
    launcher.start_services()
    qtbot.waitUntil(lambda: launcher.session.running, timeout=10_000)
    a, b = make_file("a.txt", data=b"a"), make_file("b.txt", data=b"bb")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    second = subprocess.Popen(
        [sys.executable, "-m", "gui.cli", "--api-base", emulator.base_url, str(a), str(b)],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=15_000)
    assert second.returncode == 0, second.stderr.read() if second.stderr else ""
    qtbot.waitUntil(lambda: done_names(launcher) == ["a.txt", "b.txt"], timeout=15_000)
    assert len(launcher.window.model.items()) == 2  # one window took both


@pytest.mark.parametrize("tray", [True, False])
def test_a_minimised_start_shows_the_window_only_without_a_tray(
    qtbot, qapp, emulator, settings, tmp_path, signed_in_store, launched, monkeypatch, tray: bool
) -> None:
    monkeypatch.setattr("gui.app.tray_available", lambda: tray)
    launcher = start(qapp, emulator, settings, tmp_path, signed_in_store, minimized=True)
    launched.append(launcher)
    if tray:
        qtbot.waitUntil(lambda: launcher.session.running, timeout=10_000)  # started unpainted
        assert not launcher.window.isVisible()
    else:
        assert launcher.window.isVisible()


def test_files_opened_by_the_desktop_are_queued(
    qtbot, qapp, emulator, settings, tmp_path, signed_in_store, launched, make_file
) -> None:
    """macOS hands "Open With" files to the running app as file-open events (the filter is
    installed there only: it sees every event)."""
    launcher = start(qapp, emulator, settings, tmp_path, signed_in_store)
    launched.append(launcher)
    accept_file_open_events(qapp, launcher)
    launcher.start_services()
    a = make_file("opened.txt", data=b"hello")
    event = QFileOpenEvent(QUrl.fromLocalFile(str(a)))
    assert event.type() == QEvent.Type.FileOpen
    QApplication.sendEvent(qapp, event)
    qtbot.waitUntil(lambda: done_names(launcher) == ["opened.txt"], timeout=15_000)
