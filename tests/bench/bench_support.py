"""What the benchmark scripts share (they run as scripts: `python tests/bench/bench_X.py`)."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def compile_bytecode() -> None:
    """An installed copy has its bytecode compiled (pip does it at install time), and so do
    its libraries; here the checkout and the environment may not (PYTHONDONTWRITEBYTECODE, or
    an installer that skips it), which would bill both sides for compiling on every start."""
    for folder in (ROOT / "gui", Path(sysconfig.get_paths()["purelib"])):
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", "-j", "0", str(folder)],
            check=False,
            capture_output=True,
        )
