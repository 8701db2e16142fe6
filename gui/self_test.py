"""`bilidrop --self-test`: proves an installed copy works end to end, without a screen.

Opens the main window offscreen on the embedded emulator, uploads a small generated file
through the window's own queue, downloads the link and compares the bytes. Exits 0 on success;
otherwise prints what failed and exits 1. Used by CI on the built bundle and the wheel.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

TIMEOUT_MS = 60_000


def run() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QTimer

    from gui.app import Launcher, application
    from gui.common.settings import Settings
    from gui.session.upload_item import UploadState

    app = application([sys.argv[0]])
    folder = Path(tempfile.mkdtemp(prefix="bilidrop-self-test-"))
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    settings.auto_copy = False  # leave the user's clipboard alone
    launcher = Launcher(
        app, demo=True, settings=settings, history_file=folder / "history.sqlite3"
    )  # never the user's history
    window = launcher.window
    window.confirm = lambda title, text: True
    payload = folder / "self-test.bin"
    payload.write_bytes(os.urandom(256 * 1024))
    outcome: list[str] = []

    def finish(problem: str = "") -> None:
        if outcome:
            return
        outcome.append(problem or "ok")
        window.close()
        app.quit()

    def add_file() -> None:
        if not launcher.session.running:
            QTimer.singleShot(50, add_file)
            return
        window.add_paths([payload])

    def check() -> None:
        items = [i for i in window.model.items() if i.path == payload]
        if not items or items[0].state in (
            UploadState.WAITING,
            UploadState.UPLOADING,
            UploadState.RETRYING,
        ):
            QTimer.singleShot(50, check)
            return
        item = items[0]
        if item.state is not UploadState.DONE:
            reason = item.error.message if item.error else ""
            finish(f"the upload ended as {item.state.value}: {reason}")
            return
        from gui.bili.client import BiliClient

        copy = folder / "downloaded.bin"
        with BiliClient(None, launcher.session.origins) as client:
            client.download(item.url, copy)
        finish("" if copy.read_bytes() == payload.read_bytes() else "the link gave other bytes")

    window.show()
    QTimer.singleShot(0, add_file)
    QTimer.singleShot(0, check)
    QTimer.singleShot(TIMEOUT_MS, lambda: finish("timed out"))
    app.exec()
    result = outcome[0] if outcome else "the event loop ended early"
    if result == "ok":
        print("bilidrop self-test: ok (window, emulator, upload, link)")
        return 0
    print(f"bilidrop self-test: FAILED: {result}", file=sys.stderr)
    return 1
