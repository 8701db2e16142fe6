"""Removing rows can be undone for a few seconds, Esc asks before stopping an upload that is
under way, the Uploads menu copies every live link and clears finished rows, and Tab reaches
the list and the toolbar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QToolButton

from gui.clock import clock_time
from gui.emulator.server import Emulator
from gui.session.commands import Command
from gui.session.upload_item import RowAction, UploadState
from gui.ui.main_window import MainWindow
from tests.ui.window_helpers import by_name, drop_files, items, select, start_slow_upload, view

MakeFile = Callable[..., Path]
WAIT = 10_000


def finish(qtbot, window: MainWindow, *paths: Path) -> None:
    drop_files(window, *paths)
    over = {UploadState.DONE, UploadState.FAILED}
    qtbot.waitUntil(lambda: all(i.state in over for i in items(window)), timeout=WAIT)


def test_remove_then_undo_brings_the_row_back_in_its_place_with_its_link(
    qtbot, window: MainWindow, make_file: MakeFile
) -> None:
    finish(qtbot, window, make_file("a.txt"), make_file("b.txt"), make_file("c.txt"))
    assert [i.state for i in items(window)] == [UploadState.DONE] * 3
    b = by_name(window, "b.txt")
    url = b.url
    assert not window.commands[Command.UNDO_REMOVE].isEnabled()
    select(window, b)
    window.commands[Command.REMOVE].trigger()
    assert [i.name for i in items(window)] == ["a.txt", "c.txt"]
    assert "Removed b.txt · Ctrl+Z brings it back" in window.statusBar().currentMessage()
    assert window.commands[Command.UNDO_REMOVE].isEnabled()

    window.commands[Command.UNDO_REMOVE].trigger()
    assert [i.name for i in items(window)] == ["a.txt", "b.txt", "c.txt"]
    back = by_name(window, "b.txt")
    assert back.state is UploadState.DONE
    assert back.url == url
    assert not window.commands[Command.UNDO_REMOVE].isEnabled()  # once


def test_the_undo_lasts_a_few_seconds(qtbot, window: MainWindow, make_file: MakeFile) -> None:
    finish(qtbot, window, make_file("a.txt"))
    window.session.removal._timer.setInterval(50)  # the real one is 10 s
    window.on_row_action(items(window)[0].item_id, RowAction.REMOVE)  # the row's own button
    assert items(window) == []
    assert window.commands[Command.UNDO_REMOVE].isEnabled()
    qtbot.waitUntil(lambda: not window.commands[Command.UNDO_REMOVE].isEnabled(), timeout=WAIT)
    window.undo_remove()
    assert items(window) == []


def test_a_removed_upload_comes_back_cancelled_with_retry(
    qtbot, window: MainWindow, emulator: Emulator, make_file: MakeFile
) -> None:
    item = start_slow_upload(qtbot, window, emulator, make_file("slow.bin", size=4 << 20))
    select(window, item)
    window.commands[Command.REMOVE].trigger()
    assert items(window) == []
    window.commands[Command.UNDO_REMOVE].trigger()
    back = items(window)[0]
    assert back.state is UploadState.CANCELLED
    assert back.sent == 0
    assert back.allows(RowAction.RETRY)
    qtbot.waitUntil(lambda: window.session.queue.active() == 0, timeout=WAIT)
    assert items(window)[0].state is UploadState.CANCELLED  # the old worker's end changes nothing


def test_esc_asks_before_stopping_an_upload_under_way(
    qtbot, window: MainWindow, emulator: Emulator, make_file: MakeFile
) -> None:
    item = start_slow_upload(qtbot, window, emulator, make_file("slow.bin", size=4 << 20))
    asked: list[str] = []
    answer = [False]
    window.confirm = lambda title, text: asked.append(text) or answer[0]  # type: ignore[func-returns-value]
    select(window, item)
    window.commands[Command.CANCEL].trigger()
    assert len(asked) == 1
    assert asked[0].startswith("Stop uploading slow.bin? ")
    assert "% is sent" in asked[0]
    assert items(window)[0].state is UploadState.UPLOADING  # "No": it goes on
    answer[0] = True
    window.commands[Command.CANCEL].trigger()
    qtbot.waitUntil(lambda: items(window)[0].state is UploadState.CANCELLED, timeout=WAIT)


def test_copy_all_live_links_and_clear_finished_from_the_uploads_menu(
    qtbot, window: MainWindow, emulator: Emulator, make_file: MakeFile
) -> None:
    assert not window.commands[Command.COPY_ALL].isEnabled()
    assert not window.commands[Command.CLEAR_FINISHED].isEnabled()
    finish(qtbot, window, make_file("a.txt"), make_file("b.txt"), make_file("empty.txt", size=0))
    urls = [by_name(window, "a.txt").url, by_name(window, "b.txt").url]
    QGuiApplication.clipboard().setText("")
    assert window.commands[Command.COPY_ALL].isEnabled()
    window.commands[Command.COPY_ALL].trigger()
    assert QGuiApplication.clipboard().text() == "\n".join(urls)  # in the rows' order

    emulator.faults.add("throttle", 64 * 1024, endpoint="upload")
    drop_files(window, make_file("running.bin", size=2 << 20))
    qtbot.waitUntil(lambda: by_name(window, "running.bin").sent > 0, timeout=WAIT)
    window.commands[Command.CLEAR_FINISHED].trigger()
    assert [i.name for i in items(window)] == ["running.bin"]  # still going
    assert "Removed 3 rows" in window.statusBar().currentMessage()
    window.commands[Command.UNDO_REMOVE].trigger()
    assert [i.name for i in items(window)] == ["a.txt", "b.txt", "empty.txt", "running.bin"]
    assert by_name(window, "empty.txt").state is UploadState.FAILED


def test_tab_reaches_the_list_and_the_toolbar(
    qtbot, window: MainWindow, make_file: MakeFile
) -> None:
    finish(qtbot, window, make_file("a.txt"))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)
    view(window).setFocus()
    reached = []
    for _ in range(30):
        window.focusNextChild()
        reached.append(QApplication.focusWidget())
    assert view(window) in reached
    toolbar = [w for w in reached if isinstance(w, QToolButton) and w.defaultAction()]
    assert window.commands[Command.ADD] in {w.defaultAction() for w in toolbar}
    assert window.commands[Command.HISTORY] in {w.defaultAction() for w in toolbar}


def test_a_copied_link_follows_my_template(qtbot, window: MainWindow, make_file: MakeFile) -> None:
    from gui.common.link_formats import LinkFormat

    window.settings.link_format = LinkFormat.CUSTOM
    window.settings.link_template = "{name} {size} {url} until {expires_at} {url.__class__} {"
    finish(qtbot, window, make_file("a.txt", size=2048))
    item = items(window)[0]
    assert item.expires_at is not None
    assert QGuiApplication.clipboard().text() == (
        f"a.txt 2.0 KiB {item.url} until {clock_time(item.expires_at)} {{url.__class__}} {{"
    )


def test_a_live_link_drags_out_as_text_and_a_uri_list(
    qtbot, window: MainWindow, make_file: MakeFile
) -> None:
    from PySide6.QtCore import Qt

    from gui.common.link_formats import LinkFormat

    finish(qtbot, window, make_file("a.png"), make_file("b.txt"), make_file("empty.txt", size=0))
    model = window.model
    draggable = [
        bool(model.flags(model.index(row)) & Qt.ItemFlag.ItemIsDragEnabled)
        for row in range(model.rowCount())
    ]
    assert draggable == [True, True, False]  # a failed row has nothing to drag
    assert view(window).dragEnabled()

    window.settings.link_format = LinkFormat.MARKDOWN
    a, b = by_name(window, "a.png"), by_name(window, "b.txt")
    mime = window.links_mime(items(window))
    assert mime is not None
    assert [url.toString() for url in mime.urls()] == [a.url, b.url]
    assert mime.text() == f"![a.png]({a.url})\n[b.txt]({b.url})"
    assert window.links_mime([by_name(window, "empty.txt")]) is None


def test_image_rows_show_a_thumbnail_made_off_the_gui_thread(
    qtbot, window: MainWindow, tmp_path: Path, make_file: MakeFile
) -> None:
    import threading

    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QImage

    from gui.ui.thumbnails import read_thumbnail

    picture = tmp_path / "wide.png"
    image = QImage(400, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#fb7299"))
    assert image.save(str(picture))
    broken = make_file("broken.jpg", data=b"not a picture")
    finish(qtbot, window, picture, broken, make_file("notes.txt"))

    thumbnails = view(window).delegate.thumbnails
    threads: list[int] = []

    def recording_read(path: Path, box: QSize) -> QImage | None:
        threads.append(threading.get_ident())
        return read_thumbnail(path, box)

    thumbnails.read = recording_read
    thumbnails._pixmaps.clear()  # made again, watched this time
    view(window).viewport().repaint()  # painting asks for them
    qtbot.waitUntil(lambda: len(threads) == 2, timeout=WAIT)  # the two images, not the text
    qtbot.waitUntil(lambda: thumbnails.get(picture) is not None, timeout=WAIT)
    assert threading.get_ident() not in threads
    made = thumbnails.get(picture)
    assert made is not None
    shown = made.deviceIndependentSize().toSize()
    assert (shown.width(), shown.height()) == (32, 16)  # fits the icon's square, not stretched
    assert made.toImage().pixelColor(made.width() // 2, made.height() // 2) == QColor("#fb7299")
    assert thumbnails.get(broken) is None  # not a picture: the file icon, and not asked again
    assert len(threads) == 2


def test_a_row_that_looks_chosen_after_a_drop_is_selected_for_real(
    qtbot, window: MainWindow, make_file: MakeFile
) -> None:
    drop_files(window, make_file("first.txt"), make_file("second.txt"))
    qtbot.waitUntil(lambda: {i.state for i in items(window)} == {UploadState.DONE}, timeout=WAIT)
    assert [i.name for i in window.selected_items()] == ["first.txt"]
    assert view(window).currentIndex().row() == 0
    assert window.commands[Command.COPY].isEnabled()  # the toolbar acts on what it shows
    # A choice the user made is kept when more files arrive.
    select(window, by_name(window, "second.txt"))
    drop_files(window, make_file("third.txt"))
    qtbot.waitUntil(lambda: len(items(window)) == 3, timeout=WAIT)
    assert [i.name for i in window.selected_items()] == ["second.txt"]
