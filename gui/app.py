"""Starting the window. Only Qt and the window's own light modules load before the first paint;
the network stack, the keyring and (in demo mode) the emulator come right after it."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from gui.resources import resource_path
from gui.ui.gc_guard import GuiThreadGarbageCollector
from gui.ui.i18n import install_translations
from gui.ui.main_window import MainWindow
from gui.ui.paths import history_path
from gui.ui.settings import Settings

if TYPE_CHECKING:
    from gui.emulator import Emulator
    from gui.store.history import History
    from gui.ui.services import AppServices


DEMO_QR_SECONDS = 3
GIL_SWITCH_SECONDS = 0.001


class Launcher(QObject):
    """Builds the window now and its services after the first paint; owns both.

    Signals:
        emulator_ready(Emulator): the demo's emulator is serving (from its starting thread).
    """

    emulator_ready = Signal(object)

    def __init__(
        self,
        app: QApplication,
        *,
        demo: bool,
        settings: Settings | None = None,
        history_file: Path | None = None,
    ) -> None:
        super().__init__()
        self.app = app
        self.demo = demo
        settings = settings or Settings()
        install_translations(app, settings.language)
        self.window = MainWindow(settings, demo=demo)
        self.services: AppServices | None = None
        self.emulator: Emulator | None = None
        self.history: History | None = None
        self._history_file = history_file
        self._starting = False
        self.emulator_ready.connect(self.on_emulator_ready)
        self.window.first_painted.connect(self.on_first_paint)
        # With a tray icon the window may hide while the app goes on; it ends when the
        # window really closes (a hidden window and a closed dialog must not end it).
        app.setQuitOnLastWindowClosed(False)
        self.window.closed.connect(app.quit)
        app.aboutToQuit.connect(self.on_quit)

    @Slot()
    def on_first_paint(self) -> None:
        QTimer.singleShot(0, self.start_services)

    @Slot()
    def start_services(self) -> None:
        if self.services is not None or self._starting:
            return
        self._starting = True
        self.history = open_history(self._history_file or history_path(self.demo))
        if self.demo and self.history is not None:
            # The last demo's links died with its emulator; its unfinished files are kept.
            self.history.clear()
        if self.demo:
            # Importing the server stack and waiting for its port takes a moment: not on the
            # GUI thread, which stays free to paint and take drops meanwhile.
            threading.Thread(
                target=self._start_emulator, name="emulator-start", daemon=True
            ).start()
        else:
            from gui.ui.services import AppServices

            self._attach(AppServices(self.window.settings, self.window.model, history=self.history))

    def _start_emulator(self) -> None:
        from gui.emulator import Emulator

        # The demo's QR codes sign themselves in, so the whole flow can be watched.
        self.emulator_ready.emit(Emulator(qr_auto=DEMO_QR_SECONDS).start())

    @Slot(object)
    def on_emulator_ready(self, emulator: Emulator) -> None:
        from keyring.backends import fail

        from gui.bili.origins import ServiceOrigins
        from gui.store.credential_store import CredentialStore
        from gui.ui.services import AppServices

        self.emulator = emulator
        self._attach(
            AppServices(
                self.window.settings,
                self.window.model,
                origins=ServiceOrigins.single(emulator.base_url),
                demo_credentials=emulator.demo_credentials,
                make_store=lambda: CredentialStore(fail.Keyring()),  # never the real keyring
                history=self.history,
            )
        )

    def _attach(self, services: AppServices) -> None:
        self.services = services
        self.window.attach(services)

    @Slot()
    def on_quit(self) -> None:
        if self.services is not None:
            self.services.shutdown()
        if self.emulator is not None:
            self.emulator.close()
        if self.history is not None:
            self.history.close()


def open_history(path: Path) -> History | None:
    """The history database, or None (said on stderr) when it cannot be opened."""
    import sqlite3

    from gui.store.history import History

    try:
        return History(path)
    except (OSError, RuntimeError, sqlite3.DatabaseError) as error:
        print(f"bilidrop: history unavailable ({path}): {error}", file=sys.stderr)
        return None


def make_application(argv: list[str] | None = None) -> QApplication:
    # Upload, hashing and heartbeat threads share the interpreter lock with the GUI thread;
    # a shorter switch interval (default 5 ms) lets the event loop in sooner
    # (tests/bench/bench_gui_stall.py: worst stall during three uploads).
    sys.setswitchinterval(GIL_SWITCH_SECONDS)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    app.setOrganizationName("BiliDrop")
    app.setApplicationName("BiliDrop")
    app.setDesktopFileName("bilidrop")
    if app.findChild(GuiThreadGarbageCollector) is None:
        GuiThreadGarbageCollector(app)
    app.setWindowIcon(QIcon(str(resource_path("icons", "bilidrop.svg"))))
    return app


def run(demo: bool = False) -> int:
    app = make_application()
    launcher = Launcher(app, demo=demo)
    launcher.window.show()
    return app.exec()
