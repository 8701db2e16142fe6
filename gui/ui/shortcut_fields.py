"""Settings' global shortcuts: a key editor for each (cleared: none), and under it, in plain
words, why the system refused one, or how to bind the command where BiliDrop takes no keys."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import QFormLayout, QGroupBox, QKeySequenceEdit, QLabel, QWidget

from gui.hotkeys.names import Hotkey
from gui.i18n import tr


class ShortcutFields(QGroupBox):
    """`refusals`: why a hot key is not held now; `note`: said above the fields when this
    desktop lets no program take global keys ("" where it does)."""

    def __init__(
        self,
        current: Mapping[Hotkey, str],
        refusals: Mapping[Hotkey, str],
        note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Global shortcuts"), parent)
        form = QFormLayout(self)
        if note:
            form.addRow(_said(note, warning=False))
        self.editors: dict[Hotkey, QKeySequenceEdit] = {}
        self.refusal_labels: dict[Hotkey, QLabel] = {}
        for hotkey, label, tip in (
            (
                Hotkey.CAPTURE,
                tr("Capture the scr&een:"),
                tr("Freeze the screen, choose a region or window, upload it"),
            ),
            (
                Hotkey.CLIPBOARD,
                tr("Upload the clip&board:"),
                tr("Upload the clipboard's image, files or text without showing the window"),
            ),
        ):
            editor = QKeySequenceEdit(QKeySequence.fromString(current.get(hotkey, "")))
            editor.setMaximumSequenceLength(1)
            editor.setClearButtonEnabled(True)
            editor.setToolTip(tip + "\n" + tr("Press the new keys; clear it for none."))
            editor.setEnabled(not note)
            form.addRow(label, editor)
            editor.setAccessibleName(label.replace("&", "").rstrip(":："))
            refusal = _said(refusals.get(hotkey, ""), warning=True)
            refusal.setVisible(bool(refusals.get(hotkey)))
            form.addRow("", refusal)
            self.editors[hotkey] = editor
            self.refusal_labels[hotkey] = refusal

    def chosen(self) -> dict[Hotkey, str]:
        """Each hot key's keys as Settings keep them ("" for none)."""
        return {
            hotkey: editor.keySequence().toString(QKeySequence.SequenceFormat.PortableText)
            for hotkey, editor in self.editors.items()
        }


def _said(text: str, *, warning: bool) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if warning:
        label.setForegroundRole(QPalette.ColorRole.Link)
    return label
