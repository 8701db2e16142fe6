"""The one translation function, with no Qt: the client's errors, the command line and the
window all word their text through `tr`.

Without a translator (the command line, scripts) `tr` gives the English source text. The
window installs Qt's translator at start (gui/common/translations.py). pyside6-lupdate files
every bare `tr("...")` call under the empty context, which is the context the installed
translator asks Qt for.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum


class Language(StrEnum):
    SYSTEM = "system"
    CHINESE = "zh_CN"  # Simplified
    TRADITIONAL = "zh_TW"  # Traditional, in Taiwan's words (檔案, 上傳, 連結, 設定)
    ENGLISH = "en"

    @property
    def is_chinese(self) -> bool:
        return self in (Language.CHINESE, Language.TRADITIONAL)


# Where Chinese is written in Traditional characters: Taiwan, Hong Kong and Macau (which
# read the Taiwan translation), or any locale that names the Hant script.
_TRADITIONAL_REGIONS = ("TW", "HK", "MO", "Hant")


_translate: Callable[[str], str] = str


def tr(text: str) -> str:
    return _translate(text)


def use_translator(translate: Callable[[str], str]) -> None:
    """Route every `tr` through `translate` from now on (the window does this once)."""
    global _translate
    _translate = translate


def language_for(setting: str, system_locale: str) -> Language:
    """The language to show: the setting, or for "system" the system's: Chinese reads the
    Traditional translation in Taiwan, Hong Kong and Macau (zh_TW, zh_HK, zh_Hant_HK) and the
    Simplified one elsewhere; every other language reads English."""
    if setting in tuple(Language) and setting != Language.SYSTEM:
        return Language(setting)
    parts = system_locale.replace("-", "_").split(".")[0].split("_")
    if parts[0] != "zh":
        return Language.ENGLISH
    if "Hans" in parts:
        return Language.CHINESE
    traditional = any(part in _TRADITIONAL_REGIONS for part in parts[1:])
    return Language.TRADITIONAL if traditional else Language.CHINESE
