"""Signing in: scan a QR code with the Bilibili app, or paste a browser's Cookie header."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.bili.account import Account, QrCode, QrPoll, QrState
from gui.bili.credentials import Credentials, CredentialsError
from gui.bili.errors import BiliError, RateLimited
from gui.i18n import tr
from gui.ui.qr_widget import QrWidget

POLL_MS = 1000
AUTO_RENEWALS = 3  # expired codes replaced without asking


class SignInDialog(QDialog):
    """Asks for codes, polls and checks through signals; closes once the account is known.

    Signals:
        generate_requested(): a new QR code is wanted (answer: on_qr_ready / on_qr_failed).
        poll_requested(key): where does this code stand (answer: on_qr_polled).
        verify_requested(Credentials): check with the service (answer: on_verified /
            on_rejected).
    """

    generate_requested = Signal()
    poll_requested = Signal(str)
    verify_requested = Signal(object)

    def __init__(self, reason: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Sign in to Bilibili"))
        self.credentials: Credentials | None = None
        self.account: Account | None = None
        self._checking: Credentials | None = None
        self._key = ""
        self._polling = False
        self._renewals = 0

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._qr_tab(), tr("&Scan QR code"))
        self.tabs.addTab(self._paste_tab(), tr("&Paste cookies"))
        self.reason = QLabel(reason)
        self.reason.setWordWrap(True)
        self.reason.setVisible(bool(reason))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(self.reason)
        outer.addWidget(self.tabs)
        outer.addWidget(buttons)

        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.on_poll_tick)
        self.resize(460, 520)

    def _qr_tab(self) -> QWidget:
        page = QWidget()
        self.qr = QrWidget()
        self.qr.show_message(tr("Getting a sign-in code…"))
        self.qr_state = QLabel("")
        self.qr_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_state.setWordWrap(True)
        self.qr_state.setAccessibleName(tr("QR sign-in status"))
        self.new_code = QPushButton(tr("&New code"))
        self.new_code.setToolTip(tr("Get a fresh code (each one works for 3 minutes)"))
        self.new_code.clicked.connect(self.request_code)
        layout = QVBoxLayout(page)
        layout.addWidget(self.qr, 1)
        layout.addWidget(self.qr_state)
        layout.addWidget(self.new_code, 0, Qt.AlignmentFlag.AlignCenter)
        return page

    def _paste_tab(self) -> QWidget:
        page = QWidget()
        help_text = QLabel(
            tr(
                "In a browser signed in to bilibili.com, open the developer tools (F12) → Network, "
                "select any request to bilibili.com and copy its whole <b>Cookie</b> request "
                "header. BiliDrop needs SESSDATA, bili_jct and DedeUserID from it; other cookies "
                "are ignored.<br><br>A pasted cookie is the browser's own session: when the "
                "browser renews or ends it, BiliDrop's copy stops working. For one that lasts, "
                "copy it from a <b>private window</b> and close that window without signing "
                "out, or use the QR code."
            )
        )
        help_text.setWordWrap(True)
        help_text.setTextFormat(Qt.TextFormat.RichText)
        self.cookie_edit = QPlainTextEdit()
        self.cookie_edit.setPlaceholderText("SESSDATA=…; bili_jct=…; DedeUserID=…")
        self.cookie_edit.setAccessibleName(tr("Cookie header"))
        self.cookie_edit.setTabChangesFocus(True)
        help_text.setBuddy(self.cookie_edit)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("Sign-in status"))
        self.sign_in_button = QPushButton(tr("Sign &in"))
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.on_sign_in)
        layout = QVBoxLayout(page)
        layout.addWidget(help_text)
        layout.addWidget(self.cookie_edit)
        layout.addWidget(self.status)
        layout.addWidget(self.sign_in_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    # --- QR --------------------------------------------------------------------------------------

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if not self._key and not self.poll_timer.isActive():
            self.request_code()
            self.poll_timer.start()

    @Slot()
    def request_code(self) -> None:
        self._key = ""
        self.qr.show_message(tr("Getting a sign-in code…"))
        self.qr_state.setText("")
        self.new_code.setEnabled(False)
        self.generate_requested.emit()

    @Slot(object)
    def on_qr_ready(self, code: QrCode) -> None:
        self._key = code.key
        self.qr.set_text(code.url)
        self.qr_state.setText(
            tr("Scan with the Bilibili app (Me → scan icon). The code works for 3 minutes.")
        )
        self.new_code.setEnabled(True)

    @Slot(object)
    def on_qr_failed(self, error: BiliError) -> None:
        self._polling = False
        if isinstance(error, RateLimited):  # said even while a code is shown
            self.qr_state.setText(error.message)
        if not self._key:
            self.qr.show_message(tr("No code: {reason}").format(reason=error.message))
            self.new_code.setEnabled(True)

    @Slot()
    def on_poll_tick(self) -> None:
        if self._key and not self._polling and self._checking is None:
            self._polling = True
            self.poll_requested.emit(self._key)

    @Slot(str, object)
    def on_qr_polled(self, key: str, poll: QrPoll) -> None:
        if key != self._key:
            return  # an answer about a code no longer shown
        self._polling = False
        if poll.state is QrState.WAITING:
            self.qr_state.setText(
                tr("Scan with the Bilibili app (Me → scan icon). The code works for 3 minutes.")
            )
        elif poll.state is QrState.SCANNED:
            self.qr_state.setText(tr("Scanned: confirm on your phone."))
        elif poll.state is QrState.EXPIRED:
            self._key = ""
            if self._renewals < AUTO_RENEWALS:
                self._renewals += 1
                self.request_code()
                self.qr_state.setText(tr("Expired: here is a new code."))
            else:
                self.qr.show_message(tr("Expired"))
                self.qr_state.setText(tr("Expired. Click New code to try again."))
                self.new_code.setEnabled(True)
        elif poll.credentials is not None:
            self._key = ""
            self.qr_state.setText(tr("Confirmed: checking the account…"))
            self._check(poll.credentials)

    # --- cookies ---------------------------------------------------------------------------------

    @Slot()
    def on_sign_in(self) -> None:
        try:
            credentials = Credentials.from_cookie_header(self.cookie_edit.toPlainText())
        except CredentialsError as error:
            self.status.setText(str(error))
            return
        self.status.setText(tr("Checking with the service…"))
        self._check(credentials)

    # --- the answer ------------------------------------------------------------------------------

    def _check(self, credentials: Credentials) -> None:
        self._checking = credentials
        self.sign_in_button.setEnabled(False)
        self.verify_requested.emit(credentials)

    @Slot(object, object)
    def on_verified(self, credentials: Credentials, account: Account) -> None:
        if credentials != self._checking:
            return
        self.credentials, self.account = credentials, account
        text = tr("Signed in as {name}").format(name=account.uname)
        self.qr_state.setText(text)
        self.status.setText(text)
        self.accept()

    @Slot(object, bool, object)
    def on_rejected(self, credentials: Credentials, signed_out: bool, error: BiliError) -> None:
        if credentials != self._checking:
            return
        if signed_out:
            message = tr(
                "The service does not accept this sign-in: it was signed out or has "
                "expired. Sign in again."
            )
        else:
            message = error.message
        self._checking = None
        self.sign_in_button.setEnabled(True)
        self.status.setText(message)
        if self.tabs.currentIndex() == 0:
            self.qr_state.setText(message)
            self.new_code.setEnabled(True)

    def done(self, result: int) -> None:
        self.poll_timer.stop()  # polling ends with the dialog
        self._key = ""
        super().done(result)
