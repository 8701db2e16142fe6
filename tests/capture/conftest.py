"""The X11 desktop fixtures (tests/capture/x11_desktop.py) for this folder's tests."""

from tests.capture.x11_desktop import bilidrop, pattern, x_display

__all__ = ["bilidrop", "pattern", "x_display"]
