"""Benchmark: screen capture on a real X server (Xvfb), driven with xdotool as a user would.

- key press → overlay on screen: from just before `xdotool key ctrl+alt+x` until the flow
  says its overlays are shown (the screens frozen, the windows built and mapped);
- Enter → link on the clipboard: from just before `xdotool key Return` (a 400 × 300 region
  selected) until the window's clipboard holds the link (PNG written, uploaded to the
  built-in emulator, copied);
- reference: the same `xdotool key` to a bare Qt window's keyPressEvent, the cost any
  program pays before it can react. Both are reported in ms and as ratios of medians.

Clocks: time.monotonic() is one system-wide clock, read in this process and the window's.
Run: uv run python tests/bench/bench_capture.py [--rounds 10]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_support import ROOT, compile_bytecode

sys.path.insert(0, str(ROOT))

from tests.capture.x11_desktop import (
    KEY_ECHO,
    Reader,
    desktop_env,
    start_bilidrop,
    start_x_server,
)


def at(reader: Reader, what: str) -> float:
    return float(reader.until(f"at {what}").split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    compile_bytecode()
    folder = Path(tempfile.mkdtemp(prefix="bilidrop-bench-capture-"))
    server, number = start_x_server(1920, 1080)
    env = desktop_env(number, folder)

    def key(*words: str) -> float:
        started = time.monotonic()
        subprocess.run(["xdotool", *words], env=env, check=True)
        return started

    echo = subprocess.Popen(
        [sys.executable, "-c", KEY_ECHO], env=env, stdout=subprocess.PIPE, text=True
    )
    echo_reader = Reader(echo)
    echo_reader.until("shown")
    subprocess.run(["xdotool", "mousemove", "100", "100"], env=env, check=True)
    reference = []
    for _ in range(args.rounds):
        started = key("key", "a")
        reference.append(at(echo_reader, "key") - started)
    echo.kill()
    reader = start_bilidrop(env)
    window = reader.process
    shown, linked = [], []
    for _ in range(args.rounds):
        started = key("key", "ctrl+alt+x")
        shown.append(at(reader, "overlay") - started)
        key("mousemove", "200", "200", "mousedown", "1", "mousemove", "400", "350")
        key("mousemove", "599", "499", "mouseup", "1")
        started = key("key", "Return")
        linked.append(at(reader, "copied") - started)
        reader.until("copied")
    window.terminate()
    window.wait(30)
    server.terminate()
    key_ms = statistics.median(reference) * 1000
    shown_ms = statistics.median(shown) * 1000
    linked_ms = statistics.median(linked) * 1000
    print(f"rounds: {args.rounds} (1920 × 1080 screen)")
    print(f"reference, key to a bare window: median {key_ms:.1f} ms")
    print(
        f"key press to overlay shown:      median {shown_ms:.1f} ms, worst "
        f"{max(shown) * 1000:.1f} ms ({shown_ms / key_ms:.2f}x the reference)"
    )
    print(
        f"Enter to link on the clipboard:  median {linked_ms:.1f} ms, worst "
        f"{max(linked) * 1000:.1f} ms ({linked_ms / key_ms:.2f}x the reference)"
    )


if __name__ == "__main__":
    main()
