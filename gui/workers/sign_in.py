"""Checking new credentials before they are kept: one heartbeat with them, off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from gui.bili.client import BiliClient
from gui.bili.errors import BiliError, NotSignedIn
from gui.workers.heartbeat import HEARTBEAT_TIMEOUT
from gui.workers.service import ServiceConfig


class SignInWorker(QObject):
    """Signals:
    verified(Credentials): the service accepted them.
    rejected(message): why not, in words.
    """

    verified = Signal(object)
    rejected = Signal(str)

    @Slot(object)
    def on_verify(self, service: ServiceConfig) -> None:
        try:
            with BiliClient(service.credentials, service.origins, timeout=HEARTBEAT_TIMEOUT) as c:
                c.heartbeat()
        except NotSignedIn:
            self.rejected.emit(
                "The service does not accept these cookies: they are signed out or expired. "
                "Sign in on bilibili.com again and copy fresh ones."
            )
        except BiliError as error:
            self.rejected.emit(error.message)
        else:
            self.verified.emit(service.credentials)
