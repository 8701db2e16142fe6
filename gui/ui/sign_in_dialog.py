"""Signing in by pasting the Cookie header of a signed-in bilibili.com tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.bili.credentials import Credentials, CredentialsError


def tr(text: str) -> str:
    return QCoreApplication.translate("SignInDialog", text)


class SignInDialog(QDialog):
    """Reads pasted cookies, asks for them to be checked, and closes once they work.

    Signals:
        verify_requested(Credentials): check these with the service (answer via on_verified /
            on_rejected).
    """

    verify_requested = Signal(object)

    def __init__(self, reason: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Sign in to Bilibili"))
        self.credentials: Credentials | None = None
        tabs = QTabWidget(self)
        paste = QWidget()
        help_text = QLabel(
            tr(
                "In a browser signed in to bilibili.com, open the developer tools (F12) → Network, "
                "select any request to bilibili.com and copy its whole <b>Cookie</b> request "
                "header. BiliDrop needs SESSDATA, bili_jct and DedeUserID from it; other cookies "
                "are ignored."
            )
        )
        help_text.setWordWrap(True)
        help_text.setTextFormat(Qt.TextFormat.RichText)
        self.cookie_edit = QPlainTextEdit()
        self.cookie_edit.setPlaceholderText("SESSDATA=…; bili_jct=…; DedeUserID=…")
        self.cookie_edit.setAccessibleName(tr("Cookie header"))
        self.cookie_edit.setTabChangesFocus(True)
        help_text.setBuddy(self.cookie_edit)
        self.status = QLabel(reason)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("Sign-in status"))
        layout = QVBoxLayout(paste)
        layout.addWidget(help_text)
        layout.addWidget(self.cookie_edit)
        layout.addWidget(self.status)
        tabs.addTab(paste, tr("Paste cookies"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.sign_in_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(tr("Sign in"))
        self.buttons.accepted.connect(self.on_sign_in)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(tabs)
        outer.addWidget(self.buttons)
        self.resize(520, 360)

    @Slot()
    def on_sign_in(self) -> None:
        try:
            credentials = Credentials.from_cookie_header(self.cookie_edit.toPlainText())
        except CredentialsError as error:
            self.status.setText(str(error))
            return
        self.status.setText(tr("Checking with the service…"))
        self.sign_in_button.setEnabled(False)
        self.verify_requested.emit(credentials)

    @Slot(object)
    def on_verified(self, credentials: Credentials) -> None:
        self.credentials = credentials
        self.sign_in_button.setEnabled(True)
        self.accept()

    @Slot(str)
    def on_rejected(self, message: str) -> None:
        self.sign_in_button.setEnabled(True)
        self.status.setText(message)
