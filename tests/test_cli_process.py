"""The command line as its own process: the emulator command, signals, pipes, names, imports."""

from __future__ import annotations

import email.utils
import json
import os
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from gui.bili.client import HEARTBEAT_PATH
from gui.cli import main
from gui.cli_common import (
    EXIT_CANCELLED,
    EXIT_FAILED,
    EXIT_OK,
    EXIT_SLOWED_DOWN,
    EXIT_USAGE,
)
from gui.emulator.server import Emulator
from tests.cli_helpers import (
    MakeFile,
    bilidrop,
    service_args,
    start_emulator_process,
    upload_counting_imports,
    uploads,
)
from tests.conftest import wait_until


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
def test_emulator_process_prints_one_line_and_stops_cleanly(stop_signal: int) -> None:
    process, first = start_emulator_process("--fault", "code=-412")
    try:
        assert set(first) == {"base_url", "cookie"}
        cookies = dict(part.split("=", 1) for part in first["cookie"].split("; "))
        assert set(cookies) == {"SESSDATA", "bili_jct", "DedeUserID"}
        url = first["base_url"] + HEARTBEAT_PATH
        assert httpx.get(url, cookies=cookies).json()["code"] == -412  # the queued fault
        assert httpx.get(url, cookies=cookies).json()["code"] == 0
        process.send_signal(stop_signal)
        out, err = process.communicate(timeout=15)
    finally:
        process.kill()
    assert process.returncode == 0
    assert out == ""  # nothing after the first line: logs go to stderr
    assert "GET /x/custom/session_svr/v1/heart_beat" in err
    assert "Traceback" not in err


def test_emulator_process_bad_fault_is_usage_error() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "gui.cli", "emulator", "--fault", "flood"],
        capture_output=True,
        text=True,
        timeout=30,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert done.returncode == EXIT_USAGE
    assert "unknown fault" in done.stderr


def test_upload_with_a_given_cookie_loads_neither_keyring_nor_qt(
    emulator: Emulator, make_file: MakeFile
) -> None:
    """The command line pays only for what the command uses (start-up time)."""
    done = upload_counting_imports(str(make_file("tiny.txt")), *service_args(emulator))
    assert done.stdout.splitlines()[-1] == "heavy:  code: 0", done.stderr


@pytest.mark.skipif(os.name != "posix", reason="names that are not UTF-8 exist on POSIX")
def test_name_that_is_not_utf8_uploads_and_json_stays_utf8(
    emulator: Emulator, tmp_path: Path
) -> None:
    odd = Path(os.fsdecode(os.fsencode(str(tmp_path)) + b"/bad-\xff.txt"))
    odd.write_bytes(b"data")
    process = bilidrop(
        "upload", "--json", str(odd), *service_args(emulator), stdout=subprocess.PIPE
    )
    out, err = process.communicate(timeout=60)
    assert process.returncode == EXIT_OK, err
    line = json.loads(out.decode("utf-8"))  # strict UTF-8
    assert line["file"].endswith("bad-\ufffd.txt")
    assert line["url"].startswith(emulator.base_url)


def test_a_file_that_cannot_be_looked_at_does_not_stop_the_others(
    emulator: Emulator,
    make_file: MakeFile,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    locked, fine = make_file("locked.txt"), make_file("fine.txt")
    original = Path.stat

    def stat(self: Path, **kwargs: Any) -> os.stat_result:
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return original(self, **kwargs)

    monkeypatch.setattr(Path, "stat", stat)
    code = main(["upload", str(locked), str(fine), *service_args(emulator)])
    out, err = capsys.readouterr()
    assert code == EXIT_FAILED
    assert "locked.txt: cannot be read (Permission denied)" in err
    assert "fine.txt\t" + emulator.base_url in out
    assert "Traceback" not in err


def test_closed_output_pipe_finishes_every_upload_quietly(
    emulator: Emulator, make_file: MakeFile
) -> None:
    files = [str(make_file(f"{n}.txt", size=200_000)) for n in range(3)]
    emulator.faults.add("delay", 0.3, endpoint="upload")  # the reader is gone before line one
    read_end, write_end = os.pipe()
    os.close(read_end)
    process = bilidrop("upload", *files, *service_args(emulator), stdout=write_end)
    os.close(write_end)
    _, err = process.communicate(timeout=60)
    assert b"Traceback" not in err
    assert process.returncode == EXIT_OK
    assert uploads(emulator) == 3


def test_ctrl_c_during_an_upload_ends_quietly_with_130(
    emulator: Emulator, make_file: MakeFile
) -> None:
    emulator.faults.add("throttle", 64 * 1024, endpoint="upload")
    process = bilidrop(
        "upload",
        str(make_file("big.bin", size=4 << 20)),
        *service_args(emulator),
        stdout=subprocess.PIPE,
    )
    wait_until(lambda: any(emulator.data_dir.iterdir()), timeout=30)  # the body is arriving
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=30)
    assert process.returncode == EXIT_CANCELLED
    assert b"cancelled" in err
    assert b"Traceback" not in err


def test_slow_down_stops_the_batch_with_4_and_sends_nothing_more(
    emulator: Emulator, make_file: MakeFile, capsys: pytest.CaptureFixture[str]
) -> None:
    emulator.faults.add("http412", 1, endpoint="upload")  # the HTML form
    files = [str(make_file(f"{n}.txt")) for n in range(3)]
    code = main(["upload", "--json", *files, *service_args(emulator)])
    out, err = capsys.readouterr()
    assert code == EXIT_SLOWED_DOWN
    lines = [json.loads(text) for text in out.splitlines()]
    assert [line["file"] for line in lines] == files  # every file named gets its object
    line = lines[0]
    assert line["code"] == 412
    assert "risk control" in line["error"]
    assert all(not line["sent"] and "try again after" in line["error"] for line in lines)
    assert "BiliDrop slows down" not in out + err  # the window's words: the command stops
    assert "3 file(s) not sent" in err  # the refused one was not sent either
    assert "Try again after" in err
    assert uploads(emulator) == 1  # nothing after the refusal


def test_wait_finishes_a_batch_through_a_412(
    emulator: Emulator,
    make_file: MakeFile,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import gui.cli_upload

    waits: list[float] = []
    monkeypatch.setattr(gui.cli_upload, "sleep", waits.append)  # the waits, without waiting them
    emulator.faults.add("code", -412, endpoint="upload")
    emulator.faults.add("code", -412, endpoint="heartbeat")  # the first probe is refused too
    files = [str(make_file(f"{n}.txt")) for n in range(2)]
    code = main(["upload", "--wait", *files, *service_args(emulator)])
    out, err = capsys.readouterr()
    assert code == EXIT_OK
    assert len(out.splitlines()) == 2
    assert len(waits) == 2
    assert 240 <= waits[0] <= 360  # 5 minutes, give or take the jitter
    assert 480 <= waits[1] <= 720  # refused again: doubled
    assert "Waiting until" in err
    assert uploads(emulator) == 3  # the refused one, then each file once


def test_emulator_options_for_risk_control_and_clocks() -> None:
    from gui.cli_emulator import parse_rate_limit

    assert parse_rate_limit("5/10") == (5, 10.0)
    assert parse_rate_limit("off") is None
    with pytest.raises(ValueError, match="N/SECONDS"):
        parse_rate_limit("fast")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gui.cli",
            "emulator",
            "--rate-limit",
            "2/60",
            "--block-seconds",
            "30",
            "--clock-skew",
            "-600",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        first = json.loads(process.stdout.readline())  # type: ignore[union-attr]
        statuses = [
            httpx.get(first["base_url"] + HEARTBEAT_PATH, headers={"Cookie": first["cookie"]})
            for _ in range(3)
        ]
        assert [r.status_code for r in statuses] == [200, 200, 412]
        served = email.utils.parsedate_to_datetime(statuses[0].headers["date"])
        assert abs((datetime.now(UTC) - served).total_seconds() - 600) < 5
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_too_many_requests_is_worded_for_a_command_that_stops(
    emulator: Emulator, make_file: MakeFile, capsys: pytest.CaptureFixture[str]
) -> None:
    emulator.faults.add("code", -799, endpoint="upload")
    files = [str(make_file(f"{n}.txt")) for n in range(2)]
    assert main(["upload", "--json", *files, *service_args(emulator)]) == EXIT_SLOWED_DOWN
    out, err = capsys.readouterr()
    lines = [json.loads(text) for text in out.splitlines()]
    assert [line["code"] for line in lines] == [-799, -799]
    assert "requests come too often (-799)" in lines[0]["error"]
    assert "BiliDrop slows down and tries again later" not in out + err


@pytest.mark.parametrize("code_page", ["cp1252", "cp936"])
def test_redirected_output_is_utf8_and_every_file_of_the_batch_is_sent(
    emulator: Emulator, tmp_path: Path, code_page: str
) -> None:
    """As on Windows, where redirected output is written in the ANSI code page: a Chinese
    name (not in cp1252) or an emoji and U+FFFD (not in cp936) once ended the batch."""
    names = ["截图 1.png", "日志 🚀.txt", "ok.txt"]
    for name in names:
        (tmp_path / name).write_text(name)
    links = tmp_path / "links.txt"
    with links.open("wb") as out:
        process = bilidrop(
            "upload",
            *(str(tmp_path / name) for name in names),
            *service_args(emulator),
            stdout=out,
            env={**os.environ, "PYTHONIOENCODING": code_page},
        )
        _, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    written = links.read_bytes().decode("utf-8")  # UTF-8, as documented
    assert [line.split("\t")[0] for line in written.splitlines()] == [
        str(tmp_path / name) for name in names
    ]
    assert uploads(emulator) == 3
