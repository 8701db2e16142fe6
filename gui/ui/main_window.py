"""The main window: drop files, watch them upload, copy links, see connection and account.

It draws the session (gui/session/) and sends it commands: what to copy, notify or undo, and
what a selection allows, is the session's. Only light modules are imported here, so the
window paints before the network stack loads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication, QPaintEvent
from PySide6.QtWidgets import QMainWindow, QMenu, QSizeGrip, QStackedWidget, QVBoxLayout, QWidget

from gui.common.link_formats import LinkFormat
from gui.i18n import tr
from gui.session.commands import Command, cancel_question, quit_question
from gui.session.session import Session
from gui.session.upload_item import RowAction, UploadItem
from gui.ui.account_area import AccountArea
from gui.ui.announce import Announcer
from gui.ui.auto_copy import ClipboardLinks
from gui.ui.clipboard import LinkStyle, links_mime, links_of
from gui.ui.connection_indicator import ConnectionIndicator
from gui.ui.demo_banner import DemoBanner
from gui.ui.drop_area import DropArea
from gui.ui.file_intake import FileIntake
from gui.ui.forms import fit_on_screen
from gui.ui.status_message import StatusMessage
from gui.ui.window_actions import ROW_MENU, WindowActions
from gui.ui.window_capture import WindowCapture
from gui.ui.window_dialogs import WindowDialogs, ask_how_to_send, ask_yes_no, choose_sign_out
from gui.ui.window_drops import WindowDrops
from gui.ui.window_tray import WindowTray

if TYPE_CHECKING:
    from gui.ui.queue_view import QueueView
    from gui.ui.tray import Tray

NOTICE_MS = 6000


class MainWindow(QMainWindow):
    """Signals:
    first_painted(): the window has been drawn once (start-up continues after it).
    closed(): the window really closed (not hidden to the tray): the app should end.
    """

    first_painted = Signal()
    closed = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.settings = session.settings
        self.model = session.model
        self.confirm: Callable[[str, str], bool] = lambda title, text: ask_yes_no(self, title, text)
        self.choose_sign_out: Callable[[], bool | None] = lambda: choose_sign_out(self)
        self.ask_how_to_send = lambda title, text: ask_how_to_send(self, title, text)
        self._quitting = False
        self._ending = False  # the system ends the session: close without asking
        self.ended = False  # closed for good (the launcher shuts the session down)
        self.restart_requested = False  # quit, and the launcher starts BiliDrop again
        self._painted = False
        self._actions_due = False
        self.setWindowTitle(tr("BiliDrop — demo") if session.demo else "BiliDrop")
        self.intake = FileIntake(  # the questions through the window's (tests replace them)
            session.queue,
            lambda title, text: self.confirm(title, text),
            self.notify,
            lambda title, text: self.ask_how_to_send(title, text),
            lambda: self.settings.many_files,
        )
        self.announcer = Announcer(self)
        self.dialogs = self._build_dialogs()
        self.capture = WindowCapture(session.settings, self.intake, self.paste, self)
        self.capture.said.connect(self.notify)
        self.dialogs.hotkey_state = self.capture.hotkey_state
        self.dialogs.hotkeys_changed.connect(self.capture.apply_hotkeys)
        session.started.connect(self.capture.start)
        self.drop_area = DropArea()
        self.drops = WindowDrops(
            self, self.intake, self.drop_area, lambda: self.queue_view, self.settings
        )
        self.choose_files = self.drops.choose_files
        self.drop_area.activated.connect(self.choose_files)
        self.desktop = self._build_presence()
        self.queue_view: QueueView | None = None  # built with the first row (faster start)
        self.pages = QStackedWidget()
        self._build_central()
        self.indicator = ConnectionIndicator(
            session.monitor, session.cool_down, session.connection_line
        )
        self.account = AccountArea()
        self._build_status_bar()
        self.commands = WindowActions(self, self._handlers(), self.copy_selected)
        session.removal.keys = self.commands.keys(Command.UNDO_REMOVE)
        self._connect_session()
        geometry = self.settings.window_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(760, 520)
        fit_on_screen(self)

    def _build_dialogs(self) -> WindowDialogs:
        dialogs = WindowDialogs(
            self.session, self, lambda t, q: self.confirm(t, q), lambda: self.choose_sign_out()
        )
        dialogs.said.connect(self.notify)
        dialogs.restart_requested.connect(self.restart)
        return dialogs

    def _build_presence(self) -> WindowTray:
        desktop = WindowTray(self.session, self)
        desktop.show_requested.connect(self.bring_to_front)
        desktop.upload_requested.connect(self.choose_files)
        desktop.paste_requested.connect(self.paste)
        desktop.capture_requested.connect(self.capture.capture)
        desktop.quit_requested.connect(self.quit)
        desktop.row_requested.connect(self.on_notification_clicked)
        desktop.said.connect(self.notify)
        return desktop

    def _build_central(self) -> None:
        self.pages.setAccessibleName(tr("Uploads"))  # a named pane, not a bare "layered pane"
        self.pages.addWidget(self.drop_area)
        central = QWidget()
        central.setAccessibleName("BiliDrop")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.demo_banner = DemoBanner() if self.session.demo else None
        if self.demo_banner is not None:
            layout.addWidget(self.demo_banner)
        layout.addWidget(self.pages)
        self.setCentralWidget(central)

    def _build_status_bar(self) -> None:
        self.account.sign_in_requested.connect(self.dialogs.open_sign_in)
        self.account.sign_out_requested.connect(self.dialogs.sign_out)
        bar = self.statusBar()
        bar.addPermanentWidget(self.account)
        bar.addPermanentWidget(self.indicator)
        bar.setAccessibleName(tr("Status"))
        self.status_message = StatusMessage(bar)
        self.indicator.state_changed.connect(self.announcer.say)
        grip = bar.findChild(QSizeGrip)
        if grip is not None:
            grip.setAccessibleName(tr("Resize the window"))

    def _handlers(self) -> dict[Command, Callable[[], object]]:
        session, dialogs = self.session, self.dialogs
        return {
            Command.ADD: self.choose_files,
            Command.PASTE: self.paste,
            Command.CAPTURE: lambda: self.capture.capture(),
            Command.COPY: self.copy_selected,
            Command.OPEN: lambda: dialogs.open_links(self.selected_items()),
            Command.QR: lambda: dialogs.show_qr_of(self.selected_items()),
            Command.CANCEL: self.cancel_selected,
            Command.RETRY: lambda: self._for_selected(RowAction.RETRY),
            Command.REUPLOAD: lambda: self._for_selected(RowAction.REUPLOAD),
            Command.REMOVE: lambda: self._for_selected(RowAction.REMOVE),
            Command.UNDO_REMOVE: self.undo_remove,
            Command.CLEAR_FINISHED: session.removal.clear_finished,
            Command.COPY_ALL: lambda: self.copy_items(self.model.items()),
            Command.COPY_ERROR: lambda: self.links.copy_details(self.selected_items()),
            Command.HISTORY: dialogs.open_history,
            Command.SETTINGS: dialogs.open_settings,
            Command.CHECK: session.monitor.recheck,
            Command.SIGN_IN: lambda: dialogs.open_sign_in(),
            Command.SIGN_OUT: dialogs.sign_out,
            Command.QUIT: self.quit,
            Command.ABOUT: dialogs.show_about,
        }

    def _connect_session(self) -> None:
        session = self.session
        self.model.rowsInserted.connect(self._on_rows_changed)
        self.model.rowsRemoved.connect(self._on_rows_changed)
        self.model.dataChanged.connect(self._update_actions_soon)
        session.account.account_changed.connect(self.on_account_changed)
        session.account.needs_sign_in.connect(self.on_needs_sign_in)
        session.notice.connect(self.notify)
        session.links.link_ready.connect(self.on_link_ready)
        keys = self.commands.keys(Command.COPY_ALL)
        self.links = ClipboardLinks(session, self.statusBar(), self.notify, keys, self)
        session.removal.available.connect(self._update_actions)
        session.started.connect(self._update_actions)
        session.ticked.connect(self.indicator.refresh)
        self._update_actions()

    # --- the rows ------------------------------------------------------------------------------

    def selected_items(self) -> list[UploadItem]:
        if self.queue_view is None:
            return []
        items = [self.model.find(i) for i in self.queue_view.selected_ids()]
        return [i for i in items if i is not None]

    @Slot()
    def _update_actions(self, *args: object) -> None:
        self._actions_due = False
        self.commands.set_enabled(self.session.enabled_commands(self.selected_items()))

    @Slot()
    def _update_actions_soon(self, *args: object) -> None:
        """Once the events at hand are handled: a drop of 10,000 files changes rows 10,000
        times, and the actions need looking at once (each look reads every row)."""
        if not self._actions_due:
            self._actions_due = True
            QTimer.singleShot(0, self._update_actions)

    def _build_queue_view(self) -> QueueView:
        from gui.ui.queue_view import QueueView

        view = QueueView(self.model)
        view.copy_requested.connect(self.copy_selected)
        view.delegate.action_requested.connect(self.on_row_action)
        view.customContextMenuRequested.connect(self.on_context_menu)
        view.doubleClicked.connect(self.on_double_click)
        view.drag_mime = self.links_mime
        view.selectionModel().selectionChanged.connect(self._update_actions)
        self.pages.addWidget(view)
        return view

    @Slot()
    def _on_rows_changed(self) -> None:
        if self.model.rowCount() and self.queue_view is None:
            self.queue_view = self._build_queue_view()
            self._update_actions()  # its first row is selected: the toolbar says so at once
        view = self.queue_view if self.model.rowCount() else None
        self.pages.setCurrentWidget(view or self.drop_area)
        self._update_actions_soon()

    @Slot(int, object)
    def on_row_action(self, item_id: int, action: RowAction) -> None:
        item = self.model.find(item_id)
        if item is not None and action is RowAction.COPY:
            self.copy_items([item])
        elif item is not None:
            self.session.rows.run(action, [item_id])

    def _for_selected(self, action: RowAction) -> None:
        self.session.rows.run(action, [item.item_id for item in self.selected_items()])

    @Slot(QModelIndex)
    def on_double_click(self, index: QModelIndex) -> None:
        item = self.model.item_at(index.row())
        if item.has_live_link:
            self.copy_items([item])

    @Slot(QPoint)
    def on_context_menu(self, position: QPoint) -> None:
        self._update_actions()
        menu = QMenu(self)
        self.commands.fill(menu, ROW_MENU)
        if self.queue_view is not None:
            menu.popup(self.queue_view.viewport().mapToGlobal(position))

    @Slot()
    def cancel_selected(self) -> None:
        question = cancel_question(self.selected_items())
        if question is None or self.confirm(tr("Cancel upload?"), question):
            self._for_selected(RowAction.CANCEL)

    @Slot()
    def undo_remove(self) -> None:
        if self.session.removal.undo():
            self.statusBar().clearMessage()

    # --- links ---------------------------------------------------------------------------------

    @Slot(list)
    def copy_items(self, items: list[UploadItem], kind: str | None = None) -> None:
        self.links.copy(items, kind)

    def links_mime(self, items: list[UploadItem]) -> QMimeData | None:
        return links_mime(links_of(items), LinkStyle.chosen(self.settings), self.model.clock())

    def copy_selected(self, kind: LinkFormat | None = None) -> None:
        self.copy_items(self.selected_items(), kind)

    @Slot(object, int)
    def on_link_ready(self, item: UploadItem, batch_size: int) -> None:
        self.announcer.say(tr("{name} uploaded: link ready").format(name=item.name))

    # --- adding files --------------------------------------------------------------------------

    def add_paths(self, paths: Iterable[Path]) -> None:
        """Queue files and folders (a folder with many files is asked about first)."""
        self.intake.add_paths(paths)

    @Slot()
    def paste(self) -> bool:
        """Queue the clipboard's files, image or text; False (and said) when it holds none."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is not None and self.intake.add_from_clipboard(mime):
            return True
        self.notify(self.session.notices.nothing_to_paste())
        return False

    # --- the account, notices ------------------------------------------------------------------

    @Slot()
    def bring_to_front(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    @Slot(object, list)
    def on_notification_clicked(self, item_id: int | None, copy_ids: Sequence[int] = ()) -> None:
        """Bring the window forward on the row the notification was about; its "Copy link"
        action copies its rows' links too (again once the window is in front, where the
        desktop refuses a copy from the back, as Wayland does)."""
        self.bring_to_front()
        row = self.model.row_of(item_id) if item_id is not None else -1
        if row >= 0 and self.queue_view is not None:
            self.queue_view.show_row(row)
        if copy_ids:
            self.copy_items([item for item in map(self.model.find, copy_ids) if item])

    @Slot()
    def on_account_changed(self) -> None:
        account = self.session.account
        self.account.show_session_account(account)
        if self.demo_banner is not None:
            self.demo_banner.show_signed_in(self.account.signed_in)
        self._update_actions()

    @Slot(str)
    def on_needs_sign_in(self, reason: str) -> None:
        self.notify(reason)
        if self.isVisible():
            self.dialogs.open_sign_in_soon(reason)

    def notify(self, message: str) -> None:
        """A short non-modal notice in the status bar, told to screen readers too."""
        self.statusBar().showMessage(message, NOTICE_MS)
        self.announcer.say(message)

    @property
    def tray(self) -> Tray | None:
        return self.desktop.tray

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    # --- closing -------------------------------------------------------------------------------

    @Slot()
    def quit(self) -> None:
        self._quitting = True
        if not self.close():
            self._quitting = False

    @Slot()
    def restart(self) -> None:
        """Quit (asking about unfinished uploads as quitting does), then start again."""
        self.restart_requested = True
        self.quit()
        if not self._quitting:
            self.restart_requested = False

    def end_now(self) -> None:
        """The system ends BiliDrop (log-out, shutdown, a signal): close without asking; what
        was waiting or running stays in the history, offered again at the next start."""
        self._ending = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.ended:
            event.accept()
            return
        if not (self._quitting or self._ending) and self.desktop.keeps_running():
            event.ignore()
            return
        question = None if self._ending else quit_question(self.session.queue)
        if question is not None and not self.confirm(tr("Quit BiliDrop?"), question):
            event.ignore()
            return
        self.ended = True
        self.settings.window_geometry = self.saveGeometry()
        self.settings.sync()
        self.desktop.hide()
        self.capture.close()
        if self.queue_view is not None:
            self.queue_view.delegate.thumbnails.close()
        event.accept()
        self.closed.emit()  # the launcher shuts the session down: the uploads stop first,
        self.intake.cleanup()  # then their pasted files go (Windows cannot remove open ones)
