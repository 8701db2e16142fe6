"""Benchmark: `bilidrop --demo FILE` handing a file to a running window, from the process's
start until the window's row exists, versus `python -c pass` started the same way. Reports
the ratio of medians (goal <= 2).

The window is a real demo window (offscreen, its own settings and history), run in this
process's event loop; each start is the installed entry point (`python -m gui`), the path a
desktop's "Open with" takes.

Run: uv run python tests/bench/bench_handover.py [--rounds 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_support import compile_bytecode


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bilidrop-bench-handover-"))
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR"):
        os.environ[name] = str(folder / name)
        (folder / name).mkdir(mode=0o700)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    compile_bytecode()

    from PySide6.QtCore import QEventLoop, QTimer

    from gui.app import application, claim_instance, open_window
    from gui.common.window_options import WindowOptions

    app = application()
    options = WindowOptions(demo=True)
    launcher = open_window(app, options, instance=claim_instance(options))
    launcher.window.confirm = lambda title, text: True
    model = launcher.session.model
    files = [folder / f"file-{n}.txt" for n in range(args.rounds + 1)]
    for path in files:
        path.write_text(path.name)

    def wait_for(done: object) -> None:
        loop = QEventLoop()
        timer = QTimer()
        timer.timeout.connect(lambda: loop.quit() if done() else None)  # type: ignore[operator]
        timer.start(1)
        loop.exec()
        timer.stop()

    def pass_once() -> float:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        return time.perf_counter() - started

    def hand_over_once(path: Path) -> float:
        before = model.rowCount()
        arrived: list[float] = []
        model.rowsInserted.connect(lambda *_: arrived.append(time.perf_counter()))
        started = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-m", "gui", "--demo", str(path)])
        wait_for(lambda: arrived and process.poll() is not None)
        model.rowsInserted.disconnect()
        if process.returncode != 0 or model.rowCount() != before + 1:
            raise RuntimeError("the file was not handed over")
        return arrived[0] - started

    wait_for(lambda: launcher.session.running)
    hand_over_once(files[-1])  # warm the file cache
    reference, ours = [], []
    for path in files[:-1]:
        reference.append(pass_once())
        ours.append(hand_over_once(path))
    launcher.window.quit()
    launcher.shutdown()
    pass_s, ours_s = statistics.median(reference), statistics.median(ours)
    print(f"hand-over, median of {args.rounds}")
    print(f"python -c pass              : {pass_s * 1000:6.1f} ms")
    print(f"bilidrop --demo FILE -> row : {ours_s * 1000:6.1f} ms")
    print(f"ratio                       : {ours_s / pass_s:6.2f} (goal <= 2)")


if __name__ == "__main__":
    main()
