"""The `bilidrop` command line, run in-process and as a real process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gui.cli import main
from gui.cli_common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_SIGNED_OUT,
    EXIT_SLOWED_DOWN,
    EXIT_UNREACHABLE,
    EXIT_USAGE,
)
from gui.emulator.server import Emulator
from tests.cli_helpers import (
    MakeFile,
    assert_no_secrets,
    service_args,
)


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


def test_status_exits_4_when_slowed_down(
    emulator: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    emulator.faults.add("code", -799, endpoint="heartbeat")
    assert main(["status", "--json", *service_args(emulator)]) == EXIT_SLOWED_DOWN
    assert json.loads(capsys.readouterr().out)["state"] == "slowed_down"


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
