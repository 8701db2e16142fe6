"""Starting the app: the demo's services come up after the window, on the embedded emulator."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings

from gui.app import Launcher
from gui.common.settings import Settings
from gui.session.upload_item import UploadState
from gui.store.history import History


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
