"""The main window's commands: one QAction per `Command`, declared in one table with its
words, keys and tooltip, and put into the menus and the toolbar."""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from gui.common.link_formats import LinkFormat, link_format_names
from gui.i18n import tr
from gui.session.commands import Command


class ActionSpec(NamedTuple):
    """`keys`: a standard key or a key sequence; `fallback`: the keys to use where the
    platform has no standard ones; `role`: where macOS puts it (the application menu's
    Preferences, Quit and About), never guessed from its English words."""

    text: str
    keys: QKeySequence.StandardKey | str | None
    tip: str
    fallback: str = ""
    role: QAction.MenuRole = QAction.MenuRole.NoRole


def action_specs(platform: str = sys.platform) -> dict[Command, ActionSpec]:
    """Every action's words (in the UI language: built after the translator is installed).
    On macOS Cmd+H hides the application, so History is Cmd+Y there, as in Safari."""
    return _row_specs() | _window_specs(platform)


def _row_specs() -> dict[Command, ActionSpec]:
    """What is done to files and rows."""
    key = QKeySequence.StandardKey
    return {
        Command.ADD: ActionSpec(tr("&Add files…"), key.Open, tr("Choose files to upload")),
        Command.PASTE: ActionSpec(
            tr("&Paste files"), key.Paste, tr("Upload files, an image or text from the clipboard")
        ),
        Command.CAPTURE: ActionSpec(
            tr("&Capture screen…"),
            None,
            tr("Choose a region, a window or the whole screen, and upload it"),
        ),
        Command.COPY: ActionSpec(tr("&Copy link"), key.Copy, tr("Copy the selected links")),
        Command.OPEN: ActionSpec(
            tr("&Open link"), "Ctrl+L", tr("Open the selected link in the browser")
        ),
        Command.CANCEL: ActionSpec(tr("C&ancel"), "Esc", tr("Stop the selected uploads")),
        Command.RETRY: ActionSpec(
            tr("&Retry"), "Ctrl+R", tr("Try the selected failed uploads again")
        ),
        Command.REUPLOAD: ActionSpec(
            tr("R&e-upload"), "Ctrl+Shift+R", tr("Upload the same file again for a fresh link")
        ),
        Command.REMOVE: ActionSpec(
            tr("Re&move"), key.Delete, tr("Remove the selected rows from the list")
        ),
        Command.UNDO_REMOVE: ActionSpec(
            tr("&Undo remove"), key.Undo, tr("Bring back the rows just removed"), "Ctrl+Z"
        ),
        Command.CLEAR_FINISHED: ActionSpec(
            tr("C&lear finished"),
            "Ctrl+Shift+Delete",
            tr("Remove every row that is done, failed, cancelled or expired (Ctrl+Z undoes it)"),
        ),
        Command.COPY_ALL: ActionSpec(
            tr("Copy all live li&nks"),
            "Ctrl+Shift+C",
            tr("Copy the link of every upload that still works, one per line"),
        ),
        Command.COPY_ERROR: ActionSpec(
            tr("Copy error &details"),
            None,
            tr("Copy what went wrong, with its codes, for the chat with customer service"),
        ),
        Command.QR: ActionSpec(
            tr("Show &QR code"),
            "Ctrl+Shift+L",
            tr("Show the selected link as a QR code for a phone"),
        ),
    }


def _window_specs(platform: str) -> dict[Command, ActionSpec]:
    """The window's own: settings, history, the account, quitting, about."""
    key = QKeySequence.StandardKey
    history_keys = "Ctrl+Y" if platform == "darwin" else "Ctrl+H"  # Qt's Ctrl is Cmd on macOS
    role = QAction.MenuRole
    return {
        Command.SETTINGS: ActionSpec(
            tr("&Settings…"), key.Preferences, tr("Change settings"), "Ctrl+,", role.PreferencesRole
        ),
        Command.HISTORY: ActionSpec(
            tr("&History…"), history_keys, tr("Every finished upload and its link")
        ),
        Command.CHECK: ActionSpec(
            tr("Check &connection"), "F5", tr("Check the connection and sign-in now")
        ),
        Command.SIGN_IN: ActionSpec(
            tr("Sign &in…"), None, tr("Sign in with the cookies of a bilibili.com tab")
        ),
        Command.SIGN_OUT: ActionSpec(
            tr("Sign &out"), None, tr("Forget this sign-in on this computer")
        ),
        Command.QUIT: ActionSpec(
            tr("&Quit"), key.Quit, tr("Quit BiliDrop"), "Ctrl+Q", role.QuitRole
        ),
        Command.ABOUT: ActionSpec(
            tr("&About BiliDrop"),
            None,
            tr("The version, and where BiliDrop keeps its files"),
            role=role.AboutRole,
        ),
    }


# A row's context menu: what can be done to upload rows (None is a separator).
ROW_MENU: tuple[Command | None, ...] = (
    Command.COPY,
    Command.OPEN,
    Command.COPY_AS,
    Command.QR,
    None,
    Command.CANCEL,
    Command.RETRY,
    Command.REUPLOAD,
    Command.REMOVE,
    None,
    Command.COPY_ERROR,
)
FILE_MENU = (
    Command.ADD,
    Command.PASTE,
    Command.CAPTURE,
    None,
    Command.SETTINGS,
    None,
    Command.QUIT,
)
UPLOADS_MENU = (
    *ROW_MENU,
    Command.UNDO_REMOVE,
    None,
    Command.COPY_ALL,
    Command.CLEAR_FINISHED,
    None,
    Command.HISTORY,
)
ACCOUNT_MENU = (Command.SIGN_IN, Command.SIGN_OUT, Command.CHECK)
HELP_MENU = (Command.ABOUT,)


def menus() -> tuple[tuple[str, tuple[Command | None, ...]], ...]:
    return (
        (tr("&File"), FILE_MENU),
        (tr("&Uploads"), UPLOADS_MENU),
        (tr("&Account"), ACCOUNT_MENU),
        (tr("&Help"), HELP_MENU),
    )


TOOLBAR = (
    Command.ADD,
    Command.PASTE,
    Command.CAPTURE,
    Command.COPY,
    Command.OPEN,
    Command.QR,
    Command.RETRY,
    Command.REMOVE,
    Command.HISTORY,
)


def toolbar_text(text: str) -> str:
    """A menu entry's words as a toolbar button shows them: no mnemonic (a Chinese "(&A)"
    included, which Qt would leave as "(A)") and no "…"."""
    import re

    return (
        re.sub(r"\s*\(&.\)", "", text)
        .replace("&&", "\0")
        .replace("&", "")
        .replace("\0", "&")
        .rstrip("…")
        .strip()
    )


class WindowActions:
    """Every command of the window as an action; `handlers[command]` is what it runs, and
    `copy_as(kind)` what the "Copy as" entries run."""

    def __init__(
        self,
        window: QMainWindow,
        handlers: Mapping[Command, Callable[[], object]],
        copy_as: Callable[[LinkFormat], object],
    ) -> None:
        self._window = window
        self._actions = {
            command: self._make(spec, handlers[command]) for command, spec in action_specs().items()
        }
        self.copy_as_menu = QMenu(tr("Copy a&s"), window)
        for kind, name in link_format_names().items():
            action = self.copy_as_menu.addAction(name)
            action.triggered.connect(lambda checked=False, k=kind: copy_as(k))
        self._build_menus()

    def __getitem__(self, command: Command) -> QAction:
        return self._actions[command]

    def set_enabled(self, enabled: Mapping[Command, bool]) -> None:
        for command, on in enabled.items():
            if command is Command.COPY_AS:
                self.copy_as_menu.setEnabled(on)
            else:
                self._actions[command].setEnabled(on)

    def keys(self, command: Command) -> str:
        """The command's shortcut as the platform writes it ("Ctrl+Z")."""
        return self[command].shortcut().toString(QKeySequence.SequenceFormat.NativeText)

    def _make(self, spec: ActionSpec, slot: Callable[[], object]) -> QAction:
        """An action of the window: its keys shown in the tooltip, reachable while it has focus."""
        action = QAction(spec.text, self._window)
        action.setIconText(toolbar_text(spec.text))
        if spec.keys is not None:
            action.setShortcut(QKeySequence(spec.keys))
        if action.shortcut().isEmpty() and spec.fallback:
            action.setShortcut(QKeySequence(spec.fallback))
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{spec.tip} ({keys})" if keys else spec.tip)
        action.setStatusTip(spec.tip)
        action.setMenuRole(spec.role)
        action.triggered.connect(slot)
        self._window.addAction(action)
        return action

    def fill(self, menu: QMenu, entries: tuple[Command | None, ...]) -> None:
        for command in entries:
            if command is None:
                menu.addSeparator()
            elif command is Command.COPY_AS:
                menu.addMenu(self.copy_as_menu)
            else:
                menu.addAction(self[command])

    def _build_menus(self) -> None:
        window = self._window
        for title, entries in menus():
            self.fill(window.menuBar().addMenu(title), entries)
        toolbar = QToolBar(tr("Main"), window)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for command in TOOLBAR:
            toolbar.addAction(self[command])
            button = toolbar.widgetForAction(self[command])
            if button is not None:  # reachable with Tab, as the menus are with Alt
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        window.addToolBar(toolbar)
