"""The real window on Wayland: under a headless compositor (weston), BiliDrop opens as a
native Wayland window, a second start hands it a file, the file uploads, and a SIGTERM ends
it cleanly."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import wait_until

HARNESS = r"""
import faulthandler
import sys
faulthandler.enable()  # a crash says where, on stderr
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from gui.session.upload_item import UploadState
import gui.app
from gui.entry import main

opened = gui.app.open_window

def open_window(*args, **kwargs):
    launcher = opened(*args, **kwargs)
    def report():
        if not launcher.session.running or not launcher.window.isVisible():
            QTimer.singleShot(20, report)
            return
        print("platform", QApplication.instance().platformName(), flush=True)
        print("ready", flush=True)
        watch()
    launcher.window.statusBar().messageChanged.connect(
        lambda text: print("status", text, flush=True) if text.startswith("Not copied") else None
    )
    def watch():
        if any(i.state is UploadState.DONE for i in launcher.session.model.items()):
            print("uploaded", flush=True)
        else:
            QTimer.singleShot(20, watch)
    QTimer.singleShot(0, report)
    return launcher

gui.app.open_window = open_window
print("ended", main(["--demo"]), flush=True)
"""


@pytest.fixture
def compositor(tmp_path: Path) -> Iterator[dict[str, str]]:
    if shutil.which("weston") is None:
        pytest.skip("no weston (CI installs it)")
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = {
        **os.environ,
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "WAYLAND_DISPLAY": "wayland-bilidrop-test",
        "QT_QPA_PLATFORM": "wayland",
        # weston draws no decorations, so Qt draws its own; under load Qt's decoration code
        # then crashes painting the window (QWaylandWindow::decoration, in Qt, not ours).
        "QT_WAYLAND_DISABLE_WINDOWDECORATION": "1",
    }
    env.pop("DISPLAY", None)
    weston = subprocess.Popen(
        [
            "weston",
            "--backend=headless-backend.so",
            "--socket=wayland-bilidrop-test",
            "--idle-time=0",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until((runtime / "wayland-bilidrop-test").exists, 20)  # weston is up
        yield env
    finally:
        weston.terminate()
        weston.wait(10)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Wayland is Linux's")
def test_the_window_opens_on_wayland_takes_a_handed_over_file_and_ends(
    compositor: dict[str, str], tmp_path: Path
) -> None:
    window = subprocess.Popen(
        [sys.executable, "-c", HARNESS],
        env=compositor,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        lines: list[str] = []
        assert window.stdout is not None
        while "ready" not in lines:
            line = window.stdout.readline()
            assert line, window.stderr.read() if window.stderr else ""
            lines.append(line.strip())
        assert "platform wayland" in lines  # a native Wayland window, not XWayland
        report = tmp_path / "report.txt"
        report.write_text("x")
        handed = subprocess.run(
            [sys.executable, "-m", "gui", "--demo", str(report)],
            env=compositor,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert "handed 1 file" in handed.stdout, handed.stderr
        # No seat has the focus here, so Wayland refuses our copy: the window must say so,
        # never "copied" (it copies when it is next in front).
        said = {window.stdout.readline().strip()[:21] for _ in range(2)}
        assert said == {"uploaded", "status Not copied yet"}
        window.send_signal(signal.SIGTERM)
        out, err = window.communicate(timeout=30)
        assert "ended 0" in out, (window.returncode, err[-3000:])
        assert "Traceback" not in err
    finally:
        if window.poll() is None:
            window.kill()
