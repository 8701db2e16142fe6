"""What the command-line tests share: the service's options, a bilidrop process, secrets checks."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from gui.bili.client import UPLOAD_PATH
from gui.emulator.server import Emulator

MakeFile = Callable[..., Path]


def service_args(emulator: Emulator) -> list[str]:
    return ["--api-base", emulator.base_url, "--cookie", emulator.demo_credentials.cookie_header()]


def assert_no_secrets(emulator: Emulator, *texts: str) -> None:
    for secret in emulator.demo_credentials.secret_values():
        for text in texts:
            assert secret not in text


def start_emulator_process(*extra: str) -> tuple[subprocess.Popen[str], dict]:
    process = subprocess.Popen(
        [sys.executable, "-m", "gui.cli", "emulator", "--port", "0", *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    first = json.loads(process.stdout.readline())
    return process, first


IMPORTS_OF_UPLOAD = r"""
import sys
from gui.cli import main
code = main(sys.argv[1:])
heavy = sorted({m.split(".")[0] for m in sys.modules} & {"keyring", "PySide6", "starlette"})
print("heavy:", ",".join(heavy), "code:", code)
"""


def upload_counting_imports(
    *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`bilidrop upload ARGS` in a process that prints, last, which heavy packages it loaded
    and its exit status ("heavy:  code: 0")."""
    return subprocess.run(
        [sys.executable, "-c", IMPORTS_OF_UPLOAD, "upload", *args],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


def bilidrop(*args: str, **kwargs: Any) -> subprocess.Popen[bytes]:
    """`bilidrop ARGS` as a real process (stdin closed, as in CI). Ctrl+C reaches it as in a
    terminal even when the suite itself runs as a background job (which ignores SIGINT)."""
    return subprocess.Popen(
        [sys.executable, "-m", "gui.cli", *args],
        stdin=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        preexec_fn=_default_sigint if os.name == "posix" else None,
        **kwargs,
    )


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def uploads(emulator: Emulator) -> int:
    return sum(1 for r in emulator.requests if r.path == UPLOAD_PATH)
