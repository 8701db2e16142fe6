"""The main window driven like a person would: drops, clicks, keys; real uploads to the emulator."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import httpx
from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QGuiApplication,
)
from PySide6.QtTest import QTest

from gui.bili.limits import MAX_UPLOAD_BYTES
from gui.clock import clock_time
from gui.common.link_formats import LinkFormat
from gui.emulator.server import Emulator
from gui.session.commands import Command
from gui.session.upload_item import RowAction, UploadState, size_text
from gui.ui.main_window import MainWindow
from gui.ui.row_colours import (
    AMBER,
    STATE_COLOURS,
    readable,
    state_colour,
)
from tests.ui.conftest import FakeClock
from tests.ui.window_helpers import (
    WAIT,
    MakeFile,
    by_name,
    drop_files,
    failure,
    items,
    select,
    start_slow_upload,
    uploads_sent,
    view,
)


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
    assert "Done · 14 min left · expires at " in tooltip  # a span, and the time of day
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


def test_files_that_cannot_be_sent_offer_remove_and_show_their_size(
    qtbot, window: MainWindow, make_file: MakeFile
) -> None:
    drop_files(window, make_file("empty.txt", data=b""))
    [row] = items(window)
    assert row.state is UploadState.FAILED
    assert row.primary_action is RowAction.REMOVE  # retrying an empty file cannot help
    assert row.allows(RowAction.RETRY)  # still there, for a file fixed since
    assert size_text(row) == "0 B"


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
