"""The main window's commands: one QAction each, with its keys, in the menus and the toolbar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from gui.ui.i18n import tr
from gui.ui.link_formats import link_format_names
from gui.ui.settings import LINK_FORMATS

if TYPE_CHECKING:
    from gui.ui.main_window import MainWindow


def make_action(
    window: MainWindow,
    text: str,
    slot: Callable[[], None],
    shortcut: QKeySequence | str | None,
    tip: str,
) -> QAction:
    """An action of the window: its keys shown in the tooltip, reachable while it has focus."""
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setToolTip(
        f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        if shortcut is not None
        else tip
    )
    action.setStatusTip(tip)
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def add_row_actions(menu: QMenu, window: MainWindow) -> None:
    """What can be done to upload rows: the Uploads menu and the rows' context menu alike."""
    for action in (window.copy_action, window.open_action):
        menu.addAction(action)
    menu.addMenu(window.copy_as_menu)
    menu.addAction(window.qr_action)
    menu.addSeparator()
    for action in (
        window.cancel_action,
        window.retry_action,
        window.reupload_action,
        window.remove_action,
    ):
        menu.addAction(action)


def build_actions(window: MainWindow) -> None:
    """Every command of the main window as an action, in its menus and toolbar."""
    key = QKeySequence.StandardKey
    window.add_action = make_action(
        window,
        tr("&Add files…"),
        window.choose_files,
        QKeySequence(key.Open),
        tr("Choose files to upload"),
    )
    window.paste_action = make_action(
        window,
        tr("&Paste files"),
        window.paste,
        QKeySequence(key.Paste),
        tr("Upload files or an image from the clipboard"),
    )
    window.copy_action = make_action(
        window,
        tr("&Copy link"),
        window.copy_selected,
        QKeySequence(key.Copy),
        tr("Copy the selected links"),
    )
    window.open_action = make_action(
        window,
        tr("&Open link"),
        window.open_selected,
        "Ctrl+L",
        tr("Open the selected link in the browser"),
    )
    window.cancel_action = make_action(
        window, tr("C&ancel"), window.cancel_selected, "Esc", tr("Stop the selected uploads")
    )
    window.retry_action = make_action(
        window,
        tr("&Retry"),
        window.retry_selected,
        "Ctrl+R",
        tr("Try the selected failed uploads again"),
    )
    window.reupload_action = make_action(
        window,
        tr("R&e-upload"),
        window.reupload_selected,
        "Ctrl+Shift+R",
        tr("Upload the same file again for a fresh link"),
    )
    window.remove_action = make_action(
        window,
        tr("Re&move"),
        window.remove_selected,
        QKeySequence(key.Delete),
        tr("Remove the selected rows from the list"),
    )
    window.settings_action = make_action(
        window,
        tr("&Settings…"),
        window.open_settings,
        QKeySequence(key.Preferences),
        tr("Change settings"),
    )
    if window.settings_action.shortcut().isEmpty():
        window.settings_action.setShortcut(QKeySequence("Ctrl+,"))
    window.history_action = make_action(
        window,
        tr("&History…"),
        window.open_history,
        "Ctrl+H",
        tr("Every finished upload and its link"),
    )
    window.qr_action = make_action(
        window,
        tr("Show &QR code"),
        window.show_qr_selected,
        "Ctrl+Shift+L",
        tr("Show the selected link as a QR code for a phone"),
    )
    window.check_action = make_action(
        window,
        tr("Check &connection"),
        window.check_connection,
        "F5",
        tr("Check the connection and sign-in now"),
    )
    window.sign_in_action = make_action(
        window,
        tr("Sign &in…"),
        window.on_sign_in_requested,
        None,
        tr("Sign in with the cookies of a bilibili.com tab"),
    )
    window.sign_out_action = make_action(
        window, tr("Sign &out"), window.sign_out, None, tr("Forget this sign-in on this computer")
    )
    window.quit_action = make_action(
        window, tr("&Quit"), window.quit, QKeySequence(key.Quit), tr("Quit BiliDrop")
    )
    if window.quit_action.shortcut().isEmpty():
        window.quit_action.setShortcut(QKeySequence("Ctrl+Q"))

    window.copy_as_menu = QMenu(tr("Copy &as"), window)
    for kind in LINK_FORMATS:
        action = window.copy_as_menu.addAction(link_format_names()[kind])
        action.triggered.connect(lambda checked=False, k=kind: window.copy_selected(k))

    menus = window.menuBar()
    file_menu = menus.addMenu(tr("&File"))
    for action in (window.add_action, window.paste_action):
        file_menu.addAction(action)
    file_menu.addSeparator()
    file_menu.addAction(window.settings_action)
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)
    upload_menu = menus.addMenu(tr("&Uploads"))
    add_row_actions(upload_menu, window)
    upload_menu.addSeparator()
    upload_menu.addAction(window.history_action)
    account_menu = menus.addMenu(tr("&Account"))
    for action in (window.sign_in_action, window.sign_out_action, window.check_action):
        account_menu.addAction(action)

    toolbar = QToolBar(tr("Main"), window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for action in (
        window.add_action,
        window.paste_action,
        window.copy_action,
        window.open_action,
        window.qr_action,
        window.retry_action,
        window.remove_action,
        window.history_action,
    ):
        toolbar.addAction(action)
    window.addToolBar(toolbar)
