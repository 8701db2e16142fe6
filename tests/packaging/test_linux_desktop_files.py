"""The Linux desktop files: "Open With", the desktop action, Dolphin's service menu and the
Nautilus/Nemo/Caja script all hand the chosen files to `bilidrop`."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"


def read_entry(path: Path) -> configparser.ConfigParser:
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(path, encoding="utf-8")
    return entry


def test_the_desktop_entry_opens_files_and_folders() -> None:
    entry = read_entry(LINUX / "io.github.bilidrop.BiliDrop.desktop")
    main = entry["Desktop Entry"]
    assert main["Exec"] == "bilidrop %F"
    kinds = main["MimeType"].rstrip(";").split(";")
    assert {"application/octet-stream", "inode/directory"} <= set(kinds)
    assert "upload" in main["Actions"].split(";")
    upload = entry["Desktop Action upload"]
    assert upload["Name"] == "Upload with BiliDrop"
    assert upload["Exec"] == "bilidrop %F"
    assert entry["Desktop Action minimized"]["Exec"] == "bilidrop --minimized"


def test_the_kde_service_menu_runs_bilidrop_with_the_files() -> None:
    entry = read_entry(LINUX / "bilidrop-upload.desktop")
    main = entry["Desktop Entry"]
    assert main["Type"] == "Service"
    assert {"application/octet-stream", "inode/directory"} <= set(main["MimeType"].split(";"))
    for action in filter(None, main["Actions"].split(";")):
        group = entry[f"Desktop Action {action}"]
        assert group["Name"]
        assert group["Exec"] == "bilidrop %F"


@pytest.mark.skipif(os.name != "posix", reason="a shell script")
def test_the_file_manager_script_passes_every_selected_path(tmp_path: Path) -> None:
    script = LINUX / "Upload with BiliDrop"
    assert os.access(script, os.X_OK)
    # A stand-in `bilidrop` on PATH that writes the arguments it was given, one per line.
    fake = tmp_path / "bin" / "bilidrop"
    fake.parent.mkdir()
    fake.write_text(
        f"#!{sys.executable}\nimport sys\n"
        f"open({str(tmp_path / 'args')!r}, 'w').write(chr(10).join(sys.argv[1:]))\n"
    )
    fake.chmod(0o755)
    chosen = [str(tmp_path / "holiday photo.jpg"), str(tmp_path / "folder with spaces")]
    env = {**os.environ, "PATH": f"{fake.parent}{os.pathsep}{os.environ['PATH']}"}
    subprocess.run([str(script), *chosen], check=True, env=env, timeout=30)
    assert (tmp_path / "args").read_text().split("\n") == chosen


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_the_desktop_entry_validates() -> None:
    done = subprocess.run(
        ["desktop-file-validate", str(LINUX / "io.github.bilidrop.BiliDrop.desktop")],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_app_notifications_and_autostart_name_the_desktop_entry(qapp) -> None:
    from gui.app import application
    from gui.common.identity import APP_ID

    assert (LINUX / f"{APP_ID}.desktop").is_file()
    assert application().desktopFileName() == APP_ID
