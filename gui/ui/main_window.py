"""The main window: drop files, watch them upload, copy links, see connection and account.

Only light modules are imported here, so the window paints before the network stack loads;
`attach()` hands it the services once they exist.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QMimeData,
    QModelIndex,
    QPoint,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gui.ui.account_area import AccountArea
from gui.ui.clipboard import Link, copy_links
from gui.ui.connection_indicator import ConnectionIndicator
from gui.ui.drop_area import DropArea
from gui.ui.file_intake import PastedImages, expand_folders, split_urls
from gui.ui.i18n import tr
from gui.ui.queue_model import UploadQueueModel, utc_now
from gui.ui.settings import Settings
from gui.ui.upload_item import ACTIVE_STATES, PENDING_STATES, UploadItem, UploadState
from gui.ui.window_menus import add_row_actions, build_actions

if TYPE_CHECKING:
    from gui.store.history import HistoryEntry
    from gui.ui.queue_view import QueueView
    from gui.ui.services import AppServices
    from gui.ui.tray import Tray

FOLDER_ASK_THRESHOLD = 20
NOTICE_MS = 6000


class MainWindow(QMainWindow):
    """Signals:
    first_painted(): the window has been drawn once (start-up continues after it).
    clock_ticked(): once a second, for everything that counts down (dialogs included).
    closed(): the window really closed (not hidden to the tray): the app should end.
    """

    first_painted = Signal()
    clock_ticked = Signal()
    closed = Signal()

    # Built by gui.ui.window_menus.build_actions:
    add_action: QAction
    cancel_action: QAction
    check_action: QAction
    copy_action: QAction
    copy_as_menu: QMenu
    history_action: QAction
    open_action: QAction
    paste_action: QAction
    qr_action: QAction
    quit_action: QAction
    remove_action: QAction
    retry_action: QAction
    reupload_action: QAction
    settings_action: QAction
    sign_in_action: QAction
    sign_out_action: QAction

    def __init__(
        self,
        settings: Settings,
        *,
        demo: bool = False,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.demo = demo
        self.services: AppServices | None = None
        self.model = UploadQueueModel(clock, self)
        self._waiting_for_services: list[Path] = []
        self._pasted = PastedImages()
        self.confirm: Callable[[str, str], bool] = self._ask
        self.notifier: Callable[[str, str], None] = self._notify_desktop
        self.tray: Tray | None = None
        self._quitting = False
        self._painted = False
        self.setWindowTitle(tr("BiliDrop — demo") if demo else "BiliDrop")
        self.setAcceptDrops(True)

        self.drop_area = DropArea()
        self.drop_area.activated.connect(self.choose_files)
        self.queue_view: QueueView | None = None  # built with the first row (faster start)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.drop_area)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        if demo:
            banner = QLabel(
                tr(
                    "Demo mode: files go to a built-in stand-in for the Bilibili service on this "
                    "computer, signed in as a demo account kept in memory only."
                )
            )
            banner.setWordWrap(True)
            banner.setObjectName("demoBanner")
            banner.setAccessibleName(tr("Demo mode"))
            banner.setStyleSheet(
                "#demoBanner { background: palette(alternate-base); padding: 6px 10px; "
                "border-bottom: 1px solid palette(mid); }"
            )
            layout.addWidget(banner)
        layout.addWidget(self.pages)
        self.setCentralWidget(central)

        self.indicator = ConnectionIndicator()
        self.account = AccountArea()
        self.account.sign_in_requested.connect(self.on_sign_in_requested)
        self.account.sign_out_requested.connect(self.sign_out)
        self.statusBar().addPermanentWidget(self.account)
        self.statusBar().addPermanentWidget(self.indicator)

        build_actions(self)
        self.model.rowsInserted.connect(self._on_rows_changed)
        self.model.rowsRemoved.connect(self._on_rows_changed)
        self.model.dataChanged.connect(self._update_actions)
        self._update_actions()

        self.clock_timer = QTimer(self)  # the one clock for every countdown on screen
        self.clock_timer.setInterval(1000)
        self.clock_timer.timeout.connect(self.on_clock)
        self.clock_timer.start()

        geometry = settings.window_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(760, 520)

    # --- actions -------------------------------------------------------------------------------

    def _selected_items(self) -> list[UploadItem]:
        if self.queue_view is None:
            return []
        items = [self.model.find(i) for i in self.queue_view.selected_ids()]
        return [i for i in items if i is not None]

    @Slot()
    def _update_actions(self, *args: object) -> None:
        items = self._selected_items()
        states = {i.state for i in items}
        self.copy_action.setEnabled(bool(states & {UploadState.DONE, UploadState.EXPIRED}))
        self.copy_as_menu.setEnabled(UploadState.DONE in states)
        self.open_action.setEnabled(UploadState.DONE in states)
        self.qr_action.setEnabled(UploadState.DONE in states)
        self.history_action.setEnabled(
            self.services is not None and self.services.history is not None
        )
        self.cancel_action.setEnabled(bool(states & (ACTIVE_STATES | PENDING_STATES)))
        self.retry_action.setEnabled(bool(states & {UploadState.FAILED, UploadState.CANCELLED}))
        self.reupload_action.setEnabled(bool(states & {UploadState.EXPIRED, UploadState.DONE}))
        self.remove_action.setEnabled(bool(items))
        signed_in = self.services is not None and self.services.credentials is not None
        self.sign_in_action.setEnabled(self.services is not None and not signed_in)
        self.sign_out_action.setEnabled(signed_in)

    def _build_queue_view(self) -> QueueView:
        from gui.ui.queue_view import QueueView

        view = QueueView(self.model)
        view.copy_requested.connect(self.copy_selected)
        view.delegate.action_requested.connect(self.on_row_action)
        view.customContextMenuRequested.connect(self.on_context_menu)
        view.doubleClicked.connect(self.on_double_click)
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

    # --- services ------------------------------------------------------------------------------

    def attach(self, services: AppServices) -> None:
        """Connect the long-lived services (created after the first paint) and start them."""
        self.services = services
        self.indicator.attach(services.monitor)
        services.account_changed.connect(self.on_account_changed)
        services.needs_sign_in.connect(self.on_needs_sign_in)
        services.notice.connect(self.notify)
        services.queue.link_ready.connect(self.on_link_ready)
        services.queue.link_ready.connect(self.on_upload_ended)
        services.queue.upload_failed.connect(self.on_upload_ended)
        services.monitor.changed.connect(self.on_connection_changed)
        self.tray = self._build_tray()
        services.start()
        if self._waiting_for_services:
            paths, self._waiting_for_services = self._waiting_for_services, []
            services.queue.add_paths(paths)

    def _build_tray(self) -> Tray:
        from gui.ui.tray import Tray

        tray = Tray(self.recent_links, self.model.clock, self)
        tray.show_requested.connect(self.bring_to_front)
        tray.upload_requested.connect(self.choose_files)
        tray.paste_requested.connect(self.paste)
        tray.quit_requested.connect(self.quit)
        tray.link_chosen.connect(self.on_tray_link)
        return tray

    def recent_links(self) -> list[Link]:
        from gui.ui.tray import recent_links

        history = self.services.history if self.services is not None else None
        return recent_links(self.model.items(), history)

    @Slot()
    def on_connection_changed(self) -> None:
        if self.tray is not None:
            self.tray.set_state(self.indicator.state, self.indicator.text_for())

    @Slot()
    def bring_to_front(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def is_in_front(self) -> bool:
        return self.isVisible() and not self.isMinimized() and self.isActiveWindow()

    @Slot(int)
    def on_upload_ended(self, item_id: int) -> None:
        """Tell the user, when the window is not where they look."""
        item = self.model.find(item_id)
        if item is None or not self.settings.notify or self.is_in_front():
            return
        if item.state is UploadState.DONE and item.expires_at is not None:
            when = item.expires_at.astimezone().strftime("%H:%M")
            self.notifier(
                tr("Upload finished"),
                tr("{name}: link ready, expires at {time}").format(name=item.name, time=when),
            )
        elif item.state is UploadState.FAILED:
            self.notifier(tr("Upload failed"), f"{item.name}: {item.error}")

    def _notify_desktop(self, title: str, message: str) -> None:
        if self.tray is not None:
            self.tray.notify(title, message)

    @Slot()
    def on_account_changed(self) -> None:
        services = self.services
        if services is None:
            return
        credentials = services.credentials
        self.account.show_account(
            credentials.mid if credentials else None,
            services.account.uname if services.account else "",
            services.avatar,
            services.where,
            demo=services.demo,
        )
        self._update_actions()

    @Slot(str)
    def on_needs_sign_in(self, reason: str) -> None:
        self.notify(reason)
        if self.isVisible():
            QTimer.singleShot(0, lambda: self.open_sign_in(reason))

    # --- adding files --------------------------------------------------------------------------

    def add_paths(self, paths: Iterable[Path]) -> None:
        """Queue files and folders (a folder with many files is asked about first)."""
        files, from_folders = expand_folders(paths)
        if from_folders > FOLDER_ASK_THRESHOLD and not self.confirm(
            tr("Upload a folder?"),
            tr("The folder holds {n} files. Upload all of them?").format(n=from_folders),
        ):
            return
        if not files:
            self.notify(tr("Nothing to upload: the folder is empty."))
            return
        if self.services is None:
            self._waiting_for_services.extend(files)  # queued as soon as services attach
        else:
            self.services.queue.add_paths(files)

    def add_from_mime(self, mime: QMimeData) -> bool:
        """Files from a drop or the clipboard; True if anything was taken."""
        if mime.hasUrls():
            local, remote = split_urls(mime.urls())
            if remote:
                self.notify(
                    tr(
                        "Only files on this computer can be uploaded: {n} web link(s) were "
                        "skipped. "
                        "Save the file first, then drop it here."
                    ).format(n=remote)
                )
            if local:
                self.add_paths(local)
            return bool(local)
        if mime.hasImage():
            image = mime.imageData()
            if isinstance(image, QImage) and not image.isNull():
                self.add_paths([self._pasted.save(image)])
                return True
        return False

    @Slot()
    def choose_files(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        names, _ = QFileDialog.getOpenFileNames(self, tr("Choose files to upload"))
        if names:
            self.add_paths(Path(n) for n in names)

    @Slot()
    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not self.add_from_mime(mime):
            self.notify(tr("The clipboard holds no files or image to upload."))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasImage():
            event.acceptProposedAction()
            self.drop_area.set_highlighted(True)
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.drop_area.set_highlighted(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self.drop_area.set_highlighted(False)
        if self.add_from_mime(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    # --- row actions ---------------------------------------------------------------------------

    @Slot(int, str)
    def on_row_action(self, item_id: int, action: str) -> None:
        item = self.model.find(item_id)
        if item is None:
            return
        if action == "copy":
            self.copy_items([item])
        else:
            self._queue_action(action, [item_id])

    @Slot(QModelIndex)
    def on_double_click(self, index: QModelIndex) -> None:
        item = self.model.item_at(index.row())
        if item.has_live_link:
            self.copy_items([item])

    @Slot(QPoint)
    def on_context_menu(self, position: QPoint) -> None:
        self._update_actions()
        menu = QMenu(self)
        add_row_actions(menu, self)
        if self.queue_view is not None:
            menu.popup(self.queue_view.viewport().mapToGlobal(position))

    def copy_items(self, items: list[UploadItem], kind: str | None = None) -> None:
        links = [Link(i.name, i.url, i.expires_at) for i in items if i.url and i.expires_at]
        notice = copy_links(links, kind or self.settings.link_format, self.model.clock())
        if notice:
            self.notify(notice)

    @Slot(object)
    def on_tray_link(self, link: Link) -> None:
        """A link picked in the tray menu: copied, and said where the user is looking."""
        notice = copy_links([link], self.settings.link_format, self.model.clock())
        self.notify(notice)
        self.notifier(tr("Link copied"), notice)

    def copy_selected(self, kind: str | None = None) -> None:
        self.copy_items(self._selected_items(), kind)

    @Slot()
    def open_selected(self) -> None:
        for item in self._selected_items():
            if item.has_live_link:
                from PySide6.QtGui import QDesktopServices

                QDesktopServices.openUrl(QUrl(item.url))

    def _queue_action(self, name: str, item_ids: list[int]) -> None:
        """One UploadQueue action (cancel, retry, reupload, remove) on each of these rows."""
        if self.services is None:
            return
        action: Callable[[int], None] = getattr(self.services.queue, name)
        for item_id in item_ids:
            action(item_id)

    def _for_selected(self, name: str) -> None:
        self._queue_action(name, [item.item_id for item in self._selected_items()])

    @Slot()
    def cancel_selected(self) -> None:
        self._for_selected("cancel")

    @Slot()
    def retry_selected(self) -> None:
        self._for_selected("retry")

    @Slot()
    def reupload_selected(self) -> None:
        self._for_selected("reupload")

    @Slot()
    def remove_selected(self) -> None:
        self._for_selected("remove")

    @Slot(int)
    def on_link_ready(self, item_id: int) -> None:
        item = self.model.find(item_id)
        if item is not None and self.settings.auto_copy:
            self.copy_items([item])

    # --- clock, notices, dialogs -----------------------------------------------------------------

    @Slot()
    def on_clock(self) -> None:
        self.model.tick()
        self.indicator.refresh()
        self.clock_ticked.emit()

    @Slot()
    def open_history(self) -> None:
        from gui.ui.history_dialog import HistoryDialog

        services = self.services
        if services is None or services.history is None:
            self.notify(tr("The history is not available."))
            return
        dialog = self.findChild(HistoryDialog)
        if dialog is None:
            dialog = HistoryDialog(
                services.history, self.settings, self.model.clock, self.confirm, self
            )
            dialog.reupload_requested.connect(self.on_history_reupload)
            dialog.qr_requested.connect(self.on_history_qr)
            services.queue.link_ready.connect(dialog.reload)
            self.clock_ticked.connect(dialog.tick)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    @Slot(object)
    def on_history_reupload(self, entry: HistoryEntry) -> None:
        if self.services is not None:
            self.services.queue.add_paths([entry.local_path], previous_sha256=entry.sha256)

    @Slot(object)
    def on_history_qr(self, entry: HistoryEntry) -> None:
        self.show_link_qr(entry.name, entry.url, entry.expires_at)

    @Slot()
    def show_qr_selected(self) -> None:
        live = [i for i in self._selected_items() if i.has_live_link and i.expires_at]
        if live and live[0].expires_at is not None:
            self.show_link_qr(live[0].name, live[0].url, live[0].expires_at)

    def show_link_qr(self, name: str, url: str, expires_at: datetime) -> None:
        from gui.ui.link_qr_dialog import LinkQrDialog

        dialog = LinkQrDialog(name, url, expires_at, self.model.clock, self)
        self.clock_ticked.connect(dialog.tick)
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()

    def notify(self, message: str) -> None:
        """A short non-modal notice in the status bar."""
        self.statusBar().showMessage(message, NOTICE_MS)

    def _ask(self, title: str, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def check_connection(self) -> None:
        if self.services is not None:
            self.services.monitor.check_now()

    @Slot()
    def on_sign_in_requested(self) -> None:
        self.open_sign_in()

    def open_sign_in(self, reason: str = "") -> None:
        from gui.ui.sign_in_dialog import SignInDialog

        if self.services is None or self.findChild(SignInDialog):
            return
        services = self.services
        dialog = SignInDialog(reason, self)
        dialog.generate_requested.connect(services.generate_qr)
        dialog.poll_requested.connect(services.poll_qr)
        dialog.verify_requested.connect(services.verify)
        services.qr_ready.connect(dialog.on_qr_ready)
        services.qr_polled.connect(dialog.on_qr_polled)
        services.qr_failed.connect(dialog.on_qr_failed)
        services.verified.connect(dialog.on_verified)
        services.rejected.connect(dialog.on_rejected)
        dialog.finished.connect(dialog.deleteLater)
        dialog.accepted.connect(self.on_signed_in)
        dialog.open()

    @Slot()
    def on_signed_in(self) -> None:
        from gui.ui.sign_in_dialog import SignInDialog

        dialog = self.sender()
        if (
            isinstance(dialog, SignInDialog)
            and dialog.credentials is not None
            and self.services is not None
        ):
            self.services.sign_in(dialog.credentials, dialog.account)

    @Slot()
    def sign_out(self) -> None:
        if self.services is not None and self.services.credentials is not None:
            self.services.sign_out()
            self.notify(tr("Signed out. The sign-in was removed from this computer."))

    @Slot()
    def open_settings(self) -> None:
        from gui.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        dialog.finished.connect(dialog.deleteLater)
        if self.services is not None:
            dialog.accepted.connect(self.services.apply_settings)
        dialog.open()

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

    # --- closing ---------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        tray = self.tray
        if (
            not self._quitting
            and tray is not None
            and tray.available
            and self.settings.keep_in_tray
        ):
            self.hide()  # still running: the tray icon brings it back, its menu quits
            tray.notify(
                tr("BiliDrop is still running"),
                tr("Uploads go on; the tray icon brings the window back."),
            )
            event.ignore()
            return
        queue = self.services.queue if self.services else None
        if (
            queue is not None
            and (queue.active() or queue.pending())
            and not self.confirm(
                tr("Quit BiliDrop?"),
                tr("{n} upload(s) have not finished. Quit and cancel them?").format(
                    n=queue.active() + queue.pending()
                ),
            )
        ):
            event.ignore()
            return
        self.settings.window_geometry = self.saveGeometry()
        self.settings.sync()
        self.clock_timer.stop()
        if self.services is not None:
            self.services.shutdown()
        if self.tray is not None:
            self.tray.hide()
        self._pasted.cleanup()
        event.accept()
        self.closed.emit()
