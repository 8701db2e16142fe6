"""The main window's dialogs: history, a link's QR code, sign-in and settings. Each is built
when first asked for (their modules load then) and wired to the session."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from gui.bili.limits import LINK_TTL_MINUTES
from gui.common.settings import ManyFiles
from gui.i18n import tr

if TYPE_CHECKING:
    from gui.hotkeys.names import Hotkey
    from gui.session.session import Session
    from gui.session.upload_item import UploadItem
    from gui.store.history import HistoryEntry

Confirm = Callable[[str, str], bool]


def answer_verbs(title: str) -> tuple[str, str]:
    """The two buttons of a question, as verbs that say what each does (never Yes / No)."""
    verbs = {
        tr("Sign out?"): (tr("Sign out"), tr("Cancel")),
        tr("Quit BiliDrop?"): (tr("Quit now"), tr("Keep running")),
        tr("Cancel upload?"): (tr("Stop the upload"), tr("Keep uploading")),
        tr("Upload the text?"): (tr("Upload as .txt"), tr("Cancel")),
        tr("Clear the history?"): (tr("Clear the history"), tr("Cancel")),
        tr("Restart BiliDrop?"): (tr("Restart now"), tr("Later")),
    }
    return verbs.get(title, (tr("Continue"), tr("Cancel")))


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    """A question whose buttons are verbs. Enter and Esc take the safe one: every question
    asked is about something that cannot be taken back."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    go, stay = answer_verbs(title)
    act = box.addButton(go, QMessageBox.ButtonRole.AcceptRole)
    safe = box.addButton(stay, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(safe)
    box.setEscapeButton(safe)
    box.exec()
    return box.clickedButton() is act


def ask_how_to_send(parent: QWidget, title: str, text: str) -> ManyFiles | None:
    """A folder or several files: each with its own link, one zip, or nothing (Esc)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    role = QMessageBox.ButtonRole
    each = box.addButton(tr("Upload each file"), role.AcceptRole)
    zipped = box.addButton(tr("Send as one zip"), role.AcceptRole)
    cancel = box.addButton(tr("Cancel"), role.RejectRole)
    box.setDefaultButton(cancel)  # Enter and Esc take the safe one, as in every question
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is each:
        return ManyFiles.EACH
    return ManyFiles.ZIP if clicked is zipped else None


class WindowDialogs(QObject):
    """`confirm(title, text)` asks yes or no, `choose_sign_out()` how to sign a pasted
    cookie out (the window's, which tests replace).

    Signals:
        said(str): a notice for the status bar.
        restart_requested(): quit, and start again (a new language).
        hotkeys_changed(): Settings were saved: take the global shortcuts they name.

    `hotkey_state()` gives Settings why each global shortcut is not held, and what to say
    where this desktop takes none (the window's capture sets it).
    """

    said = Signal(str)
    restart_requested = Signal()
    hotkeys_changed = Signal()

    def __init__(
        self,
        session: Session,
        parent: QWidget,
        confirm: Confirm,
        choose_sign_out: Callable[[], bool | None],
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = session.settings
        self.parent_widget = parent
        self.confirm = confirm
        self.choose_sign_out = choose_sign_out
        self.hotkey_state: Callable[[], tuple[Mapping[Hotkey, str], str]] = lambda: ({}, "")

    def sign_out(self) -> None:
        """Sign out, after asking (a pasted cookie: forget it here, or everywhere)."""
        credentials = self.session.account.credentials
        if credentials is None:
            return
        everywhere = True
        if credentials.pasted:  # a browser's session: signing it out signs the browser out
            choice = self.choose_sign_out()
            if choice is None:
                return
            everywhere = choice
        elif not self.confirm(
            tr("Sign out?"),
            tr("Sign out of this account? Waiting uploads pause until you sign in again."),
        ):
            return
        self.session.account.sign_out(everywhere=everywhere)
        if everywhere:
            self.said.emit(tr("Signed out. The sign-in was removed from this computer."))
        else:
            self.said.emit(
                tr("Forgotten on this computer; the browser it came from stays signed in.")
            )

    def open_history(self) -> None:
        from gui.ui.history_dialog import HistoryDialog

        session, parent = self.session, self.parent_widget
        if session.history is None:
            self.said.emit(tr("The history is not available."))
            return
        dialog = parent.findChild(HistoryDialog)
        if dialog is None:
            dialog = HistoryDialog(
                session.history, self.settings, session.model.clock, self.confirm, parent
            )
            dialog.reupload_requested.connect(self.on_history_reupload)
            dialog.qr_requested.connect(self.on_history_qr)
            session.queue.bookkeeping.recorded.connect(dialog.on_recorded)
            session.ticked.connect(dialog.tick)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    @Slot(object)
    def on_history_reupload(self, entry: HistoryEntry) -> None:
        self.session.queue.add_paths([entry.local_path], previous_sha256=entry.sha256)

    @Slot(object)
    def on_history_qr(self, entry: HistoryEntry) -> None:
        self.show_link_qr(entry.name, entry.url, entry.expires_at)

    def open_links(self, items: list[UploadItem]) -> None:
        """Open the rows' live links in the browser; a failure is said once, not per row."""
        from gui.ui.open_externally import open_link

        for item in items:
            if item.has_live_link and not open_link(item.url, self.said.emit):
                return

    def show_qr_of(self, items: list[UploadItem]) -> None:
        """The first live link among the rows, as a QR code."""
        live = [item for item in items if item.has_live_link and item.expires_at]
        if live and live[0].expires_at is not None:
            self.show_link_qr(live[0].name, live[0].url, live[0].expires_at)

    def show_link_qr(self, name: str, url: str, expires_at: datetime) -> None:
        from gui.ui.link_qr_dialog import LinkQrDialog

        dialog = LinkQrDialog(name, url, expires_at, self.session.model.clock, self.parent_widget)
        self.session.ticked.connect(dialog.tick)
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()

    def open_sign_in_soon(self, reason: str) -> None:
        """Once the current event is handled (the notice that asks for it shows first)."""
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: self.open_sign_in(reason))

    def open_sign_in(self, reason: str = "") -> None:
        from gui.ui.sign_in_dialog import SignInDialog

        account = self.session.account
        if not self.session.running or self.parent_widget.findChild(SignInDialog):
            return
        dialog = SignInDialog(reason, self.parent_widget)
        dialog.generate_requested.connect(account.generate_qr)
        dialog.poll_requested.connect(account.poll_qr)
        dialog.verify_requested.connect(account.verify)
        account.qr_ready.connect(dialog.on_qr_ready)
        account.qr_polled.connect(dialog.on_qr_polled)
        account.qr_failed.connect(dialog.on_qr_failed)
        account.verified.connect(dialog.on_verified)
        account.rejected.connect(dialog.on_rejected)
        dialog.finished.connect(dialog.deleteLater)
        dialog.accepted.connect(self.on_signed_in)
        dialog.open()

    @Slot()
    def on_signed_in(self) -> None:
        from gui.ui.sign_in_dialog import SignInDialog

        dialog = self.sender()
        if isinstance(dialog, SignInDialog) and dialog.credentials is not None:
            self.session.account.sign_in(dialog.credentials, dialog.account)

    def open_settings(self) -> None:
        from gui.ui.settings_dialog import SettingsDialog

        refusals, note = self.hotkey_state()
        dialog = SettingsDialog(
            self.settings,
            self.parent_widget,
            proxy=self.session.proxy,
            hotkey_refusals=refusals,
            hotkey_note=note,
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.accepted.connect(self.session.apply_settings)
        dialog.accepted.connect(self.hotkeys_changed)
        dialog.accepted.connect(lambda: self.session.set_proxy(dialog.chosen_proxy))
        dialog.accepted.connect(lambda: self.offer_restart() if dialog.language_changed else None)
        dialog.open()

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from gui import __version__
        from gui.common.paths import data_dir

        QMessageBox.about(
            self.parent_widget,
            tr("About BiliDrop"),
            tr(
                "BiliDrop {version}\nUploads files to Bilibili's customer-service file service; "
                "each link works for {minutes} minutes.\nHistory and settings: {folder}"
            ).format(version=__version__, minutes=LINK_TTL_MINUTES, folder=data_dir()),
        )

    def offer_restart(self) -> None:
        """A new language shows from the next start: say so, and offer to restart now."""
        if self.confirm(
            tr("Restart BiliDrop?"),
            tr(
                "The new language shows after BiliDrop starts again. Restart now? "
                "(Uploads still running are asked about first; finished links stay in "
                "the history.)"
            ),
        ):
            self.restart_requested.emit()


def choose_sign_out(parent: QWidget) -> bool | None:
    """For a pasted sign-in: True to sign out everywhere, False to forget it here only
    (the default), None to cancel."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setWindowTitle(tr("Sign out"))
    box.setText(
        tr(
            "This sign-in is a cookie pasted from a browser: it is that browser's session. "
            "Signing it out everywhere signs the browser out too."
        )
    )
    forget = box.addButton(
        tr("Forget it on this computer (your browser stays signed in)"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    everywhere = box.addButton(tr("Sign out everywhere"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(forget)
    box.exec()
    clicked = box.clickedButton()
    if clicked is forget:
        return False
    if clicked is everywhere:
        return True
    return None
