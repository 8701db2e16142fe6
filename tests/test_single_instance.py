"""One window per user and kind of service: later starts hand their files to it over a real
local socket; a socket left by a crash does not stop the next start."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QDir

from gui.common.single_instance import InstanceServer, decode, encode, hand_over, instance_name


def unique_kind(tmp_path: Path) -> str:
    # A kind no real BiliDrop on this machine uses: an origin made up for the test.
    return f"http://127.0.0.1:{abs(hash(tmp_path)) % 50_000 + 10_000}"


def bilidrop(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-m", "gui.cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def test_message_keeps_any_path_and_makes_it_absolute(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    odd = Path(os.fsdecode(b"caf\xe9.txt")) if os.name == "posix" else Path("café.txt")
    paths, show = decode(encode([Path("a b.txt"), odd], show=False).rstrip(b"\n"))
    assert paths == [tmp_path / "a b.txt", tmp_path / odd]
    assert show is False
    with pytest.raises(ValueError, match="not a BiliDrop message"):
        decode(b'{"files": []}')


def test_names_differ_by_kind() -> None:
    assert instance_name("demo") != instance_name("bilibili")
    assert instance_name("demo") == instance_name("demo")


def test_second_process_hands_its_files_to_the_first_and_ends(qtbot, tmp_path: Path) -> None:
    kind = unique_kind(tmp_path)
    server = InstanceServer(kind)
    assert server.listen()
    try:
        (tmp_path / "a.txt").write_text("a")
        (tmp_path / "b.txt").write_text("b")
        started = time.perf_counter()
        with qtbot.waitSignal(server.files_received, timeout=15_000) as received:
            second = bilidrop("--api-base", kind, str(tmp_path / "a.txt"), "b.txt")
        # (run from this folder: the relative name is made absolute by the sender)
        _out, err = second.communicate(timeout=15)
        elapsed = time.perf_counter() - started
        assert second.returncode == 0, err
        print(f"handed over and ended in {elapsed:.2f} s")
        assert received.args[0] == [tmp_path / "a.txt", Path.cwd() / "b.txt"]
    finally:
        server.close()


def test_kinds_do_not_mix(qtbot, tmp_path: Path) -> None:
    server = InstanceServer(unique_kind(tmp_path))
    assert server.listen()
    try:
        assert hand_over(unique_kind(tmp_path) + "1", [tmp_path]) is False
        assert hand_over("demo-of-another-kind", [tmp_path]) is False
    finally:
        server.close()


@pytest.mark.skipif(os.name != "posix", reason="a stale socket file is a Unix matter")
def test_a_socket_left_by_a_crash_is_recovered(qtbot, tmp_path: Path) -> None:
    kind = unique_kind(tmp_path)
    path = Path(QDir.tempPath()) / instance_name(kind)
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(path))  # what a killed BiliDrop leaves: the file, nobody listening
    stale.close()
    assert path.exists()
    try:
        assert hand_over(kind, []) is False  # nobody answers: the start opens its own window
        server = InstanceServer(kind)
        assert server.listen()
        with qtbot.waitSignal(server.show_requested, timeout=5_000):
            second = bilidrop("--api-base", kind)
        assert second.wait(timeout=15) == 0
        server.close()
    finally:
        path.unlink(missing_ok=True)


def test_a_minimised_start_does_not_ask_to_show(qtbot, tmp_path: Path) -> None:
    kind = unique_kind(tmp_path)
    server = InstanceServer(kind)
    assert server.listen()
    shown: list[bool] = []
    server.show_requested.connect(lambda: shown.append(True))
    try:
        with qtbot.waitSignal(server.files_received, timeout=15_000) as received:
            second = bilidrop("--api-base", kind, "--minimized", str(tmp_path))
        assert second.wait(timeout=15) == 0
        assert received.args[0] == [tmp_path]
        assert shown == []
    finally:
        server.close()
