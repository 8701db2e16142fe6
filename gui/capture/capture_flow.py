"""One capture from the key press to the picture: freeze every screen, show an overlay on
each, and hand on the chosen picture (to upload) or put it on the clipboard (Ctrl+C).
Nothing stays behind when it ends, however it ends."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, QPoint, QRect, Signal
from PySide6.QtGui import QCursor, QGuiApplication, QImage
from PySide6.QtWidgets import QWidget

from gui.capture.geometry import logical_rect
from gui.capture.overlay import CaptureOverlay
from gui.capture.screens import (
    FrozenScreen,
    freeze,
    freeze_all,
    screen_recording_refused,
    screen_under_pointer,
    top_level_windows,
)
from gui.i18n import tr


class CaptureMode(StrEnum):
    REGION = "region"  # drag a rectangle (or click a window)
    WINDOW = "window"  # click a window (or drag)
    SCREEN = "screen"  # the whole screen under the pointer, at once


class CaptureFlow(QObject):
    """Signals:
    shown(): the first overlay is drawn on screen (a benchmark's and a test's mark).
    captured(QImage): a picture to upload (real pixels, marks drawn).
    said(str): what to tell the user ("Picture copied", why nothing could be taken).
    ended(): the capture is over, whichever way.
    """

    shown = Signal()
    captured = Signal(QImage)
    said = Signal(str)
    ended = Signal()
    _portal_answered = Signal(object)  # from the portal's thread: a Path or a PortalError

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.overlays: list[CaptureOverlay] = []
        self._asking = False  # the desktop's screenshot dialog is open (Wayland)
        self._portal_answered.connect(self._on_portal_answer)

    @property
    def active(self) -> bool:
        return bool(self.overlays) or self._asking

    def start(self, mode: CaptureMode = CaptureMode.REGION) -> None:
        if self.active:  # a second press while choosing: the overlay is already up
            return
        refused = screen_recording_refused()
        if refused:
            self.said.emit(refused)
            self.ended.emit()
            return
        if QGuiApplication.platformName().startswith("wayland"):
            self._ask_the_portal(interactive=mode is not CaptureMode.SCREEN)
            return
        if mode is CaptureMode.SCREEN:
            self._whole_screen()
            return
        windows = top_level_windows()  # read before the overlays are windows themselves
        for frozen in freeze_all():
            self.open_overlay(frozen, windows)
        if not self.overlays:
            self.said.emit(tr("No screen could be captured."))
            self.ended.emit()

    def _ask_the_portal(self, *, interactive: bool) -> None:
        """Wayland: the desktop's own screenshot dialog (gui/capture/portal.py), on a thread
        of its own while the user chooses."""
        import threading

        from gui.capture.portal import PortalError, take_screenshot

        self._asking = True

        def ask() -> None:
            try:
                self._portal_answered.emit(take_screenshot(interactive=interactive))
            except PortalError as error:
                self._portal_answered.emit(error)
            except Exception as error:  # a broken reply or bus: said, and the capture ends
                reason = str(error) or type(error).__name__
                self._portal_answered.emit(
                    PortalError(tr("The screenshot portal failed: {reason}").format(reason=reason))
                )

        threading.Thread(target=ask, name="screenshot-portal", daemon=True).start()

    def _on_portal_answer(self, answer: object) -> None:
        from gui.capture.portal import Cancelled

        self._asking = False
        if isinstance(answer, Exception):
            if not isinstance(answer, Cancelled):
                self.said.emit(str(answer))
        else:
            picture = QImage(str(answer))
            if picture.isNull():
                self.said.emit(tr("No screen could be captured."))
            else:
                self.captured.emit(picture)
        self.ended.emit()

    def _whole_screen(self) -> None:
        frozen = freeze(screen_under_pointer())
        if frozen is None:
            self.said.emit(tr("No screen could be captured."))
        else:
            self.captured.emit(frozen.image)
        self.ended.emit()

    def open_overlay(self, frozen: FrozenScreen, windows: list[QRect]) -> None:
        """An overlay on this frozen screen (`windows`: native rectangles to click)."""
        origin = frozen.geometry.topLeft()
        mine = [logical_rect(rect, origin, frozen.ratio) for rect in windows]
        on_screen = [rect for rect in mine if rect.intersects(overlay_rect(frozen))]
        overlay = CaptureOverlay(frozen, on_screen)
        overlay.chosen.connect(self._on_chosen)
        if not self.overlays:
            overlay.painted.connect(self.shown)
        overlay.cancelled.connect(self.cancel)
        self.overlays.append(overlay)
        overlay.show()
        windowed = QGuiApplication.platformName() not in ("offscreen", "minimal")
        if windowed and (frozen.geometry.contains(QCursor.pos()) or len(self.overlays) == 1):
            overlay.raise_()
            overlay.activateWindow()
            overlay.grabKeyboard()  # the keys reach the overlay, whoever had the focus

    def _on_chosen(self, picture: QImage, action: str) -> None:
        self.close_overlays()
        if action == "copy":
            QGuiApplication.clipboard().setImage(picture)
            self.said.emit(
                tr("Picture copied ({width} × {height}), not uploaded.").format(
                    width=picture.width(), height=picture.height()
                )
            )
        else:
            self.captured.emit(picture)
        self.ended.emit()

    def cancel(self) -> None:
        if self.active:
            self.close_overlays()
            self.ended.emit()

    def close_overlays(self) -> None:
        overlays, self.overlays = self.overlays, []
        for overlay in overlays:
            if QWidget.keyboardGrabber() is overlay:
                overlay.releaseKeyboard()
            overlay.close()


def overlay_rect(frozen: FrozenScreen) -> QRect:
    return QRect(QPoint(0, 0), frozen.geometry.size())
