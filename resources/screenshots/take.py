"""Takes the README's screenshots: `bilidrop --demo` on a real X display with finished,
running and refused uploads. Needs a display (Xvfb, or the project's desktop session):

    DISPLAY=:99 uv run python resources/screenshots/take.py [SCENE] [FILE]

SCENE: `batch` (default; a drop of several files, its "links copied" message, two slow
uploads and one refused), `amber` (links in their last two minutes), `dark` (a dark
desktop palette). With `LANG=zh_CN.UTF-8` the window is in Chinese.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette

from gui.app import Launcher, application
from gui.bili.files import MAX_UPLOAD_BYTES

HERE = Path(__file__).resolve().parent


def dark_palette() -> QPalette:
    """A dark desktop theme, as KDE's Breeze Dark or GNOME's dark style give Qt."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#323232",
        QPalette.ColorRole.AlternateBase: "#3a3a3a",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#3a3a3a",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d7ab8",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#a0a0a0",
        QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.Link: "#0000ff",  # the default that reads at 1.5:1 on #323232
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette


def make_files(folder: Path) -> dict[str, Path]:
    sizes = {
        "holiday-trailer.mp4": 2_400_000,
        "发票 2026-11.pdf": 180_000,
        "crash-log.zip": 64_000,
        "screen recording.mov": 90_000_000,
        "design-review.pptx": 60_000_000,
    }
    files = {}
    for name, size in sizes.items():
        files[name] = folder / name
        files[name].write_bytes(os.urandom(size))
    cover = QImage(480, 320, QImage.Format.Format_RGB32)
    cover.fill(QColor("#fb7299"))
    files["cover.png"] = folder / "cover.png"
    cover.save(str(files["cover.png"]))
    files["raw-footage.mkv"] = folder / "raw-footage.mkv"
    with files["raw-footage.mkv"].open("wb") as handle:
        handle.truncate(MAX_UPLOAD_BYTES + 50 * 1024 * 1024)
    return files


def main(scene: str, out: Path) -> int:
    app = application([])
    if scene == "dark":
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    launcher = Launcher(app, demo=True)
    window = launcher.window
    window.resize(900, 680)
    files = make_files(Path(tempfile.mkdtemp(prefix="bilidrop-shot-")))
    quick = [files[n] for n in ("holiday-trailer.mp4", "发票 2026-11.pdf", "cover.png")]
    quick.append(files["crash-log.zip"])

    def queue_files() -> None:
        if not launcher.session.running or launcher.emulator is None:
            QTimer.singleShot(100, queue_files)
            return
        window.add_paths(quick)  # one drop: its links are copied together

    def queue_slow_ones() -> None:
        if launcher.emulator is None:
            raise RuntimeError("the demo emulator did not start")
        launcher.emulator.faults.add("throttle", 400_000, count=2, endpoint="upload")
        window.add_paths([files["screen recording.mov"], files["design-review.pptx"]])
        window.add_paths([files["raw-footage.mkv"]])
        QTimer.singleShot(1000, say_the_batch)

    def say_the_batch() -> None:
        # What the status bar said when the drop's links were copied (the refused file and
        # the new uploads have said other things since).
        links = [item for item in launcher.session.model.items() if item.has_live_link]
        window.copy_items(links)

    def near_expiry() -> None:
        # The same links 13 min 20 s later: the window's clock moved on, as after a coffee.
        model = launcher.session.model
        real = model.clock
        model.clock = lambda: real() + timedelta(minutes=13, seconds=20)
        window.on_clock()

    def to_top() -> None:
        if window.queue_view is not None:
            window.queue_view.scrollToTop()

    def shoot() -> None:
        shot = QGuiApplication.primaryScreen().grabWindow(window.winId())
        shot.save(str(out))
        print(out)
        window.confirm = lambda title, text: True
        window.close()

    window.show()
    QTimer.singleShot(300, queue_files)
    if scene == "amber":
        QTimer.singleShot(3500, near_expiry)
    else:
        QTimer.singleShot(2000, queue_slow_ones)
    QTimer.singleShot(4700, to_top)
    QTimer.singleShot(5000, shoot)
    return app.exec()


if __name__ == "__main__":
    chosen = sys.argv[1] if len(sys.argv) > 1 else "batch"
    default = "main-window.png" if chosen == "batch" else f"{chosen}.png"
    target = HERE / (sys.argv[2] if len(sys.argv) > 2 else default)
    sys.exit(main(chosen, target))
