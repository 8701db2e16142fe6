"""macOS's Dock: a click on BiliDrop's icon while its window is hidden (closed to the menu
bar) brings the window back. Qt says it as the application becoming active."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from gui.ui.main_window import MainWindow


def on_application_state(window: MainWindow, state: Qt.ApplicationState) -> None:
    if state == Qt.ApplicationState.ApplicationActive and window.isHidden() and not window.ended:
        window.bring_to_front()


def reopen_from_the_dock(app: QGuiApplication, window: MainWindow) -> None:
    app.applicationStateChanged.connect(lambda state: on_application_state(window, state))
