"""Ending when the system says so: a log-out, a shutdown, `kill`, Ctrl+C in the terminal.

Every request to end comes here, whatever is open: SIGTERM, SIGINT and SIGHUP (Linux and
macOS), the application's Quit event (macOS: Quit from the Dock, log-out, shut down), and the
session manager's commit-data request (Windows' WM_QUERYENDSESSION/WM_ENDSESSION, X11 session
management). Each open dialog is answered the safe way (rejected: nothing new is queued), the
window closes without asking (what was waiting or running stays in the history and comes back
as interrupted at the next start, as after a crash), and every event loop ends, nested ones
(a dialog's) included.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSocketNotifier, Slot
from PySide6.QtWidgets import QApplication, QDialog, QWidget

if TYPE_CHECKING:
    from gui.ui.main_window import MainWindow

END_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name)
)


class Termination(QObject):
    """`request()` ends the app now; `requested` says that it was asked (a start-up prompt
    answered by it must not go on to open the window)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.requested = False
        self.window: MainWindow | None = None
        app.installEventFilter(self)
        app.commitDataRequest.connect(self.on_commit_data)

    @Slot()
    def request(self) -> None:
        """End now (a signal, the session manager)."""
        if not self.requested:
            self._end()
            self.app.quit()  # a Quit event (below): every event loop ends, a dialog's too

    def _end(self) -> None:
        self.requested = True
        close_dialogs()
        if self.window is not None and not self.window.ended:
            self.window.end_now()

    @Slot(object)
    def on_commit_data(self, manager: object) -> None:
        """The desktop session ends (log-out, shutdown): end with it, never object."""
        self.request()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.app and event.type() == QEvent.Type.Quit and not self.requested:
            self._end()  # a quit sent to the application, not a click on the window
        return False  # Qt goes on: it closes the windows and ends the loops

    def listen_for_signals(self) -> None:
        """SIGTERM, SIGINT and SIGHUP call `request`. Python runs signal handlers only
        between bytecodes, and Qt's loops run in C++: the signal's wake-up byte on a socket
        wakes whichever loop runs (a dialog's included), and its handler then runs."""
        receiver, sender = socket.socketpair()
        receiver.setblocking(False)
        sender.setblocking(False)
        signal.set_wakeup_fd(sender.fileno())
        for number in END_SIGNALS:
            signal.signal(number, lambda *_: self.request())
        notifier = QSocketNotifier(receiver.fileno(), QSocketNotifier.Type.Read, self)

        def drain() -> None:
            with contextlib.suppress(OSError):
                receiver.recv(64)

        notifier.activated.connect(drain)
        self._sockets = (receiver, sender, notifier)  # kept alive with this object

    def stop_listening(self) -> None:
        """Back to the interpreter's own handling (tests that run a window in-process)."""
        if not hasattr(self, "_sockets"):
            return
        signal.set_wakeup_fd(-1)
        for number in END_SIGNALS:
            signal.signal(
                number, signal.default_int_handler if number == signal.SIGINT else signal.SIG_DFL
            )
        receiver, sender, notifier = self._sockets
        notifier.setEnabled(False)
        receiver.close()
        sender.close()
        del self._sockets


def close_dialogs() -> None:
    """Answer every open dialog the safe way: rejected (a question's No, a cancelled form),
    the innermost first."""
    for _ in range(50):  # a dialog that refuses to close must not hold the end up
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, QWidget) or not modal.isVisible():
            break
        _reject(modal)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            _reject(widget)


def _reject(widget: QWidget) -> None:
    if isinstance(widget, QDialog):
        widget.reject()
    if widget.isVisible():
        widget.close()
