"""Benchmark: time from process start to the first painted window, `bilidrop --demo` versus a
bare PySide6 window showing one label and versus a bare skeleton of our window (menus, toolbar,
list, status bar, no code of ours). Reports the ratios of medians; the target is BiliDrop
within 1.1x of the skeleton (the skeleton is about 1.3x the label).

BiliDrop starts through its real entry point, `gui.entry.main(["--demo"])` (what the installed
`bilidrop` command runs: argument parsing, translations, session, window); the only addition
is a print once the main window's first frame (children included) has been painted; the bare
window prints at the same moment of its own first frame.

Run: uv run python tests/bench/bench_startup.py [--rounds 9] [--imports]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

from bench_support import compile_bytecode

BARE = r"""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

class Label(QLabel):
    def paintEvent(self, event):
        super().paintEvent(event)
        QTimer.singleShot(0, done)  # once the whole frame is painted


def done():
    print("painted", flush=True)
    app.quit()

app = QApplication([])
label = Label("BiliDrop")
label.resize(760, 520)
label.show()
app.exec()
"""

SKELETON = r"""
# Our window's parts as plain PySide6, with no code of ours: menus whose actions have
# shortcuts and tooltips, a text-only toolbar reachable with Tab, a list, a status bar with
# a message and two permanent buttons.
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QLabel, QListView, QMainWindow, QStackedWidget, QToolBar, QToolButton,
)

class Window(QMainWindow):
    def paintEvent(self, event):
        super().paintEvent(event)
        QTimer.singleShot(0, done)


def done():
    print("painted", flush=True)
    app.quit()

app = QApplication([])
window = Window()
key = QKeySequence.StandardKey
menus = (
    ("&File", (("&Add files…", key.Open), ("&Paste files", key.Paste), ("&Quit", key.Quit))),
    ("&Uploads", (("&Copy link", key.Copy), ("&Open link", "Ctrl+L"), ("C&ancel", "Esc"),
                  ("&Retry", "Ctrl+R"), ("Re&move", key.Delete), ("&History…", "Ctrl+H"))),
    ("&Account", (("Sign &in…", None), ("Sign &out", None), ("Check &connection", "F5"))),
)
actions = []
for title, entries in menus:
    menu = window.menuBar().addMenu(title)
    for text, keys in entries:
        action = QAction(text, window)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.setToolTip(text.replace("&", ""))
        menu.addAction(action)
        actions.append(action)
toolbar = QToolBar("Main", window)
toolbar.setMovable(False)
toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
for action in actions[:8]:
    toolbar.addAction(action)
    toolbar.widgetForAction(action).setFocusPolicy(Qt.FocusPolicy.TabFocus)
window.addToolBar(toolbar)
pages = QStackedWidget()
pages.addWidget(QLabel("Drop files here", alignment=Qt.AlignmentFlag.AlignCenter))
pages.addWidget(QListView())
window.setCentralWidget(pages)
for text in ("Demo account", "Online · 12 ms"):
    button = QToolButton()
    button.setText(text)
    window.statusBar().addPermanentWidget(button)
window.statusBar().showMessage("Ready")
window.resize(760, 520)
window.show()
app.exec()
"""

BILIDROP = r"""
import sys
from gui.entry import main
from gui.ui.main_window import MainWindow  # loaded by main() anyway; here to hook its paint

first_paint = MainWindow.paintEvent

def paint_event(self, event):
    from PySide6.QtCore import QTimer
    # Queued before the window's own after-paint work: fires once the whole frame,
    # children included, is painted, and before the services start.
    QTimer.singleShot(0, done)
    first_paint(self, event)


def done():
    if getattr(done, "said", False):
        return
    done.said = True
    print("painted", flush=True)
    from PySide6.QtWidgets import QApplication
    QApplication.quit()

MainWindow.paintEvent = paint_event
sys.exit(main(["--demo"]))
"""


def time_to_paint(script: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", script],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    line = process.stdout.readline()  # type: ignore[union-attr]
    elapsed = time.perf_counter() - started
    process.wait(timeout=30)
    if line.strip() != "painted":
        raise RuntimeError("the window did not paint")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "XDG_CONFIG_HOME": tempfile.mkdtemp(prefix="bilidrop-bench-config-"),
    }
    compile_bytecode()
    scripts = {"label": BARE, "skeleton": SKELETON, "bilidrop": BILIDROP}
    for script in scripts.values():  # warm the file cache for each
        time_to_paint(script, env)
    times: dict[str, list[float]] = {name: [] for name in scripts}
    for _ in range(args.rounds):  # interleaved, so a busy moment costs each the same
        for name, script in scripts.items():
            times[name].append(time_to_paint(script, env))
    label, skeleton, ours = (statistics.median(times[name]) for name in scripts)
    print(f"time to first paint, median of {args.rounds} (platform {env['QT_QPA_PLATFORM']})")
    print(f"bare PySide6 label      : {label * 1000:7.1f} ms")
    print(f"bare skeleton window    : {skeleton * 1000:7.1f} ms ({skeleton / label:.2f}x label)")
    print(f"bilidrop --demo         : {ours * 1000:7.1f} ms ({ours / label:.2f}x label)")
    print(f"bilidrop / skeleton     : {ours / skeleton:7.2f} (target <= 1.10)")


if __name__ == "__main__":
    main()
