"""Notifications: through a notification daemon on a real session bus (urgency, icon, the
default action, a batch replacing its notice, a click bringing the row forward), and what is
notified while no BiliDrop window is in front."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from gui.session.notices import Notice, NoticeSlot, Urgency
from gui.session.upload_item import UploadState
from gui.ui.main_window import MainWindow
from gui.ui.notifications import FreedesktopNotifications, Notifications
from tests.ui.window_helpers import drop_files, items

MakeFile = Callable[..., Path]
WAIT = 10_000

needs_bus = pytest.mark.skipif(
    not os.environ.get("DBUS_SESSION_BUS_ADDRESS"), reason="no session bus (CI runs one)"
)


@pytest.fixture
def daemon() -> Iterator[object]:
    from tests.ui.fake_notification_daemon import FakeNotificationDaemon

    fake = FakeNotificationDaemon()
    yield fake
    fake.close()


@pytest.fixture
def notifications(qtbot, daemon) -> Iterator[Notifications]:
    desktop = FreedesktopNotifications()
    sender = Notifications(lambda: None, desktop)
    qtbot.waitUntil(lambda: sender.desktop_ready, timeout=WAIT)
    yield sender
    sender.close()


@needs_bus
def test_a_failure_goes_to_the_daemon_as_critical_with_a_default_action(
    qtbot, daemon, notifications: Notifications
) -> None:
    notifications.send(Notice("Upload failed", "a<b>.txt: too large", Urgency.CRITICAL, 7))
    qtbot.waitUntil(lambda: len(daemon.calls) == 1, timeout=WAIT)
    call = daemon.calls[0]
    assert (call.app, call.summary) == ("BiliDrop", "Upload failed")
    assert call.body == "a&lt;b&gt;.txt: too large"  # the daemon reads markup: escaped
    assert call.hints["urgency"] == ("y", 2)
    assert call.hints["category"] == ("s", "transfer.error")
    assert call.hints["desktop-entry"] == ("s", "io.github.bilidrop.BiliDrop")
    assert call.icon == "dialog-error"
    assert call.actions[:1] == ["default"]

    with qtbot.waitSignal(notifications.activated, timeout=WAIT) as clicked:
        daemon.click(call.id)
    assert clicked.args == [7, []]  # the row; no links asked for


@needs_bus
def test_a_batch_replaces_its_notice(qtbot, daemon, notifications: Notifications) -> None:
    notifications.send(
        Notice("Upload finished", "a.txt: link ready", item_id=1, slot=NoticeSlot.BATCH)
    )
    qtbot.waitUntil(lambda: len(daemon.calls) == 1, timeout=WAIT)
    qtbot.waitUntil(
        lambda: notifications._ids.get(NoticeSlot.BATCH) == daemon.calls[0].id, timeout=WAIT
    )
    notifications.send(
        Notice("Uploads finished", "2 links ready, copied", item_id=2, slot=NoticeSlot.BATCH)
    )
    qtbot.waitUntil(lambda: len(daemon.calls) == 2, timeout=WAIT)
    first, second = daemon.calls
    assert first.replaces == 0
    assert second.replaces == first.id
    assert second.hints["urgency"] == ("y", 1)
    with qtbot.waitSignal(notifications.activated, timeout=WAIT) as clicked:
        daemon.click(second.id)
    assert clicked.args == [2, []]  # the latest row of the batch


@needs_bus
def test_without_a_daemon_it_falls_back_to_the_tray(qtbot) -> None:
    # No daemon owns the name on this bus now: nothing is sent over D-Bus.
    balloons: list[tuple[str, str, bool]] = []

    class Tray:
        def notify(self, title: str, body: str, *, critical: bool = False) -> bool:
            balloons.append((title, body, critical))
            return True

    desktop = FreedesktopNotifications()
    sender = Notifications(lambda: Tray(), desktop)  # type: ignore[arg-type,return-value]
    with qtbot.waitSignal(desktop.ready, timeout=WAIT) as ready:
        pass
    assert ready.args == [False]
    sender.send(Notice("Upload failed", "x.txt: empty", Urgency.CRITICAL))
    assert balloons == [("Upload failed", "x.txt: empty", True)]
    sender.close()


def hidden_window(window: MainWindow) -> list[Notice]:
    sent: list[Notice] = []
    window.desktop.notifier = sent.append
    window.hide()
    return sent


def test_a_batch_is_one_notice_that_counts_and_a_click_shows_the_row(
    qtbot, window: MainWindow, make_file: MakeFile
) -> None:
    sent = hidden_window(window)
    drop_files(window, *(make_file(f"{n}.txt") for n in range(3)))
    qtbot.waitUntil(lambda: all(i.state is UploadState.DONE for i in items(window)), timeout=WAIT)
    assert {n.slot for n in sent} == {"batch"}
    assert sent[-1].title == "Uploads finished"
    assert sent[-1].body == "3 links ready, copied"
    window.on_notification_clicked(sent[-1].item_id)
    assert window.isVisible()
    assert window.selected_items()[0].item_id == sent[-1].item_id
    assert sent[-1].copy_ids == tuple(item.item_id for item in items(window))


def test_the_notifications_copy_link_copies_its_links(
    qtbot, window: MainWindow, make_file: MakeFile
) -> None:
    from PySide6.QtGui import QGuiApplication

    window.settings.auto_copy = False
    sent = hidden_window(window)
    drop_files(window, make_file("a.txt"))
    qtbot.waitUntil(lambda: items(window)[0].state is UploadState.DONE, timeout=WAIT)
    notice = sent[-1]
    assert notice.copy_ids == (items(window)[0].item_id,)
    QGuiApplication.clipboard().setText("before")
    window.on_notification_clicked(notice.item_id, list(notice.copy_ids))
    assert QGuiApplication.clipboard().text() == items(window)[0].url
    assert window.isVisible()


@needs_bus
def test_copy_link_is_an_action_and_its_click_brings_the_token(
    qtbot, daemon, notifications: Notifications
) -> None:
    notifications.send(Notice("Upload finished", "a.txt: link ready", item_id=4, copy_ids=(4,)))
    notifications.send(Notice("Upload failed", "b.txt: refused", Urgency.CRITICAL, 5))
    qtbot.waitUntil(lambda: len(daemon.calls) == 2, timeout=WAIT)
    ready, failed = daemon.calls
    assert ready.actions == ["default", "Show", "copy", "Copy link"]
    assert failed.actions == ["default", "Show"]  # nothing to copy: no button
    assert notifications.desktop is not None
    with qtbot.waitSignal(notifications.desktop.clicked, timeout=WAIT) as raw:
        with qtbot.waitSignal(notifications.activated, timeout=WAIT) as clicked:
            daemon.click(ready.id, "copy", "compositor-token-123")
    assert raw.args == [ready.id, "copy", "compositor-token-123"]
    assert clicked.args == [4, [4]]


@needs_bus
def test_a_daemon_without_buttons_gets_no_copy_action(qtbot) -> None:
    from tests.ui.fake_notification_daemon import FakeNotificationDaemon

    plain = FakeNotificationDaemon(capabilities=("body",))
    sender = Notifications(lambda: None, FreedesktopNotifications())
    try:
        qtbot.waitUntil(lambda: sender.desktop_ready, timeout=WAIT)
        sender.send(Notice("Upload finished", "a.txt", item_id=1, copy_ids=(1,)))
        qtbot.waitUntil(lambda: len(plain.calls) == 1, timeout=WAIT)
        assert plain.calls[0].actions == ["default", "Show"]
    finally:
        sender.close()
        plain.close()


def test_refused_files_and_an_empty_paste_are_notified_while_hidden(
    qtbot, window: MainWindow, make_file: MakeFile
) -> None:
    from PySide6.QtGui import QGuiApplication

    sent = hidden_window(window)
    window.add_paths([make_file("empty.txt", data=b"")])
    assert [(n.title, n.urgency) for n in sent] == [("Not uploaded", Urgency.CRITICAL)]
    assert sent[0].body.startswith("empty.txt: ")
    QGuiApplication.clipboard().setText("   ")  # nothing to upload
    window.desktop.paste_requested.emit()  # the tray menu's Paste
    assert sent[-1].body == "The clipboard holds no files, image or text to upload."


def test_a_bilidrop_dialog_in_front_counts_as_in_front(qtbot, window: MainWindow) -> None:
    dialog = QDialog(window)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isActiveWindow(), timeout=WAIT)
    assert window.desktop.is_in_front()
    dialog.close()
    window.hide()
    assert not window.desktop.is_in_front()
