""" "Copy error details": the technical words customer service asks for, from the rows that went
wrong, on the clipboard; the rows themselves say it in plain words."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QGuiApplication

from gui.emulator.server import Emulator
from gui.session.commands import Command
from gui.session.upload_item import UploadState
from gui.ui.main_window import MainWindow
from gui.ui.window_actions import ROW_MENU
from tests.ui.window_helpers import WAIT, MakeFile, by_name, drop_files, select, view


def test_the_details_of_failed_rows_are_copied(
    qtbot, window: MainWindow, emulator: Emulator, make_file: MakeFile
) -> None:
    emulator.faults.add("code", -400, endpoint="upload")
    drop_files(window, make_file("报告.pdf", size=2000), make_file("empty.log", data=b""))
    qtbot.waitUntil(lambda: by_name(window, "报告.pdf").state is UploadState.FAILED, timeout=WAIT)
    action = window.commands[Command.COPY_ERROR]
    assert Command.COPY_ERROR in ROW_MENU  # the rows' context menu offers it
    select(window, by_name(window, "报告.pdf"))
    window._update_actions()
    assert action.isEnabled()
    selection = view(window).selectionModel()
    empty_row = window.model.index(window.model.row_of(by_name(window, "empty.log").item_id))
    selection.select(empty_row, QItemSelectionModel.SelectionFlag.Select)
    QGuiApplication.clipboard().setText("before")
    action.trigger()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("BiliDrop ")
    assert "报告.pdf (2.0 KiB)" in text
    assert "ServiceError · code -400" in text
    assert "empty.log (0 B)" in text
    assert "Refused:" in text  # the row's own words, then the technical ones
    assert "FileEmpty" in text
    assert "Error details copied" in window.statusBar().currentMessage()
    for secret in emulator.demo_credentials.secret_values():
        assert secret not in text


def test_a_row_that_went_well_has_no_details(
    qtbot, window: MainWindow, make_file: MakeFile
) -> None:
    drop_files(window, make_file("fine.txt"))
    qtbot.waitUntil(lambda: by_name(window, "fine.txt").state is UploadState.DONE, timeout=WAIT)
    select(window, by_name(window, "fine.txt"))
    window._update_actions()
    assert not window.commands[Command.COPY_ERROR].isEnabled()
