"""The window's links on the clipboard, all copies made through here:

- a batch's links go on the clipboard once, when the whole batch is done; meanwhile the
  status bar says how far it is;
- a clipboard that changed since the batch began (the user copied something else) is never
  overwritten: the links wait for Copy all live links, and the status bar says so;
- a copy the desktop refused (Wayland lets only the focused window set the clipboard) is
  never claimed: it is said, and made again when BiliDrop's window is next in front;
- when the links we last put there expire, the clipboard is emptied of them (they would only
  fail in someone else's hands), the status bar and, with the window in the back, a
  notification say so, and "Re-upload and copy" sends that batch again for fresh links,
  which are copied when they are ready."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton, QStatusBar

from gui.clock import clock_time
from gui.i18n import tr
from gui.session.session import Session
from gui.session.upload_item import RowAction, UploadItem
from gui.ui.clipboard import LinkStyle, copy_links, links_of, not_copied_yet


class ClipboardLinks(QObject):
    """`say(text)` is the status bar; `copy_all_keys` names the keys of Copy all live links."""

    def __init__(
        self,
        session: Session,
        bar: QStatusBar,
        say: Callable[[str], None],
        copy_all_keys: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._say = say
        self._keys = copy_all_keys
        self._before: str | None = None  # the clipboard's text when the batch began
        self.copied: list[UploadItem] = []  # what we last put on the clipboard
        self._copied_text = ""
        self._expired: list[UploadItem] = []  # offered to "Re-upload and copy"
        self._refused: tuple[list[UploadItem], str | None] | None = None  # copy when in front
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self.on_application_state)
        self.reupload_button = QPushButton(tr("Re-upload and copy"))
        self.reupload_button.setToolTip(tr("Upload the expired files again and copy the new links"))
        self.reupload_button.clicked.connect(self.reupload_expired)
        self.reupload_button.hide()
        bar.addPermanentWidget(self.reupload_button)
        batch = session.links
        batch.started.connect(self.on_started)
        batch.waiting.connect(self.on_waiting)
        batch.copy_wanted.connect(self.on_done)
        session.ticked.connect(self.on_tick)

    def copy_details(self, items: list[UploadItem]) -> None:
        """ "Copy error details": the rows' problems in full, for customer service."""
        import time
        from datetime import datetime

        from gui.session.error_details import error_details

        now = datetime.now().astimezone()
        QGuiApplication.clipboard().setText(error_details(items, now, time.monotonic()))
        self._say(tr("Error details copied: paste them into the chat with customer service."))

    def copy(self, items: list[UploadItem], kind: str | None = None) -> None:
        """Copy the rows' live links (written in `kind`, else Settings' format) and say so."""
        style = LinkStyle.chosen(self.session.settings, kind)
        notice = copy_links(links_of(items), style, self.session.model.clock())
        live = [item for item in items if item.has_live_link]
        if notice == not_copied_yet():
            self._refused = (items, kind)
            self.session.notices.copy_refused(notice, [item.item_id for item in live])
        elif live:
            self.copied, self._copied_text = live, QGuiApplication.clipboard().text()
            self.reupload_button.hide()
        if notice:
            self._say(notice)

    @Slot(Qt.ApplicationState)
    def on_application_state(self, state: Qt.ApplicationState) -> None:
        """BiliDrop's window came to the front: the copy the desktop refused is made now."""
        if state == Qt.ApplicationState.ApplicationActive and self._refused is not None:
            (items, kind), self._refused = self._refused, None
            self.copy(items, kind)

    @Slot()
    def on_started(self) -> None:
        self._before = QGuiApplication.clipboard().text()

    @Slot(int, int)
    def on_waiting(self, done: int, total: int) -> None:
        self._say(
            tr("{done} of {total} done; the links are copied when all are.").format(
                done=done, total=total
            )
        )

    @Slot(list)
    def on_done(self, items: list[UploadItem]) -> None:
        before, self._before = self._before, None
        if before is not None and QGuiApplication.clipboard().text() != before:
            self._say(
                tr(
                    "{n} link(s) ready, not copied: you copied something else meanwhile. "
                    "Copy them with {keys}."
                ).format(n=len(items), keys=self._keys)
            )
            return
        self.copy(items)

    @Slot()
    def on_tick(self) -> None:
        """The links we copied last have expired while still on the clipboard: say it once."""
        now = self.session.model.clock()
        if not self.copied or any(item.has_live_link for item in self.copied):
            return
        clipboard = QGuiApplication.clipboard()
        if clipboard.text() != self._copied_text:
            self.copied = []  # the user copied something else since: not ours to speak of
            return
        clipboard.clear()
        when = clock_time(max(item.expires_at or now for item in self.copied))
        self._say(self.session.notices.copied_links_expired(when))
        self.reupload_button.show()
        self._expired, self.copied = self.copied, []

    @Slot()
    def reupload_expired(self) -> None:
        """Send the expired batch again; its links are copied when they are all ready."""
        self.reupload_button.hide()
        ids, self._expired = [item.item_id for item in self._expired], []
        self._before = QGuiApplication.clipboard().text()
        self.session.rows.run(RowAction.REUPLOAD, ids)
