"""The window's screen capture and global shortcuts: the capture hot key opens the overlay,
the clipboard hot key uploads what the clipboard holds, and each picture becomes an ordinary
row (thumbnail, progress, countdown, auto-copy, history). A refused shortcut is said in the
status bar and in Settings; BiliDrop keeps working without it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QImage

from gui.hotkeys.names import Hotkey
from gui.i18n import tr

if TYPE_CHECKING:
    from gui.capture.capture_flow import CaptureFlow
    from gui.common.settings import Settings
    from gui.hotkeys.global_hotkeys import GlobalHotkeys
    from gui.ui.file_intake import FileIntake

# The capture's modes, as `bilidrop capture` and the tray name them (capture_flow.CaptureMode).
REGION, WINDOW, SCREEN = "region", "window", "screen"


class WindowCapture(QObject):
    """`paste()` uploads the clipboard (the window's paste, which says when it is empty).
    The capture's modules load after the first paint (`start`), or at the first capture.

    Signals:
        said(str): a notice for the status bar.
    """

    said = Signal(str)

    def __init__(
        self,
        settings: Settings,
        intake: FileIntake,
        paste: Callable[[], object],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.intake = intake
        self.paste = paste
        self._flow: CaptureFlow | None = None
        self._hotkeys: GlobalHotkeys | None = None

    @property
    def flow(self) -> CaptureFlow:
        if self._flow is None:
            from gui.capture.capture_flow import CaptureFlow

            self._flow = CaptureFlow(self)
            self._flow.captured.connect(self.upload_picture)
            self._flow.said.connect(self.said)
        return self._flow

    @property
    def hotkeys(self) -> GlobalHotkeys:
        if self._hotkeys is None:
            from gui.hotkeys.global_hotkeys import GlobalHotkeys

            self._hotkeys = GlobalHotkeys(self)
            self._hotkeys.activated.connect(self.on_hotkey)
        return self._hotkeys

    @Slot()
    def start(self) -> None:
        """After the first paint: load the capture, take the hot keys."""
        _ = self.flow
        self.apply_hotkeys()

    @Slot()
    def apply_hotkeys(self) -> None:
        """Take the shortcuts Settings name; each refusal said once, in the status bar."""
        refused = [self.hotkeys.apply(hotkey, self.settings.hotkey(hotkey)) for hotkey in Hotkey]
        said = [text for text in refused if text]
        if said:
            self.said.emit(tr("Global shortcut not set: {why}").format(why=" ".join(said)))

    def hotkey_state(self) -> tuple[Mapping[Hotkey, str], str]:
        """What Settings show: why each is not held, and the note where none can be."""
        import sys

        from gui.hotkeys.global_hotkeys import bind_it_yourself

        note = "" if self.hotkeys.available else bind_it_yourself(sys.platform)
        return dict(self.hotkeys.refusals), note

    @Slot(str)
    def on_hotkey(self, name: str) -> None:
        if name == Hotkey.CAPTURE.value:
            self.capture(REGION)
        elif name == Hotkey.CLIPBOARD.value:
            self.paste()

    @Slot(str)
    def run_request(self, request: str) -> None:
        """What `bilidrop capture` asks (single_instance.REQUESTS): "capture-clipboard", or
        "capture-" and a CaptureMode."""
        mode = request.removeprefix("capture-")
        if mode == "clipboard":
            self.paste()
        elif mode in (REGION, WINDOW, SCREEN):
            self.capture(mode)

    def capture(self, mode: str = REGION) -> None:
        from gui.capture.capture_flow import CaptureMode

        self.flow.start(CaptureMode(mode))

    @Slot(QImage)
    def upload_picture(self, picture: QImage) -> None:
        self.intake.add_image(picture, tr("Screenshot"))

    def close(self) -> None:
        if self._flow is not None:
            self._flow.cancel()
        if self._hotkeys is not None:
            self._hotkeys.close()
