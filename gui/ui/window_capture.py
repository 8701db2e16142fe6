"""The window's screen capture and global shortcuts: the capture hot key opens the overlay,
the clipboard hot key uploads what the clipboard holds, and each picture becomes an ordinary
row (thumbnail, progress, countdown, auto-copy, history). A refused shortcut is said in the
status bar and in Settings; BiliDrop keeps working without it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QImage

from gui.capture.capture_flow import CaptureFlow, CaptureMode
from gui.hotkeys.global_hotkeys import GlobalHotkeys, bind_it_yourself
from gui.hotkeys.keys import Hotkey
from gui.i18n import tr

if TYPE_CHECKING:
    from gui.common.settings import Settings
    from gui.ui.file_intake import FileIntake


class WindowCapture(QObject):
    """`paste()` uploads the clipboard (the window's paste, which says when it is empty).

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
        self.flow = CaptureFlow(self)
        self.flow.captured.connect(self.upload_picture)
        self.flow.said.connect(self.said)
        self.hotkeys = GlobalHotkeys(self)
        self.hotkeys.activated.connect(self.on_hotkey)

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

        note = "" if self.hotkeys.available else bind_it_yourself(sys.platform)
        return dict(self.hotkeys.refusals), note

    @Slot(str)
    def on_hotkey(self, name: str) -> None:
        if name == Hotkey.CAPTURE.value:
            self.capture(CaptureMode.REGION)
        elif name == Hotkey.CLIPBOARD.value:
            self.paste()

    @Slot(str)
    def run_request(self, request: str) -> None:
        """What `bilidrop capture` asks (single_instance.REQUESTS): "capture-clipboard", or
        "capture-" and a CaptureMode."""
        mode = request.removeprefix("capture-")
        if mode == "clipboard":
            self.paste()
        elif mode in set(CaptureMode):
            self.capture(CaptureMode(mode))

    def capture(self, mode: CaptureMode = CaptureMode.REGION) -> None:
        self.flow.start(mode)

    @Slot(QImage)
    def upload_picture(self, picture: QImage) -> None:
        self.intake.add_image(picture, tr("Screenshot"))

    def close(self) -> None:
        self.flow.cancel()
        self.hotkeys.close()
