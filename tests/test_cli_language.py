"""The command line speaks the window's language: its Settings choice, else the system's
interface language; argparse's own words too; and still without loading Qt."""

from __future__ import annotations

import json
import os
import plistlib
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from gui.cli_common import EXIT_OK, EXIT_USAGE
from gui.cli_language import (
    _argparse_words,
    _plist_value,
    read_catalog,
    system_ui_language,
    window_language_setting,
)
from gui.emulator.server import Emulator
from gui.i18n import Language, language_for
from tests.cli_helpers import MakeFile, service_args, upload_counting_imports

ROOT = Path(__file__).resolve().parents[1]


def cli_env(tmp_path: Path, **variables: str) -> dict[str, str]:
    """A process environment with its own settings folder and only the given locale."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
    }
    return env | {"XDG_CONFIG_HOME": str(tmp_path / "config")} | variables


def run_cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gui.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
        stdin=subprocess.DEVNULL,
    )


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANGUAGE": "zh_TW:en", "LANG": "en_US.UTF-8"}, "zh_TW"),  # gettext's order
        ({"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, "zh_CN.UTF-8"),
        ({"LC_MESSAGES": "zh_HK.UTF-8"}, "zh_HK.UTF-8"),
        ({"LANG": "C.UTF-8"}, "en"),  # no language at all
        ({"LANGUAGE": "", "LANG": "zh_SG.UTF-8"}, "zh_SG.UTF-8"),
        ({}, "en"),
    ],
)
def test_the_system_language_comes_from_the_locale_variables(
    environ: dict[str, str], expected: str
) -> None:
    assert system_ui_language("linux", environ) == expected


def test_each_system_language_reads_its_translation() -> None:
    def shown(environ: dict[str, str]) -> Language:
        return language_for("system", system_ui_language("linux", environ))

    assert shown({"LANG": "zh_TW.UTF-8"}) is Language.TRADITIONAL
    assert shown({"LANG": "zh_HK.UTF-8"}) is Language.TRADITIONAL
    assert shown({"LANG": "zh_CN.UTF-8"}) is Language.CHINESE
    assert shown({"LANG": "de_DE.UTF-8"}) is Language.ENGLISH


def test_the_window_setting_is_read_where_qsettings_writes_it(tmp_path: Path) -> None:
    """Written by Qt itself (as the Settings dialog does), read back without Qt."""
    env = cli_env(tmp_path)
    write = (
        "from PySide6.QtCore import QSettings\n"
        "s = QSettings('BiliDrop', 'BiliDrop'); s.setValue('window/language', 'zh_TW'); s.sync()\n"
        "print(s.fileName())"
    )
    done = subprocess.run(
        [sys.executable, "-c", write], env=env, capture_output=True, text=True, check=True
    )
    written = Path(done.stdout.strip())
    assert written.is_relative_to(tmp_path)
    check = "from gui.cli_language import window_language_setting as w; print(w('linux'))"
    read = subprocess.run(
        [sys.executable, "-c", check], env=env, capture_output=True, text=True, check=True
    )
    assert read.stdout.strip() == "zh_TW"


def test_no_setting_reads_system(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "nothing-here"))
    assert window_language_setting("linux") == "system"


def test_a_settings_file_edited_into_nonsense_reads_system(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    ini = tmp_path / "BiliDrop" / "BiliDrop.conf"
    ini.parent.mkdir()
    ini.write_text("language=zh_CN\n[window\n", encoding="utf-8")  # no section header
    assert window_language_setting("linux") == "system"
    ini.write_bytes(b"[window]\nlanguage=\xff\xfe\n")  # not UTF-8
    assert window_language_setting("linux") == "system"


def test_macos_setting_is_read_from_the_plist(tmp_path: Path) -> None:
    # QSettings on macOS keeps "window/language" as the key "window.language".
    plist = tmp_path / "com.bilidrop.BiliDrop.plist"
    plist.write_bytes(plistlib.dumps({"window.language": "zh_TW"}, fmt=plistlib.FMT_BINARY))
    assert _plist_value(plist) == "zh_TW"


@pytest.mark.parametrize("language", [Language.CHINESE, Language.TRADITIONAL])
def test_argparse_words_are_in_each_catalog(language: Language) -> None:
    catalog = read_catalog(language)
    assert len(catalog) > 400  # built from the .ts by the build hook
    missing = [word for word in _argparse_words() if word not in catalog]
    assert missing == []
    assert catalog["usage: "] == "用法："


@pytest.mark.parametrize("language", [Language.CHINESE, Language.TRADITIONAL])
def test_the_catalog_is_the_ts(language: Language) -> None:
    ts = ROOT / "resources" / "translations" / f"bilidrop_{language}.ts"
    messages = {
        m.findtext("source"): m.findtext("translation")
        for m in ET.parse(ts).getroot().iter("message")
    }
    assert read_catalog(language) == messages


def test_help_in_traditional_chinese_from_the_system(tmp_path: Path) -> None:
    done = run_cli(cli_env(tmp_path, LANG="zh_TW.UTF-8", COLUMNS="80"), "upload", "--help")
    assert done.returncode == EXIT_OK, done.stderr
    assert done.stdout.startswith("用法：bilidrop upload ")
    assert "選項：" in done.stdout  # the section title with a full-width colon
    assert "上傳每個 FILE" in done.stdout
    assert "show this help" not in done.stdout
    # wrapped by display width: no line wider than the terminal's 80 columns
    from gui.cli import columns

    assert max(columns(line) for line in done.stdout.splitlines()) <= 80


def test_usage_error_in_simplified_chinese(tmp_path: Path) -> None:
    done = run_cli(cli_env(tmp_path, LANG="zh_CN.UTF-8"), "upload")
    assert done.returncode == EXIT_USAGE
    assert "bilidrop upload：错误：缺少以下参数：FILE" in done.stderr


def test_the_settings_choice_wins_over_the_system(tmp_path: Path) -> None:
    env = cli_env(tmp_path, LANG="en_US.UTF-8")
    ini = tmp_path / "config" / "BiliDrop" / "BiliDrop.conf"
    ini.parent.mkdir(parents=True)
    ini.write_text("[window]\nlanguage=zh_CN\n", encoding="utf-8")
    done = run_cli(env, "status", "--api-base", "http://127.0.0.1:9")
    assert done.stdout.startswith("离线："), done.stdout
    assert "无法连接服务" in done.stdout


def test_an_upload_in_chinese_says_its_lines_in_chinese_and_loads_no_qt(
    tmp_path: Path, emulator: Emulator, make_file: MakeFile
) -> None:
    missing = tmp_path / "不存在.png"
    done = upload_counting_imports(
        str(make_file("报告.txt")),
        str(missing),
        *service_args(emulator),
        env=cli_env(tmp_path, LANG="zh_CN.UTF-8"),
    )
    lines = done.stdout.splitlines()
    assert lines[-1] == "heavy:  code: 1", done.stderr  # Chinese, and still no Qt
    assert "报告.txt\t" in lines[0]
    assert lines[0].endswith(" 过期）")
    assert "找不到文件（可能已移动或删除）" in done.stderr


def test_json_keys_stay_english(tmp_path: Path, emulator: Emulator, make_file: MakeFile) -> None:
    done = run_cli(
        cli_env(tmp_path, LANG="zh_TW.UTF-8"),
        "upload",
        "--json",
        str(make_file("a.txt")),
        *service_args(emulator),
    )
    assert done.returncode == EXIT_OK, done.stderr
    assert set(json.loads(done.stdout)) == {"file", "key", "url", "expires_at"}
