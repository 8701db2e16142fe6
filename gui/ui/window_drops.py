"""The window as a drop target: files and images dropped anywhere on it are queued, with the
drop area or the list lit while something is held over it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from gui.i18n import tr
from gui.ui.drop_area import DropArea
from gui.ui.file_intake import FileIntake

if TYPE_CHECKING:
    from gui.common.settings import Settings
    from gui.ui.queue_view import QueueView


def start_folder(settings: Settings) -> str:
    """Where the file chooser opens: the folder used last, if it is still there; else the
    user's Pictures (screenshots), else Downloads, else home."""
    from PySide6.QtCore import QStandardPaths

    if settings.last_folder and Path(settings.last_folder).is_dir():
        return settings.last_folder
    place = QStandardPaths.StandardLocation
    for location in (place.PicturesLocation, place.DownloadLocation, place.HomeLocation):
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            return folder
    return ""


class WindowDrops(QObject):
    """An event filter on `window`. `own_view()` is the list our links are dragged out of
    (never taken back as files); it and the window's drop area light up under a drag."""

    def __init__(
        self,
        window: QWidget,
        intake: FileIntake,
        drop_area: DropArea,
        own_view: Callable[[], QueueView | None],
        settings: Settings,
    ) -> None:
        super().__init__(window)
        self.settings = settings
        self._window = window
        self.intake = intake
        self._own_view = own_view
        self._drop_area = drop_area
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def choose_files(self) -> None:
        """Ctrl+O, the drop area's button, the tray's "Upload files…": the platform's own
        file chooser (or its portal), in the folder used last, else Pictures or Downloads."""
        from PySide6.QtWidgets import QFileDialog

        caption = tr("Choose files to upload")
        names, _ = QFileDialog.getOpenFileNames(self._window, caption, start_folder(self.settings))
        if names:
            self.settings.last_folder = str(Path(names[0]).parent)
            self.intake.add_paths(Path(name) for name in names)

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

    def _highlight(self, on: bool) -> None:
        self._drop_area.set_highlighted(on)
        view = self._own_view()
        if view is not None:
            view.set_highlighted(on)

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
