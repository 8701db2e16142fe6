"""Auto-copy as the window does it: a batch's links go on the clipboard once, when the whole
batch is done; meanwhile the status bar says how far it is; and a clipboard that changed
since the batch began (the user copied something else) is never overwritten without asking:
the links wait for Copy all live links (Ctrl+Shift+C) instead, and the status bar says so."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QGuiApplication

from gui.i18n import tr
from gui.session.link_batch import LinkBatch
from gui.session.upload_item import UploadItem


class AutoCopy(QObject):
    """`copy(items)` puts rows' links on the clipboard and says so; `say(text)` is the status
    bar; `copy_all_keys` names the keys of "Copy all live links"."""

    def __init__(
        self,
        batch: LinkBatch,
        copy: Callable[[list[UploadItem]], None],
        say: Callable[[str], None],
        copy_all_keys: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._copy = copy
        self._say = say
        self._keys = copy_all_keys
        self._before: str | None = None  # the clipboard's text when the batch began
        batch.started.connect(self.on_started)
        batch.waiting.connect(self.on_waiting)
        batch.copy_wanted.connect(self.on_done)

    @Slot()
    def on_started(self) -> None:
        self._before = QGuiApplication.clipboard().text()

    @Slot(int, int)
    def on_waiting(self, done: int, total: int) -> None:
        self._say(
            tr("{done} of {total} done; the links are copied when all are.").format(
                done=done, total=total
            )
        )

    @Slot(list)
    def on_done(self, items: list[UploadItem]) -> None:
        before, self._before = self._before, None
        if before is not None and QGuiApplication.clipboard().text() != before:
            self._say(
                tr(
                    "{n} link(s) ready, not copied: you copied something else meanwhile. "
                    "Copy them with {keys}."
                ).format(n=len(items), keys=self._keys)
            )
            return
        self._copy(items)
