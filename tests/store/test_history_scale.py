"""The history at scale: every row is searched through the name index (any part of a name,
Chinese included, case-insensitively), a page at a time; a database kept before the index
gets it; the window's dialog reads pages as it scrolls; `bilidrop history` lists them."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from gui.store.history import MIGRATIONS, History
from gui.ui.history_dialog import PAGE, HistoryModel
from tests.store.test_history import NOW, add


def many(history: History, count: int) -> None:
    for n in range(count):
        add(history, f"log-{n:05}.txt", minutes_ago=count - n)


def test_search_reaches_every_row_not_only_the_newest_thousand(tmp_path: Path) -> None:
    history = History(tmp_path / "h.sqlite3")
    add(history, "订单截图-0042.PNG", minutes_ago=5000)  # older than the newest 1,000
    many(history, 1500)
    assert [e.name for e in history.entries("单截图")] == ["订单截图-0042.PNG"]
    assert [e.name for e in history.entries("0042.png")] == ["订单截图-0042.PNG"]  # any case
    assert [e.name for e in history.entries("截图")] == ["订单截图-0042.PNG"]  # two characters
    assert len(history.entries("log-", limit=2000)) == 1500
    newest = history.entries(limit=3)
    assert [e.name for e in newest] == ["log-01499.txt", "log-01498.txt", "log-01497.txt"]
    assert history.entries(limit=2, offset=1) == newest[1:3]  # pages follow each other
    history.delete(newest[0].id)
    assert history.entries("01499") == []  # the index follows a deletion


def test_a_history_kept_before_the_index_gets_it(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    old = sqlite3.connect(path)
    for step in (1, 2, 3):
        for statement in MIGRATIONS[step]:
            old.execute(statement)
    old.execute("PRAGMA user_version = 3")
    old.execute(
        "INSERT INTO uploads (local_path, name, size, sha256, key, url, uploaded_at, expires_at) "
        "VALUES ('/d/客服日志.zip', '客服日志.zip', 3, '', 'k', 'u', ?, ?)",
        (NOW.isoformat(), NOW.isoformat()),
    )
    old.commit()
    old.close()
    history = History(path)
    assert [e.name for e in history.entries("服日志")] == ["客服日志.zip"]


def test_the_dialogs_model_reads_a_page_at_a_time(tmp_path: Path) -> None:
    history = History(tmp_path / "h.sqlite3")
    many(history, PAGE * 2 + 10)
    model = HistoryModel(history, lambda: NOW)
    model.reload()
    assert model.rowCount() == PAGE  # not all 1,010 at once
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == PAGE * 2 + 10
    assert not model.canFetchMore()
    assert model.entries[0].name == "log-01009.txt"


def test_the_command_line_lists_the_windows_history(tmp_path: Path) -> None:
    data = tmp_path / "data"
    history = History(data / "BiliDrop" / "BiliDrop" / "history-demo.sqlite3")
    add(history, "一.txt")
    now = datetime.now(UTC)
    history.record(
        Path("/data/live.txt"),
        1,
        "",
        "k",
        "https://jssz-boss.hdslb.com/live.txt",
        now,
        now + timedelta(minutes=15),
    )
    history.close()
    env = {**os.environ, "XDG_DATA_HOME": str(data)}

    def bilidrop_history(*words: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "gui", "history", "--demo", *words]
        return subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)

    run = bilidrop_history("--json")
    assert run.returncode == 0, run.stderr
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    assert [(line["file"], line["live"]) for line in lines] == [
        ("live.txt", True),
        ("一.txt", False),
    ]
    found = bilidrop_history("live")
    assert found.stdout.startswith("live.txt\thttps://jssz-boss.hdslb.com/live.txt\t(expires ")
