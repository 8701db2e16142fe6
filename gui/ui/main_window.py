"""The main window: drop files, watch them upload, copy links, see connection and account.

It shows the session (gui/session/) and sends it commands. Only light modules are imported
here, so the window paints before the network stack loads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QModelIndex, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QSizeGrip,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gui.common.link_formats import LinkFormat
from gui.i18n import tr
from gui.session.session import Session
from gui.session.upload_item import RowAction, UploadItem, UploadState
from gui.ui.account_area import AccountArea
from gui.ui.announce import Announcer
from gui.ui.clipboard import LinkStyle, copy_links, links_mime, links_of
from gui.ui.connection_indicator import ConnectionIndicator
from gui.ui.demo_banner import DemoBanner
from gui.ui.drop_area import DropArea
from gui.ui.file_intake import FileIntake
from gui.ui.status_message import StatusMessage
from gui.ui.window_actions import WindowActions
from gui.ui.window_dialogs import WindowDialogs
from gui.ui.window_tray import WindowTray

if TYPE_CHECKING:
    from gui.session.upload_queue import Removed
    from gui.ui.queue_view import QueueView
    from gui.ui.tray import Tray

NOTICE_MS = 6000
UNDO_MS = 10_000  # how long a removal can be undone
OVER = frozenset({UploadState.DONE, UploadState.FAILED, UploadState.CANCELLED, UploadState.EXPIRED})


class MainWindow(QMainWindow):
    """Signals:
    first_painted(): the window has been drawn once (start-up continues after it).
    clock_ticked(): once a second, for everything that counts down (dialogs included).
    closed(): the window really closed (not hidden to the tray): the app should end.
    """

    first_painted = Signal()
    clock_ticked = Signal()
    closed = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.settings = session.settings
        self.model = session.model
        self.confirm: Callable[[str, str], bool] = lambda title, text: self.dialogs.ask(title, text)
        self.choose_sign_out: Callable[[], bool | None] = lambda: self.dialogs.choose_sign_out()
        self._quitting = False
        self.restart_requested = False  # quit, and the launcher starts BiliDrop again
        self._painted = False
        self._batch_links: list[UploadItem] = []  # auto-copied links since the queue was idle
        self.setWindowTitle(tr("BiliDrop — demo") if session.demo else "BiliDrop")
        self.setAcceptDrops(True)
        self.intake = FileIntake(session.queue, lambda t, q: self.confirm(t, q), self.notify)
        self.dialogs = WindowDialogs(self)
        self.desktop = WindowTray(self)

        self.announcer = Announcer(self)
        self.drop_area = DropArea()
        self.drop_area.activated.connect(self.choose_files)
        self.queue_view: QueueView | None = None  # built with the first row (faster start)
        self.pages = QStackedWidget()
        self.pages.setAccessibleName(tr("Uploads"))  # a named pane, not a bare "layered pane"
        self.pages.addWidget(self.drop_area)
        central = QWidget()
        central.setAccessibleName("BiliDrop")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.demo_banner = DemoBanner() if session.demo else None
        if self.demo_banner is not None:
            layout.addWidget(self.demo_banner)
        layout.addWidget(self.pages)
        self.setCentralWidget(central)

        self.indicator = ConnectionIndicator(session.monitor, session.cool_down)
        self.account = AccountArea()
        self.account.sign_in_requested.connect(self.on_sign_in_requested)
        self.account.sign_out_requested.connect(self.sign_out)
        self.statusBar().addPermanentWidget(self.account)
        self.statusBar().addPermanentWidget(self.indicator)
        self.statusBar().setAccessibleName(tr("Status"))
        self.status_message = StatusMessage(self.statusBar())
        self.indicator.state_changed.connect(self.announcer.say)
        grip = self.statusBar().findChild(QSizeGrip)
        if grip is not None:
            grip.setAccessibleName(tr("Resize the window"))

        self.commands = WindowActions(self, self)
        self._removed: list[Removed] = []  # the last removal, while it can be undone
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_MS)
        self._undo_timer.timeout.connect(self._forget_undo)
        self.commands.undo_remove.setEnabled(False)
        self.model.rowsInserted.connect(self._on_rows_changed)
        self.model.rowsRemoved.connect(self._on_rows_changed)
        self.model.dataChanged.connect(self._update_actions)

        session.account.account_changed.connect(self.on_account_changed)
        session.account.needs_sign_in.connect(self.on_needs_sign_in)
        session.notice.connect(self.notify)
        session.queue.link_ready.connect(self.on_link_ready)
        session.started.connect(self._update_actions)
        self._update_actions()

        self.clock_timer = QTimer(self)  # the one clock for every countdown on screen
        self.clock_timer.setInterval(1000)
        self.clock_timer.timeout.connect(self.on_clock)
        self.clock_timer.start()

        geometry = self.settings.window_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(760, 520)
        self._fit_on_screen()

    def _fit_on_screen(self) -> None:
        """Never larger than the screen's free area (a saved size from a bigger screen, or
        the default size at a large scale factor)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        free = screen.availableGeometry()
        self.resize(min(self.width(), free.width()), min(self.height(), free.height()))

    # --- actions -------------------------------------------------------------------------------

    def selected_items(self) -> list[UploadItem]:
        if self.queue_view is None:
            return []
        items = [self.model.find(i) for i in self.queue_view.selected_ids()]
        return [i for i in items if i is not None]

    @Slot()
    def _update_actions(self, *args: object) -> None:
        items = self.selected_items()
        actions = self.commands

        def allowed(action: RowAction) -> bool:
            return any(item.allows(action) for item in items)

        live = any(item.has_live_link for item in items)
        actions.copy.setEnabled(allowed(RowAction.COPY))
        actions.copy_as_menu.setEnabled(live)
        actions.open.setEnabled(live)
        actions.qr.setEnabled(live)
        actions.history.setEnabled(self.session.history is not None)
        actions.cancel.setEnabled(allowed(RowAction.CANCEL))
        actions.retry.setEnabled(allowed(RowAction.RETRY))
        actions.reupload.setEnabled(allowed(RowAction.REUPLOAD))
        actions.remove.setEnabled(bool(items))
        every = self.model.items()
        actions.copy_all.setEnabled(any(item.has_live_link for item in every))
        actions.clear_finished.setEnabled(any(item.state in OVER for item in every))
        signed_in = self.session.account.credentials is not None
        actions.sign_in.setEnabled(self.session.running and not signed_in)
        actions.sign_out.setEnabled(signed_in)

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
        if self.model.rowCount() and self.queue_view is not None:
            self.pages.setCurrentWidget(self.queue_view)
        else:
            self.pages.setCurrentWidget(self.drop_area)
        self._update_actions()

    # --- the session ---------------------------------------------------------------------------

    @Slot()
    def bring_to_front(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def show_item(self, item_id: int) -> None:
        """Select a row (one a notification was about) and bring it into sight."""
        row = self.model.row_of(item_id)
        if row >= 0 and self.queue_view is not None:
            self.queue_view.show_row(row)

    @Slot()
    def on_account_changed(self) -> None:
        account = self.session.account
        credentials = account.credentials if account.shown_signed_in else None
        if self.demo_banner is not None:
            self.demo_banner.show_signed_in(credentials is not None)
        self.account.show_account(
            credentials.mid if credentials else None,
            account.account.uname if account.account else "",
            account.avatar,
            account.where,
            demo=account.demo,
        )
        self._update_actions()

    @Slot(str)
    def on_needs_sign_in(self, reason: str) -> None:
        self.notify(reason)
        if self.isVisible():
            QTimer.singleShot(0, lambda: self.dialogs.open_sign_in(reason))

    # --- adding files --------------------------------------------------------------------------

    def add_paths(self, paths: Iterable[Path]) -> None:
        """Queue files and folders (a folder with many files is asked about first)."""
        self.intake.add_paths(paths)

    @Slot()
    def choose_files(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        names, _ = QFileDialog.getOpenFileNames(self, tr("Choose files to upload"))
        if names:
            self.add_paths(Path(n) for n in names)

    @Slot()
    def paste(self) -> bool:
        """Queue the clipboard's files, image or text; False (and said) when it holds none."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not self.intake.add_from_clipboard(mime):
            self.notify(tr("The clipboard holds no files, image or text to upload."))
            return False
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.source() is not None and event.source() is self.queue_view:
            event.ignore()  # our own link dragged out: not a file to upload
        elif event.mimeData().hasUrls() or event.mimeData().hasImage():
            event.setDropAction(Qt.DropAction.CopyAction)  # a copy: the file manager keeps it
            event.accept()
            self._show_drop_target(True)
        else:
            event.ignore()

    def _show_drop_target(self, on: bool) -> None:
        self.drop_area.set_highlighted(on)
        if self.queue_view is not None:
            self.queue_view.set_highlighted(on)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._show_drop_target(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._show_drop_target(False)
        if self.intake.add_from_mime(event.mimeData()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    # --- row actions ---------------------------------------------------------------------------

    @Slot(int, object)
    def on_row_action(self, item_id: int, action: RowAction) -> None:
        item = self.model.find(item_id)
        if item is None:
            return
        if action is RowAction.COPY:
            self.copy_items([item])
        elif action is RowAction.TRY_NOW:
            self.session.try_now()
        elif action is RowAction.REMOVE:
            self.remove_items([item_id])
        else:
            self.session.queue.run(action, [item_id])

    @Slot(QModelIndex)
    def on_double_click(self, index: QModelIndex) -> None:
        item = self.model.item_at(index.row())
        if item.has_live_link:
            self.copy_items([item])

    @Slot(QPoint)
    def on_context_menu(self, position: QPoint) -> None:
        self._update_actions()
        menu = QMenu(self)
        self.commands.add_row_actions(menu)
        if self.queue_view is not None:
            menu.popup(self.queue_view.viewport().mapToGlobal(position))

    def copy_items(self, items: list[UploadItem], kind: str | None = None) -> None:
        style = LinkStyle.chosen(self.settings, kind)
        notice = copy_links(links_of(items), style, self.model.clock())
        if notice:
            self.notify(notice)

    def links_mime(self, items: list[UploadItem]) -> QMimeData | None:
        return links_mime(links_of(items), LinkStyle.chosen(self.settings), self.model.clock())

    def copy_selected(self, kind: LinkFormat | None = None) -> None:
        self.copy_items(self.selected_items(), kind)

    @Slot()
    def open_selected(self) -> None:
        from gui.ui.open_externally import open_link

        for item in self.selected_items():
            if item.has_live_link and not open_link(item.url, self.notify):
                return  # said once, not once per row

    def _for_selected(self, action: RowAction) -> None:
        self.session.queue.run(action, [item.item_id for item in self.selected_items()])

    @Slot()
    def cancel_selected(self) -> None:
        """Esc: an upload that has sent something is only stopped after asking (Retry would
        start it again from its first byte)."""
        started = [
            i for i in self.selected_items() if i.state is UploadState.UPLOADING and i.sent > 0
        ]
        if started:
            question = (
                tr("Stop uploading {name}? {percent}% is sent; Retry starts it again.").format(
                    name=started[0].name, percent=int(started[0].fraction * 100)
                )
                if len(started) == 1
                else tr("Stop {n} uploads that are under way? Retry starts them again.").format(
                    n=len(started)
                )
            )
            if not self.confirm(tr("Cancel upload?"), question):
                return
        self._for_selected(RowAction.CANCEL)

    @Slot()
    def retry_selected(self) -> None:
        self._for_selected(RowAction.RETRY)

    @Slot()
    def reupload_selected(self) -> None:
        self._for_selected(RowAction.REUPLOAD)

    @Slot()
    def remove_selected(self) -> None:
        self.remove_items([item.item_id for item in self.selected_items()])

    @Slot()
    def clear_finished(self) -> None:
        """Every row that is over (done, failed, cancelled, expired), in one undoable step."""
        self.remove_items([i.item_id for i in self.model.items() if i.state in OVER])

    def remove_items(self, item_ids: list[int]) -> None:
        """Remove rows; Undo (Ctrl+Z) brings them back for UNDO_MS."""
        removed = self.session.queue.remove_rows(item_ids)
        if not removed:
            return
        self._removed = removed
        self.commands.undo_remove.setEnabled(True)
        self._undo_timer.start()
        keys = self.commands.undo_remove.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.notify(
            tr("Removed {name} · {keys} brings it back").format(
                name=removed[0].item.name, keys=keys
            )
            if len(removed) == 1
            else tr("Removed {n} rows · {keys} brings them back").format(n=len(removed), keys=keys)
        )

    @Slot()
    def undo_remove(self) -> None:
        removed, self._removed = self._removed, []
        self._forget_undo()
        if removed:
            self.session.queue.restore(removed)
            self.statusBar().clearMessage()

    @Slot()
    def _forget_undo(self) -> None:
        self._removed = []
        self._undo_timer.stop()
        self.commands.undo_remove.setEnabled(False)

    @Slot()
    def copy_all_live(self) -> None:
        self.copy_items(self.model.items())

    @Slot(int)
    def on_link_ready(self, item_id: int) -> None:
        """With auto-copy, the clipboard holds every link of the batch finished so far (a
        drop of three files ends with three links to paste), until the queue is idle."""
        item = self.model.find(item_id)
        if item is None:
            return
        self.announcer.say(tr("{name} uploaded: link ready").format(name=item.name))
        if not self.settings.auto_copy:
            return
        self._batch_links.append(item)
        self.copy_items(self._batch_links)
        queue = self.session.queue
        if queue.active() + queue.pending() == 0:
            self._batch_links = []

    # --- clock, notices, dialogs -----------------------------------------------------------------

    @Slot()
    def on_clock(self) -> None:
        self.model.tick()
        self.indicator.refresh()
        self.clock_ticked.emit()

    @Slot()
    def open_history(self) -> None:
        self.dialogs.open_history()

    @Slot()
    def show_qr_selected(self) -> None:
        live = [i for i in self.selected_items() if i.has_live_link and i.expires_at]
        if live and live[0].expires_at is not None:
            self.dialogs.show_link_qr(live[0].name, live[0].url, live[0].expires_at)

    def notify(self, message: str) -> None:
        """A short non-modal notice in the status bar, told to screen readers too."""
        self.statusBar().showMessage(message, NOTICE_MS)
        self.announcer.say(message)

    @Slot()
    def check_connection(self) -> None:
        self.session.monitor.check_now()

    @Slot()
    def on_sign_in_requested(self) -> None:
        self.dialogs.open_sign_in()

    @Slot()
    def sign_out(self) -> None:
        self.dialogs.sign_out()

    @Slot()
    def open_settings(self) -> None:
        self.dialogs.open_settings()

    @property
    def tray(self) -> Tray | None:
        return self.desktop.tray

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    @Slot()
    def quit(self) -> None:
        self._quitting = True
        if not self.close():
            self._quitting = False

    def restart(self) -> None:
        """Quit (asking about unfinished uploads as quitting does), then start again."""
        self.restart_requested = True
        self.quit()
        if not self._quitting:
            self.restart_requested = False

    # --- closing ---------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._quitting and self.desktop.keeps_running():
            event.ignore()
            return
        queue = self.session.queue
        unfinished = queue.active() + queue.pending()
        if unfinished and not self.confirm(
            tr("Quit BiliDrop?"),
            tr("1 upload has not finished. Quit and cancel it?")
            if unfinished == 1
            else tr("{n} uploads have not finished. Quit and cancel them?").format(n=unfinished),
        ):
            event.ignore()
            return
        self.settings.window_geometry = self.saveGeometry()
        self.settings.sync()
        self.clock_timer.stop()
        self.desktop.hide()
        self.intake.cleanup()
        if self.queue_view is not None:
            self.queue_view.delegate.thumbnails.close()
        event.accept()
        self.closed.emit()  # the launcher shuts the session down
