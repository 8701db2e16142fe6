from __future__ import annotations

from pathlib import Path

import pytest

from gui.bili.errors import FileTooLarge
from gui.bili.files import check_uploadable
from gui.bili.limits import MAX_UPLOAD_BYTES
from gui.bili.sizes import format_size


def test_limit_is_300_mib() -> None:
    assert MAX_UPLOAD_BYTES == 314_572_800


def test_exactly_at_the_limit_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "edge.bin"
    with path.open("wb") as handle:
        handle.truncate(MAX_UPLOAD_BYTES)
    assert check_uploadable(path) == MAX_UPLOAD_BYTES
    with path.open("ab") as handle:
        handle.write(b"!")
    with pytest.raises(FileTooLarge):
        check_uploadable(path)


@pytest.mark.parametrize(
    ("size", "shown"),
    [
        (0, "0 B"),
        (1023, "1023 B"),
        (1024, "1.0 KiB"),
        (MAX_UPLOAD_BYTES, "300.0 MiB"),
        (5 * 1024**3, "5.0 GiB"),
    ],
)
def test_format_size(size: int, shown: str) -> None:
    assert format_size(size) == shown
