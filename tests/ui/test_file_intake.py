"""Dropped folders: what can be queued is queued, the rest refused row by row with a reason."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote_from_bytes

import pytest
from PySide6.QtCore import QMimeData, QUrl

from gui.session.upload_item import UploadState
from gui.ui.main_window import MainWindow
from tests.ui.window_helpers import agreeing, by_name, drop, drop_files, failure, items, settle

WAIT = 10_000


def test_folder_with_a_locked_subfolder_and_a_link_loop(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "drop"
    (folder / "locked").mkdir(parents=True)
    (folder / "locked" / "secret.txt").write_text("x")
    (folder / "fine.txt").write_text("fine")
    (folder / "loop").symlink_to(folder / "loop")
    real_scandir = os.scandir

    def scandir(path: str | os.PathLike[str] = ".") -> object:
        if Path(path) == folder / "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    drop_files(window, folder)
    qtbot.waitUntil(
        lambda: by_name(window, "drop/fine.txt").state is UploadState.DONE, timeout=WAIT
    )
    locked, loop = by_name(window, "drop/locked"), by_name(window, "drop/loop")
    assert locked.state is UploadState.FAILED
    assert failure(locked) == "cannot be read (Permission denied). Check its permissions."
    assert loop.state is UploadState.FAILED
    assert failure(loop) == "cannot be read (a loop of symbolic links)."
    assert len(items(window)) == 3
    assert "empty" not in window.statusBar().currentMessage()


def test_unreadable_folder_is_not_called_empty(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "closed"
    folder.mkdir()
    real_scandir = os.scandir

    def scandir(path: str | os.PathLike[str] = ".") -> object:
        if Path(path) == folder:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    drop_files(window, folder)
    settle(qtbot, window)
    [row] = items(window)
    assert row.state is UploadState.FAILED
    assert "Permission denied" in failure(row)


@pytest.mark.skipif(os.name != "posix", reason="names that are not UTF-8 exist on POSIX")
def test_a_name_that_is_not_utf8_uploads_and_is_kept_in_the_history(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    odd = Path(os.fsdecode(os.fsencode(str(tmp_path)) + b"/photo-\xff.jpg"))
    odd.write_bytes(b"jpeg")
    mime = QMimeData()  # as a file manager sends it: the name's bytes percent-encoded
    mime.setUrls([QUrl.fromEncoded(b"file://" + quote_from_bytes(os.fsencode(odd)).encode())])
    drop(window, mime)
    qtbot.waitUntil(lambda: items(window)[0].state is UploadState.DONE, timeout=WAIT)
    history = window.session.history
    assert history is not None
    assert history.entries()[0].local_path == odd
    assert history.entries()[0].name == "photo-\ufffd.jpg"


def test_explorers_copy_as_path_pastes_as_files(qtbot, window: MainWindow, tmp_path: Path) -> None:
    first, second = tmp_path / "a b.txt", tmp_path / "c.txt"
    first.write_text("a")
    second.write_text("c")
    mime = QMimeData()
    mime.setText(f'"{first}"\r\n"{second}"')  # what "Copy as path" puts on the clipboard
    asked: list[str] = []
    window.confirm = agreeing(asked)
    assert window.intake.add_from_clipboard(mime)
    assert asked == []  # not offered as a .txt upload
    qtbot.waitUntil(lambda: len(items(window)) == 2, timeout=WAIT)


def test_the_file_chooser_opens_where_it_was_last_else_in_pictures(
    tmp_path: Path, settings
) -> None:
    from gui.ui.window_drops import start_folder

    assert start_folder(settings) != ""  # Pictures, Downloads or home: somewhere real
    settings.last_folder = str(tmp_path)
    assert start_folder(settings) == str(tmp_path)
    settings.last_folder = str(tmp_path / "gone")
    assert start_folder(settings) != str(tmp_path / "gone")  # a folder since removed
