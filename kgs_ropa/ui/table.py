"""A thin table model over a list of cached row objects, and a table view set up for speed.

The model never queries the database: rows are small immutable objects loaded by a service.
Sorting happens in Python on cached values (a proxy model would call data() per comparison).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def sort_key(value: Any) -> tuple[int, Any]:
    """Sorts None and empty values last and compares text case-insensitively."""
    if value is None or value == "":
        return (1, "")
    if isinstance(value, str):
        return (0, value.casefold())
    return (0, value)


class RowsModel(QAbstractTableModel):
    """Subclasses set `Column` (an IntEnum) and implement header() and text()."""

    Column: type[IntEnum]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- subclass hooks
    def header(self, column: int) -> str:
        raise KeyError(column)

    def text(self, row: Any, column: int) -> str:
        raise KeyError(column)

    def sort_value(self, row: Any, column: int) -> Any:
        return self.text(row, column)

    def row_id(self, row: Any) -> int:
        return int(row.id)

    # -- Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, index.column())
        if role == ID_ROLE:
            return self.row_id(row)
        return self.extra(row, index.column(), role)

    def extra(self, row: Any, column: int, role: int) -> Any:
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.Column):
            return self.header(section)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._apply_sort(self._rows)
        self.layoutChanged.emit()

    def _apply_sort(self, rows: list[Any]) -> None:
        if self._sort is None:
            return
        column, order = self._sort
        rows.sort(
            key=lambda r: sort_key(self.sort_value(r, column)),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    # -- rows
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._apply_sort(self._rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, position: int) -> Any:
        return self._rows[position]

    def position_of(self, row_id: int) -> int:
        for position, row in enumerate(self._rows):
            if self.row_id(row) == row_id:
                return position
        return -1

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.Column) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.Column) - 1)
            self.dataChanged.emit(self.index(0, 0), last)


def make_table(parent: QWidget, model: RowsModel, accessible_name: str) -> QTableView:
    """A row-selecting, sortable table with fixed row heights (no auto-sizing on large tables)."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    # Set the indicator before enabling sorting: enabling sorts by it at once.
    view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    vertical = view.verticalHeader()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(view.fontMetrics().height() + 8)
    vertical.hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionsMovable(True)
    view.setAccessibleName(accessible_name)
    return view


def selected_ids(view: QTableView) -> list[int]:
    model = view.model()
    assert isinstance(model, RowsModel)
    rows = sorted({index.row() for index in view.selectionModel().selectedRows()})
    return [model.row_id(model.row_at(r)) for r in rows]


def select_id(view: QTableView, row_id: int) -> None:
    model = view.model()
    assert isinstance(model, RowsModel)
    position = model.position_of(row_id)
    if position >= 0:
        view.selectRow(position)
        view.scrollTo(model.index(position, 0))


Formatter = Callable[[Any], str]


def fit_columns(view: QTableView, max_chars: int = 45, stretch: int | None = None) -> None:
    """Size columns to their contents, capped; only for short lists (catalogues), never the
    register, where measuring every row would cost seconds. `stretch`: the column (a name or
    description) that takes the width left over, instead of the last one."""
    header = view.horizontalHeader()
    limit = view.fontMetrics().averageCharWidth() * max_chars
    last = header.count() - 1
    for column in range(header.count()):
        if column == stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            continue
        if column == last and stretch is None:
            continue  # the header stretches it
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        hint = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
        view.setColumnWidth(column, min(hint + 12, limit))
    header.setStretchLastSection(stretch is None)


class _SearchKeys(QObject):
    """Down or Enter in a search field moves into its table, on the first row if none is."""

    def __init__(self, search: QLineEdit, view: QTableView) -> None:
        super().__init__(search)
        self.view = view
        search.installEventFilter(self)
        search.returnPressed.connect(self.enter_table)

    def enter_table(self) -> None:
        model = self.view.model()
        if model.rowCount() == 0:
            return
        if not self.view.selectionModel().hasSelection():
            self.view.selectRow(0)
        self.view.setFocus(Qt.FocusReason.TabFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        down = (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and not event.modifiers()
        )
        if down:
            self.enter_table()
        return down


def search_leads_to(search: QLineEdit, view: QTableView, *after: QWidget) -> None:
    """One Tab (or Down, or Enter) from the search field reaches its table; the widgets in
    `after` (filters, buttons) come after the table in the tab order, not between."""
    _SearchKeys(search, view)
    chain = [search, view, *after]
    for first, second in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(first, second)
