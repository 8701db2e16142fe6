"""What a screen reader gets, read through Qt's accessibility interfaces (what the AT-SPI
bridge hands to Orca): names that carry the visible text, rows that expose their link and
size, a row's button from the keyboard, polite announcements, and a connection indicator
that names its state and stays quiet during a countdown."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QWidget

from gui.emulator.server import Emulator
from gui.session.commands import Command
from gui.session.connection_state import ConnectionState
from gui.session.upload_item import UploadState
from gui.ui.main_window import MainWindow
from gui.ui.settings_dialog import SettingsDialog
from tests.ui.window_helpers import drop_files, items

MakeFile = Callable[..., Path]
WAIT = 10_000


def name(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def description(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Description)


def test_the_account_area_and_the_banner_read_what_they_show(qtbot, window: MainWindow) -> None:
    account = window.account
    qtbot.waitUntil(lambda: account.signed_in, timeout=WAIT)
    assert name(account) == f"Account: {account.name}"  # whole, though the button may cut it
    assert "(demo)" in name(account)
    assert description(account) == account.where.text()
    assert "memory" in description(account)
    interface = QAccessible.queryAccessibleInterface(account)
    assert not interface.state().disabled
    banner = window.demo_banner
    assert banner is not None
    assert name(banner) == banner.text()
    assert description(banner) == "Demo mode"
    names = [name(w) for w in window.statusBar().findChildren(QWidget) if w.isVisible()]
    assert "Avatar" not in names


def test_the_drop_area_is_a_button_and_the_containers_are_named(window: MainWindow) -> None:
    drop = QAccessible.queryAccessibleInterface(window.drop_area)
    assert drop.role() == QAccessible.Role.Button
    assert drop.text(QAccessible.Text.Name) == "Drop files here or click to choose"
    assert "Ctrl+O" in drop.text(QAccessible.Text.Description)
    assert name(window.pages) == "Uploads"
    central = window.centralWidget()
    assert central is not None
    assert name(central) == "BiliDrop"


def test_settings_fields_are_named_by_their_labels(qtbot, settings, tmp_path: Path) -> None:
    from gui.common.autostart import Autostart

    dialog = SettingsDialog(settings, autostart=Autostart("linux", config_home=tmp_path))
    qtbot.addWidget(dialog)
    for combo in dialog.findChildren(QComboBox):
        interface = QAccessible.queryAccessibleInterface(combo)
        # On Linux Qt names a combo box by its value and points to its label with a
        # "labelled by" relation (Orca reads both); elsewhere the name is the label's.
        labels = [
            other.text(QAccessible.Text.Name)
            for other, _ in interface.relations(QAccessible.RelationFlag.Label)
        ]
        label = labels[0].replace("&", "").rstrip(":：").strip()
        assert combo.accessibleName() == label
        assert label in {"Copy links as", "Language", "Proxy", "Folders and several files"}


def test_a_row_says_its_link_and_size_and_its_button_works_from_the_keyboard(
    qtbot, window: MainWindow, make_file: MakeFile
) -> None:
    drop_files(window, make_file("x.txt", size=2048))
    qtbot.waitUntil(lambda: items(window)[0].state is UploadState.DONE, timeout=WAIT)
    item = items(window)[0]
    index = window.model.index(0)
    text = index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert text.startswith("x.txt: Done · 14 min left · expires at ")
    assert text.endswith("2.0 KiB")
    said = index.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert said == f"{item.url} · Enter: Copy link"
    view = window.queue_view
    assert view is not None
    view.setCurrentIndex(index)
    QGuiApplication.clipboard().setText("before")
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == item.url


def test_an_upload_and_a_copy_are_announced_once_each(
    qtbot, window: MainWindow, make_file: MakeFile
) -> None:
    said: list[str] = []
    window.announcer.announced.connect(
        lambda message: said.append(message) if "Connection" not in message else None
    )
    drop_files(window, make_file("told.txt"))
    qtbot.waitUntil(lambda: items(window)[0].state is UploadState.DONE, timeout=WAIT)
    assert said[0] == "told.txt uploaded: link ready"
    assert said[1].startswith("Link copied, expires at ")
    window.session.tick()
    window.session.tick()
    assert len(said) == 2  # the clock's ticks are not news


def test_the_indicator_names_its_state_and_announces_changes_not_the_countdown(
    qtbot, window: MainWindow, emulator: Emulator
) -> None:
    indicator = window.indicator
    qtbot.waitUntil(lambda: indicator.state is ConnectionState.ONLINE, timeout=WAIT)
    assert name(indicator) == "Connection: Online"
    changes: list[str] = []
    indicator.state_changed.connect(changes.append)
    emulator.stop()
    try:
        window.commands[Command.CHECK].trigger()
        qtbot.waitUntil(lambda: indicator.state is ConnectionState.OFFLINE, timeout=WAIT)
        shown = {indicator.shown_text()}
        for _ in range(3):
            window.session.monitor.last_retry_delay = 30
            window.session.tick()
            shown.add(indicator.shown_text())
        assert name(indicator) == "Connection: Offline"
        assert changes == ["Connection: Offline"]  # once, not once a second
        assert "Offline" in indicator.shown_text()
    finally:
        emulator.start()


def test_a_signed_out_heartbeat_updates_the_account_area(
    qtbot, window: MainWindow, emulator: Emulator
) -> None:
    qtbot.waitUntil(lambda: window.account.signed_in, timeout=WAIT)
    emulator.revoke(emulator.demo_credentials)
    window.commands[Command.CHECK].trigger()
    qtbot.waitUntil(lambda: window.indicator.state is ConnectionState.SIGNED_OUT, timeout=WAIT)
    qtbot.waitUntil(lambda: not window.account.signed_in, timeout=WAIT)
    assert window.account.name == "Not signed in"
    assert window.account.text() == "Sign in…"
