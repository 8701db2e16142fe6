"""Benchmark: how long the GUI event loop stalls while three 100 MiB uploads run and the
heartbeat ticks. A 10 ms QTimer probe records the gaps between its ticks; a stall is a gap
beyond 10 ms. Reported against the same probe on the idle window (target: worst <= 50 ms).

The emulator runs in its own process, as the real service would be elsewhere.

Run: uv run python tests/bench/bench_gui_stall.py [--size-mib 100] [--rounds 3]
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

from gui_probe import Probe, run_until, summary
from PySide6.QtCore import QSettings

from gui.app import application
from gui.bili.credentials import Credentials
from gui.bili.origins import ServiceOrigins
from gui.common.settings import Settings
from gui.session.session import Session
from gui.session.upload_item import UploadState
from gui.ui.main_window import MainWindow


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size-mib", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bilidrop-stall-"))
    emulator = subprocess.Popen(
        [sys.executable, "-m", "gui.cli", "emulator", "--data-dir", str(tmp / "emulator")],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        first = json.loads(emulator.stdout.readline())  # type: ignore[union-attr]
        files = []
        for n in range(3):
            path = tmp / f"video-{n}.mp4"
            with path.open("wb") as out:
                for _ in range(args.size_mib):
                    out.write(os.urandom(1 << 20))
            files.append(path)

        app = application([])  # as the app starts (it tunes the interpreter too)
        settings = Settings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
        settings.auto_copy = False
        session = Session(settings, demo=True)
        window = MainWindow(session)
        window.confirm = lambda title, text: True
        window.ask_how_to_send = lambda title, text: ManyFiles.EACH
        session.monitor.interval = 1  # a heartbeat every second during the measurement
        window.show()
        session.start(
            origins=ServiceOrigins.single(first["base_url"]),
            demo_credentials=Credentials.from_cookie_header(first["cookie"]),
        )
        run_until(app, lambda: session.monitor.latency is not None, 10)

        probe = Probe()
        probe.start()
        idle_until = time.monotonic() + 3
        run_until(app, lambda: time.monotonic() > idle_until, 10)
        probe.stop()
        idle = probe.stalls()

        heartbeats_before = session.monitor.skipped
        probe.start()
        started = time.monotonic()
        for round_number in range(args.rounds):
            if round_number == 0:
                window.add_paths(files)
            else:
                for item in window.model.items():
                    session.queue.reupload(item.item_id)
            run_until(
                app, lambda: all(i.state is UploadState.DONE for i in window.model.items()), 120
            )
        elapsed = time.monotonic() - started
        probe.stop()
        busy = probe.stalls()
        sent = 3 * args.size_mib * args.rounds
        window.close()
        session.shutdown()
    finally:
        emulator.terminate()
        emulator.wait()
        shutil.rmtree(tmp, ignore_errors=True)  # 900 MiB of payload and uploads

    print(
        f"{args.rounds} rounds of three {args.size_mib} MiB uploads in parallel: "
        f"{sent} MiB in {elapsed:.1f} s ({sent / elapsed:.0f} MiB/s), heartbeat every 1 s, "
        f"skipped heartbeats {session.monitor.skipped - heartbeats_before}"
    )
    print(summary("idle window", idle))
    print(summary("during uploads", busy))
    if idle and idle[-1] > 0:
        print(f"worst stall ratio busy/idle: {busy[-1] / idle[-1]:.1f}")


if __name__ == "__main__":
    main()
