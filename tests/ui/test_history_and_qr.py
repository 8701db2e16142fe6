"""The history window and link QR codes, driven through the main window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtTest import QTest

from gui.clock import clock_time
from gui.emulator.server import Emulator
from gui.session.commands import Command
from gui.session.upload_item import UploadState
from gui.store.history import History
from gui.ui.history_dialog import HistoryDialog, HistoryModel
from gui.ui.link_qr_dialog import LinkQrDialog
from gui.ui.main_window import MainWindow
from gui.ui.qr_widget import QrWidget
from tests.ui.conftest import FakeClock
from tests.ui.window_helpers import drop_files, items, select

MakeFile = Callable[..., Path]
WAIT = 10_000


def decode(widget: QrWidget) -> list[str]:
    """Read the QR codes on the widget as a phone camera would see them."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    width, height = image.width(), image.height()
    bits = bytes(image.constBits())
    stride = image.bytesPerLine()
    pixels = b"".join(bits[row * stride : row * stride + width] for row in range(height))
    return [
        code.text for code in zxingcpp.read_barcodes(memoryview(pixels).cast("B", (height, width)))
    ]


def upload(qtbot, window: MainWindow, *files: Path) -> None:
    drop_files(window, *files)
    qtbot.waitUntil(lambda: all(i.state is UploadState.DONE for i in items(window)), timeout=WAIT)


def history_dialog(window: MainWindow) -> HistoryDialog:
    window.commands[Command.HISTORY].trigger()
    dialog = window.findChild(HistoryDialog)
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def test_qr_of_a_link_decodes_back_to_it(
    qtbot, window: MainWindow, clock: FakeClock, make_file: MakeFile
) -> None:
    upload(qtbot, window, make_file("phone.jpg"))
    select(window, items(window)[0])
    assert window.commands[Command.QR].isEnabled()
    window.commands[Command.QR].trigger()
    dialog = window.findChild(LinkQrDialog)
    assert dialog is not None
    assert decode(dialog.qr) == [items(window)[0].url]
    expires_at = items(window)[0].expires_at
    assert expires_at is not None
    assert dialog.remaining.text() == f"14 min left, expires at {clock_time(expires_at)}"
    clock.advance(901)
    window.session.tick()
    assert "expired" in dialog.remaining.text().lower()
    assert decode(dialog.qr) == []  # no scannable code for a dead link


def test_history_search_copy_and_delete(
    qtbot, window: MainWindow, history: History, make_file: MakeFile
) -> None:
    upload(qtbot, window, make_file("alpha report.pdf"), make_file("beta.png"))
    dialog = history_dialog(window)
    assert {e.name for e in dialog.model.entries} == {"alpha report.pdf", "beta.png"}
    dialog.search.setText("ALPHA")
    assert [e.name for e in dialog.model.entries] == ["alpha report.pdf"]
    dialog.select_row(0)
    dialog.buttons["copy"].click()
    assert QGuiApplication.clipboard().text() == history.entries("alpha")[0].url
    assert dialog.model.index(0, 3).data() == "14 min left"
    link_tip = dialog.model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert link_tip.endswith("expires at " + clock_time(history.entries("alpha")[0].expires_at))
    dialog.buttons["delete"].click()
    assert history.entries("alpha") == []
    dialog.search.clear()
    assert [e.name for e in dialog.model.entries] == ["beta.png"]


def test_history_expired_link_and_reupload(
    qtbot,
    window: MainWindow,
    clock: FakeClock,
    emulator: Emulator,
    history: History,
    make_file: MakeFile,
) -> None:
    source = make_file("again.txt", data=b"v1")
    upload(qtbot, window, source)
    dialog = history_dialog(window)
    clock.advance(901)
    emulator.clock.advance(901)
    window.session.tick()
    dialog.select_row(0)
    assert dialog.model.index(0, 3).data() == "expired"
    QGuiApplication.clipboard().setText("untouched")
    dialog.buttons["copy"].click()
    assert QGuiApplication.clipboard().text() == "untouched"
    assert "expired" in dialog.message.text()
    assert not dialog.buttons["qr"].isEnabled()

    source.write_bytes(b"v2, edited since")
    dialog.buttons["reupload"].click()
    qtbot.waitUntil(
        lambda: len(items(window)) == 2 and items(window)[1].state is UploadState.DONE, timeout=WAIT
    )
    assert items(window)[1].changed
    qtbot.waitUntil(lambda: len(dialog.model.entries) == 2, timeout=WAIT)  # reloaded by itself

    source.unlink()
    dialog.select_row(0)
    dialog.buttons["reupload"].click()
    assert "no longer at" in dialog.message.text()
    assert len(items(window)) == 2


def test_clear_history_asks_first(
    qtbot, window: MainWindow, history: History, make_file: MakeFile
) -> None:
    upload(qtbot, window, make_file("one.txt"))
    dialog = history_dialog(window)
    dialog.confirm = lambda title, text: False
    dialog.buttons["clear"].click()
    assert len(history.entries()) == 1
    dialog.confirm = lambda title, text: True
    dialog.buttons["clear"].click()
    assert history.entries() == []
    assert not dialog.buttons["clear"].isEnabled()


def test_history_model_passes_qt_model_tester(
    qtmodeltester, history: History, clock: FakeClock, tmp_path: Path
) -> None:
    now = clock()
    for name in ("a.txt", "b.txt"):
        history.record(tmp_path / name, 3, "", name, f"http://127.0.0.1:1/{name}", now, now)
    model = HistoryModel(history, clock)
    model.reload()
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_history_window_reads_nothing_while_closed_and_adds_rows_while_open(
    qtbot, window: MainWindow, history: History, make_file: MakeFile, monkeypatch
) -> None:
    reads: list[str] = []
    original = History.entries

    def counted(self: History, search: str = "", limit: int = 1000) -> list:
        reads.append(search)
        return original(self, search, limit)

    monkeypatch.setattr(History, "entries", counted)
    window.commands[Command.HISTORY].trigger()
    dialog = window.findChild(HistoryDialog)
    assert dialog is not None
    reads.clear()
    drop_files(window, make_file("shown.txt"))
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=WAIT)  # added, not re-read
    assert reads == []
    dialog.close()
    drop_files(window, make_file("a.txt"), make_file("b.txt"))
    qtbot.waitUntil(lambda: all(i.state is UploadState.DONE for i in items(window)), timeout=WAIT)
    assert reads == []  # a closed history window costs nothing
    window.commands[Command.HISTORY].trigger()
    assert reads == [""]  # read once, when shown again
    assert dialog.model.rowCount() == 3


def test_an_empty_history_says_so(qtbot, window: MainWindow) -> None:
    window.commands[Command.HISTORY].trigger()
    dialog = window.findChild(HistoryDialog)
    assert dialog is not None
    assert dialog.model.rowCount() == 0
    assert dialog.message.text().startswith("No uploads yet")
    dialog.search.setText("holiday")
    assert dialog.message.text() == "Nothing in the history matches “holiday”."


def test_history_keyboard_down_from_the_search_and_enter_copies(
    qtbot, window: MainWindow, history: History, make_file: MakeFile
) -> None:
    upload(qtbot, window, make_file("gamma.txt"), make_file("delta.txt"))
    dialog = history_dialog(window)
    dialog.activateWindow()
    dialog.search.setFocus()
    dialog.search.setText("gamma")
    QGuiApplication.clipboard().setText("before")
    QTest.keyClick(dialog.search, Qt.Key.Key_Down)
    assert dialog.focusWidget() is dialog.table
    assert dialog.selected() is not None
    QTest.keyClick(dialog.table, Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == history.entries("gamma")[0].url
    dialog.search.setFocus()
    dialog.search.setText("delta")
    QTest.keyClick(dialog.search, Qt.Key.Key_Return)  # Enter in the search copies the match
    assert QGuiApplication.clipboard().text() == history.entries("delta")[0].url


def test_history_names_its_countdown_column_and_shows_a_pictures_thumbnail(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    from PySide6.QtGui import QPixmap

    picture = tmp_path / "screen.png"
    image = QImage(64, 40, QImage.Format.Format_RGB32)
    image.fill(0xFB7299)
    image.save(str(picture))
    upload(qtbot, window, picture)
    dialog = history_dialog(window)
    model = dialog.model
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Time left"
    name = model.index(0, 0)
    model.data(name, Qt.ItemDataRole.DecorationRole)  # asks for it: made off the GUI thread
    qtbot.waitUntil(
        lambda: isinstance(model.data(name, Qt.ItemDataRole.DecorationRole), QPixmap), timeout=WAIT
    )
    assert model.data(model.index(0, 1), Qt.ItemDataRole.DecorationRole) is None
