"""A real X11 desktop for the capture tests: Xvfb (no window manager needed for key grabs),
a window showing a known pattern at the screen's top-left, and BiliDrop's demo window in
its own process reporting what it does on stdout."""

from __future__ import annotations

import itertools
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import wait_until

SCREEN = (1024, 768)
PATTERN_SIZE = (640, 400)


def pattern_colour(x: int, y: int) -> tuple[int, int, int]:
    """The test pattern: every pixel of it tells where it is."""
    return (x * 3) % 256, (y * 5) % 256, (x // 4 + y // 4 * 7) % 256


PATTERN_WINDOW = r"""
import sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QApplication, QLabel
from tests.capture.x11_desktop import PATTERN_SIZE, pattern_colour

app = QApplication(sys.argv)
width, height = PATTERN_SIZE
data = bytearray()
for y in range(height):
    for x in range(width):
        r, g, b = pattern_colour(x, y)
        data += bytes((b, g, r, 255))
image = QImage(bytes(data), width, height, width * 4, QImage.Format.Format_RGB32)
label = QLabel()
label.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.BypassWindowManagerHint)
label.setPixmap(QPixmap.fromImage(image))
label.setGeometry(0, 0, width, height)
label.show()
QTimer.singleShot(300, lambda: print("shown", flush=True))
app.exec()
"""

HARNESS = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from gui.session.upload_item import UploadState
import gui.app
from gui.entry import main

opened = gui.app.open_window

def open_window(*args, **kwargs):
    launcher = opened(*args, **kwargs)
    window = launcher.window
    capture = window.capture
    import time
    capture.flow.shown.connect(lambda: print("at overlay", time.monotonic(), flush=True))
    capture.flow.shown.connect(lambda: print("overlay", len(capture.flow.overlays), flush=True))
    capture.flow.ended.connect(lambda: print("ended", len(capture.flow.overlays), flush=True))
    capture.said.connect(lambda text: print("said", text, flush=True))
    clipboard = QGuiApplication.clipboard()
    def copied():
        text = clipboard.text()
        if text.startswith("http"):
            print("at copied", time.monotonic(), flush=True)
            print("copied", text, flush=True)
    clipboard.dataChanged.connect(copied)
    window.model.rowsInserted.connect(lambda *a: print("rows", window.model.rowCount(), flush=True))
    def report():
        if not launcher.session.running:
            QTimer.singleShot(20, report)
            return
        refusals = capture.hotkeys.refusals
        print("ready", capture.hotkeys.way, "refused:" + "|".join(refusals.values()), flush=True)
    QTimer.singleShot(0, report)
    return launcher

gui.app.open_window = open_window
print("exit", main(sys.argv[1:]), flush=True)
"""


# A bare window that says when a key reaches it: what any program pays from xdotool's press
# to its key event, the benchmark's reference.
KEY_ECHO = r"""
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

class Echo(QWidget):
    def keyPressEvent(self, event):
        print("at key", time.monotonic(), flush=True)

app = QApplication(sys.argv)
echo = Echo()
echo.setGeometry(0, 0, 300, 200)
echo.show()
QTimer.singleShot(300, lambda: print("shown", flush=True))
app.exec()
"""


_NUMBERS = itertools.count(100 + os.getpid() % 500)


def _free_display() -> int:
    """A display number no X server holds, a new one for each test: a server that just
    ended and one that starts never share a number."""
    for number in _NUMBERS:
        lock, socket_path = f"/tmp/.X{number}-lock", f"/tmp/.X11-unix/X{number}"
        if not os.path.exists(lock) and not os.path.exists(socket_path):
            return number
    raise AssertionError("unreachable: the count never ends")


def _accepts(address: str) -> bool:
    """Whether the X server listens there yet (it names its display before it listens)."""
    import socket

    with socket.socket(socket.AF_UNIX) as probe:
        try:
            probe.connect(address)
        except OSError:
            return False
    return True


class Reader:
    """Lines a process prints, read on a thread of their own as they come."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process
        self.lines: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._queue.put(line.rstrip("\n"))
        self._queue.put(None)

    def until(self, start: str, seconds: float = 30) -> str:
        """The next line that starts with `start` (failing with what was said if none)."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self._queue.get(timeout=left)
            except queue.Empty:
                break
            if line is None:
                break
            self.lines.append(line)
            if line.startswith(start):
                return line
        said = ""
        if self.process.poll() is not None and self.process.stderr is not None:
            said = self.process.stderr.read()[-3000:]
        pytest.fail(f"no {start!r} line; saw {self.lines} {said}")


def start_x_server(width: int, height: int) -> tuple[subprocess.Popen[bytes], int]:
    """Xvfb on a display number of its own, once it accepts connections."""
    number = _free_display()
    server = subprocess.Popen(
        [
            "Xvfb",
            f":{number}",
            "-screen",
            "0",
            f"{width}x{height}x24",
            "-nolisten",
            "tcp",
            "-noreset",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until(lambda: _accepts(f"/tmp/.X11-unix/X{number}"), 20)
    except AssertionError:
        server.kill()
        raise
    return server, number


def desktop_env(number: int, folder: Path) -> dict[str, str]:
    """The environment of a program on that display, with settings and data of its own."""
    runtime = folder / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = {
        **os.environ,
        "DISPLAY": f":{number}",
        "QT_QPA_PLATFORM": "xcb",
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_CONFIG_HOME": str(folder / "config"),
        "XDG_DATA_HOME": str(folder / "data"),
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }
    env.pop("WAYLAND_DISPLAY", None)
    return env


@pytest.fixture
def x_display(tmp_path: Path) -> Iterator[dict[str, str]]:
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            pytest.skip(f"no {tool} (CI installs it)")
    server, number = start_x_server(*SCREEN)
    try:
        yield desktop_env(number, tmp_path)
    finally:
        server.terminate()
        server.wait(10)


@pytest.fixture
def pattern(x_display: dict[str, str], bilidrop: Reader) -> Iterator[None]:
    """The pattern window over everything, BiliDrop's own included (a bare X server has no
    window manager to minimise it)."""
    window = subprocess.Popen(
        [sys.executable, "-c", PATTERN_WINDOW], env=x_display, stdout=subprocess.PIPE, text=True
    )
    try:
        Reader(window).until("shown")
        yield
    finally:
        window.kill()
        window.wait(10)


def start_bilidrop(env: dict[str, str]) -> Reader:
    """`bilidrop --demo --minimized` on the display, once ready (its hot keys taken)."""
    window = subprocess.Popen(
        [sys.executable, "-c", HARNESS, "--demo", "--minimized"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    reader = Reader(window)
    reader.until("ready", 60)
    return reader


@pytest.fixture
def bilidrop(x_display: dict[str, str]) -> Iterator[Reader]:
    reader = start_bilidrop(x_display)
    window = reader.process
    try:
        yield reader
    finally:
        window.terminate()
        try:
            window.wait(20)
        except subprocess.TimeoutExpired:
            window.kill()


def xdotool(env: dict[str, str], *words: str) -> None:
    subprocess.run(["xdotool", *words], env=env, check=True, timeout=20)
