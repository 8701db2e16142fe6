"""The screens as they are at the moment of capture: each screen's real pixels, frozen before
the overlay appears, and the windows on them (X11) for "click a window"."""

from __future__ import annotations

import contextlib
import sys
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QCursor, QGuiApplication, QImage, QScreen

from gui.i18n import tr


@dataclass
class FrozenScreen:
    """One screen's picture (physical pixels) and where it lies (logical pixels)."""

    screen: QScreen
    image: QImage
    geometry: QRect

    @property
    def ratio(self) -> float:
        """Physical pixels per logical one, measured on the picture itself (the screen's
        stated ratio and what the platform grabbed can differ)."""
        return self.image.width() / max(1, self.geometry.width())


def freeze(screen: QScreen) -> FrozenScreen | None:
    """The screen's picture now, or None when the platform gives none (Wayland)."""
    image = screen.grabWindow(0).toImage()
    if image.isNull() or image.width() == 0:
        return None
    image.setDevicePixelRatio(1.0)  # the overlay states the ratio itself when it draws
    return FrozenScreen(screen, image, screen.geometry())


def freeze_all() -> list[FrozenScreen]:
    frozen = [freeze(screen) for screen in QGuiApplication.screens()]
    return [screen for screen in frozen if screen is not None]


def screen_under_pointer() -> QScreen:
    return QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()


def screen_recording_refused() -> str:
    """Why no picture can be taken here, in words ("" when it can): macOS asks the user for
    the Screen Recording permission and, refused, gives only the wallpaper and menu bar."""
    if sys.platform != "darwin":
        return ""
    try:
        import ctypes

        graphics = ctypes.cdll.LoadLibrary(
            "/System/Library/Frameworks/CoreGraphics.framework/CoreGraphics"
        )
        allowed = bool(graphics.CGPreflightScreenCaptureAccess())
        if not allowed:
            graphics.CGRequestScreenCaptureAccess()  # puts BiliDrop in the list to tick
    except (OSError, AttributeError):  # before macOS 10.15 there is no such permission
        return ""
    if allowed:
        return ""
    return tr(
        "BiliDrop may not record the screen. Allow it in System Settings › Privacy & "
        "Security › Screen Recording, then quit and reopen BiliDrop."
    )


def top_level_windows() -> list[QRect]:
    """The desktop's visible windows, topmost first, in native pixels (X11 only; elsewhere
    none, and a click takes the whole screen)."""
    if QGuiApplication.platformName() != "xcb":
        return []
    with contextlib.suppress(Exception):  # no python-xlib, or the display went away
        return _x11_windows()
    return []


def _x11_windows() -> list[QRect]:
    from Xlib import X, display

    connection = display.Display()
    try:
        root = connection.screen().root
        stacking = root.get_full_property(
            connection.intern_atom("_NET_CLIENT_LIST_STACKING"), X.AnyPropertyType
        )
        if stacking is not None:
            windows = [connection.create_resource_object("window", w) for w in stacking.value]
        else:  # no window manager: the root's mapped children
            windows = root.query_tree().children
        extents_atom = connection.intern_atom("_NET_FRAME_EXTENTS")
        rects = []
        for window in reversed(windows):
            with contextlib.suppress(Exception):  # a window that closed meanwhile
                if window.get_attributes().map_state != X.IsViewable:
                    continue
                geometry = window.get_geometry()
                origin = window.translate_coords(root, 0, 0)
                rect = QRect(-origin.x, -origin.y, geometry.width, geometry.height)
                extents = window.get_full_property(extents_atom, X.AnyPropertyType)
                if extents is not None and len(extents.value) == 4:
                    left, right, top, bottom = extents.value
                    rect.adjust(-left, -top, right, bottom)
                rects.append(rect)
        return rects
    finally:
        connection.close()


def window_at(windows: list[QRect], point: QPoint) -> QRect | None:
    """The topmost window under `point` (native pixels)."""
    return next((rect for rect in windows if rect.contains(point)), None)
