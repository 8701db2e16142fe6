"""Starting the app: the demo's services come up after the window, on the embedded emulator."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from gui.app import Launcher
from gui.common.settings import Settings
from gui.session.upload_item import UploadState
from gui.store.history import History
from tests.conftest import wait_until


def test_demo_forgets_dead_links_but_keeps_unfinished_files(qtbot, qapp, tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    history = History(path)
    now = datetime.now(UTC)
    history.record(
        tmp_path / "old.txt",
        3,
        "",
        "k.txt",
        "http://127.0.0.1:1/k.txt",
        now,
        now + timedelta(minutes=10),
    )
    unfinished = tmp_path / "unfinished.bin"
    unfinished.write_bytes(b"data")
    history.add_pending(unfinished)
    history.close()

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    launcher = Launcher(qapp, demo=True, settings=settings, history_file=path)
    qtbot.addWidget(launcher.window)
    launcher.window.confirm = lambda title, text: True
    launcher.start_services()  # what the first paint starts
    qtbot.waitUntil(lambda: launcher.session.running, timeout=10_000)
    try:
        assert launcher.history is not None
        assert launcher.history.entries() == []  # that emulator is gone: its links are dead
        rows = launcher.window.model.items()
        assert [(r.path, r.state) for r in rows] == [(unfinished, UploadState.INTERRUPTED)]
        assert launcher.emulator is not None
        assert launcher.session.origins is not None
        assert launcher.session.origins.customerservice == launcher.emulator.base_url
    finally:
        launcher.shutdown()


@pytest.mark.skipif(os.name != "posix", reason="SIGTERM")
@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_demo_ends_cleanly_on_a_signal(tmp_path: Path, stop: int) -> None:
    """A logout's SIGTERM (or Ctrl+C) ends the app like Quit: no emulator folder left over."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {
        **os.environ,
        "TMPDIR": str(temp),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "gui.cli", "--demo"],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        wait_until(lambda: any(temp.glob("bilidrop-emu-*/")), timeout=30)
        process.send_signal(stop)
        _, err = process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode == 0, err
    assert b"Traceback" not in err
    assert list(temp.glob("bilidrop-emu-*")) == []
