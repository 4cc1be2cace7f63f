"""Open follow-up actions from the reviews, for the dashboard: who does what by when.

A panel any page can show; "Done" closes the selected action (it stays in its session's report).
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QTableView, QVBoxLayout, QWidget

from kgs_ropa.model.dates import format_date
from kgs_ropa.services import review_ops
from kgs_ropa.services.review import FollowUp
from kgs_ropa.storage.database import Database, StorageError
from kgs_ropa.ui import palette
from kgs_ropa.ui.error_text import user_message
from kgs_ropa.ui.i18n import current
from kgs_ropa.ui.messages import show_error
from kgs_ropa.ui.table import RowsModel
from kgs_ropa.ui.widgets import EmptyState

OVERDUE = QColor(palette.ERROR_TINT)


class FollowUpModel(RowsModel):
    class Column(IntEnum):
        ACTIVITY = 0
        ACTION = 1
        OWNER = 2
        DUE = 3
        SESSION = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = date.today()

    def row_id(self, row: FollowUp) -> int:
        return row.item_id

    def header(self, column: int) -> str:
        titles = {
            self.Column.ACTIVITY: self.tr("Activity"),
            self.Column.ACTION: self.tr("Action"),
            self.Column.OWNER: self.tr("Owner"),
            self.Column.DUE: self.tr("Due"),
            self.Column.SESSION: self.tr("Review"),
        }
        return titles[self.Column(column)]

    def text(self, row: FollowUp, column: int) -> str:
        values = {
            self.Column.ACTIVITY: f"{row.activity_code} {row.activity_name}".strip(),
            self.Column.ACTION: row.action,
            self.Column.OWNER: row.owner,
            self.Column.DUE: format_date(row.due_on, current()) if row.due_on else "",
            self.Column.SESSION: row.session_name,
        }
        return values[self.Column(column)]

    def sort_value(self, row: FollowUp, column: int) -> Any:
        return row.due_on if column == self.Column.DUE else self.text(row, column)

    def extra(self, row: FollowUp, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and row.overdue(self.today):
            return QBrush(OVERDUE)
        return None


class FollowUpsPanel(QGroupBox):
    """The open follow-ups, overdue ones tinted; emits `changed` after one is marked done."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.model = FollowUpModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.empty_state = EmptyState(
            self.view,
            lambda: self.tr(
                "No open follow-ups. A review session adds one for each activity marked "
                "“Needs follow-up”."
            ),
        )
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.done_button = QPushButton(self)
        self.done_button.clicked.connect(self.mark_done)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Open follow-ups from reviews"))
        self.view.setAccessibleName(self.tr("Open follow-ups"))
        self.done_button.setText(self.tr("Mark as done"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        self.model.today = date.today()
        self.model.set_rows(review_ops.open_follow_ups(self.db))
        self.done_button.setEnabled(bool(self.model.rowCount()))

    def mark_done(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            show_error(self, self.tr("Select a follow-up first."))
            return
        item_id = self.model.row_id(self.model.row_at(rows[0].row()))
        try:
            review_ops.complete_follow_up(self.db, item_id, date.today())
        except StorageError as exc:
            show_error(self, user_message(exc))
            return
        self.reload()
        self.changed.emit()
