"""Text from outside is shown escaped: a file name or a service message carrying an escape
sequence, a newline or a right-to-left override reaches no terminal, window or clipboard raw."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from gui.bili.errors import ServiceError
from gui.cli import main
from gui.emulator.server import Emulator
from gui.session.upload_item import UploadItem
from gui.shown_text import shown_text
from tests.cli_helpers import service_args

HOSTILE = "report\x1b[2J\nrm -rf ~\u202egnp.exe"


def test_control_and_format_characters_are_written_as_escapes() -> None:
    shown = shown_text(HOSTILE)
    assert shown == "report\\x1b[2J\\x0arm -rf ~\\u202egnp.exe"
    assert shown.isprintable()
    assert shown_text("截图 2026-12-03.png") == "截图 2026-12-03.png"  # Chinese stays as it is
    assert shown_text("a\u200bb") == "a\\u200bb"  # a zero-width space hides nothing either
    assert shown_text("x" * 2000, limit=10) == "x" * 10 + "…"


def test_a_service_message_is_shown_escaped() -> None:
    error = ServiceError(12345, "bad\x1b]0;pwned\x07 request")
    assert "\x1b" not in error.message
    assert "\x07" not in error.message
    assert "\\x1b]0;pwned\\x07" in error.message


def test_a_rows_name_is_escaped_and_so_is_what_is_copied(tmp_path: Path) -> None:
    item = UploadItem(item_id=1, path=tmp_path / "a\x1b[31mb.txt", size=1)
    assert item.name == "a\\x1b[31mb.txt"


@pytest.mark.skipif(sys.platform == "win32", reason="Windows forbids these characters in names")
def test_the_command_line_prints_a_hostile_name_escaped(
    emulator: Emulator, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "log\x1b[2J\u202etxt.exe"
    path.write_text("x")
    assert main(["upload", str(path), *service_args(emulator)]) == 0
    out, err = capsys.readouterr()
    assert "\x1b" not in out + err
    assert "\u202e" not in out + err
    assert "log\\x1b[2J\\u202etxt.exe" in out
