"""What every form and window of ours does the same way."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QWidget


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


def fit_on_screen(window: QWidget) -> None:
    """Never larger than the screen's free area (a saved size from a bigger screen, or the
    default size at a large scale factor)."""
    from PySide6.QtGui import QGuiApplication

    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    free = screen.availableGeometry()
    window.resize(min(window.width(), free.width()), min(window.height(), free.height()))
