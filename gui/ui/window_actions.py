"""The main window's commands: one QAction each, with its keys, in the menus and the toolbar."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from gui.common.link_formats import LinkFormat, link_format_names
from gui.i18n import tr


class CommandHandlers(Protocol):
    """What the actions call: the main window provides these."""

    def choose_files(self) -> None: ...
    def paste(self) -> bool: ...
    def copy_selected(self, kind: LinkFormat | None = None) -> None: ...
    def open_selected(self) -> None: ...
    def cancel_selected(self) -> None: ...
    def retry_selected(self) -> None: ...
    def reupload_selected(self) -> None: ...
    def remove_selected(self) -> None: ...
    def undo_remove(self) -> None: ...
    def clear_finished(self) -> None: ...
    def copy_all_live(self) -> None: ...
    def open_settings(self) -> None: ...
    def open_history(self) -> None: ...
    def show_qr_selected(self) -> None: ...
    def check_connection(self) -> None: ...
    def on_sign_in_requested(self) -> None: ...
    def sign_out(self) -> None: ...
    def quit(self) -> None: ...


class WindowActions:
    """Every command of the main window as an action, put into its menus and toolbar."""

    def __init__(self, window: QMainWindow, commands: CommandHandlers) -> None:
        self._window = window
        key = QKeySequence.StandardKey
        make = self._make
        self.add = make(
            tr("&Add files…"), commands.choose_files, key.Open, tr("Choose files to upload")
        )
        self.paste = make(
            tr("&Paste files"),
            commands.paste,
            key.Paste,
            tr("Upload files, an image or text from the clipboard"),
        )
        self.copy = make(
            tr("&Copy link"), commands.copy_selected, key.Copy, tr("Copy the selected links")
        )
        self.open = make(
            tr("&Open link"),
            commands.open_selected,
            "Ctrl+L",
            tr("Open the selected link in the browser"),
        )
        self.cancel = make(
            tr("C&ancel"), commands.cancel_selected, "Esc", tr("Stop the selected uploads")
        )
        self.retry = make(
            tr("&Retry"),
            commands.retry_selected,
            "Ctrl+R",
            tr("Try the selected failed uploads again"),
        )
        self.reupload = make(
            tr("R&e-upload"),
            commands.reupload_selected,
            "Ctrl+Shift+R",
            tr("Upload the same file again for a fresh link"),
        )
        self.remove = make(
            tr("Re&move"),
            commands.remove_selected,
            key.Delete,
            tr("Remove the selected rows from the list"),
        )
        self.undo_remove = make(
            tr("&Undo remove"),
            commands.undo_remove,
            key.Undo,
            tr("Bring back the rows just removed"),
            "Ctrl+Z",
        )
        self.clear_finished = make(
            tr("C&lear finished"),
            commands.clear_finished,
            "Ctrl+Shift+Delete",
            tr("Remove every row that is done, failed, cancelled or expired (Ctrl+Z undoes it)"),
        )
        self.copy_all = make(
            tr("Copy all live li&nks"),
            commands.copy_all_live,
            "Ctrl+Shift+C",
            tr("Copy the link of every upload that still works, one per line"),
        )
        self.settings = make(
            tr("&Settings…"),
            commands.open_settings,
            key.Preferences,
            tr("Change settings"),
            "Ctrl+,",
        )
        self.history = make(
            tr("&History…"),
            commands.open_history,
            "Ctrl+H",
            tr("Every finished upload and its link"),
        )
        self.qr = make(
            tr("Show &QR code"),
            commands.show_qr_selected,
            "Ctrl+Shift+L",
            tr("Show the selected link as a QR code for a phone"),
        )
        self.check = make(
            tr("Check &connection"),
            commands.check_connection,
            "F5",
            tr("Check the connection and sign-in now"),
        )
        self.sign_in = make(
            tr("Sign &in…"),
            commands.on_sign_in_requested,
            None,
            tr("Sign in with the cookies of a bilibili.com tab"),
        )
        self.sign_out = make(
            tr("Sign &out"), commands.sign_out, None, tr("Forget this sign-in on this computer")
        )
        self.quit = make(tr("&Quit"), commands.quit, key.Quit, tr("Quit BiliDrop"), "Ctrl+Q")

        self.copy_as_menu = QMenu(tr("Copy a&s"), window)
        for kind, name in link_format_names().items():
            action = self.copy_as_menu.addAction(name)
            action.triggered.connect(lambda checked=False, k=kind: commands.copy_selected(k))
        self._build_menus()

    def _make(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence.StandardKey | str | None,
        tip: str,
        fallback: str = "",
    ) -> QAction:
        """An action of the window: its keys shown in the tooltip, reachable while it has focus.
        `fallback`: the keys to use where the platform has no standard ones."""
        action = QAction(text, self._window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if action.shortcut().isEmpty() and fallback:
            action.setShortcut(QKeySequence(fallback))
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({keys})" if keys else tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self._window.addAction(action)
        return action

    def add_row_actions(self, menu: QMenu) -> None:
        """What can be done to upload rows: the Uploads menu and the rows' context menu alike."""
        menu.addAction(self.copy)
        menu.addAction(self.open)
        menu.addMenu(self.copy_as_menu)
        menu.addAction(self.qr)
        menu.addSeparator()
        for action in (self.cancel, self.retry, self.reupload, self.remove):
            menu.addAction(action)

    def _build_menus(self) -> None:
        window = self._window
        menus = window.menuBar()
        file_menu = menus.addMenu(tr("&File"))
        for action in (self.add, self.paste):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        upload_menu = menus.addMenu(tr("&Uploads"))
        self.add_row_actions(upload_menu)
        upload_menu.addAction(self.undo_remove)
        upload_menu.addSeparator()
        upload_menu.addAction(self.copy_all)
        upload_menu.addAction(self.clear_finished)
        upload_menu.addSeparator()
        upload_menu.addAction(self.history)
        account_menu = menus.addMenu(tr("&Account"))
        for action in (self.sign_in, self.sign_out, self.check):
            account_menu.addAction(action)

        toolbar = QToolBar(tr("Main"), window)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.add,
            self.paste,
            self.copy,
            self.open,
            self.qr,
            self.retry,
            self.remove,
            self.history,
        ):
            toolbar.addAction(action)
            button = toolbar.widgetForAction(action)
            if button is not None:  # reachable with Tab, as the menus are with Alt
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        window.addToolBar(toolbar)
