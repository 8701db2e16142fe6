"""Benchmark: the history at 100 and at 100,000 uploads. Opening the window's History (its
model's first page) and each keystroke of a search, timed the same way at both sizes; the
ratio says how much the size costs (the goal: a keystroke under 16 ms at 100,000).

Run: uv run python tests/bench/bench_history.py
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui.store.history import History
from gui.ui.history_dialog import HistoryModel

KEYSTROKES = ["l", "lo", "log", "log-", "log-0", "log-04", "log-042", "截", "截图", "截图-9"]


def filled(path: Path, count: int) -> History:
    history = History(path)
    now = datetime.now(UTC)
    rows = [
        (
            f"/data/log-{n:06}.txt" if n % 10 else f"/data/截图-{n:06}.png",
            f"log-{n:06}.txt" if n % 10 else f"截图-{n:06}.png",
            1000 + n,
            "ab" * 32,
            f"k{n}",
            f"https://jssz-boss.hdslb.com/{n}",
            (now - timedelta(seconds=count - n)).isoformat(),
            (now - timedelta(seconds=count - n) + timedelta(minutes=15)).isoformat(),
        )
        for n in range(count)
    ]
    with sqlite_transaction(history):
        history._db.executemany(
            "INSERT INTO uploads (local_path, name, size, sha256, key, url, uploaded_at, "
            "expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    return history


class sqlite_transaction:
    def __init__(self, history: History) -> None:
        self._db = history._db

    def __enter__(self) -> None:
        self._db.execute("BEGIN")

    def __exit__(self, *exc: object) -> None:
        self._db.execute("COMMIT")


def timed(action: Callable[[], object], rounds: int = 5) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def measure(count: int, folder: Path) -> dict[str, float]:
    history = filled(folder / f"history-{count}.sqlite3", count)
    model = HistoryModel(history, lambda: datetime.now(UTC))
    figures = {"open": timed(model.reload)}
    figures |= {key: timed(partial(model.reload, key)) for key in KEYSTROKES}
    figures["tick"] = timed(model.tick)
    history.close()
    return figures


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="bilidrop-bench-history-"))
    small, large = measure(100, folder), measure(100_000, folder)
    print("history, median of 5 (ms):      100 rows   100,000 rows   ratio")
    for key in small:
        shown = f"search {key!r}" if key in KEYSTROKES else key
        print(f"  {shown:24} {small[key]:10.2f} {large[key]:14.2f} {large[key] / small[key]:7.1f}")
    print(f"worst keystroke at 100,000 rows: {max(large[k] for k in KEYSTROKES):.1f} ms")


if __name__ == "__main__":
    main()
