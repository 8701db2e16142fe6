"""`bilidrop --self-test`, the check CI runs on the bundle and the wheel, run from the source."""

from __future__ import annotations

import os
import subprocess
import sys


def test_self_test_passes() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "gui.cli", "--self-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert "self-test: ok" in done.stdout
