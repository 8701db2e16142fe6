"""Small pictures of image files for the queue's rows: decoded on a worker thread at the
size they are shown (a JPEG decodes straight to it), kept for the rows that ask again."""

from __future__ import annotations

import contextlib
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp"})
KEPT = 300  # thumbnails kept (each a few KiB)
LARGEST_SOURCE = 100 * 1024 * 1024  # bigger image files keep the plain file icon


def read_thumbnail(path: Path, box: QSize) -> QImage | None:
    """The image scaled to fit `box`, read at that size where the format allows; None when
    the file is no readable image. Safe on any thread (QImage, not QPixmap)."""
    try:
        if path.stat().st_size > LARGEST_SOURCE:
            return None
    except OSError:
        return None
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # a phone photo's EXIF rotation
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(box, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    if image.width() > box.width() or image.height() > box.height():
        image = image.scaled(
            box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    return image


class Thumbnails(QObject):
    """`get(path)` gives the thumbnail when it is made, else None and asks for it.

    Signals:
        ready(): a thumbnail was made (the view repaints).
    """

    ready = Signal()
    _made = Signal(str, object)  # from the worker thread, queued to this object's thread

    def __init__(self, side: int, ratio: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.ratio = ratio
        self.read: Callable[[Path, QSize], QImage | None] = read_thumbnail
        self._pixmaps: OrderedDict[Path, QPixmap | None] = OrderedDict()
        self._asked: set[Path] = set()
        self._executor: ThreadPoolExecutor | None = None
        self._made.connect(self._on_made)

    @staticmethod
    def wanted(path: Path) -> bool:
        return path.suffix.lower() in IMAGE_SUFFIXES

    def get(self, path: Path) -> QPixmap | None:
        if path in self._pixmaps:
            self._pixmaps.move_to_end(path)
            return self._pixmaps[path]
        if path not in self._asked:
            self._asked.add(path)
            if self._executor is None:
                from concurrent.futures import ThreadPoolExecutor

                self._executor = ThreadPoolExecutor(1, thread_name_prefix="thumbnails")
            self._executor.submit(self._make, path)
        return None

    def _make(self, path: Path) -> None:
        pixels = round(self.side * self.ratio)
        try:
            image = self.read(path, QSize(pixels, pixels))
        except Exception:  # an unreadable file keeps its file icon
            image = None
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile: nobody to tell
            self._made.emit(str(path), image)

    def _on_made(self, name: str, image: QImage | None) -> None:
        path = Path(name)
        self._asked.discard(path)
        pixmap = None
        if image is not None:
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(self.ratio)
        self._pixmaps[path] = pixmap
        while len(self._pixmaps) > KEPT:
            self._pixmaps.popitem(last=False)
        self.ready.emit()

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
