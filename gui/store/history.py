"""Upload history and the not-yet-finished queue, in SQLite (WAL), with schema migrations.

Never holds credentials: a row is a local file and the link it got.

Several BiliDrop processes may share one history. Each unfinished upload names the process
that owns it, and each process holds a lock file for as long as it runs: rows whose owner's
lock can be taken belong to a process that is gone (a quit or a crash) and come back as
interrupted; rows of a process still running are left to it.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from filelock import FileLock, Timeout

from gui.bili.upload_body import sendable_name
from gui.shown_text import shown_text

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
    3: ("ALTER TABLE pending ADD COLUMN owner TEXT NOT NULL DEFAULT ''",),
    4: (
        # Names searched by any part of them (Chinese too: trigrams, not words), at 100,000
        # uploads as at 100.
        "CREATE VIRTUAL TABLE upload_names USING fts5(name, content='uploads', "
        "content_rowid='id', tokenize='trigram')",
        "INSERT INTO upload_names(upload_names) VALUES ('rebuild')",
        "CREATE TRIGGER upload_named AFTER INSERT ON uploads BEGIN "
        "INSERT INTO upload_names(rowid, name) VALUES (new.id, new.name); END",
        "CREATE TRIGGER upload_unnamed AFTER DELETE ON uploads BEGIN "
        "INSERT INTO upload_names(upload_names, rowid, name) VALUES ('delete', old.id, old.name); "
        "END",
    ),
}
OPEN_TIMEOUT = 15.0  # seconds another process may hold the database (its migration, say)
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

    def matches(self, search: str) -> bool:
        return search.casefold() in self.name.casefold()


@dataclass(frozen=True)
class PendingUpload:
    id: int
    local_path: Path
    sha256: str  # of the file when it was uploaded before ("" for a first upload)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _path_value(path: Path) -> str | bytes:
    """A path as stored: text, or its bytes when the name is not valid UTF-8 (SQLite keeps
    both in a TEXT column)."""
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(path)
    return text


def _path_of(value: str | bytes) -> Path:
    return Path(os.fsdecode(value) if isinstance(value, bytes) else value)


def _name_of(path: Path) -> str:
    """The name as History shows and copies it: as sent (valid UTF-8, NFC), control
    characters escaped."""
    return shown_text(sendable_name(path))


class History:
    """One SQLite file. Calls are short; a lock makes them safe from any thread."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(
            path, check_same_thread=False, isolation_level=None, timeout=OPEN_TIMEOUT
        )
        self._lock = threading.Lock()
        # Two BiliDrops opening a new history at once must not both set it up: switching to
        # WAL and migrating take locks SQLite will not wait for, so the opening is serialised.
        with self._lock, FileLock(path.with_name(path.name + ".open.lock"), timeout=OPEN_TIMEOUT):
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._migrate()
        self.owner = uuid.uuid4().hex
        self._owners = path.with_name(path.name + ".owners")
        self._owners.mkdir(exist_ok=True)
        self._alive = FileLock(self._owners / f"{self.owner}.lock")
        self._alive.acquire()

    def _migrate(self) -> None:
        """Bring the schema up to date, in one transaction that takes the write lock before it
        reads the version."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise RuntimeError(
                    f"{self.path.name} was written by a newer BiliDrop (schema {version}); "
                    "update BiliDrop to read it"
                )
            for step in range(version + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[step]:
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {step}")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
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
    ) -> HistoryEntry:
        """Keep a finished upload; returns it as `entries()` would."""
        name = _name_of(local_path)
        with self._lock:
            cursor = self._db.execute(
                "INSERT INTO uploads (local_path, name, size, sha256, key, url, uploaded_at, "
                "expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    _path_value(local_path),
                    name,
                    size,
                    sha256,
                    key,
                    url,
                    _stamp(uploaded_at),
                    _stamp(expires_at),
                ),
            )
        return HistoryEntry(
            int(cursor.lastrowid or 0),
            local_path,
            name,
            size,
            sha256,
            key,
            url,
            _moment(_stamp(uploaded_at)),
            _moment(_stamp(expires_at)),
        )

    def entries(self, search: str = "", limit: int = 1000, offset: int = 0) -> list[HistoryEntry]:
        """Newest first, `limit` of them from `offset` on; `search` matches part of the file
        name, case-insensitively (as `matches` does), through the name index from three
        characters on."""
        columns = "id, local_path, name, size, sha256, key, url, uploaded_at, expires_at"
        if len(search) >= 3:  # the index: a phrase of trigrams matches any part of a name;
            # newest first by id, which the index walks in order (the page is read, no more)
            phrase = '"' + search.replace('"', '""') + '"'
            query = (
                f"SELECT {columns} FROM uploads WHERE id IN (SELECT rowid FROM upload_names "  # noqa: S608
                "WHERE upload_names MATCH ? ORDER BY rowid DESC LIMIT ? OFFSET ?) ORDER BY id DESC"
            )
            arguments: tuple[object, ...] = (phrase, limit, offset)
        else:  # one or two characters (no trigram to look up), or none: read in time order
            escaped = search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            query = (
                f"SELECT {columns} FROM uploads WHERE name LIKE ? ESCAPE '\\' "  # noqa: S608
                "ORDER BY uploaded_at DESC, id DESC LIMIT ? OFFSET ?"
            )
            arguments = ("%" + escaped + "%", limit, offset)
        with self._lock:
            rows = self._db.execute(query, arguments).fetchall()
        return [
            HistoryEntry(
                row[0],
                _path_of(row[1]),
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
        """An upload this process has queued and not finished."""
        with self._lock:
            cursor = self._db.execute(
                "INSERT INTO pending (local_path, sha256, added_at, owner) VALUES (?, ?, ?, ?)",
                (_path_value(local_path), sha256, _stamp(datetime.now(UTC)), self.owner),
            )
            return int(cursor.lastrowid or 0)

    def add_pending_many(self, uploads: list[tuple[Path, str]]) -> list[int]:
        """Several at once (a drop of a folder), in one transaction: their ids, in order."""
        stamp = _stamp(datetime.now(UTC))
        ids = []
        with self._lock:
            self._db.execute("BEGIN")
            try:
                for local_path, sha256 in uploads:
                    cursor = self._db.execute(
                        "INSERT INTO pending (local_path, sha256, added_at, owner) "
                        "VALUES (?, ?, ?, ?)",
                        (_path_value(local_path), sha256, stamp, self.owner),
                    )
                    ids.append(int(cursor.lastrowid or 0))
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
        return ids

    def remove_pending(self, pending_id: int) -> None:
        with self._lock:
            self._db.execute("DELETE FROM pending WHERE id = ?", (pending_id,))

    def pending(self) -> list[PendingUpload]:
        """Unfinished uploads of processes that are gone; from now on this process owns them.
        Those of another BiliDrop still running are not listed."""
        with self._lock:
            owners = [row[0] for row in self._db.execute("SELECT DISTINCT owner FROM pending")]
            for owner in owners:
                if owner != self.owner and self._is_gone(owner):
                    self._db.execute(
                        "UPDATE pending SET owner = ? WHERE owner = ?", (self.owner, owner)
                    )
            rows = self._db.execute(
                "SELECT id, local_path, sha256 FROM pending WHERE owner = ? ORDER BY id",
                (self.owner,),
            ).fetchall()
        return [PendingUpload(row[0], _path_of(row[1]), row[2]) for row in rows]

    def _is_gone(self, owner: str) -> bool:
        """True if no running process holds `owner`'s lock (then its lock file is removed)."""
        if not owner:
            return True  # written before owners were recorded
        lock = FileLock(self._owners / f"{owner}.lock")
        try:
            lock.acquire(timeout=0)
        except Timeout:
            return False
        lock.release()
        (self._owners / f"{owner}.lock").unlink(missing_ok=True)
        return True

    def close(self) -> None:
        with self._lock:
            self._db.close()
        self._alive.release()
        (self._owners / f"{self.owner}.lock").unlink(missing_ok=True)
