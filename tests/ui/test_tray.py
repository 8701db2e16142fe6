"""The tray icon's menu and colour, closing to the tray, and notifications."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from gui.emulator.server import Emulator
from gui.session.commands import Command
from gui.session.connection_state import ConnectionState
from gui.session.upload_item import UploadState
from gui.ui.main_window import MainWindow
from gui.ui.row_colours import AMBER
from gui.ui.tray import tray_icon
from tests.ui.conftest import FakeClock
from tests.ui.window_helpers import WAIT, MakeFile, drop_files, items


def menu_texts(window: MainWindow) -> list[str]:
    assert window.tray is not None
    window.tray.refresh()  # what the window's clock does each second
    return [a.text() for a in window.tray.menu.actions() if not a.isSeparator()]


def test_menu_offers_live_links_and_copies(
    qtbot, window: MainWindow, clock: FakeClock, make_file: MakeFile
) -> None:
    assert "No live links" in menu_texts(window)
    drop_files(window, make_file("a.txt"), make_file("b.txt"))
    qtbot.waitUntil(lambda: all(i.state is UploadState.DONE for i in items(window)), timeout=WAIT)
    texts = menu_texts(window)
    assert texts[:4] == ["Show window", "Upload files…", "Capture a region", "Upload clipboard"]
    assert "Recent links (click to copy)" in texts
    assert texts[-1] == "Quit"
    link_actions = [a for a in window.tray.menu.actions() if "min left" in a.text()]  # type: ignore[union-attr]
    assert {a.text() for a in link_actions} == {"a.txt · 14 min left", "b.txt · 14 min left"}
    assert {a.toolTip() for a in link_actions} == {i.url for i in items(window)}
    assert len(link_actions) == 2
    QGuiApplication.clipboard().clear()
    link_actions[0].trigger()
    assert QGuiApplication.clipboard().text() in {i.url for i in items(window)}
    clock.advance(901)
    assert "No live links" in menu_texts(window)


def test_menu_shows_at_most_five(qtbot, window: MainWindow, make_file: MakeFile) -> None:
    drop_files(window, *(make_file(f"{n}.txt") for n in range(7)))
    qtbot.waitUntil(lambda: all(i.state is UploadState.DONE for i in items(window)), timeout=WAIT)
    assert sum("min left" in text for text in menu_texts(window)) == 5


def test_icon_colour_follows_the_connection(qtbot, window: MainWindow, emulator: Emulator) -> None:
    tray = window.tray
    assert tray is not None
    qtbot.waitUntil(lambda: tray.state is ConnectionState.ONLINE, timeout=WAIT)
    assert "Online" in tray.icon.toolTip()
    emulator.revoke(emulator.demo_credentials)
    window.commands[Command.CHECK].trigger()
    qtbot.waitUntil(lambda: tray.state is ConnectionState.SIGNED_OUT, timeout=WAIT)
    assert tray.icon.toolTip() == "BiliDrop — Signed out"


def test_closing_with_a_tray_keeps_running(qtbot, window: MainWindow) -> None:
    tray = window.tray
    assert tray is not None
    tray.availability = lambda: True  # the test screen has no tray; pretend the desktop has one
    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(True))
    assert not window.close()
    assert not window.isVisible()
    assert closed == []
    assert window.session.threads is not None
    assert window.session.threads.heartbeat.thread.isRunning()
    tray.show_requested.emit()
    assert window.isVisible()
    tray.quit_requested.emit()
    assert closed == [True]
    assert window.session.threads.heartbeat.thread.isFinished()


def test_only_the_first_close_to_the_tray_says_bilidrop_keeps_running(
    qtbot, window: MainWindow
) -> None:
    tray = window.tray
    assert tray is not None
    tray.availability = lambda: True
    sent: list[str] = []
    window.desktop.notifier = lambda notice: sent.append(notice.title)
    for _ in range(3):
        assert not window.close()
        window.bring_to_front()
    assert sent == ["BiliDrop is still running"]


def test_the_dot_turns_amber_while_a_link_is_in_its_last_two_minutes(
    qtbot, window: MainWindow, clock: FakeClock, make_file: MakeFile
) -> None:
    tray = window.tray
    assert tray is not None
    window.add_paths([make_file("a.txt"), make_file("b.txt")])
    qtbot.waitUntil(lambda: len(tray.live_links()) == 2, timeout=WAIT)
    window.session.tick()
    assert not tray.expiring
    clock.advance(15 * 60 - 90)
    window.session.tick()
    assert tray.expiring
    base = QGuiApplication.windowIcon()
    amber = tray_icon(base, ConnectionState.ONLINE, expiring=True).pixmap(64, 64).toImage()
    green = tray_icon(base, ConnectionState.ONLINE).pixmap(64, 64).toImage()
    assert amber.pixelColor(50, 50) == AMBER
    assert green.pixelColor(50, 50) != AMBER
    offline = tray_icon(base, ConnectionState.OFFLINE, expiring=True).pixmap(64, 64).toImage()
    assert offline.pixelColor(50, 50) != AMBER  # a connection problem outranks it


def test_the_tray_copies_all_live_links_at_once(
    qtbot, window: MainWindow, make_file: MakeFile
) -> None:
    tray = window.tray
    assert tray is not None
    window.add_paths([make_file("a.txt"), make_file("b.txt")])
    qtbot.waitUntil(lambda: len(tray.live_links()) == 2, timeout=WAIT)
    tray.refresh()
    (copy_all,) = [a for a in tray.menu.actions() if a.text() == "Copy all live links"]
    QGuiApplication.clipboard().clear()
    copy_all.trigger()
    assert sorted(QGuiApplication.clipboard().text().splitlines()) == sorted(
        link.url for link in tray.live_links()
    )


def test_closing_to_tray_can_be_turned_off(qtbot, window: MainWindow) -> None:
    window.tray.availability = lambda: True  # type: ignore[union-attr]
    window.settings.keep_in_tray = False
    assert window.close()


def test_notifies_when_not_in_front(
    qtbot, window: MainWindow, emulator: Emulator, make_file: MakeFile
) -> None:
    sent: list[tuple[str, str]] = []
    window.desktop.notifier = lambda notice: sent.append((notice.title, notice.body))
    window.hide()  # in the tray, or behind other windows
    emulator.faults.add("code", 12345, endpoint="upload")
    window.add_paths([make_file("bad.txt")])
    qtbot.waitUntil(lambda: len(sent) == 1, timeout=WAIT)
    assert sent[0][0] == "Upload failed"
    assert "bad.txt" in sent[0][1]
    window.add_paths([make_file("good.txt")])
    qtbot.waitUntil(lambda: len(sent) == 2, timeout=WAIT)
    assert sent[1][0] == "Upload finished"
    assert sent[1][1].startswith("good.txt: link copied, works until ")  # auto-copy is on


def test_no_notification_in_front_or_when_off(
    qtbot, window: MainWindow, make_file: MakeFile
) -> None:
    sent: list[tuple[str, str]] = []
    window.desktop.notifier = lambda notice: sent.append((notice.title, notice.body))
    window.desktop.is_in_front = lambda: True
    drop_files(window, make_file("seen.txt"))
    qtbot.waitUntil(lambda: items(window)[0].state is UploadState.DONE, timeout=WAIT)
    window.desktop.is_in_front = lambda: False
    window.settings.notify = False
    drop_files(window, make_file("quiet.txt"))
    qtbot.waitUntil(lambda: items(window)[1].state is UploadState.DONE, timeout=WAIT)
    assert sent == []


@pytest.mark.qt_log_ignore("No such signal QPlatformNativeInterface::systemTrayWindowChanged")
def test_the_icon_appears_when_a_tray_comes_after_bilidrop(qtbot, clock: FakeClock) -> None:
    from gui.ui.tray import Tray

    present = [False]
    tray = Tray(lambda: [], clock, availability=lambda: present[0])
    assert not tray.icon.isVisible()  # no tray yet: nothing to show the icon in
    present[0] = True  # the desktop's tray starts (later at login)
    with qtbot.waitSignal(tray.appeared, timeout=WAIT):
        pass
    assert tray.icon.isVisible()
    tray.hide()


def test_closing_after_the_tray_went_away_ends_the_app(qtbot, window: MainWindow) -> None:
    tray = window.tray
    assert tray is not None
    tray.availability = lambda: False  # the panel crashed or was removed since the start
    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(True))
    assert window.close()  # no invisible process without a window or an icon
    assert closed == [True]


def test_the_tooltip_counts_down_with_the_window(qtbot, window: MainWindow, monkeypatch) -> None:
    tray = window.tray
    assert tray is not None
    left = [30]
    monkeypatch.setattr(
        window.session, "connection_line", lambda: f"Offline · retrying in {left[0]} s"
    )
    window.session.tick()
    assert tray.icon.toolTip() == "BiliDrop — Offline · retrying in 30 s"
    left[0] = 29  # a second later, the state unchanged
    window.session.tick()
    assert tray.icon.toolTip() == "BiliDrop — Offline · retrying in 29 s"


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_the_menu_never_changes_while_it_is_open(
    qtbot, window: MainWindow, make_file: MakeFile
) -> None:
    tray = window.tray
    assert tray is not None
    assert "No live links" in menu_texts(window)
    tray.menu.popup(window.geometry().center())
    qtbot.waitUntil(tray.menu.isVisible, timeout=WAIT)
    drop_files(window, make_file("new.txt"))
    qtbot.waitUntil(lambda: items(window)[0].state is UploadState.DONE, timeout=WAIT)
    window.session.tick()
    assert "No live links" in [a.text() for a in tray.menu.actions()]  # as it opened
    tray.menu.hide()
    assert "new.txt · 14 min left" in menu_texts(window)  # the next clock tick


def test_a_link_in_its_last_two_minutes_is_said_once_in_the_tray_and_a_notification(
    qtbot, window: MainWindow, clock: FakeClock, make_file: MakeFile
) -> None:
    tray = window.tray
    assert tray is not None
    sent: list[tuple[str, str]] = []
    window.desktop.notifier = lambda notice: sent.append((notice.title, notice.body))
    window.desktop.is_in_front = lambda: False
    window.settings.auto_copy = False
    drop_files(window, make_file("soon.txt"))
    qtbot.waitUntil(lambda: items(window)[0].state is UploadState.DONE, timeout=WAIT)
    sent.clear()  # "Upload finished"
    window.session.tick()
    assert sent == []  # 15 minutes left: nothing to say
    assert "expires soon" not in tray.icon.toolTip()

    clock.advance(13 * 60 + 30)
    window.session.tick()
    window.session.tick()  # the next second says nothing new
    assert len(sent) == 1
    title, body = sent[0]
    assert title == "A link expires soon"
    assert body.startswith("soon.txt: 1 min ")
    assert "the link stops working at" in body
    assert "soon.txt: 1 min" in tray.icon.toolTip()
    assert "expires soon" in tray.icon.toolTip()
    entries = [text for text in menu_texts(window) if text.startswith("soon.txt")]
    assert len(entries) == 1
    assert entries[0].endswith("s left · expires soon")


def test_the_menu_bar_icon_is_a_black_template_whose_mark_shows_the_state(qtbot) -> None:
    from PySide6.QtGui import QIcon

    from gui.resources import resource_path
    from gui.session.connection_state import ConnectionState
    from gui.ui.tray import tray_icon

    base = QIcon(str(resource_path("icons", "bilidrop.svg")))
    icons = {state: tray_icon(base, state, template=True) for state in ConnectionState}
    assert all(icon.isMask() for icon in icons.values())  # macOS draws it in the bar's colour
    image = icons[ConnectionState.ONLINE].pixmap(64, 64).toImage()
    colours = {
        image.pixelColor(x, y).rgb() & 0xFFFFFF
        for x in range(64)
        for y in range(64)
        if image.pixelColor(x, y).alpha() > 0
    }
    assert colours == {0}  # black only: no colour is lost where a dot's colour meant the state
    shapes = {bytes(icons[s].pixmap(64, 64).toImage().constBits()) for s in ConnectionState}
    assert len(shapes) == 3  # online, offline, signed out / slowed down look different
