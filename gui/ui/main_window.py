"""The main window: drop files, watch them upload, copy links, see connection and account.

Only light modules are imported here, so the window paints before the network stack loads;
`attach()` hands it the services once they exist.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QMimeData,
    QModelIndex,
    QPoint,
    Qt,
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
    QKeySequence,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from gui.ui.account_area import AccountArea
from gui.ui.connection_indicator import ConnectionIndicator
from gui.ui.drop_area import DropArea
from gui.ui.i18n import tr
from gui.ui.link_formats import format_link, link_format_names
from gui.ui.queue_model import UploadQueueModel, utc_now
from gui.ui.settings import LINK_FORMATS, Settings
from gui.ui.upload_item import ACTIVE_STATES, PENDING_STATES, UploadItem, UploadState

if TYPE_CHECKING:
    from gui.store.history import HistoryEntry
    from gui.ui.queue_view import QueueView
    from gui.ui.services import AppServices
    from gui.ui.tray import RecentLink, Tray

FOLDER_ASK_THRESHOLD = 20
NOTICE_MS = 6000


def expand_folders(paths: Iterable[Path]) -> tuple[list[Path], int]:
    """Files as given, folders replaced by the files inside them (recursively, sorted).

    Returns the files and how many of them came from folders.
    """
    files: list[Path] = []
    from_folders = 0
    for path in paths:
        if path.is_dir():
            inside = sorted(p for p in path.rglob("*") if p.is_file())
            files.extend(inside)
            from_folders += len(inside)
        else:
            files.append(path)
    return files, from_folders


class MainWindow(QMainWindow):
    """Signals:
    first_painted(): the window has been drawn once (start-up continues after it).
    clock_ticked(): once a second, for everything that counts down (dialogs included).
    closed(): the window really closed (not hidden to the tray): the app should end.
    """

    first_painted = Signal()
    clock_ticked = Signal()
    closed = Signal()

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
        self._paste_dir: tempfile.TemporaryDirectory[str] | None = None
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
        self.account.sign_in_requested.connect(self.open_sign_in)
        self.account.sign_out_requested.connect(self.sign_out)
        self.statusBar().addPermanentWidget(self.account)
        self.statusBar().addPermanentWidget(self.indicator)

        self._build_actions()
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

    def _action(
        self, text: str, slot: Callable[[], None], shortcut: QKeySequence | str | None, tip: str
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(
            f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
            if shortcut is not None
            else tip
        )
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.add_action = self._action(
            tr("&Add files…"),
            self.choose_files,
            QKeySequence(key.Open),
            tr("Choose files to upload"),
        )
        self.paste_action = self._action(
            tr("&Paste files"),
            self.paste,
            QKeySequence(key.Paste),
            tr("Upload files or an image from the clipboard"),
        )
        self.copy_action = self._action(
            tr("&Copy link"),
            self.copy_selected,
            QKeySequence(key.Copy),
            tr("Copy the selected links"),
        )
        self.open_action = self._action(
            tr("&Open link"),
            self.open_selected,
            "Ctrl+L",
            tr("Open the selected link in the browser"),
        )
        self.cancel_action = self._action(
            tr("C&ancel"), self.cancel_selected, "Esc", tr("Stop the selected uploads")
        )
        self.retry_action = self._action(
            tr("&Retry"), self.retry_selected, "Ctrl+R", tr("Try the selected failed uploads again")
        )
        self.reupload_action = self._action(
            tr("R&e-upload"),
            self.reupload_selected,
            "Ctrl+Shift+R",
            tr("Upload the same file again for a fresh link"),
        )
        self.remove_action = self._action(
            tr("Re&move"),
            self.remove_selected,
            QKeySequence(key.Delete),
            tr("Remove the selected rows from the list"),
        )
        self.settings_action = self._action(
            tr("&Settings…"),
            self.open_settings,
            QKeySequence(key.Preferences),
            tr("Change settings"),
        )
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.history_action = self._action(
            tr("&History…"), self.open_history, "Ctrl+H", tr("Every finished upload and its link")
        )
        self.qr_action = self._action(
            tr("Show &QR code"),
            self.show_qr_selected,
            "Ctrl+Shift+L",
            tr("Show the selected link as a QR code for a phone"),
        )
        self.check_action = self._action(
            tr("Check &connection"),
            self.check_connection,
            "F5",
            tr("Check the connection and sign-in now"),
        )
        self.sign_in_action = self._action(
            tr("Sign &in…"),
            self.open_sign_in,
            None,
            tr("Sign in with the cookies of a bilibili.com tab"),
        )
        self.sign_out_action = self._action(
            tr("Sign &out"), self.sign_out, None, tr("Forget this sign-in on this computer")
        )
        self.quit_action = self._action(
            tr("&Quit"), self.quit, QKeySequence(key.Quit), tr("Quit BiliDrop")
        )
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))

        self.copy_as_menu = QMenu(tr("Copy &as"), self)
        for kind in LINK_FORMATS:
            action = self.copy_as_menu.addAction(link_format_names()[kind])
            action.triggered.connect(lambda checked=False, k=kind: self.copy_selected(k))

        menus = self.menuBar()
        file_menu = menus.addMenu(tr("&File"))
        for action in (self.add_action, self.paste_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        upload_menu = menus.addMenu(tr("&Uploads"))
        for action in (self.copy_action, self.open_action):
            upload_menu.addAction(action)
        upload_menu.addMenu(self.copy_as_menu)
        upload_menu.addAction(self.qr_action)
        upload_menu.addSeparator()
        for action in (
            self.cancel_action,
            self.retry_action,
            self.reupload_action,
            self.remove_action,
        ):
            upload_menu.addAction(action)
        upload_menu.addSeparator()
        upload_menu.addAction(self.history_action)
        account_menu = menus.addMenu(tr("&Account"))
        for action in (self.sign_in_action, self.sign_out_action, self.check_action):
            account_menu.addAction(action)

        toolbar = QToolBar(tr("Main"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.add_action,
            self.paste_action,
            self.copy_action,
            self.open_action,
            self.qr_action,
            self.retry_action,
            self.remove_action,
            self.history_action,
        ):
            toolbar.addAction(action)
        self.addToolBar(toolbar)

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
        return tray

    def recent_links(self) -> list[RecentLink]:
        """Live links, newest first: this session's and the history's, each once."""
        from gui.ui.tray import RecentLink

        links = [
            RecentLink(i.name, i.url, i.expires_at)
            for i in self.model.items()
            if i.has_live_link and i.expires_at is not None
        ]
        history = self.services.history if self.services is not None else None
        if history is not None:
            links += [RecentLink(e.name, e.url, e.expires_at) for e in history.entries(limit=20)]
        unique = {link.url: link for link in sorted(links, key=lambda link: link.expires_at)}
        return sorted(unique.values(), key=lambda link: link.expires_at, reverse=True)

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
            urls = mime.urls()
            local = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
            remote = len(urls) - len(local)
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
                self.add_paths([self._save_pasted_image(image)])
                return True
        return False

    def _save_pasted_image(self, image: QImage) -> Path:
        if self._paste_dir is None:
            self._paste_dir = tempfile.TemporaryDirectory(prefix="bilidrop-paste-")
        stamp = datetime.now().strftime("%Y-%m-%d %H-%M-%S")
        path = Path(self._paste_dir.name) / f"Pasted image {stamp}.png"
        counter = 1
        while path.exists():
            counter += 1
            path = path.with_name(f"Pasted image {stamp} ({counter}).png")
        image.save(str(path))  # the format follows the .png suffix
        return path

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
        elif self.services is not None:
            {
                "cancel": self.services.queue.cancel,
                "retry": self.services.queue.retry,
                "reupload": self.services.queue.reupload,
            }[action](item_id)

    @Slot(QModelIndex)
    def on_double_click(self, index: QModelIndex) -> None:
        item = self.model.item_at(index.row())
        if item.has_live_link:
            self.copy_items([item])

    @Slot(QPoint)
    def on_context_menu(self, position: QPoint) -> None:
        self._update_actions()
        menu = QMenu(self)
        for action in (self.copy_action, self.open_action):
            menu.addAction(action)
        menu.addMenu(self.copy_as_menu)
        menu.addAction(self.qr_action)
        menu.addSeparator()
        for action in (
            self.cancel_action,
            self.retry_action,
            self.reupload_action,
            self.remove_action,
        ):
            menu.addAction(action)
        if self.queue_view is not None:
            menu.popup(self.queue_view.viewport().mapToGlobal(position))

    def copy_items(self, items: list[UploadItem], kind: str | None = None) -> None:
        now = self.model.clock()
        expired = [
            i
            for i in items
            if i.state is UploadState.EXPIRED or (i.has_live_link and i.seconds_left(now) <= 0)
        ]
        live = [i for i in items if i.has_live_link and i not in expired]
        if expired and not live:
            self.notify(
                tr(
                    "Not copied: the link of {name} has expired. Use Re-upload for a fresh one."
                ).format(name=expired[0].name)
            )
            return
        if not live:
            return
        kind = kind or self.settings.link_format
        text = "\n".join(format_link(i.url, i.name, kind) for i in live)
        QGuiApplication.clipboard().setText(text)
        soonest = min(i.expires_at for i in live if i.expires_at is not None)
        when = soonest.astimezone().strftime("%H:%M")
        self.notify(
            tr("Link copied, expires at {time}").format(time=when)
            if len(live) == 1
            else tr("{n} links copied, the first expires at {time}").format(n=len(live), time=when)
        )

    def copy_selected(self, kind: str | None = None) -> None:
        self.copy_items(self._selected_items(), kind)

    @Slot()
    def open_selected(self) -> None:
        for item in self._selected_items():
            if item.has_live_link:
                from PySide6.QtGui import QDesktopServices

                QDesktopServices.openUrl(QUrl(item.url))

    def _for_selected(self, queue_action: str) -> None:
        """Apply one UploadQueue action (cancel, retry, reupload, remove) to each selected row."""
        if self.services is None:
            return
        action: Callable[[int], None] = getattr(self.services.queue, queue_action)
        for item in self._selected_items():
            action(item.item_id)

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

    def open_sign_in(self, reason: str = "") -> None:
        from gui.ui.sign_in_dialog import SignInDialog

        if self.services is None or self.findChild(SignInDialog):
            return
        services = self.services
        dialog = SignInDialog(reason if isinstance(reason, str) else "", self)
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
        if self._paste_dir is not None:
            self._paste_dir.cleanup()
        event.accept()
        self.closed.emit()
