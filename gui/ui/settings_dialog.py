"""The settings dialog."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QWidget,
)

from gui.common.link_formats import link_format_names
from gui.common.settings import LANGUAGES, LINK_FORMATS, Settings
from gui.i18n import Language, tr


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Settings"))
        self.settings = settings
        self.parallel = QSpinBox()
        self.parallel.setRange(1, 8)
        self.parallel.setValue(settings.parallel_uploads)
        self.parallel.setToolTip(tr("How many files are uploaded at the same time"))
        self.interval = QSpinBox()
        self.interval.setRange(5, 3600)
        self.interval.setSuffix(tr(" s"))
        self.interval.setValue(settings.heartbeat_interval)
        self.interval.setToolTip(tr("How often the connection is checked while online"))
        self.auto_copy = QCheckBox(tr("Copy each link when its upload finishes"))
        self.auto_copy.setChecked(settings.auto_copy)
        self.link_format = QComboBox()
        for link_format, name in link_format_names().items():
            self.link_format.addItem(name, link_format)
        self.link_format.setCurrentIndex(LINK_FORMATS.index(settings.link_format))
        self.link_format.setToolTip(tr("How a copied link is written"))
        self.keep_in_tray = QCheckBox(tr("Keep running in the tray when the window is closed"))
        self.keep_in_tray.setChecked(settings.keep_in_tray)
        self.notify = QCheckBox(tr("Notify when an upload ends while the window is in the back"))
        self.notify.setChecked(settings.notify)
        self.language = QComboBox()
        for language, name in (
            (Language.SYSTEM, tr("System default")),
            (Language.CHINESE, "简体中文"),
            (Language.ENGLISH, "English"),
        ):
            self.language.addItem(name, language)
        self.language.setCurrentIndex(LANGUAGES.index(settings.language))
        self.language.setToolTip(tr("Takes effect the next time BiliDrop starts"))
        form = QFormLayout(self)
        form.addRow(tr("&Parallel uploads:"), self.parallel)
        form.addRow(tr("&Heartbeat interval:"), self.interval)
        form.addRow("", self.auto_copy)
        form.addRow(tr("Copy links &as:"), self.link_format)
        form.addRow("", self.keep_in_tray)
        form.addRow("", self.notify)
        form.addRow(tr("&Language:"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        self.settings.parallel_uploads = self.parallel.value()
        self.settings.heartbeat_interval = self.interval.value()
        self.settings.auto_copy = self.auto_copy.isChecked()
        self.settings.link_format = self.link_format.currentData()
        self.settings.keep_in_tray = self.keep_in_tray.isChecked()
        self.settings.notify = self.notify.isChecked()
        self.settings.language = self.language.currentData()
        self.settings.sync()
        super().accept()
