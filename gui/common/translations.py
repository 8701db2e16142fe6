"""Loading the chosen language's translations into Qt, and pointing `gui.i18n.tr` at them.

The .qm files are compiled from resources/translations/*.ts by the build (hatch_build.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from gui.i18n import Language, language_for, use_translator
from gui.resources import resource_path

_installed: list[QTranslator] = []


def _qt_translate(text: str) -> str:
    return QCoreApplication.translate("", text)


def ui_language(system: QLocale) -> str:
    """The language the system's interface is in (its first UI language), not the region
    its dates and numbers are written for: English Windows set to Chinese formats reads
    English, Chinese Windows set to American formats reads Chinese."""
    languages = system.uiLanguages()
    return languages[0].replace("-", "_") if languages else system.name()


def install_translations(app: QCoreApplication, setting: str) -> Language:
    """Load BiliDrop's and Qt's own translations for the chosen language; returns it."""
    use_translator(_qt_translate)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = language_for(setting, ui_language(QLocale.system()))
    if language is Language.ENGLISH:
        return language
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"bilidrop_{language}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    # Qt's own words: standard buttons and dialogs ("Cancel", the file chooser's "Look in").
    # Qt ships them as qtbase_LANG.qm, or for some languages (Chinese) only as qt_LANG.qm.
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for catalog in (f"qtbase_{language}", f"qt_{language}"):
        qt = QTranslator(app)
        if qt.load(catalog, folder):
            app.installTranslator(qt)
            _installed.append(qt)
            break
    return language
