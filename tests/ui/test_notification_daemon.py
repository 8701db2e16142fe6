"""A notification daemon that comes after BiliDrop (as at login) or restarts is used as soon
as it owns its name on the bus; while there is none, the tray's balloons stand in. A session
bus that goes away (a log-out) ends the D-Bus thread without a traceback."""

from __future__ import annotations

import os
import subprocess
import threading
from collections.abc import Iterator

import pytest

from gui.session.notices import Notice, NoticeSlot
from gui.ui.notifications import FreedesktopNotifications, Notifications
from tests.ui.fake_notification_daemon import FakeNotificationDaemon

WAIT = 10_000
needs_bus = pytest.mark.skipif(
    not os.environ.get("DBUS_SESSION_BUS_ADDRESS"), reason="no session bus (CI runs one)"
)


@pytest.fixture
def sender(qtbot) -> Iterator[Notifications]:
    notifications = Notifications(lambda: None, FreedesktopNotifications())
    yield notifications
    notifications.close()


@needs_bus
def test_a_daemon_that_starts_after_bilidrop_is_used_as_soon_as_it_appears(qtbot) -> None:
    desktop = FreedesktopNotifications()
    with qtbot.waitSignal(desktop.ready, timeout=WAIT, check_params_cb=lambda ready: not ready):
        sender = Notifications(lambda: None, desktop)  # asks, and no daemon answers yet
    assert not sender.desktop_ready
    late = FakeNotificationDaemon()
    try:
        qtbot.waitUntil(lambda: sender.desktop_ready, timeout=WAIT)
        sender.send(Notice("Upload finished", "a.txt: link ready", item_id=1))
        qtbot.waitUntil(lambda: len(late.calls) == 1, timeout=WAIT)
    finally:
        late.close()
        sender.close()


@needs_bus
def test_a_restarted_daemon_takes_over_and_the_old_ones_ids_are_forgotten(
    qtbot, sender: Notifications
) -> None:
    first = FakeNotificationDaemon()
    qtbot.waitUntil(lambda: sender.desktop_ready, timeout=WAIT)
    sender.send(Notice("Uploads finished", "2 links ready", item_id=1, slot=NoticeSlot.BATCH))
    qtbot.waitUntil(lambda: len(first.calls) == 1, timeout=WAIT)
    first.close()
    qtbot.waitUntil(lambda: not sender.desktop_ready, timeout=WAIT)  # balloons meanwhile
    second = FakeNotificationDaemon()
    try:
        qtbot.waitUntil(lambda: sender.desktop_ready, timeout=WAIT)
        sender.send(Notice("Uploads finished", "3 links ready", item_id=2, slot=NoticeSlot.BATCH))
        qtbot.waitUntil(lambda: len(second.calls) == 1, timeout=WAIT)
        assert second.calls[0].replaces == 0  # not an id the new daemon never gave
    finally:
        second.close()


def test_a_session_bus_that_goes_away_ends_without_a_traceback(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        address = bus.stdout.readline().strip()  # type: ignore[union-attr]
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        raised: list[BaseException | None] = []
        monkeypatch.setattr(threading, "excepthook", lambda args: raised.append(args.exc_value))
        desktop = FreedesktopNotifications()
        notifications = Notifications(lambda: None, desktop)
        qtbot.waitUntil(desktop.is_connected, timeout=WAIT)
        bus.terminate()  # the log-out
        bus.wait(10)
        qtbot.waitUntil(lambda: not desktop.is_connected(), timeout=WAIT)
        notifications.close()
        assert raised == []
    finally:
        if bus.poll() is None:
            bus.kill()
