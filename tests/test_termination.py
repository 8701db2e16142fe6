"""A request to end (SIGTERM, as a log-out sends; the application's Quit event, as macOS's
Dock sends) ends BiliDrop whatever dialog is open: the dialog is answered the safe way,
nothing new is queued, what was queued stays recorded for the next start.

Each case is a real `bilidrop --demo` process (the installed entry point), on its own data
folders; a small harness inside it waits for the dialog to be on screen, then sends the
process a real SIGTERM, and says how long the end took."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from gui.store.history import History

HARNESS = r"""
import os, signal, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

import gui.app
from gui.entry import main

case, folder = sys.argv[1], Path(sys.argv[2])
opened = gui.app.open_window
launchers = []

def open_window(*args, **kwargs):
    launcher = opened(*args, **kwargs)
    launchers.append(launcher)
    QTimer.singleShot(0, step)
    return launcher

def modal_question():
    modal = QApplication.activeModalWidget()
    return modal if isinstance(modal, QMessageBox) and modal.isVisible() else None

def end_when(ready):
    if not ready():
        QTimer.singleShot(20, lambda: end_when(ready))
        return
    print("dialog open", flush=True)
    global killed_at
    killed_at = time.perf_counter()
    os.kill(os.getpid(), signal.SIGTERM)

def uploads_under_way():
    launcher = launchers[0]
    return launcher.session.queue.active() > 0

def step():
    launcher = launchers[0]
    if case == "folder":  # the start-up question about a large folder
        end_when(modal_question)
        return
    if launcher.emulator is None or not launcher.session.running:
        QTimer.singleShot(20, step)
        return
    launcher.emulator.faults.add("throttle", 64 * 1024, count=10, endpoint="upload")
    launcher.window.add_paths(sorted(folder.iterdir())[:3])
    def open_dialog():
        if not uploads_under_way():
            QTimer.singleShot(20, open_dialog)
        elif case == "settings":
            launcher.window.dialogs.open_settings()
            end_when(lambda: type(QApplication.activeModalWidget()).__name__ == "SettingsDialog")
        else:  # "quit": the question about unfinished uploads
            QTimer.singleShot(0, launcher.window.quit)
            end_when(modal_question)
    open_dialog()

gui.app.open_window = open_window
killed_at = None
status = main(["--demo", str(folder)] if case == "folder" else ["--demo"])
print(f"ended {time.perf_counter() - killed_at:.2f} s after SIGTERM, status {status}", flush=True)
"""


@pytest.fixture
def home(tmp_path: Path) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR"):
        (tmp_path / name).mkdir(mode=0o700)
        env[name] = str(tmp_path / name)
    return env


def pending_in(env: dict[str, str]) -> list[str]:
    """What the next start offers again (the demo's history, as BiliDrop keeps it)."""
    path = Path(env["XDG_DATA_HOME"]) / "BiliDrop" / "BiliDrop" / "history-demo.sqlite3"
    history = History(path)
    try:
        return sorted(p.local_path.name for p in history.pending())
    finally:
        history.close()


@pytest.mark.skipif(os.name != "posix", reason="SIGTERM is how POSIX desktops end a session")
@pytest.mark.parametrize("case", ["folder", "settings", "quit"])
def test_sigterm_ends_bilidrop_whatever_dialog_is_open(
    case: str, home: dict[str, str], tmp_path: Path
) -> None:
    folder = tmp_path / "logs"
    folder.mkdir()
    for n in range(30):  # over the start-up question's threshold
        (folder / f"log-{n:02}.txt").write_bytes(os.urandom(512 * 1024))
    run = subprocess.run(
        [sys.executable, "-c", HARNESS, case, str(folder)],
        env=home,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "dialog open" in run.stdout, run.stdout + run.stderr
    assert "status 0" in run.stdout, run.stdout + run.stderr
    assert "Traceback" not in run.stderr
    print(run.stdout.strip().splitlines()[-1])
    if case == "folder":
        assert pending_in(home) == []  # the question answered No: nothing queued
    else:  # the three uploads under way stay recorded: the next start offers them again
        assert pending_in(home) == ["log-00.txt", "log-01.txt", "log-02.txt"]


def test_signal_handlers_are_given_back(qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    from gui.termination import Termination

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    termination = Termination(app)
    termination.listen_for_signals()
    assert signal.getsignal(signal.SIGTERM) not in (signal.SIG_DFL, None)
    termination.stop_listening()
    app.removeEventFilter(termination)
    assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL
