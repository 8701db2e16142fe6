"""The window's presence outside itself: the tray icon and its menu, and the notifications
sent when an upload ends while the window is not where the user looks."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from gui.i18n import tr
from gui.session.upload_item import UploadState
from gui.ui.clipboard import Link, copy_links

if TYPE_CHECKING:
    from gui.ui.main_window import MainWindow
    from gui.ui.tray import Tray


class WindowTray(QObject):
    """`notifier(title, text)` sends a desktop notification (tests replace it); `is_in_front()`
    says whether the user is looking at the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.tray: Tray | None = None
        self.notifier: Callable[[str, str], None] = self._notify_through_tray
        self.is_in_front: Callable[[], bool] = self._window_in_front
        session = window.session
        session.started.connect(self.on_session_started)
        session.monitor.changed.connect(self.on_connection_changed)
        session.queue.link_ready.connect(self.on_upload_ended)
        session.queue.upload_failed.connect(self.on_upload_ended)

    @Slot()
    def on_session_started(self) -> None:
        from gui.ui.tray import Tray, recent_links

        window, session = self.window, self.window.session
        tray = Tray(
            lambda: recent_links(session.model.items(), session.history),
            session.model.clock,
            self,
        )
        tray.show_requested.connect(window.bring_to_front)
        tray.upload_requested.connect(window.choose_files)
        tray.paste_requested.connect(window.paste)
        tray.quit_requested.connect(window.quit)
        tray.link_chosen.connect(self.on_tray_link)
        self.tray = tray

    @Slot()
    def on_connection_changed(self) -> None:
        if self.tray is not None:
            indicator = self.window.indicator
            self.tray.set_state(indicator.state, indicator.text_for())

    def _window_in_front(self) -> bool:
        window = self.window
        return window.isVisible() and not window.isMinimized() and window.isActiveWindow()

    @Slot(int)
    def on_upload_ended(self, item_id: int) -> None:
        """Tell the user, when the window is not where they look."""
        item = self.window.model.find(item_id)
        if item is None or not self.window.settings.notify or self.is_in_front():
            return
        if item.state is UploadState.DONE and item.expires_at is not None:
            when = item.expires_at.astimezone().strftime("%H:%M")
            self.notifier(
                tr("Upload finished"),
                tr("{name}: link ready, expires at {time}").format(name=item.name, time=when),
            )
        elif item.state is UploadState.FAILED and item.error is not None:
            self.notifier(tr("Upload failed"), f"{item.name}: {item.error.message}")

    def _notify_through_tray(self, title: str, message: str) -> None:
        if self.tray is not None:
            self.tray.notify(title, message)

    @Slot(object)
    def on_tray_link(self, link: Link) -> None:
        """A link picked in the tray menu: copied, and said where the user is looking."""
        window = self.window
        notice = copy_links([link], window.settings.link_format, window.model.clock())
        window.notify(notice)
        self.notifier(tr("Link copied"), notice)

    def keeps_running(self) -> bool:
        """On closing: with a tray (and the setting on) the window only hides; True then."""
        tray = self.tray
        if tray is None or not tray.available or not self.window.settings.keep_in_tray:
            return False
        self.window.hide()  # still running: the tray icon brings it back, its menu quits
        tray.notify(
            tr("BiliDrop is still running"),
            tr("Uploads go on; the tray icon brings the window back."),
        )
        return True

    def hide(self) -> None:
        if self.tray is not None:
            self.tray.hide()
