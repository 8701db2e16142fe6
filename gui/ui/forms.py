"""What every form of the window does the same way."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout


def name_by_label(form: QFormLayout) -> None:
    """Give each field its label's words as its accessible name: a screen reader names a
    combo box by its current value otherwise."""
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label is None or field is None:
            continue
        text_of = getattr(label.widget(), "text", None)
        widget = field.widget()
        if callable(text_of) and widget is not None and text_of():
            widget.setAccessibleName(text_of().replace("&", "").rstrip(":：").strip())
