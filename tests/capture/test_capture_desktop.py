"""Screen capture on a real X11 display, driven from outside as a user would: the global hot
key (a real key grab, pressed with xdotool), a dragged rectangle over a known pattern, Enter,
and the link on the clipboard whose file is exactly that rectangle's pixels."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from PySide6.QtGui import QImage

from tests.capture.x11_desktop import SCREEN, Reader, pattern_colour, xdotool

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 is Linux's")


def downloaded_picture(line: str) -> QImage:
    url = line.split(" ", 1)[1].strip()
    reply = httpx.get(url, timeout=20)
    reply.raise_for_status()
    assert reply.content.startswith(b"\x89PNG\r\n\x1a\n")  # a PNG, lossless
    image = QImage.fromData(reply.content)
    assert not image.isNull()
    return image


def test_the_hotkey_a_dragged_rectangle_and_enter_put_its_exact_pixels_behind_a_link(
    x_display: dict[str, str], bilidrop: Reader, pattern: None
) -> None:
    ready = next(line for line in bilidrop.lines if line.startswith("ready"))
    assert ready == "ready x11 refused:"  # both default hot keys were taken
    xdotool(x_display, "key", "ctrl+alt+x")
    assert bilidrop.until("overlay") == "overlay 1"
    xdotool(x_display, "mousemove", "100", "120", "mousedown", "1")
    xdotool(x_display, "mousemove", "200", "190", "mousemove", "300", "250", "mouseup", "1")
    xdotool(x_display, "key", "Return")
    assert bilidrop.until("ended") == "ended 0"  # no overlay left
    picture = downloaded_picture(bilidrop.until("copied", 60))
    assert (picture.width(), picture.height()) == (201, 131)
    for x, y in ((0, 0), (200, 130), (57, 99), (133, 12)):
        colour = picture.pixelColor(x, y)
        assert (colour.red(), colour.green(), colour.blue()) == pattern_colour(100 + x, 120 + y)


def test_esc_leaves_no_overlay_and_uploads_nothing(
    x_display: dict[str, str], bilidrop: Reader, pattern: None
) -> None:
    xdotool(x_display, "key", "ctrl+alt+x")
    bilidrop.until("overlay")
    xdotool(x_display, "mousemove", "10", "10", "mousedown", "1", "mousemove", "90", "90")
    xdotool(x_display, "mouseup", "1", "key", "Escape")
    assert bilidrop.until("ended") == "ended 0"
    # the window still answers, and nothing was queued: the next capture's row is the first
    xdotool(x_display, "key", "ctrl+alt+x")
    bilidrop.until("overlay")
    xdotool(x_display, "key", "Return")  # no rectangle: the whole screen
    assert bilidrop.until("rows") == "rows 1"
    picture = downloaded_picture(bilidrop.until("copied", 60))
    assert (picture.width(), picture.height()) == SCREEN


def test_the_clipboard_hotkey_uploads_an_image_another_program_copied(
    x_display: dict[str, str], bilidrop: Reader, tmp_path: Path
) -> None:
    if subprocess.run(["which", "xclip"], capture_output=True).returncode:
        pytest.skip("no xclip (CI installs it)")
    image = QImage(37, 23, QImage.Format.Format_RGB32)
    image.fill(0x3366CC)
    image.setPixel(5, 7, 0xFFEE00)
    source = tmp_path / "copied.png"
    image.save(str(source))
    owner = subprocess.Popen(
        ["xclip", "-selection", "clipboard", "-t", "image/png", "-i", str(source)],
        env=x_display,
    )
    try:
        xdotool(x_display, "key", "ctrl+alt+u")
        picture = downloaded_picture(bilidrop.until("copied", 60))
    finally:
        owner.kill()
    assert (picture.width(), picture.height()) == (37, 23)
    assert picture.pixel(5, 7) & 0xFFFFFF == 0xFFEE00
    assert picture.pixel(0, 0) & 0xFFFFFF == 0x3366CC


def test_bilidrop_capture_screen_gives_the_whole_screen(
    x_display: dict[str, str], bilidrop: Reader
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "gui", "capture", "--screen", "--demo"],
        env=x_display,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    picture = downloaded_picture(bilidrop.until("copied", 60))
    assert (picture.width(), picture.height()) == SCREEN
