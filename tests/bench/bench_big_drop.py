"""Benchmark: a drop of a folder of 100, 1,000 and 10,000 small files on the real window (its
history on disk, the emulator in its own process without its rate limit). Reports, for each
size: how long until every row shows, the time per file until all are done, and the event
loop's worst stall and how many stalls passed 50 ms (a 10 ms QTimer probe).

Run: uv run python tests/bench/bench_big_drop.py [--sizes 100 1000 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from gui.common.settings import ManyFiles

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_probe import Probe, run_until
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from gui.app import application
from gui.bili.credentials import Credentials
from gui.bili.origins import ServiceOrigins
from gui.common.settings import Settings
from gui.session.session import Session
from gui.session.upload_item import UploadState
from gui.store.history import History
from gui.ui.main_window import MainWindow


def one_drop(app: QApplication, base: dict, folder: Path, count: int, tmp: Path) -> str:
    settings = Settings(QSettings(str(tmp / f"settings-{count}.ini"), QSettings.Format.IniFormat))
    settings.auto_copy = False
    settings.notify = False
    session = Session(settings, demo=True)
    window = MainWindow(session)
    window.confirm = lambda title, text: True  # the large folder's question: yes
    window.ask_how_to_send = lambda title, text: ManyFiles.EACH
    window.show()
    history = History(tmp / f"history-{count}.sqlite3")
    session.start(
        origins=ServiceOrigins.single(base["base_url"]),
        demo_credentials=Credentials.from_cookie_header(base["cookie"]),
        history=history,
    )
    run_until(app, lambda: session.running, 10)
    model = session.model
    probe = Probe()
    probe.start()
    started = time.monotonic()
    window.add_paths([folder])
    run_until(app, lambda: model.rowCount() == count, 600)
    rows_at = time.monotonic() - started
    run_until(app, lambda: all(i.state is UploadState.DONE for i in model.items()), 3600)
    done_at = time.monotonic() - started
    probe.stop()
    stalls = probe.stalls()
    window.close()
    session.shutdown()
    history.close()
    over = sum(1 for stall in stalls if stall > 50)
    return (
        f"{count:6} files: rows after {rows_at * 1000:7.0f} ms, "
        f"{done_at / count * 1000:5.1f} ms a file, worst stall {stalls[-1]:6.1f} ms, "
        f"{over} stalls over 50 ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bilidrop-big-drop-"))
    emulator = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gui.cli",
            "emulator",
            "--rate-limit",
            "off",
            "--data-dir",
            str(tmp / "emulator"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        base = json.loads(emulator.stdout.readline())  # type: ignore[union-attr]
        app = application([])
        for count in args.sizes:
            folder = tmp / f"drop-{count}"
            folder.mkdir()
            for n in range(count):
                (folder / f"log-{n:05}.txt").write_bytes(b"x" * 64)
            print(one_drop(app, base, folder, count, tmp), flush=True)
    finally:
        emulator.terminate()
        emulator.wait()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
