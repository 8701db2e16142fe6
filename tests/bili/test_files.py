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


def test_a_folder_drop_leaves_the_systems_own_files_behind(tmp_path: Path) -> None:
    from gui.bili.files import expand_folders

    folder = tmp_path / "logs"
    folder.mkdir()
    for name in ("app.log", ".DS_Store", "._app.log", "Thumbs.db", "desktop.ini", "Icon\r"):
        (folder / name).write_text("x")
    files, problems, count = expand_folders([folder, folder / ".DS_Store"])
    assert [f.name for f in files] == ["app.log", ".DS_Store"]  # the one named, sent as asked
    assert (problems, count) == ([], 1)


def test_names_are_sent_and_kept_in_nfc(tmp_path: Path) -> None:
    import unicodedata

    from gui.bili.upload_body import sendable_name

    decomposed = unicodedata.normalize("NFD", "café-ギガ.png")  # as macOS names files
    assert sendable_name(tmp_path / decomposed) == unicodedata.normalize("NFC", decomposed)
