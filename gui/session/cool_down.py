"""The "Bilibili asked us to slow down" state, shared by everything that talks to the service:
while it lasts no request goes out (heartbeat, uploads, sign-in); when it ends, one heartbeat
probes, and only its success lets the held uploads go again."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

if TYPE_CHECKING:
    from gui.bili.cool_down import CoolDown
    from gui.bili.errors import RateLimited


class ServiceCoolDown(QObject):
    """Signals:
    started(): a cool-down began or grew longer (`until`, `error` say what and how long).
    ended(): its time is up, or the user chose Try now: the next request may go.
    cleared(): the service answered normally again.
    """

    started = Signal()
    ended = Signal()
    cleared = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._policy: CoolDown | None = None  # made on first use (keeps start-up light)
        self.scale = 1.0  # tests shorten the waits
        self.engaged = False  # between a refusal and the next normal answer
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.on_time_up)

    @property
    def policy(self) -> CoolDown:
        if self._policy is None:
            from gui.bili.cool_down import CoolDown

            self._policy = CoolDown(scale=self.scale)
        return self._policy

    @property
    def active(self) -> bool:
        return self._policy is not None and self._policy.active()

    @property
    def error(self) -> RateLimited | None:
        return self._policy.error if self._policy is not None else None

    @property
    def until(self) -> datetime | None:
        """When it ends, as a local time of day (None when not active)."""
        if not self.active or self.policy.until is None:
            return None
        return datetime.fromtimestamp(self.policy.until).astimezone()

    def seconds_left(self) -> float:
        return self.policy.seconds_left() if self.active else 0.0

    @Slot(object)
    def refused(self, error: RateLimited) -> None:
        """The service said to slow down: wait (longer each time until a success)."""
        self.engaged = True
        self.policy.start(error)
        self._timer.start(max(0, int(self.policy.seconds_left() * 1000)))
        self.started.emit()

    @Slot()
    def on_time_up(self) -> None:
        self.ended.emit()

    @Slot()
    def try_now(self) -> None:
        """The user asks to try again before the time is up."""
        if not self.engaged:
            return
        self._timer.stop()
        self.policy.end_early()
        self.ended.emit()

    @Slot()
    def succeeded(self) -> None:
        if not self.engaged:
            return
        self.engaged = False
        self._timer.stop()
        self.policy.succeeded()
        self.cleared.emit()
