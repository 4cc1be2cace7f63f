"""Edit > Deleted activities: the activities deleted from the register, put back with one click.

The list comes from the change history (services.trash), so it outlives the app: a delete made
last month can still be undone today.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kgs_ropa.services import trash
from kgs_ropa.services.document import DocumentError
from kgs_ropa.services.trash import DeletedActivity, TrashError
from kgs_ropa.storage.database import Database
from kgs_ropa.storage.errors import KnownError
from kgs_ropa.ui.error_text import user_message
from kgs_ropa.ui.i18n import QT_TRANSLATE_NOOP, current
from kgs_ropa.ui.messages import show_error
from kgs_ropa.ui.table import RowsModel, make_table, selected_ids
from kgs_ropa.ui.widgets import EmptyState
from kgs_ropa.ui.window_state import remember_layout


class Column(IntEnum):
    CODE = 0
    NAME = 1
    DELETED = 2
    BY = 3
    NOTE = 4


HEADERS = {
    Column.CODE: QT_TRANSLATE_NOOP("TrashModel", "Code"),
    Column.NAME: QT_TRANSLATE_NOOP("TrashModel", "Activity"),
    Column.DELETED: QT_TRANSLATE_NOOP("TrashModel", "Deleted on"),
    Column.BY: QT_TRANSLATE_NOOP("TrashModel", "Deleted by"),
    Column.NOTE: QT_TRANSLATE_NOOP("TrashModel", "Note"),
}


class TrashModel(RowsModel):
    Column = Column

    def header(self, column: int) -> str:
        return QCoreApplication.translate("TrashModel", HEADERS[Column(column)])

    def text(self, row: DeletedActivity, column: int) -> str:
        match column:
            case Column.CODE:
                return row.code
            case Column.NAME:
                return row.title(current())
            case Column.DELETED:  # stored in UTC, read on the user's own clock
                return row.deleted_at.astimezone().strftime("%Y-%m-%d %H:%M")
            case Column.BY:
                return row.actor
            case Column.NOTE:
                return row.comment
        return ""

    def sort_value(self, row: DeletedActivity, column: int) -> Any:
        return row.deleted_at if column == Column.DELETED else self.text(row, column)

    def row_id(self, row: DeletedActivity) -> int:
        return row.entry_id


class TrashDialog(QDialog):
    """Emits `restored` with the ids of the activities put back."""

    restored = Signal(list)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.model = TrashModel(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = make_table(self, self.model, "")
        self.table.doubleClicked.connect(lambda _index: self.restore())
        self.table.selectionModel().selectionChanged.connect(self._update_enabled)
        self.empty_state = EmptyState(self.table, self._empty_text)
        self.restore_button = QPushButton(self)
        self.restore_button.clicked.connect(self.restore)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        width = self.fontMetrics().averageCharWidth()
        for column, chars in enumerate((12, 44, 22, 20)):
            self.table.setColumnWidth(column, width * chars)
        # The latest delete first: it is the one most often taken back.
        self.table.sortByColumn(Column.DELETED, Qt.SortOrder.DescendingOrder)
        if not remember_layout(self, "trash"):
            self.resize(width * 130, self.fontMetrics().height() * 28)
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(trash.deleted(self.db))
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_enabled()

    def _update_enabled(self) -> None:
        self.restore_button.setEnabled(bool(selected_ids(self.table)))

    def _empty_text(self) -> str:
        return self.tr(
            "No deleted activities. An activity you delete is listed here, and can be put "
            "back, even after the app has been closed."
        )

    def restore(self) -> list[int]:
        """Put the selected activities back; their new ids (none when it could not be done)."""
        entries = selected_ids(self.table)
        if not entries:
            return []
        try:
            ids = trash.restore(self.db, entries, self.tr("Restored from the deleted activities"))
        except TrashError:
            show_error(self, self.tr("This activity was restored meanwhile; the list is updated."))
            self.reload()
            return []
        except (KnownError, DocumentError) as exc:
            # A code taken by a newer activity, a catalogue entry deleted since, ...
            text = user_message(exc)
            show_error(self, self.tr("The activity could not be put back: %1").replace("%1", text))
            return []
        self.reload()
        self.restored.emit(ids)
        return ids

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Deleted activities"))
        self.intro.setText(
            self.tr(
                "Activities deleted from the register, kept by the change history. Restore "
                "puts the selected ones back as they were when they were deleted."
            )
        )
        self.restore_button.setText(self.tr("Restore"))
        self.table.setAccessibleName(self.tr("Deleted activities"))
        self.model.retranslate()
