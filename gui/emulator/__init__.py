"""A local stand-in for the Bilibili services, following ../shared/api exactly."""

from gui.emulator.server import Emulator

__all__ = ["Emulator"]
