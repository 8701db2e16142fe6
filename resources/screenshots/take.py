"""Takes resources/screenshots/main-window.png: `bilidrop --demo` on a real X display with a
few finished, running and refused uploads. Needs a display (for example Xvfb):

    Xvfb :99 -screen 0 1280x800x24 &
    DISPLAY=:99 uv run python resources/screenshots/take.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from gui.app import Launcher, application
from gui.bili.files import MAX_UPLOAD_BYTES

OUT = Path(__file__).resolve().parent / (sys.argv[1] if len(sys.argv) > 1 else "main-window.png")


def main() -> int:
    app = application([])
    launcher = Launcher(app, demo=True)
    window = launcher.window
    window.resize(900, 560)
    window.move(0, 0)
    folder = Path(tempfile.mkdtemp(prefix="bilidrop-shot-"))
    files = {
        "holiday-trailer.mp4": 2_400_000,
        "发票 2026-11.pdf": 180_000,
        "crash-log.zip": 64_000,
        "screen recording.mov": 90_000_000,
        "design-review.pptx": 60_000_000,
    }
    for name, size in files.items():
        (folder / name).write_bytes(os.urandom(size))
    too_big = folder / "raw-footage.mkv"
    with too_big.open("wb") as handle:
        handle.truncate(MAX_UPLOAD_BYTES + 50 * 1024 * 1024)

    def queue_files() -> None:
        if not launcher.session.running or launcher.emulator is None:
            QTimer.singleShot(100, queue_files)
            return
        window.settings.parallel_uploads = 2
        launcher.session.apply_settings()
        window.add_paths([folder / n for n in list(files)[:3]])

    def queue_slow_ones() -> None:
        if launcher.emulator is None:
            raise RuntimeError("the demo emulator did not start")
        launcher.emulator.faults.add("throttle", 400_000, count=2, endpoint="upload")
        window.add_paths([folder / n for n in list(files)[3:]] + [too_big])

    def shoot() -> None:
        shot = QGuiApplication.primaryScreen().grabWindow(0, 0, 0, window.width(), window.height())
        shot.save(str(OUT))
        print(OUT)
        window.confirm = lambda title, text: True
        window.close()

    window.show()
    QTimer.singleShot(300, queue_files)
    QTimer.singleShot(2500, queue_slow_ones)
    QTimer.singleShot(5000, shoot)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
