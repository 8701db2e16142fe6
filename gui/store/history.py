"""Upload history and the not-yet-finished queue, in SQLite (WAL), with schema migrations.

Never holds credentials: a row is a local file and the link it got.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

# Each step takes the database from version N-1 to N; a new release only appends steps.
MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        """CREATE TABLE uploads (
            id INTEGER PRIMARY KEY,
            local_path TEXT NOT NULL,
            name TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            key TEXT NOT NULL,
            url TEXT NOT NULL,
            uploaded_at TEXT NOT NULL,
            expires_at TEXT NOT NULL
        )""",
        "CREATE INDEX uploads_by_time ON uploads (uploaded_at)",
    ),
    2: (
        # Files queued but not finished: what a quit or a crash must not lose.
        """CREATE TABLE pending (
            id INTEGER PRIMARY KEY,
            local_path TEXT NOT NULL,
            sha256 TEXT NOT NULL DEFAULT '',
            added_at TEXT NOT NULL
        )""",
    ),
}
SCHEMA_VERSION = max(MIGRATIONS)


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    local_path: Path
    name: str
    size: int
    sha256: str
    key: str
    url: str
    uploaded_at: datetime
    expires_at: datetime


@dataclass(frozen=True)
class PendingUpload:
    id: int
    local_path: Path
    sha256: str  # of the file when it was uploaded before ("" for a first upload)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text)


class History:
    """One SQLite file. Calls are short; a lock makes them safe from any thread."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._lock = threading.Lock()
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._migrate()

    def _migrate(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise RuntimeError(
                f"{self.path.name} was written by a newer BiliDrop (schema {version}); "
                "update BiliDrop to read it"
            )
        for step in range(version + 1, SCHEMA_VERSION + 1):
            self._db.execute("BEGIN")
            for statement in MIGRATIONS[step]:
                self._db.execute(statement)
            self._db.execute(f"PRAGMA user_version = {step}")
            self._db.execute("COMMIT")

    @property
    def version(self) -> int:
        with self._lock:
            return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    # --- history ---------------------------------------------------------------------------------

    def record(
        self,
        local_path: Path,
        size: int,
        sha256: str,
        key: str,
        url: str,
        uploaded_at: datetime,
        expires_at: datetime,
    ) -> int:
        with self._lock:
            cursor = self._db.execute(
                "INSERT INTO uploads (local_path, name, size, sha256, key, url, uploaded_at, "
                "expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    str(local_path),
                    local_path.name,
                    size,
                    sha256,
                    key,
                    url,
                    _stamp(uploaded_at),
                    _stamp(expires_at),
                ),
            )
            return int(cursor.lastrowid or 0)

    def entries(self, search: str = "", limit: int = 1000) -> list[HistoryEntry]:
        """Newest first; `search` matches part of the file name, case-insensitively."""
        pattern = "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        with self._lock:
            rows = self._db.execute(
                "SELECT id, local_path, name, size, sha256, key, url, uploaded_at, expires_at "
                "FROM uploads WHERE name LIKE ? ESCAPE '\\' ORDER BY uploaded_at DESC, id DESC "
                "LIMIT ?",
                (pattern, limit),
            ).fetchall()
        return [
            HistoryEntry(
                row[0],
                Path(row[1]),
                row[2],
                row[3],
                row[4],
                row[5],
                row[6],
                _moment(row[7]),
                _moment(row[8]),
            )
            for row in rows
        ]

    def delete(self, entry_id: int) -> None:
        with self._lock:
            self._db.execute("DELETE FROM uploads WHERE id = ?", (entry_id,))

    def clear(self) -> None:
        with self._lock:
            self._db.execute("DELETE FROM uploads")

    # --- the unfinished queue --------------------------------------------------------------------

    def add_pending(self, local_path: Path, sha256: str = "") -> int:
        with self._lock:
            cursor = self._db.execute(
                "INSERT INTO pending (local_path, sha256, added_at) VALUES (?, ?, ?)",
                (str(local_path), sha256, _stamp(datetime.now(UTC))),
            )
            return int(cursor.lastrowid or 0)

    def remove_pending(self, pending_id: int) -> None:
        with self._lock:
            self._db.execute("DELETE FROM pending WHERE id = ?", (pending_id,))

    def pending(self) -> list[PendingUpload]:
        with self._lock:
            rows = self._db.execute(
                "SELECT id, local_path, sha256 FROM pending ORDER BY id"
            ).fetchall()
        return [PendingUpload(row[0], Path(row[1]), row[2]) for row in rows]

    def close(self) -> None:
        with self._lock:
            self._db.close()
