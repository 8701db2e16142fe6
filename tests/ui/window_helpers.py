"""What the window tests share: dropping files, finding rows, slow uploads."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
)
from PySide6.QtWidgets import QApplication

from gui.bili.client import UPLOAD_PATH
from gui.emulator.server import Emulator
from gui.session.upload_item import UploadItem, UploadState
from gui.ui.main_window import MainWindow
from gui.ui.queue_view import QueueView

MakeFile = Callable[..., Path]
WAIT = 10_000


def drop(window: MainWindow, mime: QMimeData) -> None:
    position = QPointF(window.width() / 2, window.height() / 2)
    actions = Qt.DropAction.CopyAction
    buttons = Qt.MouseButton.LeftButton
    modifiers = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(position.toPoint(), actions, mime, buttons, modifiers)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDropEvent(position, actions, mime, buttons, modifiers))


def drop_files(window: MainWindow, *paths: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    drop(window, mime)


def settle(qtbot, window: MainWindow) -> None:
    """Until the worker has looked at every folder handed over (their rows then exist)."""
    qtbot.waitUntil(lambda: window.intake.looking == 0, timeout=WAIT)


def items(window: MainWindow) -> list[UploadItem]:
    return window.model.items()


def by_name(window: MainWindow, name: str) -> UploadItem:
    """The row of that name (an AssertionError while there is none: qtbot.waitUntil waits on,
    as a folder's rows come once a worker has looked at it)."""
    found = [i for i in items(window) if i.name == name]
    assert found, f"no row named {name!r}"
    return found[0]


def uploads_sent(emulator: Emulator) -> int:
    return sum(1 for r in emulator.requests if r.path == UPLOAD_PATH)


def start_slow_upload(
    qtbot, window: MainWindow, emulator: Emulator, path: Path, rate: int = 128 * 1024
) -> UploadItem:
    """Drop one file that the emulator reads at `rate` bytes/s; return it once it is moving."""
    emulator.faults.add("throttle", rate, endpoint="upload")
    drop_files(window, path)
    qtbot.waitUntil(lambda: items(window)[0].sent > 0, timeout=WAIT)
    return items(window)[0]


def view(window: MainWindow) -> QueueView:
    assert window.queue_view is not None  # built with the first row
    return window.queue_view


def failure(item: UploadItem) -> str:
    assert item.error is not None
    return item.error.message


def agreeing(asked: list[str]) -> Callable[[str, str], bool]:
    """A confirm() that says yes and remembers what it was asked."""

    def confirm(title: str, text: str) -> bool:
        asked.append(text)
        return True

    return confirm


def the_one_row_done(qtbot, window: MainWindow) -> UploadItem:
    """Wait until the list holds one row and it is done; that row."""
    qtbot.waitUntil(
        lambda: len(items(window)) == 1 and items(window)[0].state is UploadState.DONE, timeout=WAIT
    )
    return items(window)[0]


def select(window: MainWindow, item: UploadItem) -> None:
    """Select the row as a click does, once the events at hand are handled (as they are
    by the time a person clicks): the window looks at its actions once per change, queued."""
    QApplication.processEvents()
    row = window.model.row_of(item.item_id)
    # A plain click: whatever modifier an earlier key press left behind (a Ctrl held would
    # toggle the row off when it is already selected, as a new list's first row is).
    flags = QItemSelectionModel.SelectionFlag
    view(window).selectionModel().setCurrentIndex(
        window.model.index(row), flags.ClearAndSelect | flags.Rows
    )
