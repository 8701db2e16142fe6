"""One window per login session and kind of service: later starts hand their files to it over
a real local socket; a socket left by a crash does not stop the next start; two starts at
once make one window; the hand-over loads no Qt."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gui.common.instance_server import InstanceServer
from gui.common.single_instance import (
    decode,
    encode,
    hand_over,
    instance_address,
    instance_name,
    runtime_dir,
)


def unique_kind(tmp_path: Path) -> str:
    # A kind no real BiliDrop on this machine uses: an origin made up for the test.
    return f"http://127.0.0.1:{abs(hash(tmp_path)) % 50_000 + 10_000}"


def bilidrop(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.Popen(
        [sys.executable, "-m", "gui", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def test_message_keeps_any_path_and_makes_it_absolute(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    odd = Path(os.fsdecode(b"caf\xe9.txt")) if os.name == "posix" else Path("café.txt")
    paths, show, request = decode(encode([Path("a b.txt"), odd], show=False).rstrip(b"\n"))
    assert paths == [tmp_path / "a b.txt", tmp_path / odd]
    assert show is False
    assert request == ""
    with pytest.raises(ValueError, match="not a BiliDrop message"):
        decode(b'{"files": []}')


def test_a_request_travels_with_the_message_and_an_unknown_one_is_refused() -> None:
    message = encode([], show=False, request="capture-screen").rstrip(b"\n")
    assert message == b"bilidrop/1 hide do=capture-screen"
    assert decode(message) == ([], False, "capture-screen")
    with pytest.raises(ValueError, match="not a request"):
        decode(b"bilidrop/1 hide do=rm-rf")


def test_names_differ_by_kind() -> None:
    assert instance_name("demo") != instance_name("bilibili")
    assert instance_name("demo") == instance_name("demo")


def test_second_process_hands_its_files_to_the_first_and_ends(qtbot, tmp_path: Path) -> None:
    kind = unique_kind(tmp_path)
    server = InstanceServer(kind)
    assert server.listen()
    server.serve()
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
    server.serve()
    try:
        assert hand_over(unique_kind(tmp_path) + "1", [tmp_path]) is False
        assert hand_over("demo-of-another-kind", [tmp_path]) is False
    finally:
        server.close()


@pytest.mark.skipif(os.name != "posix", reason="a stale socket file is a Unix matter")
def test_a_socket_left_by_a_crash_is_recovered(qtbot, tmp_path: Path) -> None:
    kind = unique_kind(tmp_path)
    path = Path(instance_address(kind))
    path.parent.mkdir(mode=0o700, exist_ok=True)
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(path))  # what a killed BiliDrop leaves: the file, nobody listening
    stale.close()
    assert path.exists()
    try:
        assert hand_over(kind, []) is False  # nobody answers: the start opens its own window
        server = InstanceServer(kind)
        assert server.listen()
        server.serve()
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
    server.serve()
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


def test_names_differ_by_display_so_each_login_session_has_its_own(monkeypatch) -> None:
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":1")
    first = instance_name("demo")
    monkeypatch.setenv("DISPLAY", ":2")
    assert instance_name("demo") != first


@pytest.mark.skipif(os.name != "posix", reason="the runtime folder is a POSIX matter")
def test_two_login_sessions_each_get_their_own_window(qtbot, tmp_path: Path, monkeypatch) -> None:
    """Another XDG_RUNTIME_DIR (another login session of the same user): its start finds
    nobody and would open its own window, while this session's start hands over."""
    kind = unique_kind(tmp_path)
    mine, theirs = tmp_path / "run-1", tmp_path / "run-2"
    for folder in (mine, theirs):
        folder.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(mine))
    assert runtime_dir() == str(mine)
    server = InstanceServer(kind)
    assert server.listen()
    server.serve()
    try:
        assert (mine / instance_name(kind)).exists()
        assert hand_over(kind, []) is True
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(theirs))
        assert hand_over(kind, []) is False  # the other session: no window of its own yet
    finally:
        server.close()
    assert not (mine / instance_name(kind)).exists()  # closing gives the name up


@pytest.mark.skipif(os.name != "posix", reason="the lock is flock on POSIX")
def test_a_second_server_of_the_same_kind_never_takes_the_first_ones_socket(
    qtbot, tmp_path: Path
) -> None:
    kind = unique_kind(tmp_path)
    first = InstanceServer(kind)
    assert first.listen()
    first.serve()
    try:
        second = InstanceServer(kind)
        assert second.listen() is False  # the lock says who is first
        with qtbot.waitSignal(first.files_received, timeout=5_000) as received:
            assert hand_over(kind, [tmp_path]) is True  # still the first one's socket
        assert received.args[0] == [tmp_path]
    finally:
        first.close()
    again = InstanceServer(kind)
    assert again.listen()  # the first one gone, its name is free
    again.close()


HAND_OVER = r"""
import sys
from gui.entry import main
code = main(sys.argv[1:])
heavy = sorted({m.split(".")[0] for m in sys.modules} & {"PySide6", "argparse", "json", "re"})
print("heavy:", ",".join(heavy), "code:", code)
"""


def test_a_hand_over_loads_no_qt_and_says_how_many_files_it_gave(qtbot, tmp_path: Path) -> None:
    server = InstanceServer("demo")
    if not server.listen():
        pytest.skip("a demo BiliDrop runs on this desktop")
    server.serve()
    try:
        (tmp_path / "a.txt").write_text("a")
        with qtbot.waitSignal(server.files_received, timeout=15_000):
            run = subprocess.run(
                [sys.executable, "-c", HAND_OVER, "--demo", str(tmp_path / "a.txt"), str(tmp_path)],
                capture_output=True,
                text=True,
                timeout=30,
            )
    finally:
        server.close()
    assert "handed 1 file and 1 folder to the running BiliDrop window" in run.stdout
    assert "heavy:  code: 0" in run.stdout, run.stdout + run.stderr


def test_two_starts_at_once_make_one_window(qtbot, tmp_path: Path) -> None:
    """Explorer's "Open with" on two files starts two processes at the same moment: one
    wins, the other hands its file over (retrying while the winner gets ready)."""
    from gui.app import claim_instance
    from gui.common.window_options import WindowOptions

    kind = unique_kind(tmp_path)
    winner = claim_instance(WindowOptions(origin=kind, paths=[tmp_path / "a.txt"]))
    assert winner is not None
    winner.serve()
    try:
        with qtbot.waitSignal(winner.files_received, timeout=15_000) as received:
            loser = claim_instance(WindowOptions(origin=kind, paths=[tmp_path / "b.txt"]))
        assert loser is None  # handed over: no second window
        assert received.args[0] == [tmp_path / "b.txt"]
    finally:
        winner.close()


def test_the_launchers_activation_token_travels_with_the_files() -> None:
    from gui.common.single_instance import activation_token

    message = encode([Path("a.txt")], show=True, request="capture-screen", token="gnome:123 x")
    line = message.rstrip(b"\n")
    paths, show, request = decode(line)
    assert [path.name for path in paths] == ["a.txt"]  # the token is not taken for a path
    assert (show, request) == (True, "capture-screen")
    assert activation_token(line) == "gnome:123 x"  # hex on the wire: spaces and all
    assert activation_token(encode([Path("b")], show=True).rstrip(b"\n")) == ""


def test_only_a_token_as_compositors_make_them_is_used() -> None:
    from gui.ui.activation import TOKEN_VARIABLE, usable_token, use_activation_token

    assert usable_token("kwin-4f2a1c")
    assert not usable_token("")
    assert not usable_token("a b")
    assert not usable_token("x" * 513)
    assert not usable_token("tok\x1b[2J")  # no escape sequences into the environment
    old = os.environ.pop(TOKEN_VARIABLE, None)
    try:
        assert not use_activation_token("kwin-1", platform="xcb")  # X11 needs none
        assert TOKEN_VARIABLE not in os.environ
        assert use_activation_token("kwin-1", platform="wayland")
        assert os.environ[TOKEN_VARIABLE] == "kwin-1"
    finally:
        os.environ.pop(TOKEN_VARIABLE, None)
        if old is not None:
            os.environ[TOKEN_VARIABLE] = old


def test_a_start_launched_with_a_token_hands_it_to_the_running_window(
    qtbot, tmp_path: Path
) -> None:
    """As a Wayland file manager starts `bilidrop FILE`: XDG_ACTIVATION_TOKEN in its
    environment reaches the window, before it is asked to come forward."""
    kind = unique_kind(tmp_path)
    server = InstanceServer(kind)
    assert server.listen()
    server.serve()
    order: list[str] = []
    server.token_received.connect(lambda token: order.append(f"token {token}"))
    server.show_requested.connect(lambda: order.append("show"))
    try:
        with qtbot.waitSignal(server.show_requested, timeout=15_000):
            second = bilidrop("--api-base", kind, env={"XDG_ACTIVATION_TOKEN": "mutter-77"})
        assert second.wait(timeout=15) == 0
        assert order == ["token mutter-77", "show"]
    finally:
        server.close()


def test_the_handing_over_start_says_it_in_the_windows_language(
    qtbot, qapp, tmp_path: Path
) -> None:
    """The words come back from the window, which has its translations loaded: the start
    that hands over loads none, and still speaks the window's language."""
    from gui.common.translations import install_translations

    kind = unique_kind(tmp_path)
    server = InstanceServer(kind)
    assert server.listen()
    server.serve()
    (tmp_path / "截图.png").write_bytes(b"png")
    (tmp_path / "日志").mkdir()
    install_translations(qapp, "zh_TW")
    try:
        with qtbot.waitSignal(server.files_received, timeout=15_000):
            second = bilidrop(
                "--api-base", kind, str(tmp_path / "截图.png"), str(tmp_path / "日志")
            )
        out, _ = second.communicate(timeout=15)
    finally:
        install_translations(qapp, "en")
        server.close()
    assert second.returncode == 0
    assert out.strip() == "bilidrop：已將 1 個檔案和 1 個資料夾交給正在執行的 BiliDrop 視窗"
