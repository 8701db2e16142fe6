"""A folder or several files sent as one zip from the window: as Settings says, or as the
drop's question is answered; built off the GUI thread with its progress said, then a row like
any file's, with UTF-8 names inside."""

from __future__ import annotations

import io
import threading
import zipfile
from pathlib import Path

import httpx
import pytest

from gui.bili.errors import FileUnreadable
from gui.common.settings import ManyFiles
from gui.session.many_files import FOLDER_ASK_THRESHOLD, how_question, how_to_send, zip_name
from gui.session.upload_item import UploadState
from gui.ui.main_window import MainWindow
from tests.ui.window_helpers import WAIT, by_name, drop_files, items


def logs_folder(tmp_path: Path, files: int = 3) -> Path:
    folder = tmp_path / "logs"
    (folder / "2026").mkdir(parents=True)
    (folder / "应用.log").write_text("启动\n", encoding="utf-8")
    for n in range(files - 1):
        (folder / "2026" / f"part-{n}.log").write_bytes(b"line\n" * 100)
    return folder


def zip_names(url: str) -> list[str]:
    return sorted(zipfile.ZipFile(io.BytesIO(httpx.get(url).content)).namelist())


def test_settings_send_a_folder_as_one_zip(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.settings.many_files = ManyFiles.ZIP
    said: list[tuple[int, int]] = []
    threads: set[str] = set()
    window.intake.zipping.connect(lambda done, total: said.append((done, total)))
    original = window.intake._zip_progress

    def recorded(done: int, total: int) -> None:
        threads.add(threading.current_thread().name)
        original(done, total)

    window.intake._zip_progress = recorded  # type: ignore[method-assign]
    drop_files(window, logs_folder(tmp_path))
    qtbot.waitUntil(lambda: len(items(window)) == 1, timeout=WAIT)
    row = by_name(window, "logs.zip")
    qtbot.waitUntil(lambda: row.state is UploadState.DONE, timeout=WAIT)
    assert zip_names(row.url) == ["logs/2026/part-0.log", "logs/2026/part-1.log", "logs/应用.log"]
    assert said[-1] == (3, 3)  # the last progress said: every file in
    assert threads == {"intake_0"}  # built on the intake's thread, not the GUI's


def test_the_question_offers_one_zip_for_several_files(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    window.settings.many_files = ManyFiles.ASK
    asked: list[str] = []
    window.ask_how_to_send = lambda title, text: asked.append(title) or ManyFiles.ZIP  # type: ignore[func-returns-value]
    first, second = tmp_path / "a.txt", tmp_path / "截图.png"
    first.write_text("a")
    second.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 100)
    drop_files(window, first, second)
    qtbot.waitUntil(lambda: len(items(window)) == 1, timeout=WAIT)
    assert asked == ["Send as one zip?"]
    row = items(window)[0]
    assert row.name.startswith("BiliDrop-")
    assert row.name.endswith(".zip")
    qtbot.waitUntil(lambda: row.state is UploadState.DONE, timeout=WAIT)
    assert zip_names(row.url) == ["a.txt", "截图.png"]


def test_cancelling_the_question_sends_nothing(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.settings.many_files = ManyFiles.ASK
    window.ask_how_to_send = lambda title, text: None
    drop_files(window, logs_folder(tmp_path))
    qtbot.wait_until(lambda: window.intake.looking == 0, timeout=WAIT)
    assert items(window) == []


def test_a_large_folder_is_asked_about_and_can_go_one_by_one(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    asked: list[str] = []
    window.ask_how_to_send = lambda title, text: asked.append(text) or ManyFiles.EACH  # type: ignore[func-returns-value]
    drop_files(window, logs_folder(tmp_path, files=FOLDER_ASK_THRESHOLD + 5))
    qtbot.waitUntil(lambda: len(items(window)) == FOLDER_ASK_THRESHOLD + 5, timeout=WAIT)
    assert asked == [how_question(FOLDER_ASK_THRESHOLD + 5, FOLDER_ASK_THRESHOLD + 5)[1]]


def test_a_file_that_cannot_be_sent_stays_out_of_the_zip_with_its_own_row(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    window.settings.many_files = ManyFiles.ZIP
    folder = logs_folder(tmp_path)
    (folder / "gone.log").symlink_to(tmp_path / "deleted meanwhile")
    drop_files(window, folder)
    qtbot.waitUntil(lambda: len(items(window)) == 2, timeout=WAIT)
    assert by_name(window, "gone.log").state is UploadState.FAILED  # said, not lost
    row = by_name(window, "logs.zip")
    qtbot.waitUntil(lambda: row.state is UploadState.DONE, timeout=WAIT)
    assert len(zip_names(row.url)) == 3


@pytest.mark.parametrize(
    ("choice", "files", "from_folders", "expected"),
    [
        (ManyFiles.ZIP, 1, 0, ManyFiles.EACH),  # one file goes as it is
        (ManyFiles.ZIP, 1, 1, ManyFiles.ZIP),  # a folder holding one file
        (ManyFiles.ZIP, 3, 0, ManyFiles.ZIP),
        (ManyFiles.EACH, 3, 3, ManyFiles.EACH),
        (ManyFiles.ASK, 2, 0, ManyFiles.ASK),
        (ManyFiles.EACH, 25, 25, ManyFiles.ASK),  # a large folder is always asked about
        (ManyFiles.ZIP, 25, 25, ManyFiles.ASK),
    ],
)
def test_how_a_drop_is_sent(
    choice: ManyFiles, files: int, from_folders: int, expected: ManyFiles
) -> None:
    assert how_to_send(choice, files, from_folders) is expected


def test_a_single_folder_names_its_zip() -> None:
    assert zip_name([Path("/home/u/日志")]) == "日志.zip"
    assert zip_name([Path("a.txt"), Path("b.txt")]) == ""  # BiliDrop-<time>.zip


def test_a_file_dated_before_1980_still_goes_into_the_zip(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    import os

    window.settings.many_files = ManyFiles.ZIP
    folder = logs_folder(tmp_path)
    os.utime(folder / "应用.log", (0, 0))  # 1970: before what zip can say
    drop_files(window, folder)
    qtbot.waitUntil(lambda: len(items(window)) == 1, timeout=WAIT)
    row = by_name(window, "logs.zip")
    qtbot.waitUntil(lambda: row.state is UploadState.DONE, timeout=WAIT)
    assert "logs/应用.log" in zip_names(row.url)


def test_a_zip_that_breaks_in_any_way_refuses_its_files_in_words(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gui.bili import zip_bundle

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("zlib went away")

    monkeypatch.setattr(zip_bundle, "zip_files", broken)
    window.settings.many_files = ManyFiles.ZIP
    drop_files(window, logs_folder(tmp_path))
    qtbot.waitUntil(lambda: len(items(window)) == 1, timeout=WAIT)  # nothing lost silently
    assert items(window)[0].state is UploadState.FAILED
    assert isinstance(items(window)[0].error, FileUnreadable)  # its row says it, in words
    assert window.intake.looking == 0  # and the intake is free for the next drop
