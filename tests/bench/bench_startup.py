"""Benchmark: time from process start to the first painted window, `bilidrop --demo` versus a
bare PySide6 window showing one label. Reports the ratio of medians (target <= 1.3).

BiliDrop starts through its real entry point, `gui.cli.main(["--demo"])` (what the installed
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

BILIDROP = r"""
import sys
from gui.cli import main
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
    time_to_paint(BARE, env)  # warm the file cache for both
    time_to_paint(BILIDROP, env)
    bare, ours = [], []
    for _ in range(args.rounds):
        bare.append(time_to_paint(BARE, env))
        ours.append(time_to_paint(BILIDROP, env))
    bare_s, ours_s = statistics.median(bare), statistics.median(ours)
    print(f"time to first paint, median of {args.rounds} (platform {env['QT_QPA_PLATFORM']})")
    print(f"bare PySide6 label: {bare_s * 1000:7.1f} ms")
    print(f"bilidrop --demo   : {ours_s * 1000:7.1f} ms")
    print(f"ratio             : {ours_s / bare_s:7.2f}")


if __name__ == "__main__":
    main()
