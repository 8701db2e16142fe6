"""What is checked about a file before a byte of it is sent."""

from __future__ import annotations

import hashlib
import stat
from collections.abc import Callable
from pathlib import Path

from gui.bili.errors import FileEmpty, FileMissing, FileTooLarge, FileUnreadable, NotAFile

# The service says "仅支持上传300M内的文件" without saying whether M is 10^6 or 2^20 bytes.
# We allow 300 MiB and handle the service's code 1000011 the same way, should it count less.
MAX_UPLOAD_BYTES = 300 * 1024 * 1024


def check_uploadable(path: Path, limit: int = MAX_UPLOAD_BYTES) -> int:
    """Return the file's size, or raise the FileProblem that says why it cannot be sent."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise FileMissing(path) from None
    except OSError as exc:
        raise FileUnreadable(path, exc.strerror or type(exc).__name__) from None
    if not stat.S_ISREG(info.st_mode):
        raise NotAFile(path)
    try:
        with path.open("rb") as handle:
            handle.read(1)
    except OSError as exc:
        raise FileUnreadable(path, exc.strerror or type(exc).__name__) from None
    if info.st_size == 0:
        raise FileEmpty(path)
    if info.st_size > limit:
        raise FileTooLarge(path, info.st_size, limit)
    return info.st_size


def file_sha256(path: Path, cancel: Callable[[], bool] | None = None) -> str:
    """The file's SHA-256 in hex; "" if it cannot be read or `cancel()` turns true."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                if cancel is not None and cancel():
                    return ""
                digest.update(chunk)
    except OSError:
        return ""
    return digest.hexdigest()
