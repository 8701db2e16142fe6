"""`bilidrop --self-test`: proves an installed copy works end to end, without a screen.

Opens the main window offscreen on the embedded emulator, uploads a small generated file
through the window's own queue, downloads the link and compares the bytes. Exits 0 on success;
otherwise prints what failed and exits 1. Used by CI on the built bundle and the wheel.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

TIMEOUT_MS = 60_000


def run() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer

    folder = Path(tempfile.mkdtemp(prefix="bilidrop-self-test-"))
    try:
        test = _SelfTest(folder)
        QTimer.singleShot(0, test.add_file)
        QTimer.singleShot(0, test.check)
        QTimer.singleShot(TIMEOUT_MS, lambda: test.finish("timed out"))
        test.app.exec()
        result = test.outcome[0] if test.outcome else "the event loop ended early"
    finally:
        shutil.rmtree(folder, ignore_errors=True)  # the demo's history and the payload
    if result == "ok":
        print("bilidrop self-test: ok (window, emulator, upload, link)")
        return 0
    print(f"bilidrop self-test: FAILED: {result}", file=sys.stderr)
    return 1


def _missing_capture_parts() -> str:
    """The capture's and the global shortcuts' modules for this platform load (a bundle
    that left one out fails here, not at the user's first key press)."""
    import importlib

    names = ["gui.capture.capture_flow", "gui.capture.portal", "gui.hotkeys.global_hotkeys"]
    if sys.platform.startswith("linux"):
        names += ["gui.hotkeys.x11", "gui.hotkeys.portal_shortcuts", "Xlib.display"]
        names += ["Xlib.error", "jeepney.io.blocking", "jeepney.io.threading"]
    elif sys.platform == "win32":
        names.append("gui.hotkeys.windows")
    elif sys.platform == "darwin":
        names.append("gui.hotkeys.macos")
    for name in names:
        try:
            importlib.import_module(name)
        except ImportError as error:
            return f"{name}: {error}"
    return ""


class _SelfTest:
    """A demo window on its own settings and history in `folder`, one upload, its link."""

    def __init__(self, folder: Path) -> None:
        from PySide6.QtCore import QSettings

        from gui.app import Launcher, application
        from gui.common.settings import Settings

        self.app = application([sys.argv[0]])
        self.folder = folder
        settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
        settings.auto_copy = False  # leave the user's clipboard alone
        self.launcher = Launcher(
            self.app, demo=True, settings=settings, history_file=folder / "history.sqlite3"
        )  # never the user's history
        self.window = self.launcher.window
        self.window.confirm = lambda title, text: True
        self.payload = folder / "self-test.bin"
        self.payload.write_bytes(os.urandom(256 * 1024))
        self.outcome: list[str] = []
        self.window.show()

    def finish(self, problem: str = "") -> None:
        if self.outcome:
            return
        self.outcome.append(problem or "ok")
        self.window.close()
        self.app.quit()

    def add_file(self) -> None:
        from PySide6.QtCore import QTimer

        if not self.launcher.session.running:
            QTimer.singleShot(50, self.add_file)
            return
        missing = _missing_capture_parts()
        if missing:
            self.finish(f"the screen capture cannot load: {missing}")
            return
        self.window.add_paths([self.payload])

    def check(self) -> None:
        from PySide6.QtCore import QTimer

        from gui.session.upload_item import UploadState

        items = [i for i in self.window.model.items() if i.path == self.payload]
        if not items or items[0].state in (
            UploadState.WAITING,
            UploadState.UPLOADING,
            UploadState.RETRYING,
        ):
            QTimer.singleShot(50, self.check)
            return
        item = items[0]
        if item.state is not UploadState.DONE:
            reason = item.error.message if item.error else ""
            self.finish(f"the upload ended as {item.state.value}: {reason}")
            return
        from gui.bili.client import BiliClient

        copy = self.folder / "downloaded.bin"
        with BiliClient(None, self.launcher.session.origins) as client:
            client.download(item.url, copy)
        same = copy.read_bytes() == self.payload.read_bytes()
        self.finish("" if same else "the link gave other bytes")
