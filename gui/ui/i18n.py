"""Translations: the one translation function for BiliDrop's own strings, and choosing and
loading the language at start.

pyside6-lupdate files every bare `tr("...")` call under the empty context, so that is the
context `tr` asks Qt for. The .qm files are compiled from resources/translations/*.ts by the
build (hatch_build.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from gui.resources import resource_path

_installed: list[QTranslator] = []


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def language_for(setting: str, system_locale: str | None = None) -> str:
    """The language to show: the setting, or for "system" the system's (Chinese in any
    region reads the Simplified translation; everything else reads English)."""
    if setting in ("zh_CN", "en"):
        return setting
    name = system_locale if system_locale is not None else QLocale.system().name()
    return "zh_CN" if name.startswith("zh") else "en"


def install_translations(app: QCoreApplication, setting: str) -> str:
    """Load BiliDrop's and Qt's own translations for the chosen language; returns it."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = language_for(setting)
    if language == "en":
        return language
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"bilidrop_{language}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)  # standard buttons and dialogs ("Cancel", "Yes", the file chooser)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return language
