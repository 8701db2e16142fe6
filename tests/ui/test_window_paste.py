"""Handing files to the window: paste, folders, web links, drag targets."""

from __future__ import annotations

from pathlib import Path

import httpx
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
)
from PySide6.QtWidgets import QApplication

from gui.common.settings import ManyFiles
from gui.emulator.server import Emulator
from gui.session.commands import Command
from gui.session.upload_item import UploadState
from gui.ui.main_window import MainWindow
from tests.ui.window_helpers import (
    WAIT,
    MakeFile,
    agreeing,
    by_name,
    drop,
    drop_files,
    items,
    settle,
    the_one_row_done,
    view,
)


def test_paste_image_uploads_png(
    qtbot, window: MainWindow, emulator: Emulator, tmp_path: Path
) -> None:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#fb7299"))
    mime = QMimeData()
    mime.setImageData(image)
    QGuiApplication.clipboard().setMimeData(mime)
    window.commands[Command.PASTE].trigger()
    item = the_one_row_done(qtbot, window)
    assert item.name.startswith("Pasted image")
    assert item.name.endswith(".png")
    assert item.key.endswith(".png")
    body = httpx.get(item.url).content
    assert QImage.fromData(body).size() == image.size()


def test_paste_files_from_clipboard(qtbot, window: MainWindow, make_file: MakeFile) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(make_file("copied.txt")))])
    QGuiApplication.clipboard().setMimeData(mime)
    window.commands[Command.PASTE].trigger()
    assert [i.name for i in items(window)] == ["copied.txt"]


def test_pasted_text_is_uploaded_as_a_txt_file_after_asking(
    qtbot, window: MainWindow, make_file: MakeFile
) -> None:
    asked: list[str] = []
    answer = [False]
    window.confirm = lambda title, text: asked.append(text) or answer[0]  # type: ignore[func-returns-value]
    words = "你好, BiliDrop\nsecond line\n"
    QGuiApplication.clipboard().setText(words)
    assert window.paste()
    assert asked == [
        "The clipboard holds text, not files. Upload it as a .txt file (25 characters)?"
    ]
    assert items(window) == []  # declined: nothing queued
    assert "holds no" not in window.statusBar().currentMessage()

    answer[0] = True
    window.commands[Command.PASTE].trigger()
    item = the_one_row_done(qtbot, window)
    assert item.name.startswith("Pasted text")
    assert item.name.endswith(".txt")
    assert httpx.get(item.url).content == words.encode("utf-8")

    path = make_file("as text.txt")  # a path copied as text (a terminal, an editor)
    QGuiApplication.clipboard().setText(f"{path}\n")
    window.commands[Command.PASTE].trigger()
    assert items(window)[-1].name == "as text.txt"
    assert len(asked) == 2  # a path is not asked about


def test_web_links_are_refused_with_a_message(window: MainWindow, make_file: MakeFile) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.com/picture.jpg"), QUrl.fromLocalFile(str(make_file()))])
    drop(window, mime)
    assert [i.name for i in items(window)] == ["report.txt"]
    assert "web link" in window.statusBar().currentMessage()


def test_folder_drop_asks_when_large(qtbot, window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    (folder / "nested").mkdir(parents=True)
    for n in range(21):
        (folder / ("nested" if n % 2 else "") / f"p{n:02}.jpg").write_bytes(b"x" * (n + 1))
    asked: list[str] = []

    def refuse(title: str, text: str) -> None:  # Cancel: neither each file nor a zip
        asked.append(text)

    window.ask_how_to_send = refuse
    drop_files(window, folder)
    settle(qtbot, window)
    assert asked
    assert "21" in asked[0]
    assert items(window) == []

    window.ask_how_to_send = lambda title, text: ManyFiles.EACH
    drop_files(window, folder)
    settle(qtbot, window)
    assert len(items(window)) == 21
    qtbot.waitUntil(
        lambda: all(i.state is UploadState.DONE for i in items(window)), timeout=WAIT * 2
    )


def test_small_folder_is_added_without_asking(qtbot, window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "few"
    folder.mkdir()
    for n in range(3):
        (folder / f"{n}.txt").write_text(str(n))
    asked: list[str] = []
    window.confirm = agreeing(asked)
    drop_files(window, folder)
    settle(qtbot, window)
    assert asked == []
    assert [i.name for i in items(window)] == ["few/0.txt", "few/1.txt", "few/2.txt"]


def test_a_dropped_folder_shows_paths_inside_it_in_natural_order(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "batch"
    (folder / "sub").mkdir(parents=True)
    for name in ("f10.txt", "f2.txt", "sub/a.txt"):
        (folder / name).write_text(name)
    loose = tmp_path / "loose.txt"
    loose.write_text("x")
    drop_files(window, folder, loose)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: all(i.state is UploadState.DONE for i in items(window)), timeout=WAIT)
    names = [i.name for i in items(window)]
    assert names == ["batch/f2.txt", "batch/f10.txt", "batch/sub/a.txt", "loose.txt"]
    assert window.model.index(0).data(Qt.ItemDataRole.DisplayRole) == "batch/f2.txt"


def test_a_drop_is_a_copy_even_when_the_file_manager_proposes_a_move(
    window: MainWindow, make_file: MakeFile
) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(make_file("kept.txt")))])
    position = QPointF(window.width() / 2, window.height() / 2)
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    move = Qt.DropAction.MoveAction
    enter = QDragEnterEvent(
        position.toPoint(), move | Qt.DropAction.CopyAction, mime, buttons, modifiers
    )
    QApplication.sendEvent(window, enter)
    assert enter.dropAction() is Qt.DropAction.CopyAction
    dropped = QDropEvent(position, move | Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(window, dropped)
    assert dropped.isAccepted()
    assert dropped.dropAction() is Qt.DropAction.CopyAction


def test_a_full_list_shows_it_takes_a_drag_and_scrolls_to_the_new_rows(
    qtbot, window: MainWindow, make_file: MakeFile, emulator: Emulator
) -> None:
    emulator.faults.add("delay", 30, count=100, endpoint="upload")  # rows stay put
    window.session.queue.set_parallel(1)
    drop_files(window, *(make_file(f"{n:02}.txt") for n in range(20)))
    queue_view = view(window)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(make_file("new.txt")))])
    position = QPointF(window.width() / 2, window.height() / 2)
    enter = QDragEnterEvent(
        position.toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert queue_view.highlighted
    drop(window, mime)
    assert not queue_view.highlighted
    new_row = window.model.row_of(by_name(window, "new.txt").item_id)
    rect = queue_view.visualRect(window.model.index(new_row))
    assert queue_view.viewport().rect().intersects(rect)  # in sight
    for item in items(window):
        window.session.queue.remove(item.item_id)
