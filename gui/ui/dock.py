"""macOS's Dock: a click on BiliDrop's icon while its window is hidden (closed to the menu
bar) brings the window back. Qt says it as the application becoming active."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication


def on_application_state(
    state: Qt.ApplicationState, hidden: bool, bring_back: Callable[[], None]
) -> None:
    if state == Qt.ApplicationState.ApplicationActive and hidden:
        bring_back()


def reopen_from_the_dock(
    app: QGuiApplication, hidden: Callable[[], bool], bring_back: Callable[[], None]
) -> None:
    """`hidden()`: the window is closed to the menu bar (not ended)."""
    app.applicationStateChanged.connect(
        lambda state: on_application_state(state, hidden(), bring_back)
    )
