"""The window around its rows: connection, sign-in, questions, quitting, settings, status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import (
    QAccessible,
    QGuiApplication,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from gui.emulator.server import Emulator
from gui.session.commands import Command
from gui.session.connection_state import ConnectionState
from gui.session.queue_model import ITEM_ROLE
from gui.session.session import Session
from gui.session.upload_item import UploadState
from gui.ui.main_window import MainWindow
from tests.ui.window_helpers import (
    WAIT,
    MakeFile,
    agreeing,
    drop_files,
    items,
    start_slow_upload,
    view,
)


def test_indicator_online_offline_online(qtbot, window: MainWindow, emulator: Emulator) -> None:
    monitor = window.session.monitor
    qtbot.waitUntil(lambda: window.indicator.state is ConnectionState.ONLINE, timeout=WAIT)
    assert window.indicator.shown_text().startswith("Online ·")

    emulator.stop()
    window.indicator.click()  # clicking checks now
    qtbot.waitUntil(lambda: window.indicator.state is ConnectionState.OFFLINE, timeout=WAIT)
    first = monitor.last_retry_delay
    qtbot.waitUntil(lambda: monitor.failures_in_a_row >= 2, timeout=WAIT)
    assert monitor.last_retry_delay == 2 * first  # backs off
    window.session.tick()
    assert "Offline · " in window.indicator.shown_text()
    assert "Last error" in window.indicator.toolTip()

    emulator.start()
    qtbot.waitUntil(lambda: window.indicator.state is ConnectionState.ONLINE, timeout=WAIT)


def test_signed_out_pauses_then_resumes(
    qtbot, window: MainWindow, emulator: Emulator, make_file: MakeFile
) -> None:
    emulator.revoke(emulator.demo_credentials)
    drop_files(window, make_file("a.txt"), make_file("b.txt"))
    qtbot.waitUntil(lambda: window.indicator.state is ConnectionState.SIGNED_OUT, timeout=WAIT)
    qtbot.waitUntil(lambda: all(i.state is UploadState.PAUSED for i in items(window)), timeout=WAIT)
    assert window.indicator.shown_text() == "Signed out"

    window.session.account.sign_in(emulator.sign_in())
    qtbot.waitUntil(lambda: all(i.state is UploadState.DONE for i in items(window)), timeout=WAIT)
    qtbot.waitUntil(lambda: window.indicator.state is ConnectionState.ONLINE, timeout=WAIT)


def test_heartbeat_tick_in_flight_is_skipped(qtbot, window: MainWindow, emulator: Emulator) -> None:
    monitor = window.session.monitor
    qtbot.waitUntil(lambda: not monitor.in_flight, timeout=WAIT)
    emulator.faults.add("delay", 0.5, endpoint="heartbeat")
    with qtbot.waitSignal(monitor.check_requested):
        monitor.check_now()
    with qtbot.assertNotEmitted(monitor.check_requested):
        monitor.check_now()
    assert monitor.skipped == 1
    qtbot.waitUntil(lambda: not monitor.in_flight, timeout=WAIT)


def test_check_now_while_a_check_is_out_answers_what_is_true_now(
    qtbot, window: MainWindow, emulator: Emulator
) -> None:
    monitor = window.session.monitor
    qtbot.waitUntil(lambda: window.account.signed_in and not monitor.in_flight, timeout=WAIT)
    emulator.faults.add("delay", 0.5, count=1, endpoint="heartbeat")
    with qtbot.waitSignal(monitor.check_requested):
        monitor.check_now()  # out, and its answer will say "signed in"
    emulator.revoke(emulator.demo_credentials)
    window.commands[Command.CHECK].trigger()  # F5 now: its answer must be today's
    qtbot.waitUntil(lambda: window.indicator.state is ConnectionState.SIGNED_OUT, timeout=WAIT)


def test_quit_during_upload_stops_every_thread(
    qtbot, window: MainWindow, emulator: Emulator, make_file: MakeFile
) -> None:
    start_slow_upload(qtbot, window, emulator, make_file("long.bin", size=8 << 20))
    asked: list[str] = []
    window.confirm = agreeing(asked)
    session = window.session
    threads = [port.host.thread for port in session.queue._ports]
    assert window.close()
    assert asked
    assert "1 upload" in asked[0]
    assert threads
    assert all(t.isFinished() for t in threads)
    assert session.threads is not None
    assert session.threads.heartbeat.thread.isFinished()


def test_close_can_be_refused(
    qtbot, window: MainWindow, emulator: Emulator, make_file: MakeFile
) -> None:
    start_slow_upload(qtbot, window, emulator, make_file("long.bin", size=4 << 20))
    window.confirm = lambda title, text: False
    assert not window.close()
    assert window.isVisible()
    window.cancel_selected()  # nothing selected: nothing cancelled
    assert items(window)[0].state is UploadState.UPLOADING


def test_settings_persist(qtbot, window: MainWindow, settings, tmp_path: Path) -> None:
    window.resize(640, 410)
    assert window.close()  # the window keeps its size for the next run
    reopened = MainWindow(Session(settings, demo=True))
    qtbot.addWidget(reopened)
    assert (reopened.width(), reopened.height()) == (640, 410)
    settings.parallel_uploads = 5
    settings.link_format = "html"
    settings.sync()
    from PySide6.QtCore import QSettings

    from gui.common.settings import Settings

    again = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert again.parallel_uploads == 5
    assert again.link_format == "html"
    assert again.auto_copy is True
    assert again.heartbeat_interval == 30
    text = (tmp_path / "settings.ini").read_text()
    assert "SESSDATA" not in text


def test_window_never_opens_larger_than_the_screen(qtbot, window: MainWindow, settings) -> None:
    window.resize(5000, 4000)
    settings.window_geometry = window.saveGeometry()
    reopened = MainWindow(Session(settings, demo=True))
    qtbot.addWidget(reopened)
    screen = reopened.screen() or QGuiApplication.primaryScreen()
    free = screen.availableGeometry()
    assert reopened.width() <= free.width()
    assert reopened.height() <= free.height()


def test_enter_in_a_question_means_no(qtbot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QMessageBox

    from gui.ui.window_dialogs import ask_yes_no

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        QTest.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter)
    assert ask_yes_no(window, "Quit BiliDrop?", "2 uploads have not finished.") is False


def test_questions_answer_with_verbs_and_the_verb_does_it(qtbot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QMessageBox

    from gui.ui.window_dialogs import ask_yes_no

    seen: list[list[str]] = []

    def click_the_verb() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append([button.text() for button in box.buttons()])
        (quit_button,) = [b for b in box.buttons() if b.text() == "Quit now"]
        quit_button.click()

    QTimer.singleShot(0, click_the_verb)
    assert ask_yes_no(window, "Quit BiliDrop?", "2 uploads have not finished.") is True
    assert sorted(seen[0]) == ["Keep running", "Quit now"]  # no Yes, no No


def test_quit_question_counts_in_words(
    qtbot, window: MainWindow, emulator: Emulator, make_file: MakeFile
) -> None:
    emulator.faults.add("throttle", 512 * 1024, count=2, endpoint="upload")
    window.session.queue.set_parallel(1)
    drop_files(window, make_file("a.bin", size=2 << 20), make_file("b.bin", size=2 << 20))
    qtbot.waitUntil(lambda: items(window)[0].sent > 0, timeout=WAIT)
    asked: list[str] = []
    window.confirm = lambda title, text: asked.append(text) or False  # type: ignore[func-returns-value]
    assert not window.close()
    assert asked == [  # the truth: they stop, and the next start offers them again
        "2 uploads have not finished. If you quit, they stop now and come back at the next "
        "start, ready to send again."
    ]
    for item in items(window):
        window.session.queue.remove(item.item_id)


def test_status_notices_fit_or_wrap_and_the_tooltip_has_them_whole(
    qtbot, window: MainWindow
) -> None:
    window.resize(760, 520)  # the first start's size
    qtbot.waitUntil(lambda: window.account.signed_in, timeout=WAIT)  # the name takes its room
    message = window.status_message
    one_line = message.fontMetrics().height()

    batch = "7 links copied, the first expires at 14:24"
    window.notify(batch)
    assert message.text() == batch  # whole, on one line, beside the account and connection
    assert message.height() == one_line
    assert message.fontMetrics().horizontalAdvance(batch) <= message.width()

    long = "Link copied, expires at 19:35 — and a notice much longer than the status bar is wide"
    assert message.fontMetrics().horizontalAdvance(long) > message.width()
    window.notify(long)
    assert message.height() == 2 * one_line  # wraps: the bar grows while it shows
    assert message.text() == long  # nothing cut
    assert message.toolTip() == long

    window.notify(" ".join([long] * 6))
    assert message.height() == 2 * one_line  # never more than two lines
    assert message.text().endswith("…")
    assert message.text()[:-1].rstrip() in " ".join([long] * 6)
    assert message.toolTip() == " ".join([long] * 6)

    window.statusBar().clearMessage()
    assert message.text() == ""
    assert message.height() == one_line
    assert message.accessibleName() == "No status message"  # never a nameless label
    window.notify(batch)
    assert message.accessibleName() == ""  # the label's text is its name


def test_accessible_names_and_items(window: MainWindow, make_file: MakeFile, qtbot) -> None:
    assert window.queue_view is None  # built with the first row
    for widget in (window.drop_area, window.indicator, window.account):
        # As a screen reader gets it: through the widget's accessible interface.
        assert QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
    drop_files(window, make_file("x.txt"))
    qtbot.waitUntil(lambda: items(window)[0].state is UploadState.DONE, timeout=WAIT)
    assert view(window).accessibleName() == "Upload queue"
    text = window.model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert text.startswith("x.txt: Done")
    assert window.model.index(0).data(ITEM_ROLE) is items(window)[0]


def test_the_applications_quit_event_ends_it_even_when_closing_keeps_it_in_the_tray(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    """macOS sends Quit from the Dock, a log-out or a shutdown to the application: BiliDrop
    must end, not hide in the tray (which cancels the log-out)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from gui.termination import Termination

    assert window.settings.keep_in_tray
    monkeypatch.setattr(window.desktop, "keeps_running", lambda: True)  # a tray keeps it
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    termination = Termination(app)
    termination.window = window
    try:
        # The filter's answer to the event Qt delivers (sending it for real would end this
        # test run's application): BiliDrop ends, and Qt goes on to quit.
        assert termination.eventFilter(app, QEvent(QEvent.Type.Quit)) is False
        assert window.ended
        assert termination.requested
    finally:
        app.removeEventFilter(termination)
        termination.deleteLater()


def test_menu_roles_are_set_not_guessed_and_history_is_cmd_y_on_macos(window: MainWindow) -> None:
    from PySide6.QtGui import QAction

    from gui.ui.window_actions import action_specs

    role = QAction.MenuRole
    roles = {c: window.commands[c].menuRole() for c in Command if c is not Command.COPY_AS}
    assert roles.pop(Command.SETTINGS) == role.PreferencesRole  # the application menu's
    assert roles.pop(Command.QUIT) == role.QuitRole
    assert roles.pop(Command.ABOUT) == role.AboutRole
    assert set(roles.values()) == {role.NoRole}  # never Qt's guess from English words
    assert action_specs("darwin")[Command.HISTORY].keys == "Ctrl+Y"  # Cmd+H hides the app
    assert action_specs("linux")[Command.HISTORY].keys == "Ctrl+H"


def test_a_click_on_the_dock_icon_brings_a_hidden_window_back(qtbot, window: MainWindow) -> None:
    from PySide6.QtCore import Qt

    from gui.ui.dock import on_application_state

    window.hide()  # closed to the menu bar
    on_application_state(Qt.ApplicationState.ApplicationActive, True, window.bring_to_front)
    assert window.isVisible()
