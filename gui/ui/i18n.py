"""The one translation function for BiliDrop's own strings.

pyside6-lupdate files every bare `tr("...")` call under the empty context, so that is the
context this function asks Qt for.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)
