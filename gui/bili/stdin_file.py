"""`bilidrop upload -`: what arrives on standard input, kept in a file to upload like any
other. Its name is `--name`, else "stdin-<time>" with a suffix guessed from the first bytes
(the service and the link's reader go by the suffix)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from gui.bili.limits import MAX_UPLOAD_BYTES

CHUNK = 1024 * 1024
# Magic numbers of what people pipe in most: pictures, documents, archives.
SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, ".png"),
    (b"\xff\xd8\xff", 0, ".jpg"),
    (b"GIF87a", 0, ".gif"),
    (b"GIF89a", 0, ".gif"),
    (b"WEBP", 8, ".webp"),
    (b"BM", 0, ".bmp"),
    (b"%PDF-", 0, ".pdf"),
    (b"PK\x03\x04", 0, ".zip"),
    (b"\x1f\x8b", 0, ".gz"),
    (b"7z\xbc\xaf\x27\x1c", 0, ".7z"),
    (b"ftypmp4", 4, ".mp4"),
    (b"ftypisom", 4, ".mp4"),
)


def guessed_suffix(head: bytes) -> str:
    """The suffix the first bytes say; ".txt" for UTF-8 text, ".bin" for anything else."""
    for magic, offset, suffix in SIGNATURES:
        if head[offset : offset + len(magic)] == magic:
            return suffix
    if head and b"\x00" not in head:
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as error:
            if error.start < len(head) - 3:  # not merely a character cut at the end
                return ".bin"
        return ".txt"
    return ".bin"


def save_stdin(source: BinaryIO, folder: Path, name: str = "", now: datetime | None = None) -> Path:
    """Copy `source` into `folder` under `name` (or a guessed one). At most one byte over
    the upload limit is kept: the file's own check then refuses it with its size."""
    head = source.read(CHUNK)
    if not name:
        stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
        name = f"stdin-{stamp}{guessed_suffix(head[:4096])}"
    path = folder / Path(name).name  # a name, never a path elsewhere
    kept = len(head)
    with path.open("wb") as out:
        out.write(head)
        while kept <= MAX_UPLOAD_BYTES and (chunk := source.read(CHUNK)):
            chunk = chunk[: MAX_UPLOAD_BYTES + 1 - kept]
            out.write(chunk)
            kept += len(chunk)
    return path
