"""The command line speaks the window's language: the one chosen in its Settings, else the
system's interface language, as the window picks it (gui/i18n.py). Read without Qt, which
`bilidrop upload` never loads: the choice from where Qt's QSettings keeps it, the words from
the .json catalog the build writes beside each .qm, and argparse's own words ("usage:",
"options") through the same catalog.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from gui.i18n import Language, language_for, tr, use_translator
from gui.resources import resource_path

LANGUAGE_KEY = ("window", "language")  # Settings.language, "window/language" in QSettings
ORGANISATION = APPLICATION = "BiliDrop"  # QSettings("BiliDrop", "BiliDrop")
MACOS_PLIST = "com.bilidrop.BiliDrop.plist"  # QSettings' name for it: com.ORGANISATION.APP


def speak_ui_language() -> Language:
    """Route `tr` and argparse through the catalog of the language the window would show."""
    language = language_for(window_language_setting(), system_ui_language())
    if language is not Language.ENGLISH:
        catalog = read_catalog(language)
        if catalog:
            use_translator(lambda text: catalog.get(text) or text)
            argparse._ = tr  # type: ignore[attr-defined]
            argparse.ngettext = lambda one, many, n: tr(one if n == 1 else many)  # type: ignore[attr-defined]
    return language


def read_catalog(language: Language) -> dict[str, str]:
    path = resource_path("translations", f"bilidrop_{language}.json")
    try:
        catalog = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}  # an install without catalogs speaks English rather than failing
    return catalog if isinstance(catalog, dict) else {}


def window_language_setting(platform: str = sys.platform) -> str:
    """Settings' "window/language" as QSettings keeps it natively: the registry on Windows,
    a plist on macOS, an INI file elsewhere; "system" when unset or unreadable."""
    try:
        if platform == "win32":
            value = _registry_value()
        elif platform == "darwin":
            value = _plist_value(Path.home() / "Library" / "Preferences" / MACOS_PLIST)
        else:
            value = _ini_value(settings_ini_path())
    except (OSError, ValueError):
        value = None
    return value if isinstance(value, str) and value else Language.SYSTEM


def settings_ini_path() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / ORGANISATION / f"{APPLICATION}.conf"


def _ini_value(path: Path) -> str | None:
    import configparser

    ini = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        ini.read(path, encoding="utf-8")
    except configparser.Error:  # a file edited into something else: the system's language
        return None
    return ini.get(LANGUAGE_KEY[0], LANGUAGE_KEY[1], fallback=None)


def _plist_value(path: Path) -> object:
    import plistlib

    with path.open("rb") as file:
        return plistlib.load(file).get(".".join(LANGUAGE_KEY))


def _registry_value() -> object:
    import winreg  # type: ignore[import-not-found,unused-ignore]

    key_path = "\\".join(("Software", ORGANISATION, APPLICATION, LANGUAGE_KEY[0]))
    with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key_path) as key:  # type: ignore[attr-defined,unused-ignore]
        return winreg.QueryValueEx(key, LANGUAGE_KEY[1])[0]  # type: ignore[attr-defined,unused-ignore]


def system_ui_language(
    platform: str = sys.platform, environ: os._Environ[str] | dict[str, str] = os.environ
) -> str:
    """The system's interface language as a locale name (zh_TW, zh-Hant-HK, en_US): the
    Windows display language; elsewhere the locale variables a terminal sets, in the order
    gettext reads them, and on macOS the first of the user's preferred languages when the
    terminal sets none."""
    if platform == "win32":
        return _windows_ui_language()
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "").split(":")[0]
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value
    if platform == "darwin":
        return _macos_ui_language()
    return "en"


def _windows_ui_language() -> str:
    import ctypes
    import locale

    language_id = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined,unused-ignore]
    return locale.windows_locale.get(language_id, "en")


def _macos_ui_language() -> str:
    import plistlib

    path = Path.home() / "Library" / "Preferences" / ".GlobalPreferences.plist"
    try:
        with path.open("rb") as file:
            languages = plistlib.load(file).get("AppleLanguages") or ["en"]
    except (OSError, ValueError):
        return "en"
    return str(languages[0])


def _argparse_words() -> tuple[str, ...]:
    """argparse's own words, which it asks `argparse._` for: listed here so that lupdate
    files them for translation (tests check each is in the catalog)."""
    return (
        tr("usage: "),
        tr("positional arguments"),
        tr("options"),
        tr("show this help message and exit"),
        tr("the following arguments are required: %s"),
        tr("unrecognized arguments: %s"),
        tr("invalid choice: %(value)r (choose from %(choices)s)"),
        tr("argument %(argument_name)s: %(message)s"),
        tr("expected one argument"),
        tr("expected at most one argument"),
        tr("expected at least one argument"),
        tr("not allowed with argument %s"),
        tr("invalid %(type)s value: %(value)r"),
        tr("ambiguous option: %(option)s could match %(matches)s"),
        tr("one of the arguments %s is required"),
    )
