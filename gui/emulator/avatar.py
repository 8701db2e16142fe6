"""A small avatar image for each emulated account, drawn as a PNG without an imaging library."""

from __future__ import annotations

import hashlib
import struct
import zlib

SIZE = 64


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def avatar_png(seed: str) -> bytes:
    """A symmetric 5x5 pattern in two colours picked from `seed`, like a GitHub identicon."""
    digest = hashlib.sha256(seed.encode()).digest()
    ink = (0xFB, 0x72, 0x99) if digest[0] % 2 else (0x23, 0xAD, 0xE5)
    paper = (0xF4, 0xF5, 0xF7)
    cells = [
        [bool(digest[1 + row * 3 + min(col, 4 - col)] & 1) for col in range(5)] for row in range(5)
    ]
    rows = []
    for y in range(SIZE):
        line = bytearray([0])  # filter: none
        for x in range(SIZE):
            cell_x, cell_y = (x - 2) * 5 // (SIZE - 4), (y - 2) * 5 // (SIZE - 4)
            inside = 0 <= cell_x < 5 and 0 <= cell_y < 5 and cells[cell_y][cell_x]
            line += bytes(ink if inside else paper)
        rows.append(bytes(line))
    header = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 2, 0, 0, 0)  # 8-bit RGB
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(b"".join(rows)))
        + _chunk(b"IEND", b"")
    )
