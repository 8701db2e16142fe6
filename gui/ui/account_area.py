"""The status bar's account button: avatar and name; a menu says where the sign-in is kept and
signs out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from gui.i18n import tr

if TYPE_CHECKING:
    from gui.session.account import AccountSession

AVATAR_PX = 20
NAME_PX = 160  # a longer name is cut in the button, and said whole in its tooltip


def round_avatar(data: bytes, size: int) -> QPixmap | None:
    """The image cut to a circle, or None if the bytes are not an image."""
    source = QPixmap()
    if not data or not source.loadFromData(data):
        return None
    ratio = 2  # drawn at twice the size: sharp on high-density screens
    scaled = source.scaled(
        size * ratio,
        size * ratio,
        Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        Qt.TransformationMode.SmoothTransformation,
    )
    round_ = QPixmap(size * ratio, size * ratio)
    round_.fill(Qt.GlobalColor.transparent)
    painter = QPainter(round_)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addEllipse(QRectF(0, 0, size * ratio, size * ratio))
    painter.setClipPath(path)
    painter.drawPixmap(0, 0, scaled)
    painter.end()
    round_.setDevicePixelRatio(ratio)
    return round_


class AccountArea(QToolButton):
    """The status bar's compact account button: the avatar and the name; its menu says which
    account, where the sign-in is kept, and signs out. Signed out, it signs in.

    Signals:
    sign_in_requested()
    sign_out_requested()
    """

    sign_in_requested = Signal()
    sign_out_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setAutoRaise(True)
        self.setIconSize(QSize(AVATAR_PX, AVATAR_PX))
        self.menu_ = QMenu(self)
        self.menu_.setToolTipsVisible(True)
        self.who = self.menu_.addAction("")  # the account, said in full
        self.who.setEnabled(False)
        self.where = self.menu_.addAction("")
        self.where.setEnabled(False)
        self.menu_.addSeparator()
        self.sign_out_action = self.menu_.addAction(tr("Sign out…"), self.sign_out_requested.emit)
        self.sign_out_action.setToolTip(
            tr("Sign out: revoke this session and forget it on this computer")
        )
        self.clicked.connect(self._on_clicked)
        self.signed_in = False
        self.show_account(None, "", b"", "", demo=False)

    def show_session_account(self, account: AccountSession) -> None:
        """The session's account as it is shown (signed in only once it is confirmed)."""
        credentials = account.credentials if account.shown_signed_in else None
        self.show_account(
            credentials.mid if credentials else None,
            account.account.uname if account.account else "",
            account.avatar,
            account.where,
            demo=account.demo,
        )

    def show_account(
        self, mid: int | None, uname: str, avatar: bytes, where: str, *, demo: bool
    ) -> None:
        self.signed_in = mid is not None
        kept = tr("Sign-in kept: {where}").format(where=where) if where else ""
        if mid is None:
            name = tr("Not signed in")
            self.who.setText(name)
            self.setText(tr("Sign in…"))
            self.setMenu(None)  # type: ignore[arg-type]
            self.setPopupMode(QToolButton.ToolButtonPopupMode.DelayedPopup)
            tip = tr("Sign in with the Bilibili app (QR code) or a browser's cookies")
        else:
            name = (tr("{name} (demo)") if demo else "{name}").format(
                name=uname or tr("mid {mid}").format(mid=mid)
            )
            self.who.setText(tr("{name} · Bilibili account {mid}").format(name=name, mid=mid))
            self.setText(self.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, NAME_PX))
            self.setMenu(self.menu_)
            self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            tip = tr("{account}\n{kept}\nClick for the account menu (sign out).").format(
                account=self.who.text(), kept=kept
            )
        self.where.setText(kept)
        self.name = name
        pixmap = round_avatar(avatar, AVATAR_PX) if self.signed_in else None
        self.setIcon(QIcon(pixmap) if pixmap is not None else QIcon())
        self.setToolTip(tip if mid is not None else f"{name}. {tip}\n{kept}".rstrip())
        # What a screen reader says: the whole name (the text may be cut), and where it is kept.
        self.setAccessibleName(tr("Account: {name}").format(name=name))
        self.setAccessibleDescription(kept)

    def _on_clicked(self) -> None:
        if not self.signed_in:
            self.sign_in_requested.emit()
