"""Benchmark: the command line against the simplest clients doing the same request.

1. `bilidrop upload` of a tiny file, through the installed entry point (`gui.entry.main`), versus
   a bare httpx script sending the same multipart request with the same cookie (target <= 1.1).
2. `bilidrop upload` of a 300 MiB file, start-up included, versus `curl -F` (target <= 1.3).
3. Bytes read from the file per upload, as the window uploads it (hash computed while
   sending): /proc/self/io rchar around one upload, against the file's size (target = 1.0).

Both sides of each pair run as whole processes, interleaved, against one emulator started
with `bilidrop emulator`. Ratios are of medians. Not part of `uv run pytest`.

Run: uv run python tests/bench/bench_cli.py [--pairs 10] [--size-mib 300] [--big-rounds 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_support import compile_bytecode

UPLOAD_PATH = "/x/custom/msg_svr/v1/upload"

BILIDROP = "import sys\nfrom gui.entry import main\nsys.exit(main())\n"  # the console script

BARE_HTTPX = r"""
import sys, httpx
base, cookie, path = sys.argv[1:4]
jar = dict(part.split("=", 1) for part in cookie.split("; "))
with open(path, "rb") as handle, httpx.Client() as client:
    reply = client.post(
        base + "/x/custom/msg_svr/v1/upload",
        data={"filename": path.rsplit("/", 1)[-1], "mid": jar["DedeUserID"],
              "csrf": jar["bili_jct"]},
        files={"file": (path.rsplit("/", 1)[-1], handle, "text/plain")},
        headers={"Cookie": cookie},
    )
print(reply.json()["data"]["url"])
"""

READ_PER_UPLOAD = r"""
import json, sys
from pathlib import Path
from gui.bili.client import BiliClient
from gui.bili.credentials import Credentials
from gui.bili.origins import ServiceOrigins

def rchar():
    for line in open("/proc/self/io"):
        if line.startswith("rchar:"):
            return int(line.split()[1])

base, cookie, path = sys.argv[1:4]
client = BiliClient(Credentials.from_cookie_header(cookie), ServiceOrigins.single(base))
client.heartbeat()
before = rchar()
result = client.upload(Path(path), hash_sent=True)  # what the window's worker does
print(json.dumps({"read": rchar() - before, "size": Path(path).stat().st_size}))
"""


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pairs", type=int, default=10)
    parser.add_argument("--size-mib", type=int, default=300)
    parser.add_argument("--big-rounds", type=int, default=3)
    args = parser.parse_args()
    compile_bytecode()
    with tempfile.TemporaryDirectory(prefix="bilidrop-bench-") as tmp:
        folder = Path(tmp)
        emulator = subprocess.Popen(
            [sys.executable, "-m", "gui.cli", "emulator", "--data-dir", str(folder / "data")],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        try:
            first = json.loads(emulator.stdout.readline())  # type: ignore[union-attr]
            base, cookie = first["base_url"], first["cookie"]
            tiny = folder / "tiny.txt"
            tiny.write_bytes(b"hello\n")
            ours = [
                sys.executable,
                "-c",
                BILIDROP,
                "upload",
                "--api-base",
                base,
                "--cookie",
                cookie,
            ]
            bare = [sys.executable, "-c", BARE_HTTPX, base, cookie]
            timed([*ours, str(tiny)])  # warm caches for both
            timed([*bare, str(tiny)])
            cli, httpx_runs = [], []
            for _ in range(args.pairs):
                cli.append(timed([*ours, str(tiny)]))
                httpx_runs.append(timed([*bare, str(tiny)]))
            cli_s, bare_s = statistics.median(cli), statistics.median(httpx_runs)
            print(f"tiny upload, median of {args.pairs} pairs (whole process)")
            print(f"  bare httpx script : {bare_s * 1000:7.1f} ms")
            print(f"  bilidrop upload   : {cli_s * 1000:7.1f} ms   ratio {cli_s / bare_s:.2f}")

            big = folder / "payload.bin"
            with big.open("wb") as out:
                for _ in range(args.size_mib):
                    out.write(os.urandom(1 << 20))
            jar = dict(part.split("=", 1) for part in cookie.split("; "))
            curl = [
                "curl",
                "-sS",
                "-o",
                "/dev/null",
                "-X",
                "POST",
                base + UPLOAD_PATH,
                "-F",
                f"file=@{big}",
                "-F",
                f"filename={big.name}",
                "-F",
                f"mid={jar['DedeUserID']}",
                "-F",
                f"csrf={jar['bili_jct']}",
                "-b",
                cookie,
            ]
            ours_big, curl_big = [], []
            for _ in range(args.big_rounds):
                ours_big.append(timed([*ours, str(big)]))
                curl_big.append(timed(curl))
                for leftover in (folder / "data").glob("*"):
                    leftover.unlink()
            ours_s, curl_s = statistics.median(ours_big), statistics.median(curl_big)
            print(f"{args.size_mib} MiB upload, start-up included, median of {args.big_rounds}")
            print(f"  curl -F           : {curl_s:7.3f} s")
            print(f"  bilidrop upload   : {ours_s:7.3f} s   ratio {ours_s / curl_s:.2f}")

            done = subprocess.run(
                [sys.executable, "-c", READ_PER_UPLOAD, base, cookie, str(big)],
                check=True,
                capture_output=True,
                text=True,
            )
            read = json.loads(done.stdout)
            print(
                f"bytes read per upload (window's path, hashing while sending): "
                f"{read['read']:,} for a {read['size']:,}-byte file "
                f"= {read['read'] / read['size']:.4f} x the size"
            )
        finally:
            emulator.terminate()
            emulator.wait()


if __name__ == "__main__":
    main()
