"""Start with the session: the login item is written, read back and removed, per platform."""

from __future__ import annotations

import plistlib
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from gui.common.autostart import (
    RUN_VALUE,
    Autostart,
    desktop_exec,
    launch_command,
    macos_login_command,
)
from gui.common.send_to import SendTo


def test_linux_writes_an_xdg_autostart_entry_and_removes_it(tmp_path: Path) -> None:
    autostart = Autostart("linux", home=tmp_path, config_home=tmp_path / "config")
    assert not autostart.enabled()
    command = ["/opt/Bili Drop/bilidrop", "--minimized"]
    autostart.enable(command)
    entry = tmp_path / "config" / "autostart" / "io.github.bilidrop.BiliDrop.desktop"
    assert entry.exists()
    assert autostart.enabled()
    exec_line = next(line for line in entry.read_text().splitlines() if line.startswith("Exec="))
    assert shlex.split(exec_line.removeprefix("Exec=")) == command
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        assert done.returncode == 0, done.stdout
    autostart.disable()
    assert not entry.exists()
    assert not autostart.enabled()
    autostart.disable()  # nothing left to remove: fine


def test_an_entry_the_desktop_turned_off_reads_as_off(tmp_path: Path) -> None:
    autostart = Autostart("linux", home=tmp_path, config_home=tmp_path)
    autostart.enable(["bilidrop", "--minimized"])
    entry = autostart.desktop_file
    entry.write_text(entry.read_text().replace("enabled=true", "enabled=false"))
    assert not autostart.enabled()


def test_exec_quoting_follows_the_desktop_entry_spec() -> None:
    assert desktop_exec(["bilidrop", "--minimized"]) == "bilidrop --minimized"
    assert desktop_exec(["/a b/bilidrop"]) == '"/a b/bilidrop"'
    assert desktop_exec(['/x/$HOME"`\\', "100%"]) == '"/x/\\$HOME\\"\\`\\\\" 100%%'


def test_windows_uses_the_run_key(tmp_path: Path) -> None:
    key = QSettings(str(tmp_path / "run.ini"), QSettings.Format.IniFormat)
    approved = QSettings(str(tmp_path / "approved.ini"), QSettings.Format.IniFormat)
    autostart = Autostart("win32", run_key=key, approved_key=approved)
    autostart.enable([r"C:\Program Files\BiliDrop\bilidrop.exe", "--minimized"])
    assert key.value(RUN_VALUE) == r'"C:\Program Files\BiliDrop\bilidrop.exe" --minimized'
    assert autostart.enabled()
    autostart.disable()
    assert not key.contains(RUN_VALUE)
    assert not autostart.enabled()


def test_macos_writes_a_launch_agent(tmp_path: Path) -> None:
    autostart = Autostart("darwin", home=tmp_path)
    bundle = tmp_path / "Applications" / "BiliDrop.app"
    (bundle / "Contents" / "MacOS").mkdir(parents=True)
    autostart.enable(macos_login_command(bundle / "Contents" / "MacOS" / "bilidrop", "--minimized"))
    agent = plistlib.loads(autostart.launch_agent.read_bytes())
    assert agent["RunAtLoad"] is True
    assert agent["ProgramArguments"][-1] == "--minimized"
    assert autostart.enabled()
    autostart.disable()
    assert not autostart.launch_agent.exists()


def test_the_launch_command_starts_this_installation() -> None:
    command = launch_command("--minimized")
    assert command[-1] == "--minimized"
    done = subprocess.run([*command[:-1], "--help"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    assert "bilidrop" in done.stdout


def test_send_to_makes_the_shortcut_through_powershell_and_removes_it(tmp_path: Path) -> None:
    calls: list[tuple[list[str], dict[str, str]]] = []

    def fake_powershell(command: list[str], env: dict[str, str]) -> None:
        calls.append((command, env))
        Path(env["BILIDROP_LINK"]).write_bytes(b"lnk")  # what Save() leaves

    send_to = SendTo(tmp_path, run=fake_powershell)
    assert not send_to.enabled()
    send_to.enable([r"C:\Program Files\BiliDrop\bilidrop.exe"])
    ((command, env),) = calls
    assert command[0] == "powershell"
    assert env["BILIDROP_TARGET"] == r"C:\Program Files\BiliDrop\bilidrop.exe"
    assert env["BILIDROP_LINK"] == str(tmp_path / "BiliDrop.lnk")
    assert send_to.enabled()
    send_to.disable()
    assert not send_to.enabled()


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_every_desktop_platform_is_supported(platform: str) -> None:
    assert Autostart(platform).supported


def test_on_windows_the_window_starts_through_pythonw_never_a_console(tmp_path: Path) -> None:
    from gui.common.restart import windowless_python

    python = tmp_path / "python.exe"
    python.write_text("")
    assert windowless_python(str(python), "win32") == str(python)  # no pythonw beside it
    (tmp_path / "pythonw.exe").write_text("")
    assert windowless_python(str(python), "win32") == str(tmp_path / "pythonw.exe")
    assert windowless_python(str(python), "linux") == str(python)
    command = launch_command("--minimized", platform="win32")
    assert command[1:] == ["-m", "gui", "--minimized"]  # not the console bilidrop.exe


def test_task_managers_disabled_reads_as_off_and_turning_on_clears_it(tmp_path: Path) -> None:
    key = QSettings(str(tmp_path / "run.ini"), QSettings.Format.IniFormat)
    approved = QSettings(str(tmp_path / "approved.ini"), QSettings.Format.IniFormat)
    autostart = Autostart("win32", run_key=key, approved_key=approved)
    autostart.enable([r"C:\BiliDrop\bilidrop.exe", "--minimized"])
    approved.setValue(RUN_VALUE, QByteArray(b"\x03" + b"\0" * 11))  # Disabled in Task Manager
    assert not autostart.enabled()  # the checkbox tells the truth
    autostart.enable([r"C:\BiliDrop\bilidrop.exe", "--minimized"])
    assert autostart.enabled()


def test_macos_opens_the_bundle_refuses_a_translocated_one_and_sees_a_moved_one(
    tmp_path: Path,
) -> None:
    bundle = tmp_path / "Applications" / "BiliDrop.app"
    (bundle / "Contents" / "MacOS").mkdir(parents=True)
    command = macos_login_command(bundle / "Contents" / "MacOS" / "bilidrop", "--minimized")
    assert command == ["/usr/bin/open", "-a", str(bundle), "--args", "--minimized"]
    translocated = Path("/private/var/folders/x/AppTranslocation/ABC/d/BiliDrop.app")
    with pytest.raises(OSError, match="temporary copy"):
        macos_login_command(translocated / "Contents" / "MacOS" / "bilidrop")
    autostart = Autostart("darwin", home=tmp_path)
    autostart.enable(command)
    assert autostart.enabled()
    bundle.rename(tmp_path / "Moved.app")  # dragged elsewhere: the item would do nothing
    assert not autostart.enabled()
