"""The `bilidrop` command line, run in-process and as a real process."""

from __future__ import annotations

import email.utils
import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from gui.bili.client import HEARTBEAT_PATH, UPLOAD_PATH
from gui.cli import main
from gui.cli_common import (
    EXIT_CANCELLED,
    EXIT_FAILED,
    EXIT_OK,
    EXIT_SIGNED_OUT,
    EXIT_SLOWED_DOWN,
    EXIT_UNREACHABLE,
    EXIT_USAGE,
)
from gui.emulator import Emulator
from tests.conftest import wait_until

MakeFile = Callable[..., Path]


def service_args(emulator: Emulator) -> list[str]:
    return ["--api-base", emulator.base_url, "--cookie", emulator.demo_credentials.cookie_header()]


def assert_no_secrets(emulator: Emulator, *texts: str) -> None:
    for secret in emulator.demo_credentials.secret_values():
        for text in texts:
            assert secret not in text


def test_upload_json_lines(
    emulator: Emulator, make_file: MakeFile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = make_file("a.txt")
    empty = make_file("empty.txt", data=b"")
    code = main(
        [
            "upload",
            str(good),
            str(empty),
            str(tmp_path / "missing.txt"),
            "--json",
            *service_args(emulator),
        ]
    )
    out, err = capsys.readouterr()
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == EXIT_FAILED
    assert lines[0]["file"] == str(good)
    assert lines[0]["key"].endswith(".txt")
    assert lines[0]["url"].startswith(emulator.base_url)
    assert lines[0]["expires_at"].endswith("+00:00")
    assert lines[1] == {
        "file": str(empty),
        "error": "the file is empty; there is nothing to send.",
        "code": None,
    }
    assert "does not exist" in lines[2]["error"]
    assert_no_secrets(emulator, out, err)


def test_upload_text_and_exit_0(
    emulator: Emulator, make_file: MakeFile, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["upload", str(make_file("a.txt")), str(make_file("b.bin")), *service_args(emulator)]
    )
    out, _ = capsys.readouterr()
    assert code == EXIT_OK
    rows = [line.split("\t") for line in out.splitlines()]
    assert len(rows) == 2
    assert all(row[1].startswith("http://") for row in rows)
    assert all(row[2].startswith("(expires ") for row in rows)


def test_upload_cookie_from_environment(
    emulator: Emulator,
    make_file: MakeFile,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("BILIDROP_COOKIE", emulator.demo_credentials.cookie_header())
    assert main(["upload", str(make_file()), "--api-base", emulator.base_url]) == EXIT_OK


def test_upload_retries_transient_failure(
    emulator: Emulator,
    make_file: MakeFile,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr("gui.bili.retry.time.sleep", lambda seconds: None)
    emulator.faults.add("http500")
    assert main(["upload", str(make_file()), *service_args(emulator)]) == EXIT_OK
    assert "Retrying in" in capsys.readouterr().err


def test_upload_without_credentials(
    emulator: Emulator,
    make_file: MakeFile,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("BILIDROP_COOKIE", raising=False)
    assert main(["upload", str(make_file()), "--api-base", emulator.base_url]) == EXIT_USAGE
    assert "BILIDROP_COOKIE" in capsys.readouterr().err


def test_bad_cookie_names_missing_field(
    emulator: Emulator, make_file: MakeFile, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "upload",
            str(make_file()),
            "--api-base",
            emulator.base_url,
            "--cookie",
            "SESSDATA=abc; DedeUserID=1",
        ]
    )
    assert code == EXIT_USAGE
    assert "bili_jct" in capsys.readouterr().err


def test_plain_http_to_a_remote_host_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status", "--api-base", "http://example.com"]) == EXIT_USAGE
    assert "https" in capsys.readouterr().err


def test_status_exit_codes(
    emulator: Emulator, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("BILIDROP_COOKIE", raising=False)
    assert main(["status", *service_args(emulator)]) == EXIT_OK
    assert capsys.readouterr().out.startswith("Online")
    assert main(["status", "--json", "--api-base", emulator.base_url]) == EXIT_SIGNED_OUT
    assert json.loads(capsys.readouterr().out)["state"] == "signed_out"
    emulator.faults.add("http500")
    assert main(["status", "--json", *service_args(emulator)]) == EXIT_UNREACHABLE
    report = json.loads(capsys.readouterr().out)
    assert report["state"] == "unreachable"
    assert "HTTP 500" in report["error"]
    assert main(["status", "--json", *service_args(emulator)]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["latency_ms"] > 0


def start_emulator_process(*extra: str) -> tuple[subprocess.Popen[str], dict]:
    process = subprocess.Popen(
        [sys.executable, "-m", "gui.cli", "emulator", "--port", "0", *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    first = json.loads(process.stdout.readline())
    return process, first


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


IMPORTS_OF_UPLOAD = r"""
import sys
from gui.cli import main
code = main(sys.argv[1:])
heavy = sorted({m.split(".")[0] for m in sys.modules} & {"keyring", "PySide6", "starlette"})
print("heavy:", ",".join(heavy), "code:", code)
"""


def test_upload_with_a_given_cookie_loads_neither_keyring_nor_qt(
    emulator: Emulator, make_file: MakeFile
) -> None:
    """The command line pays only for what the command uses (start-up time)."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            IMPORTS_OF_UPLOAD,
            "upload",
            str(make_file("tiny.txt")),
            *service_args(emulator),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.stdout.splitlines()[-1] == "heavy:  code: 0", done.stderr


def bilidrop(*args: str, **kwargs: Any) -> subprocess.Popen[bytes]:
    """`bilidrop ARGS` as a real process (stdin closed, as in CI)."""
    return subprocess.Popen(
        [sys.executable, "-m", "gui.cli", *args],
        stdin=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        **kwargs,
    )


def uploads(emulator: Emulator) -> int:
    return sum(1 for r in emulator.requests if r.path == UPLOAD_PATH)


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
    [line] = [json.loads(text) for text in out.splitlines()]
    assert line["code"] == 412
    assert "risk control" in line["error"]
    assert "2 file(s) not sent" in err
    assert "Try again after" in err
    assert uploads(emulator) == 1  # nothing after the refusal


def test_wait_finishes_a_batch_through_a_412(
    emulator: Emulator,
    make_file: MakeFile,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import gui.cli

    waits: list[float] = []
    monkeypatch.setattr(gui.cli, "sleep", waits.append)  # the waits, without waiting them
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


def test_status_exits_4_when_slowed_down(
    emulator: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    emulator.faults.add("code", -799, endpoint="heartbeat")
    assert main(["status", "--json", *service_args(emulator)]) == EXIT_SLOWED_DOWN
    assert json.loads(capsys.readouterr().out)["state"] == "slowed_down"


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


def test_usage_errors_exit_64_as_the_readme_says(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["upload"], ["status", "--no-such-flag"], ["no-such-command"]):
        with pytest.raises(SystemExit) as caught:
            main(argv)
        assert caught.value.code == EXIT_USAGE
    assert "usage:" in capsys.readouterr().err


def test_upload_takes_folders_in_natural_order_like_the_window(
    emulator: Emulator, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "batch"
    (folder / "sub").mkdir(parents=True)
    for name in ("f10.txt", "f2.txt", "sub/a.txt"):
        (folder / name).write_text(name)
    (folder / "empty.txt").write_text("")
    code = main(["upload", "--json", str(folder), *service_args(emulator)])
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == EXIT_FAILED  # the empty file is refused, the rest sent
    assert [Path(line["file"]).relative_to(folder).as_posix() for line in lines] == [
        "empty.txt",
        "f2.txt",
        "f10.txt",
        "sub/a.txt",
    ]
    assert "url" in lines[1]
    assert "error" in lines[0]


def test_whoami_takes_the_cookie_like_every_command(
    emulator: Emulator, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--api-base", emulator.base_url]
    cookie = emulator.demo_credentials.cookie_header()
    assert main(["whoami", "--json", "--cookie", cookie, *base]) == EXIT_OK
    report = json.loads(capsys.readouterr().out)
    assert report["signed_in"]
    assert report["kept_in"] == "--cookie"
    monkeypatch.setenv("BILIDROP_COOKIE", cookie)
    assert main(["whoami", "--json", *base]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["kept_in"] == "BILIDROP_COOKIE"


def test_words_that_are_not_commands_are_the_windows_files(tmp_path: Path, monkeypatch) -> None:
    from gui.cli import COMMANDS, _names_a_command, build_parser

    subparsers = next(a for a in build_parser()._actions if a.dest == "command")
    assert set(COMMANDS) == set(subparsers.choices)  # type: ignore[arg-type]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "upload").mkdir()  # a folder named like a command is still the command
    assert _names_a_command(["upload", "a.txt"])
    assert _names_a_command(["--api-base", "http://127.0.0.1:1", "status"])
    assert _names_a_command(["uplaod"])  # a typo is an unknown command, not a missing file
    assert not _names_a_command(["photo.png"])
    assert not _names_a_command(["--demo", "./upload"])
    assert not _names_a_command(["--api-base", "upload", "a.txt"])  # the option's value
    assert not _names_a_command(["--", "upload"])
    assert not _names_a_command([])
