from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from gui.store.history import MIGRATIONS, SCHEMA_VERSION, History, HistoryEntry

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


def add(history: History, name: str, minutes_ago: int = 0) -> HistoryEntry:
    when = NOW - timedelta(minutes=minutes_ago)
    return history.record(
        Path("/data") / name,
        10,
        "ab" * 32,
        f"{name}.key",
        f"http://x/{name}",
        when,
        when + timedelta(seconds=900),
    )


def test_survives_restart_newest_first(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    history = History(path)
    add(history, "old.txt", 30)
    add(history, "new.png", 1)
    history.close()
    again = History(path)
    names = [e.name for e in again.entries()]
    assert names == ["new.png", "old.txt"]
    entry = again.entries()[0]
    assert entry.expires_at - entry.uploaded_at == timedelta(seconds=900)
    assert entry.uploaded_at.tzinfo is not None
    assert again.path.with_name("history.sqlite3-wal").exists()  # WAL mode


def test_search_by_name(tmp_path: Path) -> None:
    history = History(tmp_path / "h.sqlite3")
    for name in ("Report 2026.pdf", "截图.png", "report_final.docx", "100%.txt"):
        add(history, name)
    assert {e.name for e in history.entries("report")} == {"Report 2026.pdf", "report_final.docx"}
    assert [e.name for e in history.entries("截图")] == ["截图.png"]
    assert [e.name for e in history.entries("100%")] == ["100%.txt"]  # % is literal
    assert history.entries("_final") == history.entries("report_final")


def test_delete_and_clear(tmp_path: Path) -> None:
    history = History(tmp_path / "h.sqlite3")
    first = add(history, "a")
    add(history, "b")
    history.delete(first.id)
    assert [e.name for e in history.entries()] == ["b"]
    history.clear()
    assert history.entries() == []


def test_migrates_a_version_1_database(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    old = sqlite3.connect(path)
    for statement in MIGRATIONS[1]:
        old.execute(statement)
    old.execute("PRAGMA user_version = 1")
    old.execute(
        "INSERT INTO uploads (local_path, name, size, sha256, key, url, uploaded_at, expires_at) "
        "VALUES ('/d/kept.txt', 'kept.txt', 3, '', 'k', 'u', ?, ?)",
        (NOW.isoformat(), NOW.isoformat()),
    )
    old.commit()
    old.close()
    history = History(path)
    assert history.version == SCHEMA_VERSION
    assert [e.name for e in history.entries()] == ["kept.txt"]  # the data came along
    pending = history.add_pending(Path("/d/next.bin"))
    assert [p.id for p in history.pending()] == [pending]


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(RuntimeError, match="newer BiliDrop"):
        History(path)


def test_pending_round_trip(tmp_path: Path) -> None:
    history = History(tmp_path / "h.sqlite3")
    a = history.add_pending(Path("/d/a.bin"))
    b = history.add_pending(Path("/d/b.bin"), sha256="cd" * 32)
    history.remove_pending(a)
    assert [(p.id, p.local_path.name, p.sha256) for p in history.pending()] == [
        (b, "b.bin", "cd" * 32)
    ]


def test_no_credentials_column(tmp_path: Path) -> None:
    history = History(tmp_path / "h.sqlite3")
    add(history, "a")
    text = (tmp_path / "h.sqlite3").read_bytes() + (tmp_path / "h.sqlite3-wal").read_bytes()
    for word in (b"SESSDATA", b"bili_jct", b"Cookie"):
        assert word not in text


def test_two_processes_opening_a_new_history_together_both_succeed(tmp_path: Path) -> None:
    """The schema migration is taken under the database's write lock."""
    failures: list[BaseException] = []
    for attempt in range(10):
        path = tmp_path / f"fresh-{attempt}.sqlite3"
        start = threading.Barrier(4)
        opened: list[History] = []

        def open_it(
            path: Path = path, start: threading.Barrier = start, opened: list[History] = opened
        ) -> None:
            start.wait()
            try:
                opened.append(History(path))
            except BaseException as error:
                failures.append(error)

        threads = [threading.Thread(target=open_it) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        for history in opened:
            assert history.version == SCHEMA_VERSION
            history.close()
    assert failures == []


def test_a_running_instance_keeps_its_unfinished_uploads(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    first = History(path)
    first.add_pending(Path("/data/first.bin"))
    second = History(path)  # another BiliDrop, started while the first one runs
    assert second.pending() == []  # not "interrupted": the first one is still at it
    second.add_pending(Path("/data/second.bin"))
    assert [p.local_path.name for p in first.pending()] == ["first.bin"]
    first.close()  # quit with the upload unfinished
    third = History(path)
    assert [p.local_path.name for p in third.pending()] == ["first.bin"]
    assert [p.local_path.name for p in second.pending()] == ["second.bin"]
    second.close()
    third.close()


def test_unfinished_uploads_of_a_killed_process_come_back(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    killed = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys; from pathlib import Path; from gui.store.history import History;"
            "h = History(Path(sys.argv[1])); h.add_pending(Path('/data/lost.bin'));"
            "os.kill(os.getpid(), 9)",
            str(path),
        ],
        check=False,
    )
    assert killed.returncode == -9
    again = History(path)
    assert [p.local_path.name for p in again.pending()] == ["lost.bin"]
    again.close()


@pytest.mark.skipif(os.name != "posix", reason="names that are not UTF-8 exist on POSIX")
def test_paths_that_are_not_utf8_are_kept_exactly(tmp_path: Path) -> None:
    odd = Path(os.fsdecode(b"/data/bad-\xff.txt"))
    history = History(tmp_path / "history.sqlite3")
    history.record(odd, 4, "", "k.txt", "http://x/k.txt", NOW, NOW)
    history.add_pending(odd)
    assert history.entries()[0].local_path == odd
    assert history.entries()[0].name == "bad-\ufffd.txt"
    assert history.pending()[0].local_path == odd
    history.close()


def test_record_returns_the_entry_as_entries_reads_it(tmp_path: Path) -> None:
    history = History(tmp_path / "h.sqlite3")
    entry = add(history, "clip.mp4")
    assert history.entries() == [entry]
    assert entry.matches("CLIP")
    assert not entry.matches("other")
    history.close()
