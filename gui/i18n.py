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
    CHINESE = "zh_CN"
    ENGLISH = "en"


_translate: Callable[[str], str] = str


def tr(text: str) -> str:
    return _translate(text)


def use_translator(translate: Callable[[str], str]) -> None:
    """Route every `tr` through `translate` from now on (the window does this once)."""
    global _translate
    _translate = translate


def language_for(setting: str, system_locale: str) -> Language:
    """The language to show: the setting, or for "system" the system's (Chinese in any
    region reads the Simplified translation; everything else reads English)."""
    if setting in (Language.CHINESE, Language.ENGLISH):
        return Language(setting)
    return Language.CHINESE if system_locale.startswith("zh") else Language.ENGLISH
