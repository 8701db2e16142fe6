"""Telling screen readers what happened where no focus moves: an upload finished, links were
copied, a status message. Polite: said after what the reader is saying, once."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Announcer(QObject):
    """Signals:
    announced(str): a message went to the screen reader (for the window's tests)."""

    announced = Signal(str)

    def __init__(self, source: QObject) -> None:
        super().__init__(source)
        self._source = source

    def say(self, message: str) -> None:
        if not message:
            return
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent  # after first paint

        event = QAccessibleAnnouncementEvent(self._source, message)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)
        self.announced.emit(message)
