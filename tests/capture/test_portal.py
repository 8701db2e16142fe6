"""The Wayland capture's portal call against a fake portal on a private session bus: the
request is made as the spec says, the Response's file is checked before it is used."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from gui.capture import portal
from gui.capture.portal import Cancelled, PortalError, picture_from, request_path, take_screenshot
from tests.capture.fake_portal import FakePortal, private_bus

pytestmark = pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="no dbus-daemon")


@pytest.fixture
def bus() -> Iterator[str]:
    with private_bus() as address:
        yield address


@pytest.fixture
def picture(tmp_path: Path) -> Path:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(0x00A1D6)
    path = tmp_path / "Screenshot from the desktop.png"
    image.save(str(path))
    return path


def test_the_request_path_follows_the_portal_spec() -> None:
    assert request_path(":1.42", "tok") == "/org/freedesktop/portal/desktop/request/1_42/tok"


def test_the_portal_is_asked_interactively_and_its_file_comes_back(bus: str, picture: Path) -> None:
    fake = FakePortal(bus, (0, {"uri": ("s", picture.as_uri())}))
    try:
        assert take_screenshot(bus=bus) == picture
        assert take_screenshot(interactive=False, bus=bus) == picture
    finally:
        fake.close()
    (parent, options), (_, second) = fake.calls
    assert parent == ""
    assert options["interactive"] is True
    assert options["handle_token"].startswith("bilidrop")
    assert second["interactive"] is False


def test_a_closed_dialog_is_a_cancel_not_an_error(bus: str) -> None:
    fake = FakePortal(bus, (1, {}))
    try:
        with pytest.raises(Cancelled):
            take_screenshot(bus=bus)
    finally:
        fake.close()


def test_no_portal_on_the_bus_is_said_in_words(bus: str) -> None:
    with pytest.raises(PortalError, match="no screenshot portal"):
        take_screenshot(bus=bus)


def test_a_dialog_that_never_answers_ends_in_words(bus: str, monkeypatch) -> None:
    monkeypatch.setattr(portal, "ANSWER_SECONDS", 0.3)
    fake = FakePortal(bus, None)
    try:
        with pytest.raises(PortalError, match="did not answer"):
            take_screenshot(bus=bus)
    finally:
        fake.close()


@pytest.mark.parametrize(
    "uri",
    [
        "https://example.invalid/shot.png",  # not a local file
        "file://other-host/tmp/shot.png",
        "file:///nonexistent/shot.png",
        "FOLDER",
        "TEXT",
    ],
)
def test_what_the_portal_names_is_checked_before_it_is_used(uri: str, tmp_path: Path) -> None:
    if uri == "FOLDER":
        uri = tmp_path.as_uri()
    elif uri == "TEXT":
        text = tmp_path / "shot.png"
        text.write_text("<html>not a picture</html>")
        uri = text.as_uri()
    with pytest.raises(PortalError):
        picture_from((0, {"uri": ("s", uri)}))
    with pytest.raises(PortalError):
        picture_from(("nonsense",))


def test_the_window_uploads_what_the_portal_gave_on_wayland(
    bus: str, picture: Path, monkeypatch, qtbot
) -> None:
    from gui.capture.capture_flow import CaptureFlow, CaptureMode

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus)
    monkeypatch.setattr("PySide6.QtGui.QGuiApplication.platformName", lambda: "wayland")
    fake = FakePortal(bus, (0, {"uri": ("s", picture.as_uri())}))
    flow = CaptureFlow()
    try:
        with (
            qtbot.waitSignal(flow.ended, timeout=10_000),
            qtbot.waitSignal(flow.captured, timeout=10_000) as captured,
        ):
            flow.start(CaptureMode.REGION)
            assert flow.active  # the desktop's dialog is open: a second press waits
        assert not flow.active
        (image,) = captured.args
        assert (image.width(), image.height()) == (64, 48)
    finally:
        fake.close()


def test_on_wayland_the_hot_keys_are_bound_through_the_portal_and_fire(
    bus: str, monkeypatch, qtbot
) -> None:
    from gui.hotkeys.global_hotkeys import GlobalHotkeys
    from gui.hotkeys.names import Hotkey

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus)
    fake = FakePortal(bus)
    hotkeys = GlobalHotkeys(way="portal")
    try:
        assert hotkeys.apply(Hotkey.CAPTURE, "Ctrl+Alt+X") == ""
        assert hotkeys.apply(Hotkey.CLIPBOARD, "Ctrl+Alt+U") == ""
        assert fake.bound == {"capture": "CTRL+ALT+x", "clipboard": "CTRL+ALT+u"}
        with qtbot.waitSignal(hotkeys.activated) as fired:
            fake.press("clipboard")
        assert fired.args == [Hotkey.CLIPBOARD.value]
        assert hotkeys.available
    finally:
        hotkeys.close()
        fake.close()


def test_a_desktop_that_refuses_or_lacks_the_shortcuts_is_said_in_words(
    bus: str, monkeypatch
) -> None:
    from gui.hotkeys.global_hotkeys import GlobalHotkeys
    from gui.hotkeys.names import Hotkey

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus)
    fake = FakePortal(bus, refuse_shortcuts=True)
    hotkeys = GlobalHotkeys(way="portal")
    try:
        assert "refused by the desktop" in hotkeys.apply(Hotkey.CAPTURE, "Ctrl+Alt+X")
        fake.shortcuts = False  # an older desktop: no GlobalShortcuts at all
        refusal = hotkeys.apply(Hotkey.CAPTURE, "Ctrl+Alt+X")
        assert "bilidrop capture" in refusal  # how to bind it in the desktop's settings
        assert not hotkeys.available
    finally:
        hotkeys.close()
        fake.close()


def test_the_portal_is_given_xdg_shortcut_text() -> None:
    from gui.hotkeys.keys import parse_chord
    from gui.hotkeys.portal_shortcuts import portal_trigger

    assert portal_trigger(parse_chord("Meta+Shift+Print")) == "SHIFT+LOGO+Print"  # type: ignore[arg-type]
    assert portal_trigger(parse_chord("Ctrl+F12")) == "CTRL+F12"  # type: ignore[arg-type]


def test_a_portal_call_that_breaks_in_any_way_ends_the_capture_in_words(monkeypatch, qtbot) -> None:
    from gui.capture.capture_flow import CaptureFlow, CaptureMode

    def broken(**_: object) -> Path:
        raise ValueError("a reply cut in half")

    monkeypatch.setattr(portal, "take_screenshot", broken)
    monkeypatch.setattr("PySide6.QtGui.QGuiApplication.platformName", lambda: "wayland")
    flow = CaptureFlow()
    said: list[str] = []
    flow.said.connect(said.append)
    with qtbot.waitSignal(flow.ended, timeout=10_000):
        flow.start(CaptureMode.REGION)
    assert not flow.active  # the next key press can capture again
    assert said == ["The screenshot portal failed: a reply cut in half"]
