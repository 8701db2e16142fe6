"""The window's presence outside itself: the tray icon and its menu, and the delivery of the
session's notices while no BiliDrop window is where the user looks. What to notify is the
session's (session/notices.py); this only knows whether the user is looking."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from gui.i18n import tr
from gui.session.notices import Notice
from gui.session.upload_item import time_left
from gui.ui.clipboard import Link, LinkStyle, copy_links

if TYPE_CHECKING:
    from gui.session.session import Session
    from gui.ui.notifications import Notifications
    from gui.ui.tray import Tray


class WindowTray(QObject):
    """`notifier(notice)` sends a desktop notification (tests replace it); `is_in_front()`
    says whether the user is looking at a BiliDrop window (the main one or a dialog).

    Signals:
        show_requested(): bring the window forward.
        upload_requested(): choose files to upload.
        paste_requested(): upload what the clipboard holds.
        capture_requested(): capture a region of the screen.
        quit_requested(): quit BiliDrop.
        row_requested(object, list): bring the window forward on this row id (or None);
            the list: the rows whose links the notification's "Copy link" asked for.
        said(str): a notice for the status bar.
    """

    show_requested = Signal()
    upload_requested = Signal()
    paste_requested = Signal()
    capture_requested = Signal()
    quit_requested = Signal()
    row_requested = Signal(object, list)
    said = Signal(str)

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = session.settings
        self.parent_widget = parent
        self.tray: Tray | None = None
        self.notifications: Notifications | None = None
        self.notifier: Callable[[Notice], None] = self._send
        self.is_in_front: Callable[[], bool] = self._app_in_front
        self._history_links: list[Link] = []
        session.started.connect(self.on_session_started)
        session.monitor.changed.connect(self.on_connection_changed)
        session.notices.notice.connect(self.tell)
        session.ticked.connect(self.on_clock)

    @Slot()
    def on_session_started(self) -> None:
        from gui.ui.notifications import Notifications
        from gui.ui.tray import Tray, recent_links

        session = self.session
        self._read_history_links()
        tray = Tray(
            lambda: recent_links(session.model.items(), self._history_links),
            session.model.clock,
            self,
        )
        tray.show_requested.connect(self.show_requested)
        tray.upload_requested.connect(self.upload_requested)
        tray.paste_requested.connect(self.paste_requested)
        tray.capture_requested.connect(self.capture_requested)
        tray.quit_requested.connect(self.quit_requested)
        tray.link_chosen.connect(lambda link: self.on_tray_links([link]))
        tray.links_chosen.connect(self.on_tray_links)
        self.tray = tray
        self.notifications = Notifications.for_this_platform(lambda: self.tray, self)
        self.notifications.activated.connect(self.row_requested)
        tray.message_clicked.connect(self.notifications.on_balloon_clicked)
        self.on_connection_changed()

    def _read_history_links(self) -> None:
        """The history's links from earlier runs, read once: this run's are the rows', and
        the menu looks at them every second."""
        from gui.ui.clipboard import links_of

        history = self.session.history
        try:
            self._history_links = links_of(history.entries(limit=20)) if history else []
        except Exception:  # a closed or unreadable history: the session's links still show
            self._history_links = []

    @Slot()
    def on_connection_changed(self) -> None:
        if self.tray is not None:
            self.tray.set_state(
                self.session.monitor.state,
                self.session.connection_line(),
                expiring=bool(self.session.expiring),
            )

    @Slot()
    def on_clock(self) -> None:
        """The tooltip's countdown and the menu's minutes run on the session's clock; a link
        in its last two minutes shows in the tooltip."""
        if self.tray is None:
            return
        status = self.session.connection_line()
        soon = self.session.expiring
        if soon:
            left = time_left(soon[0].seconds_left(self.session.model.clock()))
            status += "\n" + tr("{name}: {left}, expires soon").format(name=soon[0].name, left=left)
        self.tray.set_state(self.session.monitor.state, status, expiring=bool(soon))
        self.tray.refresh()

    def _app_in_front(self) -> bool:
        """Any BiliDrop window active: the main one, History, Settings, a sign-in dialog."""
        active = QApplication.activeWindow()
        return active is not None and active.isVisible() and not active.isMinimized()

    @Slot(object)
    def tell(self, notice: Notice) -> None:
        """A notice of the session's, sent unless the user is looking at BiliDrop."""
        if not self.is_in_front():
            self.notifier(notice)

    def _send(self, notice: Notice) -> None:
        if self.notifications is not None:
            self.notifications.send(notice)

    @Slot(list)
    def on_tray_links(self, links: list[Link]) -> None:
        """Links picked in the tray menu (one, or all live ones): copied, and said where the
        user is looking."""
        notice = copy_links(links, LinkStyle.chosen(self.settings), self.session.model.clock())
        self.said.emit(notice)
        self.session.notices.tell(Notice(tr("Link copied"), notice))

    def keeps_running(self) -> bool:
        """On closing: with a tray now (and the setting on) the window only hides; True then.
        Asked at this moment: a tray that went away must not leave an invisible process."""
        tray = self.tray
        if tray is None or not tray.available or not self.settings.keep_in_tray:
            return False
        self.parent_widget.hide()  # still running: the tray icon brings it back, its menu quits
        if not self.settings.told_about_tray:  # said at the first close, never again
            self.settings.told_about_tray = True
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
