"""The window's presence outside itself: the tray icon and its menu, and the notifications
sent when something happens while no BiliDrop window is where the user looks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Slot
from PySide6.QtWidgets import QApplication

from gui.i18n import tr
from gui.session.upload_item import UploadItem, UploadState, clock_time, expires_soon, time_left
from gui.ui.clipboard import Link, LinkStyle, copy_links
from gui.ui.notifications import Notice, Notifications, Urgency

if TYPE_CHECKING:
    from gui.ui.main_window import MainWindow
    from gui.ui.tray import Tray


class WindowTray(QObject):
    """`notifier(notice)` sends a desktop notification (tests replace it); `is_in_front()`
    says whether the user is looking at a BiliDrop window (the main one or a dialog)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.tray: Tray | None = None
        self.notifications: Notifications | None = None
        self.notifier: Callable[[Notice], None] = self._send
        self.is_in_front: Callable[[], bool] = self._app_in_front
        self._batch: list[UploadItem] = []  # finished since the queue was last idle
        self._history_links: list[Link] = []
        self._warned: set[int] = set()  # rows whose "expires soon" was said
        session = window.session
        session.started.connect(self.on_session_started)
        session.monitor.changed.connect(self.on_connection_changed)
        session.queue.link_ready.connect(self.on_upload_ended)
        session.queue.upload_failed.connect(self.on_upload_ended)
        session.model.rowsInserted.connect(self.on_rows_added)
        window.clock_ticked.connect(self.on_clock)

    @Slot()
    def on_session_started(self) -> None:
        from gui.ui.tray import Tray, recent_links

        window, session = self.window, self.window.session
        self._read_history_links()
        tray = Tray(
            lambda: recent_links(session.model.items(), self._history_links),
            session.model.clock,
            self,
        )
        tray.show_requested.connect(window.bring_to_front)
        tray.upload_requested.connect(window.choose_files)
        tray.paste_requested.connect(self.on_tray_paste)
        tray.quit_requested.connect(window.quit)
        tray.link_chosen.connect(self.on_tray_link)
        self.tray = tray
        self.notifications = Notifications.for_this_platform(lambda: self.tray, self)
        self.notifications.activated.connect(self.on_notification_clicked)
        tray.message_clicked.connect(self.notifications.on_balloon_clicked)
        self.on_connection_changed()

    def _read_history_links(self) -> None:
        """The history's links from earlier runs, read once: this run's are the rows', and
        the menu looks at them every second."""
        from gui.ui.clipboard import links_of

        history = self.window.session.history
        try:
            self._history_links = links_of(history.entries(limit=20)) if history else []
        except Exception:  # a closed or unreadable history: the session's links still show
            self._history_links = []

    @Slot()
    def on_connection_changed(self) -> None:
        if self.tray is not None:
            indicator = self.window.indicator
            self.tray.set_state(indicator.state, indicator.text_for())

    @Slot()
    def on_clock(self) -> None:
        """The tooltip's countdown and the menu's minutes run on the window's clock; a link
        entering its last two minutes is said once, in the tooltip and a notification."""
        model = self.window.model
        now = model.clock()
        soon = [
            item
            for item in model.items()
            if item.has_live_link and expires_soon(item.seconds_left(now))
        ]
        for item in soon:
            if item.item_id not in self._warned:
                self._warned.add(item.item_id)
                self._tell(self._expiring_notice(item, now))
        if self.tray is not None:
            status = self.window.indicator.text_for()
            if soon:
                status += "\n" + tr("{name}: {left}, expires soon").format(
                    name=soon[0].name, left=time_left(soon[0].seconds_left(now))
                )
            self.tray.set_status_text(status)
            self.tray.refresh()

    @staticmethod
    def _expiring_notice(item: UploadItem, now: datetime) -> Notice:
        body = tr("{name}: {left}, the link stops working at {time}.").format(
            name=item.name,
            left=time_left(item.seconds_left(now)),
            time=clock_time(item.expires_at or now),
        )
        return Notice(tr("A link expires soon"), body, item_id=item.item_id, slot="expiring")

    def _app_in_front(self) -> bool:
        """Any BiliDrop window active: the main one, History, Settings, a sign-in dialog."""
        active = QApplication.activeWindow()
        return active is not None and active.isVisible() and not active.isMinimized()

    def _tell(self, notice: Notice) -> None:
        if self.window.settings.notify and not self.is_in_front():
            self.notifier(notice)

    @Slot(int)
    def on_upload_ended(self, item_id: int) -> None:

        item = self.window.model.find(item_id)
        if item is None:
            return
        if item.state is UploadState.DONE and item.expires_at is not None:
            self._batch.append(item)
            notice = self._batch_notice(item)
            queue = self.window.session.queue
            if queue.active() + queue.pending() == 0:
                self._batch = []
            self._tell(notice)
        elif item.state is UploadState.FAILED and item.error is not None:
            self._tell(
                Notice(
                    tr("Upload failed"),
                    f"{item.name}: {item.error.message}",
                    Urgency.CRITICAL,
                    item.item_id,
                )
            )

    def _batch_notice(self, last: UploadItem) -> Notice:
        """One notification for a batch, replacing the one before it."""

        if len(self._batch) == 1 and last.expires_at is not None:
            when = clock_time(last.expires_at)
            body = tr("{name}: link ready, expires at {time}").format(name=last.name, time=when)
            return Notice(tr("Upload finished"), body, item_id=last.item_id, slot="batch")
        n = len(self._batch)
        body = (
            tr("{n} links ready, copied").format(n=n)
            if self.window.settings.auto_copy
            else tr("{n} links ready").format(n=n)
        )
        return Notice(tr("Uploads finished"), body, item_id=last.item_id, slot="batch")

    @Slot(QModelIndex, int, int)
    def on_rows_added(self, parent: QModelIndex, first: int, last: int) -> None:
        """Files refused before a byte was sent (empty, too large, unreadable)."""

        model = self.window.model
        refused = [
            item
            for item in (model.item_at(row) for row in range(first, last + 1))
            if item.state is UploadState.FAILED and item.error is not None
        ]
        if not refused:
            return
        if len(refused) == 1:
            error = refused[0].error
            body = f"{refused[0].name}: {error.message if error else ''}"
        else:
            body = tr("{n} files cannot be uploaded; the window says why.").format(n=len(refused))
        self._tell(Notice(tr("Not uploaded"), body, Urgency.CRITICAL, refused[0].item_id))

    @Slot()
    def on_tray_paste(self) -> None:

        if not self.window.paste():
            self._tell(
                Notice("BiliDrop", tr("The clipboard holds no files, image or text to upload."))
            )

    @Slot(object)
    def on_notification_clicked(self, item_id: int | None) -> None:
        """Bring the window forward on the row the notification was about."""
        self.window.bring_to_front()
        if item_id is not None:
            self.window.show_item(item_id)

    def _send(self, notice: Notice) -> None:
        if self.notifications is not None:
            self.notifications.send(notice)

    @Slot(object)
    def on_tray_link(self, link: Link) -> None:
        """A link picked in the tray menu: copied, and said where the user is looking."""

        window = self.window
        notice = copy_links([link], LinkStyle.chosen(window.settings), window.model.clock())
        window.notify(notice)
        self._tell(Notice(tr("Link copied"), notice))

    def keeps_running(self) -> bool:
        """On closing: with a tray now (and the setting on) the window only hides; True then.
        Asked at this moment: a tray that went away must not leave an invisible process."""

        tray = self.tray
        if tray is None or not tray.available or not self.window.settings.keep_in_tray:
            return False
        self.window.hide()  # still running: the tray icon brings it back, its menu quits
        self.notifier(
            Notice(
                tr("BiliDrop is still running"),
                tr("Uploads go on; the tray icon brings the window back."),
            )
        )
        return True

    def hide(self) -> None:
        if self.tray is not None:
            self.tray.hide()
        if self.notifications is not None:
            self.notifications.close()
