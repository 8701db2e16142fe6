"""The window as a drop target: files and images dropped anywhere on it are queued, with the
drop area or the list lit while something is held over it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from gui.ui.file_intake import FileIntake


class WindowDrops(QObject):
    """An event filter on `window`. `own_view()` is the list our links are dragged out of
    (never taken back as files); `highlight(on)` lights the drop targets."""

    def __init__(
        self,
        window: QWidget,
        intake: FileIntake,
        own_view: Callable[[], QObject | None],
        highlight: Callable[[bool], None],
    ) -> None:
        super().__init__(window)
        self.intake = intake
        self._own_view = own_view
        self._highlight = highlight
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.DragEnter and isinstance(event, QDragEnterEvent):
            self._enter(event)
            return True
        if kind == QEvent.Type.DragLeave:
            self._highlight(False)
            return True
        if kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            self._drop(event)
            return True
        return False

    def _enter(self, event: QDragEnterEvent) -> None:
        source = event.source()
        if source is not None and source is self._own_view():
            event.ignore()  # our own link dragged out: not a file to upload
        elif event.mimeData().hasUrls() or event.mimeData().hasImage():
            event.setDropAction(Qt.DropAction.CopyAction)  # a copy: the file manager keeps it
            event.accept()
            self._highlight(True)
        else:
            event.ignore()

    def _drop(self, event: QDropEvent) -> None:
        self._highlight(False)
        if self.intake.add_from_mime(event.mimeData()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()
