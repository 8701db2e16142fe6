"""The main window driven like a person would: drops, clicks, keys; real uploads to the emulator."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAccessible,
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QPalette,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from gui.bili.client import UPLOAD_PATH
from gui.bili.files import MAX_UPLOAD_BYTES
from gui.common.link_formats import LinkFormat, format_link
from gui.emulator import Emulator
from gui.session.commands import Command
from gui.session.connection_state import ConnectionState
from gui.session.queue_model import ITEM_ROLE
from gui.session.session import Session
from gui.session.upload_item import RowAction, UploadItem, UploadState, clock_time, size_text
from gui.ui.main_window import MainWindow
from gui.ui.queue_view import (
    AMBER,
    STATE_COLOURS,
    QueueView,
    contrast,
    readable,
    readable_link_colour,
    state_colour,
)
from tests.ui.conftest import FakeClock

MakeFile = Callable[..., Path]
WAIT = 10_000


def drop(window: MainWindow, mime: QMimeData) -> None:
    position = QPointF(window.width() / 2, window.height() / 2)
    actions = Qt.DropAction.CopyAction
    buttons = Qt.MouseButton.LeftButton
    modifiers = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(position.toPoint(), actions, mime, buttons, modifiers)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDropEvent(position, actions, mime, buttons, modifiers))


def drop_files(window: MainWindow, *paths: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    drop(window, mime)


def items(window: MainWindow) -> list[UploadItem]:
    return window.model.items()


def by_name(window: MainWindow, name: str) -> UploadItem:
    return next(i for i in items(window) if i.name == name)


def uploads_sent(emulator: Emulator) -> int:
    return sum(1 for r in emulator.requests if r.path == UPLOAD_PATH)


def start_slow_upload(
    qtbot, window: MainWindow, emulator: Emulator, path: Path, rate: int = 128 * 1024
) -> UploadItem:
    """Drop one file that the emulator reads at `rate` bytes/s; return it once it is moving."""
    emulator.faults.add("throttle", rate, endpoint="upload")
    drop_files(window, path)
    qtbot.waitUntil(lambda: items(window)[0].sent > 0, timeout=WAIT)
    return items(window)[0]


def view(window: MainWindow) -> QueueView:
    assert window.queue_view is not None  # built with the first row
    return window.queue_view


def failure(item: UploadItem) -> str:
    assert item.error is not None
    return item.error.message


def agreeing(asked: list[str]) -> Callable[[str, str], bool]:
    """A confirm() that says yes and remembers what it was asked."""

    def confirm(title: str, text: str) -> bool:
        asked.append(text)
        return True

    return confirm


def the_one_row_done(qtbot, window: MainWindow) -> UploadItem:
    """Wait until the list holds one row and it is done; that row."""
    qtbot.waitUntil(
        lambda: len(items(window)) == 1 and items(window)[0].state is UploadState.DONE, timeout=WAIT
    )
    return items(window)[0]


def select(window: MainWindow, item: UploadItem) -> None:
    row = window.model.row_of(item.item_id)
    view(window).setCurrentIndex(window.model.index(row))


def test_drop_three_files_one_too_large(
    qtbot, window: MainWindow, emulator: Emulator, make_file: MakeFile, tmp_path: Path
) -> None:
    first, second = make_file("one.txt"), make_file("two.png", size=20_000)
    big = tmp_path / "big.iso"
    with big.open("wb") as handle:
        handle.truncate(MAX_UPLOAD_BYTES + 1)  # sparse

    drop_files(window, first, big, second)

    qtbot.waitUntil(lambda: by_name(window, "two.png").state is UploadState.DONE, timeout=WAIT)
    qtbot.waitUntil(lambda: by_name(window, "one.txt").state is UploadState.DONE, timeout=WAIT)
    failed = by_name(window, "big.iso")
    assert failed.state is UploadState.FAILED
    assert "300.0 MiB" in failure(failed)
    assert uploads_sent(emulator) == 2
    assert window.pages.currentWidget() is window.queue_view
    clipboard = QGuiApplication.clipboard().text()
    finished_last = max(
        (by_name(window, n) for n in ("one.txt", "two.png")),
        key=lambda i: i.expires_at or datetime.min.replace(tzinfo=UTC),
    )
    # The batch's links together.
    assert set(clipboard.split("\n")) == {
        by_name(window, "one.txt").url,
        by_name(window, "two.png").url,
    }
    assert clipboard.startswith(emulator.base_url)
    assert "2 links copied, the first expires at" in window.statusBar().currentMessage()
    assert (
        httpx.get(finished_last.url).content
        == (first if finished_last.name == "one.txt" else second).read_bytes()
    )


def test_cancel_during_slow_upload(
    qtbot, window: MainWindow, emulator: Emulator, make_file: MakeFile
) -> None:
    item = start_slow_upload(qtbot, window, emulator, make_file("slow.bin", size=4 << 20))
    assert item.state is UploadState.UPLOADING
    select(window, item)
    window.commands[Command.CANCEL].trigger()
    qtbot.waitUntil(lambda: items(window)[0].state is UploadState.CANCELLED, timeout=WAIT)
    assert window.session.queue.active() == 0
    assert item.sent < item.size


def test_transient_failure_retries_itself(
    qtbot, window: MainWindow, emulator: Emulator, make_file: MakeFile
) -> None:
    emulator.faults.add("http500", endpoint="upload")
    drop_files(window, make_file("retry.txt"))
    qtbot.waitUntil(lambda: items(window)[0].state is UploadState.DONE, timeout=WAIT)
    assert uploads_sent(emulator) == 2


def test_failed_upload_retried_by_hand(
    qtbot, window: MainWindow, emulator: Emulator, make_file: MakeFile
) -> None:
    emulator.faults.add("code", 12345, endpoint="upload")
    drop_files(window, make_file("odd.txt"))
    qtbot.waitUntil(lambda: items(window)[0].state is UploadState.FAILED, timeout=WAIT)
    assert "12345" in failure(items(window)[0])
    select(window, items(window)[0])
    assert window.commands[Command.RETRY].isEnabled()
    window.commands[Command.RETRY].trigger()
    qtbot.waitUntil(lambda: items(window)[0].state is UploadState.DONE, timeout=WAIT)


def test_expiry_countdown_then_reupload(
    qtbot, window: MainWindow, clock: FakeClock, emulator: Emulator, make_file: MakeFile
) -> None:
    def advance(seconds: float) -> None:  # the service and the window see the same time
        clock.advance(seconds)
        emulator.clock.advance(seconds)
        window.session.tick()

    drop_files(window, make_file("soon.txt"))
    qtbot.waitUntil(lambda: items(window)[0].state is UploadState.DONE, timeout=WAIT)
    item = items(window)[0]
    old_url = item.url
    tooltip = window.model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Done · 15 min left · expires at " in tooltip  # a span, and the time of day
    assert item.expires_at is not None
    assert clock_time(item.expires_at) in tooltip
    assert window.queue_view is not None
    palette = window.queue_view.palette()
    assert state_colour(item, clock(), palette) == readable(
        STATE_COLOURS[UploadState.DONE], palette
    )

    advance(13 * 60 + 30)
    tooltip = window.model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert re.search(r"Done · 1 min [23]\d s left · expires soon", tooltip)
    assert state_colour(item, clock(), palette) == readable(AMBER, palette)
    advance(30)
    advance(61)
    assert item.state is UploadState.EXPIRED
    assert httpx.get(old_url).status_code == 403

    QGuiApplication.clipboard().setText("before")
    select(window, item)
    window.commands[Command.COPY].trigger()
    assert QGuiApplication.clipboard().text() == "before"  # warned instead of copying
    assert "expired" in window.statusBar().currentMessage()

    assert window.commands[Command.REUPLOAD].isEnabled()
    window.commands[Command.REUPLOAD].trigger()
    qtbot.waitUntil(lambda: item.state is UploadState.DONE, timeout=WAIT)
    assert item.url != old_url
    assert QGuiApplication.clipboard().text() == item.url


def test_keyboard_copy_link_in_other_formats(
    qtbot, window: MainWindow, make_file: MakeFile
) -> None:
    window.settings.auto_copy = False
    drop_files(window, make_file("notes.md"))
    qtbot.waitUntil(lambda: items(window)[0].state is UploadState.DONE, timeout=WAIT)
    assert QGuiApplication.clipboard().text() != items(window)[0].url
    view(window).setFocus()
    select(window, items(window)[0])
    QTest.keyClick(view(window), Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == items(window)[0].url
    window.copy_selected(LinkFormat.MARKDOWN)
    assert QGuiApplication.clipboard().text() == f"[notes.md]({items(window)[0].url})"
    window.copy_selected(LinkFormat.BBCODE)
    assert QGuiApplication.clipboard().text().startswith("[url=")


def test_delete_key_removes_row(qtbot, window: MainWindow, tmp_path: Path) -> None:
    drop_files(window, tmp_path / "missing.txt")
    qtbot.waitUntil(lambda: len(items(window)) == 1)
    assert items(window)[0].state is UploadState.FAILED
    assert "does not exist" in failure(items(window)[0])
    view(window).setFocus()
    select(window, items(window)[0])
    QTest.keyClick(view(window), Qt.Key.Key_Delete)
    assert items(window) == []
    assert window.pages.currentWidget() is window.drop_area


def test_row_button_copies(qtbot, window: MainWindow, make_file: MakeFile) -> None:
    window.settings.auto_copy = False
    drop_files(window, make_file("b.txt"))
    qtbot.waitUntil(lambda: items(window)[0].state is UploadState.DONE, timeout=WAIT)
    QGuiApplication.clipboard().setText("")
    rect = view(window).visualRect(window.model.index(0))
    button = view(window).delegate.button_rect(rect)
    QTest.mouseClick(
        view(window).viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        button.center(),
    )
    assert QGuiApplication.clipboard().text() == items(window)[0].url


def test_folder_drop_asks_when_large(qtbot, window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    (folder / "nested").mkdir(parents=True)
    for n in range(21):
        (folder / ("nested" if n % 2 else "") / f"p{n:02}.jpg").write_bytes(b"x" * (n + 1))
    asked: list[str] = []

    def refuse(title: str, text: str) -> bool:
        asked.append(text)
        return False

    window.confirm = refuse
    drop_files(window, folder)
    assert asked
    assert "21" in asked[0]
    assert items(window) == []

    window.confirm = lambda title, text: True
    drop_files(window, folder)
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
    assert asked == []
    assert [i.name for i in items(window)] == ["few/0.txt", "few/1.txt", "few/2.txt"]


def test_web_links_are_refused_with_a_message(window: MainWindow, make_file: MakeFile) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.com/picture.jpg"), QUrl.fromLocalFile(str(make_file()))])
    drop(window, mime)
    assert [i.name for i in items(window)] == ["report.txt"]
    assert "web link" in window.statusBar().currentMessage()


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


def test_indicator_online_offline_online(qtbot, window: MainWindow, emulator: Emulator) -> None:
    monitor = window.session.monitor
    qtbot.waitUntil(lambda: window.indicator.state is ConnectionState.ONLINE, timeout=WAIT)
    assert window.indicator.shown_text().startswith("Online ·")

    emulator.stop()
    window.indicator.click()  # clicking checks now
    qtbot.waitUntil(lambda: window.indicator.state is ConnectionState.OFFLINE, timeout=WAIT)
    first = monitor.last_retry_delay
    qtbot.waitUntil(lambda: monitor.failures_in_a_row >= 2, timeout=WAIT)
    assert monitor.last_retry_delay == 2 * first  # backs off
    window.session.tick()
    assert "Offline · " in window.indicator.shown_text()
    assert "Last error" in window.indicator.toolTip()

    emulator.start()
    qtbot.waitUntil(lambda: window.indicator.state is ConnectionState.ONLINE, timeout=WAIT)


def test_signed_out_pauses_then_resumes(
    qtbot, window: MainWindow, emulator: Emulator, make_file: MakeFile
) -> None:
    emulator.revoke(emulator.demo_credentials)
    drop_files(window, make_file("a.txt"), make_file("b.txt"))
    qtbot.waitUntil(lambda: window.indicator.state is ConnectionState.SIGNED_OUT, timeout=WAIT)
    qtbot.waitUntil(lambda: all(i.state is UploadState.PAUSED for i in items(window)), timeout=WAIT)
    assert window.indicator.shown_text() == "Signed out"

    window.session.account.sign_in(emulator.sign_in())
    qtbot.waitUntil(lambda: all(i.state is UploadState.DONE for i in items(window)), timeout=WAIT)
    qtbot.waitUntil(lambda: window.indicator.state is ConnectionState.ONLINE, timeout=WAIT)


def test_heartbeat_tick_in_flight_is_skipped(qtbot, window: MainWindow, emulator: Emulator) -> None:
    monitor = window.session.monitor
    qtbot.waitUntil(lambda: not monitor.in_flight, timeout=WAIT)
    emulator.faults.add("delay", 0.5, endpoint="heartbeat")
    with qtbot.waitSignal(monitor.check_requested):
        monitor.check_now()
    with qtbot.assertNotEmitted(monitor.check_requested):
        monitor.check_now()
    assert monitor.skipped == 1
    qtbot.waitUntil(lambda: not monitor.in_flight, timeout=WAIT)


def test_quit_during_upload_stops_every_thread(
    qtbot, window: MainWindow, emulator: Emulator, make_file: MakeFile
) -> None:
    start_slow_upload(qtbot, window, emulator, make_file("long.bin", size=8 << 20))
    asked: list[str] = []
    window.confirm = agreeing(asked)
    session = window.session
    threads = [port.host.thread for port in session.queue._ports]
    assert window.close()
    assert asked
    assert "1 upload" in asked[0]
    assert threads
    assert all(t.isFinished() for t in threads)
    assert session.threads is not None
    assert session.threads.heartbeat.thread.isFinished()


def test_close_can_be_refused(
    qtbot, window: MainWindow, emulator: Emulator, make_file: MakeFile
) -> None:
    start_slow_upload(qtbot, window, emulator, make_file("long.bin", size=4 << 20))
    window.confirm = lambda title, text: False
    assert not window.close()
    assert window.isVisible()
    window.cancel_selected()  # nothing selected: nothing cancelled
    assert items(window)[0].state is UploadState.UPLOADING


def test_settings_persist(qtbot, window: MainWindow, settings, tmp_path: Path) -> None:
    window.resize(640, 410)
    assert window.close()  # the window keeps its size for the next run
    reopened = MainWindow(Session(settings, demo=True))
    qtbot.addWidget(reopened)
    assert (reopened.width(), reopened.height()) == (640, 410)
    settings.parallel_uploads = 5
    settings.link_format = "html"
    settings.sync()
    from PySide6.QtCore import QSettings

    from gui.common.settings import Settings

    again = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert again.parallel_uploads == 5
    assert again.link_format == "html"
    assert again.auto_copy is True
    assert again.heartbeat_interval == 30
    text = (tmp_path / "settings.ini").read_text()
    assert "SESSDATA" not in text


def test_accessible_names_and_items(window: MainWindow, make_file: MakeFile, qtbot) -> None:
    assert window.queue_view is None  # built with the first row
    for widget in (window.drop_area, window.indicator, window.account):
        # As a screen reader gets it: through the widget's accessible interface.
        assert QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
    drop_files(window, make_file("x.txt"))
    qtbot.waitUntil(lambda: items(window)[0].state is UploadState.DONE, timeout=WAIT)
    assert view(window).accessibleName() == "Upload queue"
    text = window.model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert text.startswith("x.txt: Done")
    assert window.model.index(0).data(ITEM_ROLE) is items(window)[0]


def test_reupload_of_a_live_link_keeps_it_and_adds_a_row(
    qtbot, window: MainWindow, emulator: Emulator, make_file: MakeFile
) -> None:
    drop_files(window, make_file("keep.txt"))
    qtbot.waitUntil(lambda: items(window)[0].state is UploadState.DONE, timeout=WAIT)
    first = items(window)[0]
    live_url = first.url
    emulator.faults.add("code", 12345, endpoint="upload")  # the re-upload fails
    select(window, first)
    window.commands[Command.REUPLOAD].trigger()
    qtbot.waitUntil(lambda: len(items(window)) == 2, timeout=WAIT)
    qtbot.waitUntil(lambda: items(window)[1].state is UploadState.FAILED, timeout=WAIT)
    assert first.state is UploadState.DONE
    assert first.url == live_url  # the working link is not lost


def test_window_never_opens_larger_than_the_screen(qtbot, window: MainWindow, settings) -> None:
    window.resize(5000, 4000)
    settings.window_geometry = window.saveGeometry()
    reopened = MainWindow(Session(settings, demo=True))
    qtbot.addWidget(reopened)
    screen = reopened.screen() or QGuiApplication.primaryScreen()
    free = screen.availableGeometry()
    assert reopened.width() <= free.width()
    assert reopened.height() <= free.height()


def test_enter_in_a_question_means_no(qtbot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QMessageBox

    from gui.ui.window_dialogs import ask_yes_no

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        QTest.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter)
    assert ask_yes_no(window, "Quit BiliDrop?", "2 uploads have not finished.") is False


def test_quit_question_counts_in_words(
    qtbot, window: MainWindow, emulator: Emulator, make_file: MakeFile
) -> None:
    emulator.faults.add("throttle", 512 * 1024, count=2, endpoint="upload")
    window.session.queue.set_parallel(1)
    drop_files(window, make_file("a.bin", size=2 << 20), make_file("b.bin", size=2 << 20))
    qtbot.waitUntil(lambda: items(window)[0].sent > 0, timeout=WAIT)
    asked: list[str] = []
    window.confirm = lambda title, text: asked.append(text) or False  # type: ignore[func-returns-value]
    assert not window.close()
    assert asked == ["2 uploads have not finished. Quit and cancel them?"]
    for item in items(window):
        window.session.queue.remove(item.item_id)


def test_files_that_cannot_be_sent_offer_remove_and_show_their_size(
    qtbot, window: MainWindow, make_file: MakeFile
) -> None:
    drop_files(window, make_file("empty.txt", data=b""))
    [row] = items(window)
    assert row.state is UploadState.FAILED
    assert row.primary_action is RowAction.REMOVE  # retrying an empty file cannot help
    assert row.allows(RowAction.RETRY)  # still there, for a file fixed since
    assert size_text(row) == "0 B"


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


def test_image_links_in_markdown_are_images() -> None:
    assert (
        format_link("http://x/a.png", "shot.png", LinkFormat.MARKDOWN)
        == "![shot.png](http://x/a.png)"
    )
    assert (
        format_link("http://x/a.txt", "notes.txt", LinkFormat.MARKDOWN)
        == "[notes.txt](http://x/a.txt)"
    )


@pytest.mark.parametrize(
    ("base", "link"), [("#323232", "#0000ff"), ("#ffffff", "#0000ff"), ("#ffffff", "#aaccff")]
)
def test_links_read_at_aa_contrast_on_light_and_dark_themes(base: str, link: str) -> None:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    palette.setColor(QPalette.ColorRole.Link, QColor(link))
    assert contrast(readable_link_colour(palette), QColor(base)) >= 4.5


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


def test_auto_copy_holds_the_batch_and_starts_afresh_after_it(
    qtbot, window: MainWindow, make_file: MakeFile
) -> None:
    first, second = make_file("first.txt"), make_file("second.txt")
    drop_files(window, first, second)
    qtbot.waitUntil(lambda: {i.state for i in items(window)} == {UploadState.DONE}, timeout=WAIT)
    urls = {by_name(window, "first.txt").url, by_name(window, "second.txt").url}
    assert set(QGuiApplication.clipboard().text().split("\n")) == urls

    later = make_file("later.txt")
    drop_files(window, later)
    qtbot.waitUntil(lambda: by_name(window, "later.txt").state is UploadState.DONE, timeout=WAIT)
    assert QGuiApplication.clipboard().text() == by_name(window, "later.txt").url


def test_status_notices_fit_or_wrap_and_the_tooltip_has_them_whole(
    qtbot, window: MainWindow
) -> None:
    window.resize(760, 520)  # the first start's size
    qtbot.waitUntil(lambda: window.account.signed_in, timeout=WAIT)  # the name takes its room
    message = window.status_message
    one_line = message.fontMetrics().height()

    batch = "7 links copied, the first expires at 14:24"
    window.notify(batch)
    assert message.text() == batch  # whole, on one line, beside the account and connection
    assert message.height() == one_line
    assert message.fontMetrics().horizontalAdvance(batch) <= message.width()

    long = "Link copied, expires at 19:35 — and a notice much longer than the status bar is wide"
    assert message.fontMetrics().horizontalAdvance(long) > message.width()
    window.notify(long)
    assert message.height() == 2 * one_line  # wraps: the bar grows while it shows
    assert message.text() == long  # nothing cut
    assert message.toolTip() == long

    window.notify(" ".join([long] * 6))
    assert message.height() == 2 * one_line  # never more than two lines
    assert message.text().endswith("…")
    assert message.text()[:-1].rstrip() in " ".join([long] * 6)
    assert message.toolTip() == " ".join([long] * 6)

    window.statusBar().clearMessage()
    assert message.text() == ""
    assert message.height() == one_line
    assert message.accessibleName() == "No status message"  # never a nameless label
    window.notify(batch)
    assert message.accessibleName() == ""  # the label's text is its name


def test_open_link_says_so_when_nothing_opens_it(
    qtbot, window: MainWindow, make_file: MakeFile, monkeypatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    drop_files(window, make_file("open.txt"))
    qtbot.waitUntil(lambda: items(window)[0].state is UploadState.DONE, timeout=WAIT)
    select(window, items(window)[0])
    opened: list[str] = []

    def no_browser(url) -> bool:
        opened.append(url.toString())
        return False

    monkeypatch.setattr(QDesktopServices, "openUrl", no_browser)
    window.commands[Command.OPEN].trigger()
    assert opened == [items(window)[0].url]
    assert window.statusBar().currentMessage().startswith("No browser could open the link.")


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
    qtbot.waitUntil(lambda: all(i.state is UploadState.DONE for i in items(window)), timeout=WAIT)
    names = [i.name for i in items(window)]
    assert names == ["batch/f2.txt", "batch/f10.txt", "batch/sub/a.txt", "loose.txt"]
    assert window.model.index(0).data(Qt.ItemDataRole.DisplayRole) == "batch/f2.txt"
