"""Files the client refuses before a byte is sent, and cancelling."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.bili.client import BiliClient
from gui.bili.errors import (
    FileEmpty,
    FileMissing,
    FileTooLarge,
    FileUnreadable,
    NotAFile,
    NotSignedIn,
    UploadCancelled,
)
from gui.bili.limits import MAX_UPLOAD_BYTES
from gui.emulator.server import Emulator
from tests.bili.client_helpers import MakeFile, assert_nothing_sent, client_for
from tests.conftest import wait_until


def test_missing_file(client: BiliClient, emulator: Emulator, tmp_path: Path) -> None:
    with pytest.raises(FileMissing):
        client.upload(tmp_path / "gone.txt")
    assert_nothing_sent(emulator)


def test_folder(client: BiliClient, emulator: Emulator, tmp_path: Path) -> None:
    with pytest.raises(NotAFile):
        client.upload(tmp_path)
    assert_nothing_sent(emulator)


def test_empty_file(client: BiliClient, emulator: Emulator, make_file: MakeFile) -> None:
    with pytest.raises(FileEmpty):
        client.upload(make_file(data=b""))
    assert_nothing_sent(emulator)


def test_oversized_file(client: BiliClient, emulator: Emulator, tmp_path: Path) -> None:
    big = tmp_path / "big.iso"
    with big.open("wb") as handle:  # sparse: no disk used
        handle.truncate(MAX_UPLOAD_BYTES + 1)
    with pytest.raises(FileTooLarge) as caught:
        client.upload(big)
    assert caught.value.code is None
    assert caught.value.size == MAX_UPLOAD_BYTES + 1
    assert "300.0 MiB" in caught.value.message
    assert_nothing_sent(emulator)


def test_unreadable_file(
    client: BiliClient, emulator: Emulator, make_file: MakeFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests may run as root, who reads any file, so the refusal is simulated at open().
    path = make_file()
    original = Path.open

    def refuse(self: Path, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "Permission denied")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(FileUnreadable) as caught:
        client.upload(path)
    assert "Permission denied" in caught.value.message
    assert_nothing_sent(emulator)


def test_upload_without_credentials_sends_nothing(emulator: Emulator, make_file: MakeFile) -> None:
    with client_for(emulator, None) as c, pytest.raises(NotSignedIn):
        c.upload(make_file())
    assert_nothing_sent(emulator)


# --- cancel and retry -----------------------------------------------------------------------


def test_cancel_stops_the_request(
    client: BiliClient, emulator: Emulator, make_file: MakeFile
) -> None:
    source = make_file("big.bin", size=8 * 1024 * 1024)
    sent: list[int] = []
    with pytest.raises(UploadCancelled):
        client.upload(source, progress=sent.append, cancel=lambda: len(sent) >= 2)
    assert 0 < sent[-1] < source.stat().st_size
    # The server saw the connection go and kept nothing of the partial file.
    wait_until(lambda: list(emulator.data_dir.iterdir()) == [])
    assert client.heartbeat() > 0  # the client is still usable
