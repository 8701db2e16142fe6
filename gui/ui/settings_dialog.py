"""The settings dialog: uploads, links, window, desktop and network."""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from gui.bili.proxy import Proxy, ProxyError
from gui.common.autostart import Autostart, launch_command
from gui.common.link_formats import (
    DEFAULT_TEMPLATE,
    PLACEHOLDERS,
    LinkFormat,
    format_link,
    link_format_names,
)
from gui.common.send_to import SendTo
from gui.common.settings import ManyFiles, Settings
from gui.hotkeys.names import Hotkey
from gui.i18n import Language, tr
from gui.ui.forms import name_by_label
from gui.ui.proxy_fields import ProxyFields
from gui.ui.shortcut_fields import ShortcutFields


class SettingsDialog(QDialog):
    """`proxy`: the one in use (with its password); after OK, `chosen_proxy` is the new one.
    `autostart` and `send_to` default to this platform's; tests give their own folders.
    `tray_available()` says whether closing to the tray is possible now."""

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        proxy: Proxy | None = None,
        autostart: Autostart | None = None,
        send_to: SendTo | None = None,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        hotkey_refusals: Mapping[Hotkey, str] | None = None,
        hotkey_note: str = "",
    ) -> None:
        super().__init__(parent)
        self.tray_available = tray_available
        self.setWindowTitle(tr("Settings"))
        self.settings = settings
        self.autostart = autostart or Autostart()
        self.send_to = (
            send_to if send_to is not None else (SendTo() if sys.platform == "win32" else None)
        )
        self.chosen_proxy = proxy or settings.proxy
        self.language_changed = False
        layout = QVBoxLayout(self)
        layout.addWidget(self._uploads_group())
        layout.addWidget(self._window_group())
        layout.addWidget(self._language_group())
        layout.addWidget(self._desktop_group())
        current = {hotkey: settings.hotkey(hotkey) for hotkey in Hotkey}
        self.shortcuts = ShortcutFields(current, hotkey_refusals or {}, hotkey_note)
        layout.addWidget(self.shortcuts)
        self.network = ProxyFields(self.chosen_proxy)
        layout.addWidget(self.network)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _uploads_group(self) -> QGroupBox:
        settings = self.settings
        self.parallel = QSpinBox()
        self.parallel.setRange(Settings.parallel_uploads.low, Settings.parallel_uploads.high)
        self.parallel.setValue(settings.parallel_uploads)
        self.parallel.setToolTip(tr("How many files are uploaded at the same time"))
        self.interval = QSpinBox()
        self.interval.setRange(Settings.heartbeat_interval.low, Settings.heartbeat_interval.high)
        self.interval.setSuffix(tr(" s"))
        self.interval.setValue(settings.heartbeat_interval)
        self.interval.setToolTip(tr("How often the connection is checked while online"))
        self.many_files = QComboBox()
        for choice, words in (
            (ManyFiles.EACH, tr("Upload each file")),
            (ManyFiles.ZIP, tr("Send as one zip")),
            (ManyFiles.ASK, tr("Ask each time")),
        ):
            self.many_files.addItem(words, choice)
        self.many_files.setCurrentIndex(self.many_files.findData(settings.many_files))
        self.many_files.setToolTip(
            tr("A dropped folder or several files: one link each, or one zip with one link")
        )
        self.auto_copy = QCheckBox(tr("Copy each link when its upload finishes"))
        self.auto_copy.setChecked(settings.auto_copy)
        self.link_format = QComboBox()
        for link_format, name in link_format_names().items():
            self.link_format.addItem(name, link_format)
        self.link_format.setCurrentIndex(self.link_format.findData(settings.link_format))
        self.link_format.setToolTip(tr("How a copied link is written"))
        self.template = QLineEdit(settings.link_template)
        self.template.setPlaceholderText(DEFAULT_TEMPLATE)
        self.template.setMinimumWidth(
            self.template.fontMetrics().horizontalAdvance(DEFAULT_TEMPLATE + "MMMM")
        )
        self.template.setToolTip(
            tr("Your own way to write a link: {placeholders} are filled in").format(
                placeholders=", ".join(PLACEHOLDERS)
            )
        )
        self.template_preview = QLabel()
        self.template_preview.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.template_preview.setWordWrap(True)
        self.link_format.currentIndexChanged.connect(self._show_template)
        self.template.textChanged.connect(self._show_template)
        group = QGroupBox(tr("Uploads"))
        form = QFormLayout(group)
        form.addRow(tr("&Parallel uploads:"), self.parallel)
        form.addRow(tr("&Connection check every:"), self.interval)
        form.addRow(tr("Folders and several &files:"), self.many_files)
        form.addRow(self.auto_copy)
        form.addRow(tr("Copy links &as:"), self.link_format)
        form.addRow(tr("&Template:"), self.template)
        form.addRow("", self.template_preview)
        name_by_label(form)
        self._show_template()
        return group

    def _show_template(self) -> None:
        """The template field only for "My template", with a preview of what it writes
        (or what is missing)."""
        custom = self.link_format.currentData() == LinkFormat.CUSTOM
        self.template.setEnabled(custom)
        self.template_preview.setVisible(custom)
        text = self.template.text()
        if "{url}" not in text:
            self.template_preview.setText(tr("The template needs {url}, the link itself."))
            return
        example = format_link(
            "https://example.invalid/a1b2.png",
            tr("photo.png"),
            LinkFormat.CUSTOM,
            template=text,
            size="1.2 MiB",
            expires_at="14:24",
            expires_in=tr("{time} left").format(time=tr("{n} min").format(n=14)),
        )
        self.template_preview.setText(tr("For example: {text}").format(text=example))

    def template_ok(self) -> bool:
        return (
            self.link_format.currentData() != LinkFormat.CUSTOM or "{url}" in self.template.text()
        )

    def _window_group(self) -> QGroupBox:
        settings = self.settings
        self.keep_in_tray = QCheckBox(tr("Keep running in the tray when the window is closed"))
        self.keep_in_tray.setChecked(settings.keep_in_tray)
        if not self.tray_available():
            self.keep_in_tray.setEnabled(False)
            self.keep_in_tray.setToolTip(
                tr("This desktop has no system tray now: closing the window quits BiliDrop.")
            )
        self.notify = QCheckBox(tr("Notify when an upload ends while the window is in the back"))
        self.notify.setChecked(settings.notify)
        group = QGroupBox(tr("Window"))
        form = QFormLayout(group)
        form.addRow(self.keep_in_tray)  # whole rows: every checkbox starts at the same place
        form.addRow(self.notify)
        return group

    def _language_group(self) -> QGroupBox:
        self.language = QComboBox()
        for language, name in (
            (Language.SYSTEM, tr("System default")),
            (Language.CHINESE, "简体中文"),
            (Language.TRADITIONAL, "繁體中文"),
            (Language.ENGLISH, "English"),
        ):
            self.language.addItem(name, language)
        self.language.setCurrentIndex(self.language.findData(self.settings.language))
        self.language.setToolTip(tr("Takes effect the next time BiliDrop starts"))
        group = QGroupBox(tr("Language"))
        form = QFormLayout(group)
        form.addRow(tr("&Language:"), self.language)
        name_by_label(form)
        return group

    def _desktop_group(self) -> QGroupBox:
        self.start_at_login = QCheckBox(tr("Start BiliDrop when I log in"))
        self.start_at_login.setChecked(self.autostart.enabled())
        self.start_at_login.setToolTip(
            tr("Starts in the tray (or shows the window when there is no tray)")
        )
        self.start_at_login.setEnabled(self.autostart.supported)
        group = QGroupBox(tr("Desktop"))
        form = QFormLayout(group)
        form.addRow(self.start_at_login)
        self.send_to_menu: QCheckBox | None = None
        if self.send_to is not None:
            self.send_to_menu = QCheckBox(tr("Add BiliDrop to Explorer's \u201cSend to\u201d menu"))
            self.send_to_menu.setChecked(self.send_to.enabled())
            form.addRow(self.send_to_menu)
        return group

    def accept(self) -> None:
        try:
            self.chosen_proxy = self.network.chosen()
        except ProxyError:
            return  # said under the fields; the dialog stays open
        if not self.template_ok():
            self.template.setFocus()
            return  # said under the template
        self.settings.parallel_uploads = self.parallel.value()
        self.settings.heartbeat_interval = self.interval.value()
        self.settings.many_files = self.many_files.currentData()
        self.settings.auto_copy = self.auto_copy.isChecked()
        self.settings.link_format = self.link_format.currentData()
        self.settings.link_template = self.template.text()
        self.settings.keep_in_tray = self.keep_in_tray.isChecked()
        self.settings.notify = self.notify.isChecked()
        self.language_changed = self.language.currentData() != self.settings.language
        self.settings.language = self.language.currentData()
        for hotkey, keys in self.shortcuts.chosen().items():
            self.settings.set_hotkey(hotkey, keys)
        self.settings.sync()
        self._apply_desktop()
        super().accept()

    def _apply_desktop(self) -> None:
        """Install or remove the login item and the Send To shortcut as ticked."""
        problems = []
        wanted = self.start_at_login.isChecked()
        if wanted != self.autostart.enabled():
            try:
                if wanted:
                    self.autostart.enable(launch_command("--minimized"))
                else:
                    self.autostart.disable()
            except OSError as error:
                problems.append(
                    tr("Starting at login: {error}").format(error=error.strerror or error)
                )
        if self.send_to is not None and self.send_to_menu is not None:
            wanted = self.send_to_menu.isChecked()
            try:
                if wanted and not self.send_to.enabled():
                    self.send_to.enable(launch_command())
                elif not wanted:
                    self.send_to.disable()
            except OSError as error:
                problems.append(tr("Send to: {error}").format(error=error.strerror or error))
        if problems:
            QMessageBox.warning(
                self,
                tr("Settings"),
                tr("Some desktop settings could not be changed.") + "\n\n" + "\n".join(problems),
            )
