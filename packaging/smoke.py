"""The built bundle's checks beyond its self-test, on the machine that built it (CI on
Linux, Windows and macOS): the keyring found is the platform's own, and a batch of Chinese-
and emoji-named files uploaded with the output redirected to a file (the system's code
page, as a user's `bilidrop upload *.png > links.txt`) sends every file and writes UTF-8.

Run: python packaging/smoke.py PATH-TO-THE-BUNDLE'S-COMMAND-LINE-EXECUTABLE
"""

# ruff: noqa: S603 (it runs the bundle it is given, which is the point)
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

NATIVE_KEYRING = {"win32": "WinVault", "darwin": "macOS", "linux": "SecretService"}
NAMES = ["截图 1.png", "日志 🚀.txt", "订单-ﾃｽﾄ.txt"]


def check_keyring(cli: str) -> None:
    who = subprocess.run([cli, "whoami"], capture_output=True, text=True, timeout=120)
    expected = NATIVE_KEYRING.get(sys.platform, "")
    said = who.stdout + who.stderr
    if expected not in said:
        raise SystemExit(f"smoke: the keyring is not the platform's ({expected}): {said!r}")
    print(f"smoke: keyring ok ({expected})")


def check_redirected_upload(cli: str) -> None:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONIOENCODING"}
    emulator = subprocess.Popen(
        [cli, "emulator"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    try:
        service = json.loads(emulator.stdout.readline())  # type: ignore[union-attr]
        folder = Path(tempfile.mkdtemp(prefix="bilidrop-smoke-"))
        for name in NAMES:
            (folder / name).write_text(name, encoding="utf-8")
        links = folder / "links.txt"
        command = [cli, "upload", *(str(folder / n) for n in NAMES), "--api-base"]
        command += [service["base_url"], "--cookie", service["cookie"]]
        with links.open("wb") as out:
            sent = subprocess.run(command, stdout=out, stderr=subprocess.PIPE, env=env, timeout=300)
        if sent.returncode != 0:
            raise SystemExit(f"smoke: upload exited {sent.returncode}: {sent.stderr!r}")
        written = links.read_bytes().decode("utf-8")
        missing = [name for name in NAMES if name not in written]
        if missing:
            raise SystemExit(f"smoke: not in the redirected output: {missing}")
        print(f"smoke: redirected upload ok ({len(NAMES)} files, UTF-8)")
    finally:
        emulator.terminate()
        emulator.wait(30)


def main() -> None:
    cli = sys.argv[1]
    check_keyring(cli)
    check_redirected_upload(cli)


if __name__ == "__main__":
    main()
