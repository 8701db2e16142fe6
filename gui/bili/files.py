"""What is checked about a file before a byte of it is sent."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable
from pathlib import Path

from gui.bili.errors import (
    FileEmpty,
    FileMissing,
    FileProblem,
    FileTooLarge,
    FileUnreadable,
    NotAFile,
)
from gui.bili.limits import MAX_UPLOAD_BYTES


def check_uploadable(path: Path, limit: int = MAX_UPLOAD_BYTES) -> int:
    """Return the file's size, or raise the FileProblem that says why it cannot be sent."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise FileMissing(path) from None
    except OSError as exc:
        raise FileUnreadable(path, exc) from None
    if not stat.S_ISREG(info.st_mode):
        raise NotAFile(path)
    try:
        with path.open("rb") as handle:
            handle.read(1)
    except OSError as exc:
        raise FileUnreadable(path, exc) from None
    if info.st_size == 0:
        raise FileEmpty(path)
    if info.st_size > limit:
        raise FileTooLarge(path, info.st_size, limit)
    return info.st_size


def expand_folders(paths: Iterable[Path]) -> tuple[list[Path], list[FileProblem], int]:
    """Files as given, folders replaced by the files inside them (recursively, sorted).

    Returns the files, the problems met on the way (a folder that cannot be entered, a loop of
    links: each one a refused row, nothing else lost) and how many files came from folders.
    """
    files: list[Path] = []
    problems: list[FileProblem] = []
    from_folders = 0
    for path in paths:
        try:
            is_folder = path.is_dir()
        except OSError as error:
            problems.append(FileUnreadable(path, error))
            continue
        if not is_folder:
            files.append(path)
            continue
        inside: list[Path] = []
        for folder, _, names in os.walk(
            path, onerror=lambda error: problems.append(_unreadable(error))
        ):
            inside += [Path(folder) / name for name in names if not os_metadata(name)]
        inside.sort(key=natural_key)
        files += inside
        from_folders += len(inside)
    return files, problems, from_folders


OS_METADATA = frozenset({".DS_Store", "Thumbs.db", "desktop.ini", "Icon\r", ".localized"})


def os_metadata(name: str) -> bool:
    """A file the system keeps in a folder for itself (Finder, Explorer), never one the user
    meant to send with the folder; macOS's "._" files are the other half of a file."""
    return name in OS_METADATA or name.startswith("._")


def _unreadable(error: OSError) -> FileProblem:
    return FileUnreadable(Path(error.filename or "?"), error)


def natural_key(path: Path) -> list[int | str]:
    """Names as people sort them: f2 before f10 (digits compared as numbers)."""
    return [
        int(part) if part.isdigit() else part.casefold() for part in re.split(r"(\d+)", str(path))
    ]
