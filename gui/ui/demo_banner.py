"""The demo's banner: says where the files go and whether the demo account is signed in."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from gui.i18n import tr


class DemoBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("demoBanner")
        self.setAccessibleDescription(tr("Demo mode"))  # the name is the banner's own text
        self.setStyleSheet(
            "#demoBanner { background: palette(alternate-base); padding: 6px 10px; "
            "border-bottom: 1px solid palette(mid); }"
        )
        self.show_signed_in(True)

    def show_signed_in(self, signed_in: bool) -> None:
        if signed_in:
            text = tr(
                "Demo mode: files go to a built-in stand-in for the Bilibili service on this "
                "computer, signed in as a demo account kept in memory only."
            )
        else:
            text = tr(
                "Demo mode: signed out of the demo account. Sign in again: the demo's QR code "
                "confirms itself after a few seconds."
            )
        self.setText(text)
