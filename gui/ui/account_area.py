"""The status-bar account area: avatar and name, where the sign-in is kept, sign in/out."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from gui.i18n import tr

AVATAR_PX = 20


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


class Avatar(QWidget):
    """The account's picture, painted: a bare widget, so screen readers pass over it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(AVATAR_PX, AVATAR_PX)
        self.pixmap: QPixmap | None = None

    def set_pixmap(self, pixmap: QPixmap) -> None:
        self.pixmap = pixmap
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.pixmap is not None:
            QPainter(self).drawPixmap(self.rect(), self.pixmap)


class AccountArea(QWidget):
    """Signals:
    sign_in_requested()
    sign_out_requested()
    """

    sign_in_requested = Signal()
    sign_out_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Account"))  # the group: its labels say the rest
        self.avatar = Avatar()  # decorative: painted, with nothing for a screen reader to read
        self.avatar.hide()
        # Screen readers read the labels' own text; the descriptions say what it is.
        self.who = QLabel(tr("Not signed in"))
        self.who.setAccessibleDescription(tr("Account"))
        self.where = QLabel("")
        self.where.setAccessibleDescription(tr("Where the sign-in is kept"))
        self.where.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # muted, not disabled
        self.button = QPushButton(tr("Sign in…"))
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self._on_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.avatar)
        layout.addWidget(self.who)
        layout.addWidget(self.where)
        layout.addWidget(self.button)
        self.signed_in = False

    def show_account(
        self, mid: int | None, uname: str, avatar: bytes, where: str, *, demo: bool
    ) -> None:
        self.signed_in = mid is not None
        if mid is None:
            self.who.setText(tr("Not signed in"))
        else:
            name = uname or tr("mid {mid}").format(mid=mid)
            label = tr("{name} (demo)") if demo else "{name}"
            self.who.setText(label.format(name=name))
            self.who.setToolTip(tr("Bilibili account {mid}").format(mid=mid))
        pixmap = round_avatar(avatar, AVATAR_PX) if self.signed_in else None
        self.avatar.setVisible(pixmap is not None)
        if pixmap is not None:
            self.avatar.set_pixmap(pixmap)
        self.where.setText(f"· {where}")
        self.where.setToolTip(tr("Where BiliDrop keeps the sign-in cookies"))
        self.button.setText(tr("Sign out") if self.signed_in else tr("Sign in…"))
        self.button.setToolTip(
            tr("Sign out: revoke this session and forget it on this computer")
            if self.signed_in
            else tr("Sign in with the Bilibili app (QR code) or a browser's cookies")
        )

    def _on_clicked(self) -> None:
        if self.signed_in:
            self.sign_out_requested.emit()
        else:
            self.sign_in_requested.emit()
