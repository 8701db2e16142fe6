"""Reading an upload's multipart body as it streams in: small fields to memory, the file to disk.

The file part stops being read the moment it passes the size limit, so an oversized request is
neither buffered nor written out.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import IO

from python_multipart.multipart import MultipartParser, parse_options_header

MAX_FIELD_BYTES = 64 * 1024


class BodyTooLarge(Exception):
    """The file part passed the limit (or a text field passed MAX_FIELD_BYTES)."""


class MalformedBody(Exception):
    """Not multipart/form-data, or cut short."""


class UploadBody:
    """Feed it the body's chunks; then read `fields`, `file_path`, `file_name`, `file_size`."""

    def __init__(self, content_type: str, spool_dir: Path, max_file_bytes: int) -> None:
        kind, options = parse_options_header(content_type)
        boundary = options.get(b"boundary")
        if kind != b"multipart/form-data" or not boundary:
            raise MalformedBody("expected multipart/form-data with a boundary")
        self.fields: dict[str, str] = {}
        self.file_name: str | None = None
        self.file_path: Path | None = None
        self.file_size = 0
        self._spool_dir = spool_dir
        self._max_file_bytes = max_file_bytes
        self._header_name = b""
        self._header_value = b""
        self._headers: dict[bytes, bytes] = {}
        self._part_name = ""
        self._field = bytearray()
        self._out: IO[bytes] | None = None
        self._finished = False
        self._parser = MultipartParser(
            boundary,
            {
                "on_part_begin": self._on_part_begin,
                "on_header_field": self._on_header_field,
                "on_header_value": self._on_header_value,
                "on_header_end": self._on_header_end,
                "on_headers_finished": self._on_headers_finished,
                "on_part_data": self._on_part_data,
                "on_part_end": self._on_part_end,
                "on_end": self._on_end,
            },
        )

    # --- parser callbacks ------------------------------------------------------------------------

    def _on_part_begin(self) -> None:
        self._headers = {}
        self._field = bytearray()
        self._part_name = ""

    def _on_header_field(self, data: bytes, start: int, end: int) -> None:
        self._header_name += data[start:end]

    def _on_header_value(self, data: bytes, start: int, end: int) -> None:
        self._header_value += data[start:end]

    def _on_header_end(self) -> None:
        self._headers[self._header_name.lower()] = self._header_value
        self._header_name = self._header_value = b""

    def _on_headers_finished(self) -> None:
        _, options = parse_options_header(self._headers.get(b"content-disposition", b""))
        self._part_name = options.get(b"name", b"").decode("utf-8", "replace")
        filename = options.get(b"filename")
        if self._part_name == "file" and filename is not None and self.file_path is None:
            self.file_name = filename.decode("utf-8", "replace")
            fd, name = tempfile.mkstemp(dir=self._spool_dir, prefix="incoming-")
            self.file_path = Path(name)
            self._out = os.fdopen(fd, "wb")

    def _on_part_data(self, data: bytes, start: int, end: int) -> None:
        if self._out is not None and self._part_name == "file":
            self.file_size += end - start
            if self.file_size > self._max_file_bytes:
                raise BodyTooLarge()
            self._out.write(data[start:end])
        else:
            self._field += data[start:end]
            if len(self._field) > MAX_FIELD_BYTES:
                raise BodyTooLarge()

    def _on_part_end(self) -> None:
        if self._out is not None and self._part_name == "file":
            self._out.close()
            self._out = None
        elif self._part_name:
            self.fields[self._part_name] = self._field.decode("utf-8", "replace")

    def _on_end(self) -> None:
        self._finished = True

    # --- use -----------------------------------------------------------------------------------

    def feed(self, chunk: bytes) -> None:
        self._parser.write(chunk)

    def finish(self) -> None:
        self._parser.finalize()
        if not self._finished:
            raise MalformedBody("the body ended before its closing boundary")

    def discard(self) -> None:
        """Remove what was written of the file (on any failure, or once it is stored)."""
        if self._out is not None:
            self._out.close()
            self._out = None
        if self.file_path is not None:
            self.file_path.unlink(missing_ok=True)
