"""A capture in the window: the overlay's picture becomes an ordinary row whose link is
copied, and what a mosaic covered cannot be read back from the uploaded file."""

from __future__ import annotations

import httpx
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QMenu, QToolBar

from gui.capture.marks import MOSAIC_BLOCK
from gui.hotkeys.names import Hotkey
from gui.session.commands import Command
from gui.ui.main_window import MainWindow
from gui.ui.settings_dialog import SettingsDialog
from tests.capture.test_overlay import frozen
from tests.ui.window_helpers import WAIT, the_one_row_done


def test_a_mosaicked_capture_uploads_as_a_row_and_its_file_holds_only_flat_blocks(
    qtbot, window: MainWindow
) -> None:
    flow = window.capture.flow
    screen = frozen(2)
    flow.open_overlay(screen, [])
    overlay = flow.overlays[0]
    qtbot.mousePress(overlay, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    qtbot.mouseRelease(overlay, Qt.MouseButton.LeftButton, pos=QPoint(129, 89))
    qtbot.keyClick(overlay, Qt.Key.Key_M)
    qtbot.mousePress(overlay, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    qtbot.mouseRelease(overlay, Qt.MouseButton.LeftButton, pos=QPoint(79, 55))
    with qtbot.waitSignal(flow.ended, timeout=WAIT):
        qtbot.keyClick(overlay, Qt.Key.Key_Return)
    assert flow.overlays == []
    item = the_one_row_done(qtbot, window)
    assert item.name.startswith("Screenshot")
    assert item.name.endswith(".png")
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == item.url, timeout=WAIT)
    uploaded = QImage.fromData(httpx.get(item.url).content)
    assert (uploaded.width(), uploaded.height()) == (240, 160)  # 120 × 80 at ratio 2
    block = MOSAIC_BLOCK * 2
    # the mosaic began at (20, 20) on screen: (20, 20) in the file at ratio 2, from (10, 10)
    flat = 0
    for top in range(20, 20 + 70 - block, block):
        for left in range(20, 20 + 118 - block, block):
            colours = {
                uploaded.pixel(x, y)
                for x in range(left, left + block)
                for y in range(top, top + block)
            }
            assert len(colours) == 1
            flat += 1
    assert flat >= 8
    # beside it, the file is the screen itself, pixel for pixel
    assert uploaded.pixel(200, 150) == screen.image.pixel(20 + 200, 20 + 150)


def test_the_capture_command_is_in_the_file_menu_and_the_toolbar(window: MainWindow) -> None:
    action = window.commands[Command.CAPTURE]
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    assert action in file_menu.actions()
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert toolbar is not None
    assert action in toolbar.actions()
    assert action.text().replace("&", "").startswith("Capture screen")


def test_settings_show_the_hot_keys_and_why_one_was_refused(window: MainWindow, qtbot) -> None:
    refusals = {Hotkey.CAPTURE: "Ctrl+Alt+X is already used by another program"}
    dialog = SettingsDialog(window.settings, window, hotkey_refusals=refusals)
    qtbot.addWidget(dialog)
    fields = dialog.shortcuts
    assert fields.chosen() == {Hotkey.CAPTURE: "Ctrl+Alt+X", Hotkey.CLIPBOARD: "Ctrl+Alt+U"}
    assert not fields.refusal_labels[Hotkey.CAPTURE].isHidden()
    assert "another program" in fields.refusal_labels[Hotkey.CAPTURE].text()
    assert fields.refusal_labels[Hotkey.CLIPBOARD].isHidden()
    fields.editors[Hotkey.CLIPBOARD].clear()
    dialog.accept()
    assert window.settings.clipboard_hotkey == ""
    assert window.settings.capture_hotkey == "Ctrl+Alt+X"


def test_where_no_global_keys_can_be_taken_settings_say_how_to_bind_the_command(
    window: MainWindow, qtbot
) -> None:
    refusals, note = window.capture.hotkey_state()
    assert window.capture.hotkeys.way == "none"  # the offscreen platform takes no keys
    assert "bilidrop capture" in note
    dialog = SettingsDialog(window.settings, window, hotkey_refusals=refusals, hotkey_note=note)
    qtbot.addWidget(dialog)
    assert not dialog.shortcuts.editors[Hotkey.CAPTURE].isEnabled()
