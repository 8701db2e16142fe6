"""`bilidrop upload -`: standard input uploaded as a file, named by --name or by its first
bytes; and `bilidrop capture`'s words."""

from __future__ import annotations

import io
import json
import subprocess
from datetime import datetime
from pathlib import Path

import httpx
import pytest

from gui.bili.limits import MAX_UPLOAD_BYTES
from gui.bili.stdin_file import guessed_suffix, save_stdin
from gui.cli import build_parser
from gui.cli_common import EXIT_OK
from gui.emulator.server import Emulator
from tests.cli_helpers import service_args

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40


@pytest.mark.parametrize(
    ("head", "suffix"),
    [
        (PNG, ".png"),
        (b"\xff\xd8\xff\xe0rest", ".jpg"),
        (b"RIFF\x10\x00\x00\x00WEBPVP8 ", ".webp"),
        (b"%PDF-1.7\n", ".pdf"),
        (b"PK\x03\x04zip", ".zip"),
        ("日志：连接失败\n".encode(), ".txt"),
        ("cut in the middle 日".encode()[:-1], ".txt"),
        (b"\x00\x01\x02\xfe", ".bin"),
        (b"", ".bin"),
    ],
)
def test_the_suffix_is_guessed_from_the_first_bytes(head: bytes, suffix: str) -> None:
    assert guessed_suffix(head) == suffix


def test_stdin_is_kept_under_its_name_and_never_far_past_the_limit(tmp_path: Path) -> None:
    saved = save_stdin(io.BytesIO(PNG), tmp_path, now=datetime(2026, 12, 3, 9, 5, 7))
    assert saved.name == "stdin-20261203-090507.png"
    assert saved.read_bytes() == PNG
    named = save_stdin(io.BytesIO(b"x"), tmp_path, "../../escape.log")
    assert named == tmp_path / "escape.log"  # a name, never a path out of the folder


def test_an_endless_stdin_stops_one_byte_past_the_limit(tmp_path: Path) -> None:
    class Endless(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, buffer) -> int:
            buffer[:] = b"a" * len(buffer)
            return len(buffer)

    saved = save_stdin(io.BufferedReader(Endless()), tmp_path, "big.txt")
    assert saved.stat().st_size == MAX_UPLOAD_BYTES + 1  # the size check then refuses it
    saved.unlink()


def test_upload_dash_sends_stdin_and_prints_its_link(emulator: Emulator) -> None:
    done = subprocess.run(
        [*bilidrop_command(), "upload", "--json", "-", *service_args(emulator)],
        input=PNG,
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == EXIT_OK, done.stderr
    line = json.loads(done.stdout)
    assert line["file"].startswith("stdin-")  # its name, not a temporary path
    assert line["file"].endswith(".png")
    assert httpx.get(line["url"]).content == PNG


def test_upload_dash_with_a_name(emulator: Emulator) -> None:
    done = subprocess.run(
        [*bilidrop_command(), "upload", "-", "--name", "日志.txt", *service_args(emulator)],
        input="服务器日志\n".encode(),
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == EXIT_OK, done.stderr
    assert "日志.txt" in done.stdout.decode("utf-8")


def bilidrop_command() -> list[str]:
    import sys

    return [sys.executable, "-m", "gui.cli"]


def test_capture_takes_one_of_its_modes() -> None:
    parser = build_parser()
    assert parser.parse_args(["capture"]).mode == "region"
    assert parser.parse_args(["capture", "--screen", "--demo"]).mode == "screen"
    assert parser.parse_args(["capture", "--clipboard"]).mode == "clipboard"
    with pytest.raises(SystemExit):
        parser.parse_args(["capture", "--screen", "--window"])


def test_upload_zip_sends_a_folder_as_one_zip_with_its_names_in_utf8(
    emulator: Emulator, tmp_path: Path
) -> None:
    import io
    import zipfile

    logs = tmp_path / "日志"
    (logs / "2026").mkdir(parents=True)
    (logs / "2026" / "应用.log").write_text("连接失败\n", encoding="utf-8")
    (logs / ".DS_Store").write_bytes(b"\0")  # the system's own files stay behind
    note = tmp_path / "note.txt"
    note.write_text("see logs")
    done = subprocess.run(
        [*bilidrop_command(), "upload", "--json", "--zip", "--name", "客服日志",
         str(logs), str(note), *service_args(emulator)],
        capture_output=True,
        timeout=60,
    )  # fmt: skip
    assert done.returncode == EXIT_OK, done.stderr
    (line,) = [json.loads(text) for text in done.stdout.decode("utf-8").splitlines()]
    assert line["file"] == "客服日志.zip"
    archive = zipfile.ZipFile(io.BytesIO(httpx.get(line["url"]).content))
    assert sorted(archive.namelist()) == ["note.txt", "日志/2026/应用.log"]
    assert archive.read("日志/2026/应用.log").decode("utf-8") == "连接失败\n"
    assert all(info.flag_bits & 0x800 for info in archive.infolist() if not info.filename.isascii())
