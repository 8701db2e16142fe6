"""Starting the window. Only Qt and the light modules of the session and the window load before
the first paint; the network stack, the keyring and (in demo mode) the emulator come right
after it."""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from gui.common.identity import APP_ID
from gui.common.paths import history_path
from gui.common.process import configure_process
from gui.common.service_kind import service_kind
from gui.common.settings import Settings
from gui.common.translations import install_translations
from gui.resources import resource_path
from gui.session.session import Session
from gui.termination import Termination
from gui.ui.main_window import MainWindow

if TYPE_CHECKING:
    from gui.common.instance_server import InstanceServer
    from gui.common.window_options import WindowOptions
    from gui.emulator.server import Emulator
    from gui.store.credential_store import CredentialStore
    from gui.store.history import History


DEMO_QR_SECONDS = 3
HAND_OVER_RETRY_SECONDS = 2.0
# The demo's sign-in falls due for renewal after a minute and is checked every minute and a
# half, so a person can watch "Sign-in renewed" (a real one is checked once a day).
DEMO_RENEW_AFTER_SECONDS = 60
DEMO_RENEW_CHECK_MS = 90_000


class Launcher(QObject):
    """Builds the session and the window now, starts the session after the first paint, and
    is the one owner of shutting everything down.

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
        origin: str | None = None,
        make_store: Callable[[], CredentialStore] | None = None,
    ) -> None:
        super().__init__()
        self.app = app
        self.demo = demo
        self.origin = origin  # one origin serving every endpoint (--api-base), else Bilibili's
        self._make_store = make_store
        self.instance: InstanceServer | None = None  # hears later starts (see open_window)
        settings = settings or Settings()
        settings.adopt_defaults_for(install_translations(app, settings.language))
        self.session = Session(settings, demo=demo)
        if demo:
            self.session.account.renew_every(DEMO_RENEW_CHECK_MS)
        self.window = MainWindow(self.session)
        self.emulator: Emulator | None = None
        self.history: History | None = None
        self._history_file = history_file
        self._starting = False
        self._ended = False
        self.emulator_ready.connect(self.on_emulator_ready)
        self.window.first_painted.connect(self.on_first_paint)
        # With a tray icon the window may hide while the app goes on; it ends when the
        # window really closes (a hidden window and a closed dialog must not end it).
        app.setQuitOnLastWindowClosed(False)
        self.window.closed.connect(self.shutdown)
        self.window.closed.connect(app.quit)
        app.aboutToQuit.connect(self.shutdown)

    @Slot(str)
    def take_activation_token(self, token: str) -> None:
        """A later start's launcher token: the window comes forward with it (Wayland)."""
        from gui.ui.activation import use_activation_token

        use_activation_token(token)

    @Slot()
    def on_first_paint(self) -> None:
        QTimer.singleShot(0, self.start_services)

    @Slot()
    def start_services(self) -> None:
        if self._starting:
            return
        self._starting = True
        if sys.platform == "win32":  # the notifications' name: a Start-menu shortcut's ID
            from gui.common.start_menu import ensure_start_menu_shortcut

            threading.Thread(target=ensure_start_menu_shortcut, name="start-menu").start()
        kind = service_kind(demo=self.demo, origin=self.origin)
        self.history = open_history(self._history_file or history_path(kind))
        if self.demo and self.history is not None:
            # The last demo's links died with its emulator; its unfinished files are kept.
            self.history.clear()
        if self.demo:
            # Importing the server stack and waiting for its port takes a moment: not on the
            # GUI thread, which stays free to paint and take drops meanwhile.
            threading.Thread(
                target=self._start_emulator, name="emulator-start", daemon=True
            ).start()
        elif self.origin is not None:
            from gui.bili.origins import ServiceOrigins
            from gui.store.credential_store import CredentialStore, entry_for

            origin = self.origin
            self.session.start(
                origins=ServiceOrigins.single(origin),
                make_store=self._make_store or (lambda: CredentialStore(entry=entry_for(origin))),
                history=self.history,
            )
        else:
            self.session.start(history=self.history, make_store=self._make_store)

    def _start_emulator(self) -> None:
        from gui.emulator.accounts import Ageing
        from gui.emulator.server import Emulator

        # The demo's QR codes sign themselves in, and its sign-in falls due for renewal, so
        # both flows can be watched.
        ageing = Ageing(refresh_after=DEMO_RENEW_AFTER_SECONDS)
        emulator = Emulator(qr_auto=DEMO_QR_SECONDS, ageing=ageing).start()
        try:
            self.emulator_ready.emit(emulator)
        except RuntimeError:  # the launcher is gone: the app ended while this started
            emulator.close()

    @Slot(object)
    def on_emulator_ready(self, emulator: Emulator) -> None:
        from keyring.backends import fail

        from gui.bili.origins import ServiceOrigins
        from gui.store.credential_store import CredentialStore

        self.emulator = emulator
        if self._ended:  # quit before the emulator came up
            emulator.close()
            return
        self.session.start(
            origins=ServiceOrigins.single(emulator.base_url),
            demo_credentials=emulator.demo_credentials,
            make_store=lambda: CredentialStore(fail.Keyring()),  # never the real keyring
            history=self.history,
        )

    @Slot()
    def shutdown(self) -> None:
        """Stop the session's threads, the emulator and the history; once."""
        if self._ended:
            return
        self._ended = True
        self.session.shutdown()
        if self.instance is not None:
            self.instance.close()
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


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (made once), named, with its icon and the app's process regime."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    app.setOrganizationName("BiliDrop")
    app.setApplicationName("BiliDrop")
    app.setDesktopFileName(APP_ID)  # matches the window to its desktop entry (Wayland too)
    configure_process(app)
    app.setWindowIcon(QIcon(str(resource_path("icons", "bilidrop.svg"))))
    return app


def claim_instance(options: WindowOptions) -> InstanceServer | None:
    """This start's instance of its kind; None when another start of the same moment won
    and took the files (two starts at once: Explorer's "Open with" on several files)."""
    from gui.common.instance_server import InstanceServer
    from gui.common.single_instance import hand_over

    kind = service_kind(demo=options.demo, origin=options.origin)
    instance = InstanceServer(kind)
    deadline = time.monotonic() + HAND_OVER_RETRY_SECONDS
    while not instance.listen():
        with contextlib.suppress(TimeoutError):
            if hand_over(kind, options.paths, show=not options.minimized, request=options.request):
                return None
        if time.monotonic() > deadline:  # nobody who answers: go on alone
            print(
                f"bilidrop: later starts cannot reach this window ({instance.refusal})",
                file=sys.stderr,
            )
            return instance
        time.sleep(0.05)  # the winner is between its lock and its socket
    return instance


def run(options: WindowOptions) -> int:
    instance = claim_instance(options)
    if instance is None:
        return 0
    app = application()
    termination = Termination(app)
    termination.listen_for_signals()
    launcher = open_window(app, options, instance=instance)
    termination.window = launcher.window
    try:
        status = 0 if termination.requested else app.exec()
    finally:
        launcher.shutdown()  # the next process must find this one's socket gone
    if launcher.window.restart_requested:
        from gui.common.restart import start_again

        if not start_again(demo=options.demo, origin=options.origin):
            print("bilidrop: could not start again; start BiliDrop yourself", file=sys.stderr)
    end_if_a_thread_is_stuck(status)
    return status


def end_if_a_thread_is_stuck(status: int) -> None:
    """A worker thread that did not stop (blocked in the OS keyring) must not be destroyed
    while it runs, which Qt answers by aborting the process: end the process now instead,
    as the OS would at log-out. Everything of ours is saved and closed by then."""
    from gui.workers.threads import still_running

    if still_running():
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)


def open_window(
    app: QApplication,
    options: WindowOptions,
    *,
    settings: Settings | None = None,
    history_file: Path | None = None,
    make_store: Callable[[], CredentialStore] | None = None,
    instance: InstanceServer | None = None,
) -> Launcher:
    """The window (or only the tray, minimised) with the options' files queued, listening
    for the files of later starts of the same kind (on `instance`, or a new one)."""
    from gui.common.instance_server import InstanceServer

    launcher = Launcher(
        app,
        demo=options.demo,
        origin=options.origin,
        settings=settings,
        history_file=history_file,
        make_store=make_store,
    )
    window = launcher.window
    if instance is None:
        instance = InstanceServer(service_kind(demo=options.demo, origin=options.origin))
        if not instance.listen():
            print(
                "bilidrop: later starts cannot reach this window (its local socket was refused)",
                file=sys.stderr,
            )
    launcher.instance = instance
    launcher.instance.files_received.connect(window.add_paths)
    launcher.instance.token_received.connect(launcher.take_activation_token)  # queued, in order
    launcher.instance.show_requested.connect(window.bring_to_front)
    launcher.instance.request_received.connect(window.capture.run_request)
    launcher.instance.serve()
    if sys.platform == "darwin":  # the only desktop that hands files over as events
        from gui.ui.dock import reopen_from_the_dock

        accept_file_open_events(app, launcher)
        reopen_from_the_dock(
            app, lambda: window.isHidden() and not window.ended, window.bring_to_front
        )
    if options.minimized and tray_available():
        launcher.on_first_paint()  # no paint to wait for: the services start now
    else:
        window.show()
    if options.paths:  # once the loop runs: a folder's question shows over the window, and
        # a request to end answers it (gui/termination.py)
        QTimer.singleShot(0, lambda: window.add_paths(options.paths))
    if options.request:  # `bilidrop capture` started this window
        QTimer.singleShot(0, lambda: window.capture.run_request(options.request))
    return launcher


def accept_file_open_events(app: QApplication, launcher: Launcher) -> None:
    """Queue the files of the application's file-open events (Finder's Open With, the Dock).
    An application-wide filter sees every event of every widget: installed on macOS only."""
    from gui.common.instance_server import FileOpenEvents

    opened = FileOpenEvents(launcher)
    opened.files_received.connect(launcher.window.add_paths)
    app.installEventFilter(opened)


def tray_available() -> bool:
    from PySide6.QtWidgets import QSystemTrayIcon

    return QSystemTrayIcon.isSystemTrayAvailable()
