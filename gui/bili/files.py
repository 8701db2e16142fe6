"""What is checked about a file before a byte of it is sent."""

from __future__ import annotations

import stat
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
