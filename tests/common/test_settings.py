from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from gui.common.settings import Settings
from gui.i18n import Language


def settings_at(path: Path) -> Settings:
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


def test_defaults(tmp_path: Path) -> None:
    settings = settings_at(tmp_path / "s.ini")
    assert (settings.parallel_uploads, settings.heartbeat_interval) == (3, 30)
    assert (settings.auto_copy, settings.keep_in_tray, settings.notify) == (True, True, True)
    assert (settings.link_format, settings.language) == ("url", "system")
    assert settings.window_geometry is None


def test_round_trip_through_the_file(tmp_path: Path) -> None:
    settings = settings_at(tmp_path / "s.ini")
    settings.parallel_uploads = 6
    settings.auto_copy = False
    settings.language = Language.CHINESE
    settings.sync()
    again = settings_at(tmp_path / "s.ini")
    assert again.parallel_uploads == 6
    assert again.auto_copy is False  # stored as text in INI files
    assert again.language == "zh_CN"
    assert again.language is Language.CHINESE  # read back as the enum, not its text


def test_bad_values_fall_back_or_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    path.write_text(
        "[uploads]\nparallel=99\n[connection]\nheartbeat_interval=soon\n[links]\nformat=pdf\n"
    )
    settings = settings_at(path)
    assert settings.parallel_uploads == 8  # clamped
    assert settings.heartbeat_interval == 30  # unreadable: the default
    assert settings.link_format == "url"
    with pytest.raises(ValueError, match="links/format"):
        settings.link_format = "pdf"  # type: ignore[assignment]


def test_the_ui_language_is_the_systems_interface_language_not_its_region() -> None:
    from gui.common.translations import ui_language
    from gui.i18n import language_for

    class System:  # as QLocale.system() answers on an English Windows with Chinese formats
        def uiLanguages(self) -> list[str]:
            return ["en-US", "zh-Hans-CN"]

        def name(self) -> str:
            return "zh_CN"

    assert ui_language(System()) == "en_US"  # type: ignore[arg-type]
    assert language_for("system", ui_language(System())) is Language.ENGLISH  # type: ignore[arg-type]
