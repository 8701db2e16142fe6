"""Benchmark: a 300 MiB upload through BiliClient versus `curl -F`, to the same server.

Run: uv run python tests/bench/bench_upload.py [--size-mib 300] [--rounds 3]

Against two servers, each in its own process: the emulator (`bilidrop emulator`) and a
minimal discard server. Reports the wall-time ratio client/curl (median of rounds) and the
client's peak RSS growth over its idle RSS. Not part of `uv run pytest`.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
UPLOAD_PATH = "/x/custom/msg_svr/v1/upload"

# Runs in a fresh interpreter so that its memory is the client's alone.
CLIENT_RUN = r"""
import json, sys, time
from pathlib import Path
from gui.bili.client import BiliClient
from gui.bili.credentials import Credentials
from gui.bili.origins import ServiceOrigins

def rss(field):
    for line in open("/proc/self/status"):
        if line.startswith(field):
            return int(line.split()[1]) * 1024

base, cookie, path = sys.argv[1:4]
client = BiliClient(Credentials.from_cookie_header(cookie), ServiceOrigins.single(base))
client.heartbeat() if "emulator" in sys.argv[4:] else None
idle = rss("VmRSS:")
open("/proc/self/clear_refs", "w").write("5")  # restart the peak (VmHWM) from here
started = time.perf_counter()
client.upload(Path(path))
seconds = time.perf_counter() - started
print(json.dumps({"seconds": seconds, "idle": idle, "peak": rss("VmHWM:")}))
"""


def run_client(base: str, cookie: str, path: Path, server: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", CLIENT_RUN, base, cookie, str(path), server],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def run_curl(base: str, cookie: str, path: Path) -> float:
    fields = dict(part.split("=", 1) for part in cookie.split("; "))
    done = subprocess.run(
        [
            "curl",
            "-sS",
            "-o",
            "/dev/null",
            "-w",
            "%{time_total}",
            "-X",
            "POST",
            base + UPLOAD_PATH,
            "-F",
            f"file=@{path}",
            "-F",
            f"filename={path.name}",
            "-F",
            f"mid={fields['DedeUserID']}",
            "-F",
            f"csrf={fields['bili_jct']}",
            "-b",
            cookie,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(done.stdout)


def start_emulator(data_dir: Path) -> tuple[subprocess.Popen[str], str, str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "gui.cli", "emulator", "--data-dir", str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    first = json.loads(process.stdout.readline())  # type: ignore[union-attr]
    return process, first["base_url"], first["cookie"]


def start_discard() -> tuple[subprocess.Popen[str], str, str]:
    process = subprocess.Popen(
        [sys.executable, str(HERE / "discard_server.py")], stdout=subprocess.PIPE, text=True
    )
    port = int(process.stdout.readline())  # type: ignore[union-attr]
    return process, f"http://127.0.0.1:{port}", "SESSDATA=x; bili_jct=y; DedeUserID=1"


def measure(name: str, base: str, cookie: str, path: Path, rounds: int) -> dict:
    client_runs, curl_runs = [], []
    for _ in range(rounds):  # interleaved, so drift hits both alike
        client_runs.append(run_client(base, cookie, path, name))
        curl_runs.append(run_curl(base, cookie, path))
    client_s = statistics.median(r["seconds"] for r in client_runs)
    curl_s = statistics.median(curl_runs)
    growth = max(r["peak"] - r["idle"] for r in client_runs)
    return {
        "server": name,
        "client_s": round(client_s, 3),
        "curl_s": round(curl_s, 3),
        "ratio": round(client_s / curl_s, 2),
        "rss_growth_mib": round(growth / 2**20, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size-mib", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bilidrop-bench-") as tmp:
        path = Path(tmp) / "payload.bin"
        with path.open("wb") as out:
            for _ in range(args.size_mib):
                out.write(os.urandom(1 << 20))
        data_dir = Path(tmp) / "emulator"
        results = []
        for name, start in (
            ("discard", start_discard),
            ("emulator", lambda: start_emulator(data_dir)),
        ):
            process, base, cookie = start()
            try:
                results.append(measure(name, base, cookie, path, args.rounds))
            finally:
                process.terminate()
                process.wait()
            for leftover in data_dir.glob("*"):
                leftover.unlink()
    print(f"{args.size_mib} MiB upload, median of {args.rounds} rounds")
    print(f"{'server':10} {'client s':>9} {'curl s':>8} {'ratio':>6} {'RSS growth MiB':>15}")
    for r in results:
        print(
            f"{r['server']:10} {r['client_s']:9.3f} {r['curl_s']:8.3f} {r['ratio']:6.2f} "
            f"{r['rss_growth_mib']:15.1f}"
        )


if __name__ == "__main__":
    main()
