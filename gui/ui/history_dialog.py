"""The history: every finished upload, searchable, with its link's countdown and actions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.bili.sizes import format_size
from gui.clock import clock_time
from gui.i18n import tr
from gui.session.upload_item import time_left
from gui.store.history import History, HistoryEntry
from gui.ui.clipboard import LinkStyle, copy_links, links_of
from gui.ui.open_externally import open_folder, open_link
from gui.ui.thumbnails import Thumbnails

if TYPE_CHECKING:
    from gui.common.settings import Settings

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
NAME, SIZE, UPLOADED, LINK = range(4)


PAGE = 500  # entries read at a time
THUMBNAIL = 20  # logical pixels: a picture's thumbnail beside its name


class HistoryModel(QAbstractTableModel):
    """The history's entries, a page at a time as the view scrolls (100,000 of them open as
    fast as 100)."""

    def __init__(self, history: History, clock: Callable[[], datetime]) -> None:
        super().__init__()
        self.history = history
        self.clock = clock
        self.entries: list[HistoryEntry] = []
        self.thumbnails: Thumbnails | None = None  # pictures get one in the name column
        self._search = ""
        self._more = False

    def reload(self, search: str = "") -> None:
        self.beginResetModel()
        self._search = search
        self.entries = self.history.entries(search, limit=PAGE)
        self._more = len(self.entries) == PAGE
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        page = self.history.entries(self._search, limit=PAGE, offset=len(self.entries))
        self._more = len(page) == PAGE
        if page:
            first = len(self.entries)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self.entries += page
            self.endInsertRows()

    def prepend(self, entry: HistoryEntry) -> None:
        """A new upload, newest first, without reading the history again."""
        self.beginInsertRows(QModelIndex(), 0, 0)
        self.entries.insert(0, entry)
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 4

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("Name"), tr("Size"), tr("Uploaded"), tr("Time left"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if role == ENTRY_ROLE:
            return entry
        if role == SORT_ROLE:
            return (
                entry.name.lower(),
                entry.size,
                entry.uploaded_at.timestamp(),
                entry.expires_at.timestamp(),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == LINK:
            return tr("{url}\nexpires at {time}").format(
                url=entry.url, time=clock_time(entry.expires_at)
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(entry.local_path)
        if role == Qt.ItemDataRole.DecorationRole and column == NAME and self.thumbnails:
            wanted = self.thumbnails.wanted(entry.local_path)
            return self.thumbnails.get(entry.local_path) if wanted else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == NAME:
            return entry.name
        if column == SIZE:
            return format_size(entry.size)
        if column == UPLOADED:
            return entry.uploaded_at.astimezone().strftime("%Y-%m-%d %H:%M")
        left = (entry.expires_at - self.clock()).total_seconds()
        return time_left(left) if left > 0 else tr("expired")

    def tick(self) -> None:
        if self.entries:
            self.dataChanged.emit(self.index(0, LINK), self.index(len(self.entries) - 1, LINK))


class HistoryDialog(QDialog):
    """Non-modal. `tick()` comes from the window's clock; `on_recorded()` adds each new upload
    while the dialog is shown (it reads the history again only when it is shown again).

    Signals:
        reupload_requested(HistoryEntry): send this file again (the window queues it).
        qr_requested(HistoryEntry): show this link as a QR code.
    """

    reupload_requested = Signal(object)
    qr_requested = Signal(object)

    def __init__(
        self,
        history: History,
        settings: Settings,
        clock: Callable[[], datetime],
        confirm: Callable[[str, str], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Upload history"))
        self.settings = settings
        self.confirm = confirm
        self.model = HistoryModel(history, clock)
        self.model.thumbnails = thumbnails = Thumbnails(THUMBNAIL, self.devicePixelRatioF(), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)

        self.search = QLineEdit()
        self.table = QTableView()
        self._build_search_and_table()
        thumbnails.ready.connect(self.table.viewport().update)
        self.finished.connect(thumbnails.close)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("History messages"))

        self.buttons: dict[str, QPushButton] = {}
        row = self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.resize(820, 460)
        self._stale = False
        self.reload()

    def _build_search_and_table(self) -> None:
        self.search.setPlaceholderText(tr("Search by name"))
        self.search.setAccessibleName(tr("Search the history"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.reload)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(UPLOADED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(tr("Uploaded files"))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self.on_context_menu)
        self.table.doubleClicked.connect(self.copy_selected)

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for key, label, slot, tip in (
            ("copy", tr("&Copy link"), self.copy_selected, tr("Copy the link (Ctrl+C)")),
            ("open", tr("&Open"), self.open_selected, tr("Open the link in the browser")),
            ("qr", tr("&QR code"), self.qr_selected, tr("Show the link as a QR code")),
            (
                "folder",
                tr("Show in &folder"),
                self.show_in_folder,
                tr("Open the folder that holds the file"),
            ),
            (
                "reupload",
                tr("&Re-upload"),
                self.reupload_selected,
                tr("Upload the file again for a fresh link"),
            ),
            ("delete", tr("&Delete"), self.delete_selected, tr("Remove this entry (Delete)")),
            ("clear", tr("C&lear history…"), self.clear_history, tr("Remove every entry")),
        ):
            button = QPushButton(label)
            button.setToolTip(tip)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            self.buttons[key] = button
            row.addWidget(button)
        return row

    # --- data ------------------------------------------------------------------------------------

    @Slot()
    def reload(self) -> None:
        search = self.search.text().strip()
        self.model.reload(search)
        self._stale = False
        self._update_buttons()
        if self.model.rowCount() == 0:
            self.message.setText(
                tr("Nothing in the history matches “{search}”.").format(search=search)
                if search
                else tr("No uploads yet: every finished upload appears here with its link.")
            )

    @Slot(object)
    def on_recorded(self, entry: HistoryEntry) -> None:
        if not self.isVisible():
            self._stale = True  # read again when shown: nothing is done for a closed window
        elif entry.matches(self.search.text().strip()):
            self.model.prepend(entry)
            self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    @Slot()
    def tick(self) -> None:
        self.model.tick()
        self._update_buttons()

    def selected(self) -> HistoryEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ENTRY_ROLE) if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _live(self, entry: HistoryEntry) -> bool:
        return (entry.expires_at - self.model.clock()).total_seconds() > 0

    @Slot()
    def _update_buttons(self, *args: object) -> None:
        entry = self.selected()
        live = entry is not None and self._live(entry)
        for key in ("copy", "folder", "reupload", "delete"):
            self.buttons[key].setEnabled(entry is not None)
        for key in ("open", "qr"):
            self.buttons[key].setEnabled(live)
        self.buttons["clear"].setEnabled(bool(self.model.entries))

    # --- actions ---------------------------------------------------------------------------------

    def keyPressEvent(self, event: Any) -> None:
        key = event.key()
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selected()
        elif event.matches(QKeySequence.StandardKey.Delete):
            self.delete_selected()
        elif key == Qt.Key.Key_Down and self.focusWidget() is self.search:
            self._into_the_list()  # from the search box straight to the results
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.selected() is None:
                self._into_the_list()
            self.copy_selected()  # Enter copies, from the search box or the list
        else:
            super().keyPressEvent(event)

    def _into_the_list(self) -> None:
        if self.proxy.rowCount():
            self.table.setFocus()
            if not self.table.selectionModel().hasSelection():
                self.table.selectRow(0)

    @Slot()
    def copy_selected(self) -> None:
        entry = self.selected()
        if entry is not None:
            style = LinkStyle.chosen(self.settings)
            self.message.setText(copy_links(links_of([entry]), style, self.model.clock()))

    @Slot()
    def open_selected(self) -> None:
        entry = self.selected()
        if entry is not None and self._live(entry):
            open_link(entry.url, self.message.setText)

    @Slot()
    def qr_selected(self) -> None:
        entry = self.selected()
        if entry is not None and self._live(entry):
            self.qr_requested.emit(entry)

    @Slot()
    def show_in_folder(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        if not entry.local_path.parent.is_dir():
            self.message.setText(
                tr("The folder {folder} no longer exists.").format(folder=entry.local_path.parent)
            )
            return
        open_folder(str(entry.local_path.parent), self.message.setText)

    @Slot()
    def reupload_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        if not entry.local_path.is_file():
            self.message.setText(
                tr("{name} is no longer at {path}: nothing to re-upload.").format(
                    name=entry.name, path=entry.local_path
                )
            )
            return
        self.reupload_requested.emit(entry)
        self.message.setText(
            tr("Re-uploading {name}: see the main window.").format(name=entry.name)
        )

    @Slot()
    def delete_selected(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.model.history.delete(entry.id)
            self.reload()

    @Slot()
    def clear_history(self) -> None:
        if self.model.entries and self.confirm(
            tr("Clear the history?"),
            tr("Remove all {n} entries? The links themselves are not affected.").format(
                n=len(self.model.entries)
            ),
        ):
            self.model.history.clear()
            self.reload()

    @Slot(QPoint)
    def on_context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        for key in ("copy", "open", "qr", "folder", "reupload", "delete"):
            button = self.buttons[key]
            action = menu.addAction(button.text().replace("&", ""), button.click)
            action.setEnabled(button.isEnabled())
        menu.popup(self.table.viewport().mapToGlobal(position))
