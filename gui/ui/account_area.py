"""The status-bar account area: who is signed in, where the credentials are kept, sign in/out."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("AccountArea", text)


class AccountArea(QWidget):
    """Signals:
    sign_in_requested()
    sign_out_requested()
    """

    sign_in_requested = Signal()
    sign_out_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.who = QLabel(tr("Not signed in"))
        self.who.setAccessibleName(tr("Account"))
        self.where = QLabel("")
        self.where.setAccessibleName(tr("Where the sign-in is kept"))
        self.where.setEnabled(False)  # drawn muted, still read by screen readers
        self.button = QPushButton(tr("Sign in…"))
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self._on_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.who)
        layout.addWidget(self.where)
        layout.addWidget(self.button)
        self.signed_in = False

    def show_account(self, mid: int | None, where: str, *, demo: bool) -> None:
        self.signed_in = mid is not None
        if mid is None:
            self.who.setText(tr("Not signed in"))
        elif demo:
            self.who.setText(tr("Demo account · mid {mid}").format(mid=mid))
        else:
            self.who.setText(tr("Signed in · mid {mid}").format(mid=mid))
        self.where.setText(f"· {where}")
        self.where.setToolTip(tr("Where BiliDrop keeps the sign-in cookies"))
        self.button.setVisible(not demo)
        self.button.setText(tr("Sign out") if self.signed_in else tr("Sign in…"))
        self.button.setToolTip(
            tr("Forget this sign-in on this computer")
            if self.signed_in
            else tr("Sign in with the cookies of a bilibili.com tab")
        )

    def _on_clicked(self) -> None:
        if self.signed_in:
            self.sign_out_requested.emit()
        else:
            self.sign_in_requested.emit()
