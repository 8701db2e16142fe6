"""A live link as a QR code, for a phone to scan, with the time it has left."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from gui.clock import clock_time
from gui.i18n import tr
from gui.session.upload_item import time_left
from gui.ui.qr_widget import QrWidget


class LinkQrDialog(QDialog):
    """Non-modal; `tick()` (the window's clock) keeps the countdown current."""

    def __init__(
        self,
        name: str,
        url: str,
        expires_at: datetime,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("QR code: {name}").format(name=name))
        self.url = url
        self.expires_at = expires_at
        self._clock = clock
        self.qr = QrWidget()
        self.qr.set_text(url)
        self.qr.setAccessibleName(tr("QR code of the link"))
        hint = QLabel(tr("Scan with a phone's camera to download {name}.").format(name=name))
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.remaining = QLabel()
        self.remaining.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.remaining.setAccessibleName(tr("Time left"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.qr, 1)
        layout.addWidget(hint)
        layout.addWidget(self.remaining)
        layout.addWidget(buttons)
        self.resize(360, 440)
        self.tick()

    @Slot()
    def tick(self) -> None:
        left = (self.expires_at - self._clock()).total_seconds()
        if left > 0:
            self.remaining.setText(
                tr("{left}, expires at {time}").format(
                    left=time_left(left), time=clock_time(self.expires_at)
                )
            )
        else:
            self.qr.show_message(tr("This link has expired."))
            self.remaining.setText(tr("Expired: re-upload the file for a new link."))
