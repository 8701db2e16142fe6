"""Finished uploads land in the history; unfinished ones survive a quit or a crash."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt

from gui.common.settings import Settings
from gui.emulator.server import Emulator
from gui.session.upload_item import UploadState
from gui.store.history import History
from gui.ui.main_window import MainWindow
from tests.ui.conftest import open_window as open_started_window
from tests.ui.window_helpers import drop_files, failure, items, start_slow_upload

MakeFile = Callable[..., Path]
WAIT = 10_000


def open_window(qtbot, emulator: Emulator, settings: Settings, history: History) -> MainWindow:
    return open_started_window(qtbot, settings, emulator, history=history)


def test_finished_upload_is_recorded(
    qtbot, window: MainWindow, history: History, make_file: MakeFile
) -> None:
    source = make_file("clip.mp4", size=70_000)
    drop_files(window, source)
    qtbot.waitUntil(lambda: items(window)[0].state is UploadState.DONE, timeout=WAIT)
    entry = history.entries()[0]
    assert entry.local_path == source
    assert entry.url == items(window)[0].url
    assert entry.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    assert entry.expires_at == items(window)[0].expires_at
    assert history.pending() == []


def test_quit_mid_upload_comes_back_interrupted(
    qtbot,
    window: MainWindow,
    emulator: Emulator,
    settings: Settings,
    history: History,
    make_file: MakeFile,
) -> None:
    source = make_file("long.bin", size=4 << 20)
    start_slow_upload(qtbot, window, emulator, source)
    drop_files(window, make_file("waiting.txt"))  # may still be waiting behind it
    assert window.close()
    assert {p.local_path.name for p in history.pending()} >= {"long.bin"}

    again = open_window(qtbot, emulator, settings, history)
    qtbot.waitUntil(lambda: len(items(again)) >= 1, timeout=WAIT)
    row = next(i for i in items(again) if i.name == "long.bin")
    assert row.state is UploadState.INTERRUPTED
    row_index = again.model.index(again.model.row_of(row.item_id))
    assert "Interrupted: BiliDrop closed" in row_index.data(Qt.ItemDataRole.ToolTipRole)
    again.session.queue.retry(row.item_id)
    qtbot.waitUntil(lambda: row.state is UploadState.DONE, timeout=WAIT)
    assert "long.bin" not in {p.local_path.name for p in history.pending()}
    again.session.shutdown()


def test_interrupted_file_deleted_since_fails_once(
    qtbot, emulator: Emulator, settings: Settings, history: History, tmp_path: Path
) -> None:
    history.add_pending(tmp_path / "gone.bin")
    window = open_window(qtbot, emulator, settings, history)
    qtbot.waitUntil(lambda: len(items(window)) == 1, timeout=WAIT)
    row = items(window)[0]
    assert row.state is UploadState.INTERRUPTED
    window.session.queue.retry(row.item_id)
    assert row.state is UploadState.FAILED
    assert "does not exist" in failure(row)
    assert history.pending() == []  # not back at the next start
    window.session.shutdown()


def test_reupload_of_a_changed_file_says_so(
    qtbot, window: MainWindow, history: History, make_file: MakeFile
) -> None:
    source = make_file("notes.txt", data=b"first version")
    drop_files(window, source)
    qtbot.waitUntil(lambda: items(window)[0].state is UploadState.DONE, timeout=WAIT)
    entry = history.entries()[0]
    source.write_bytes(b"second version")
    window.session.queue.add_paths([entry.local_path], previous_sha256=entry.sha256)
    qtbot.waitUntil(lambda: items(window)[1].state is UploadState.DONE, timeout=WAIT)
    assert items(window)[1].changed
    text = window.model.index(1).data(Qt.ItemDataRole.ToolTipRole)
    assert "changed since its last upload" in text
    unchanged = window.session.queue.add_paths(
        [entry.local_path],
        previous_sha256=history.entries()[0].sha256,
    )
    qtbot.waitUntil(lambda: unchanged[0].state is UploadState.DONE, timeout=WAIT)
    assert not unchanged[0].changed


KILLED_APP = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from gui.app import Launcher, application

app = application(["bilidrop"])
launcher = Launcher(app, demo=True)
big = Path(sys.argv[1])

def go():
    if not launcher.session.running or launcher.emulator is None:
        QTimer.singleShot(20, go)
        return
    launcher.emulator.faults.add("throttle", 64 * 1024, endpoint="upload")
    launcher.window.add_paths([big])
    watch()

def watch():
    rows = launcher.window.model.items()
    if rows and rows[0].sent > 0:
        print("uploading", flush=True)
        return
    QTimer.singleShot(20, watch)

launcher.window.show()
QTimer.singleShot(0, go)
app.exec()
"""


def test_sigkill_mid_upload_leaves_a_readable_database(
    qtbot, tmp_path: Path, emulator: Emulator, settings: Settings, make_file: MakeFile
) -> None:
    big = make_file("video.mkv", size=8 << 20)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    process = subprocess.Popen(
        [sys.executable, "-c", KILLED_APP, str(big)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "uploading"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL

    database = tmp_path / "data" / "BiliDrop" / "BiliDrop" / "history-demo.sqlite3"
    raw = sqlite3.connect(database)
    assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert [Path(r[0]) for r in raw.execute("SELECT local_path FROM pending")] == [big]
    raw.close()

    history = History(database)
    window = open_window(qtbot, emulator, settings, history)
    qtbot.waitUntil(lambda: len(items(window)) == 1, timeout=WAIT)
    assert items(window)[0].state is UploadState.INTERRUPTED
    assert items(window)[0].path == big
    window.session.shutdown()
    history.close()
