"""Review > Compare: two states of the register side by side (snapshots or the register now)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kgs_ropa.model.dates import format_date, format_moment
from kgs_ropa.services import review_ops
from kgs_ropa.services.diff import RegisterDiff
from kgs_ropa.services.snapshots import SnapshotError
from kgs_ropa.storage.database import Database, StorageError
from kgs_ropa.ui import palette
from kgs_ropa.ui.error_text import user_message
from kgs_ropa.ui.field_labels import diff_field_label
from kgs_ropa.ui.fields import DayField, first_problem
from kgs_ropa.ui.history_detail import ChangeDetail
from kgs_ropa.ui.history_values import use_catalogue_labels, value_rows, value_text
from kgs_ropa.ui.i18n import current
from kgs_ropa.ui.lookups import Lookups
from kgs_ropa.ui.messages import show_error
from kgs_ropa.ui.table import RowsModel
from kgs_ropa.ui.widgets import EmptyState
from kgs_ropa.ui.window_state import remember_layout

ADDED, REMOVED, CHANGED = "added", "removed", "changed"
ON_A_DATE = "date"
COLOURS = {ADDED: QColor(palette.OK_TINT), REMOVED: QColor(palette.ERROR_TINT)}


@dataclass(frozen=True)
class DiffRow:
    id: int
    kind: str
    code: str  # the activity's; "" for the rest of the register
    field: str
    before: Any  # values of the register document, worded when shown
    after: Any


def diff_rows(diff: RegisterDiff) -> list[DiffRow]:
    rows: list[tuple[str, str, str, Any, Any]] = []
    rows += [(ADDED, code, "", "", name) for code, name in diff.added]
    rows += [(REMOVED, code, "", name, "") for code, name in diff.removed]
    for activity in diff.changed:
        rows += [(CHANGED, activity.code, c.path, c.before, c.after) for c in activity.changes]
    rows += [(CHANGED, "", c.path, c.before, c.after) for c in diff.other]
    return [DiffRow(n, *row) for n, row in enumerate(rows)]


def _value(row: DiffRow, value: Any) -> str:
    """As the editor shows it: labels for codes, dates in the language, no JSON."""
    entity = "activity" if row.code else ""
    field = row.field.rsplit(".", 1)[-1] if row.field else ""
    return value_text(entity, field, value)


class DiffModel(RowsModel):
    class Column(IntEnum):
        CODE = 0
        FIELD = 1
        BEFORE = 2
        AFTER = 3

    def header(self, column: int) -> str:
        titles = {
            self.Column.CODE: self.tr("Activity"),
            self.Column.FIELD: self.tr("Field"),
            self.Column.BEFORE: self.tr("Before (A)"),
            self.Column.AFTER: self.tr("After (B)"),
        }
        return titles[self.Column(column)]

    def text(self, row: DiffRow, column: int) -> str:
        if row.field:
            field = diff_field_label(row.field, bool(row.code))
        else:
            field = {ADDED: self.tr("added"), REMOVED: self.tr("removed")}.get(row.kind, "")
        values = {
            self.Column.CODE: row.code,
            self.Column.FIELD: field,
            self.Column.BEFORE: _value(row, row.before),
            self.Column.AFTER: _value(row, row.after),
        }
        return values[self.Column(column)]

    def extra(self, row: DiffRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.BackgroundRole and row.kind in COLOURS:
            return QBrush(COLOURS[row.kind])
        return None


class DiffDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.older, self.newer = QComboBox(self), QComboBox(self)
        self.older_day, self.newer_day = DayField(self), DayField(self)
        for combo, day in ((self.older, self.older_day), (self.newer, self.newer_day)):
            day.setEnabled(False)
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, e=day: e.setEnabled(c.currentData() == ON_A_DATE)
            )
        self.compare_button = QPushButton(self)
        self.compare_button.clicked.connect(self.compare)
        self.model = DiffModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        # Enter or a double click opens the difference in full.
        self.view.activated.connect(self.show_detail)
        self.detail: ChangeDetail | None = None
        # Fixed widths: sizing columns to contents would read every row of a big diff.
        width = self.fontMetrics().averageCharWidth()
        self.view.setColumnWidth(DiffModel.Column.CODE, width * 14)
        self.view.setColumnWidth(DiffModel.Column.FIELD, width * 34)
        for column in (DiffModel.Column.BEFORE, DiffModel.Column.AFTER):
            self.view.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch
            )
        self.compared = False
        self.empty_state = EmptyState(self.view, self._empty_text)
        self.summary = QLabel(self)
        self.a_label, self.b_label = QLabel(self), QLabel(self)
        for label in (self.summary, self.a_label, self.b_label):
            label.setTextFormat(Qt.TextFormat.PlainText)  # may quote user text
        pickers = QHBoxLayout()
        pickers_widgets = (
            self.a_label,
            self.older,
            self.older_day,
            self.b_label,
            self.newer,
            self.newer_day,
        )
        for widget in pickers_widgets:
            pickers.addWidget(widget, 1 if isinstance(widget, QComboBox) else 0)
        pickers.addWidget(self.compare_button)
        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        if not remember_layout(self, "compare"):
            self.resize(
                self.fontMetrics().averageCharWidth() * 150, self.fontMetrics().height() * 34
            )
        self.retranslate()
        self._fill()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Compare register versions"))
        self.a_label.setText(self.tr("A"))
        self.b_label.setText(self.tr("B"))
        self.older.setAccessibleName(self.tr("Older version (A)"))
        self.newer.setAccessibleName(self.tr("Newer version (B)"))
        self.older_day.setAccessibleName(self.tr("Date of A"))
        self.newer_day.setAccessibleName(self.tr("Date of B"))
        self.compare_button.setText(self.tr("Compare"))
        self.view.setAccessibleName(self.tr("Differences"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill(self) -> None:
        found = review_ops.list_snapshots(self.db)
        for combo in (self.older, self.newer):
            combo.clear()
            for s in found:
                when = format_moment(s.taken_at, current())
                combo.addItem(f"#{s.id} {when} {s.label}".strip(), str(s.id))
            combo.addItem(self.tr("The register at the end of a date"), ON_A_DATE)
            combo.addItem(self.tr("The register now"), review_ops.LIVE)
        self.older.setCurrentIndex(max(0, self.older.count() - 3))
        self.newer.setCurrentIndex(self.newer.count() - 1)

    def _empty_text(self) -> str:
        if self.compared:
            return self.tr("No differences: the two versions hold the same register.")
        return self.tr("Choose the two versions above, then Compare.")

    def _ref(self, combo: QComboBox) -> str:
        if combo.currentData() != ON_A_DATE:
            return str(combo.currentData())
        day = self.older_day if combo is self.older else self.newer_day
        return str(day.day())  # the ISO date; compare() refuses an invalid one first

    def show_detail(self, index: QModelIndex | QPersistentModelIndex) -> ChangeDetail | None:
        if not index.isValid():
            return None
        model, C = self.model, DiffModel.Column  # noqa: N806 (an enum alias)
        row: DiffRow = model.row_at(index.row())
        facts = [(model.header(c), model.text(row, c)) for c in (C.CODE, C.FIELD)]
        entity = "activity" if row.code else ""
        whole = isinstance(row.before, dict) or isinstance(row.after, dict)
        prefix = row.field if row.code and whole else ""
        field = row.field.rsplit(".", 1)[-1] if row.field else ""
        rows = value_rows(entity, field, row.before, row.after, prefix)
        if not whole:  # one value: labelled by the field's own label
            rows = [(model.text(row, C.FIELD), *rows[0][1:])] if rows else []
        self.detail = ChangeDetail(self.windowTitle(), facts, rows, self)
        self.detail.show()
        return self.detail

    def error_text(self, exc: StorageError) -> str:
        """Why a version cannot be compared, in the interface language."""
        if not isinstance(exc, SnapshotError) or not exc.reason:
            return user_message(exc)
        day = format_date(exc.day, current()) if exc.day else ""
        texts = {
            "no_snapshot": self.tr("There is no snapshot %1."),
            "altered": self.tr(
                "Snapshot %1 no longer matches its fingerprint: it was changed outside the app."
            ),
            "no_snapshot_before": self.tr(
                "There is no snapshot of %1 or before. Take one with Review > Take a snapshot now; "
                "closing a review takes one too."
            ),
            "not_rebuilt": self.tr(
                "The register of %1 cannot be rebuilt from the change history, and there is no "
                "snapshot of that day or before."
            ),
            "not_yet": self.tr(
                "Nothing was recorded on or before %1: the register did not exist yet. Choose "
                "a later date."
            ),
        }
        text = texts.get(exc.reason)
        if text is None:
            return user_message(exc)
        return text.replace("%1", day or str(exc.snapshot_id))

    def compare(self) -> None:
        days = [(self.older_day, self.tr("Date of A")), (self.newer_day, self.tr("Date of B"))]
        problem = first_problem([(day, name) for day, name in days if day.isEnabled()])
        if problem is not None:
            show_error(self, problem)
            return
        try:
            diff = review_ops.compare(self.db, self._ref(self.older), self._ref(self.newer))
        except StorageError as exc:
            show_error(self, self.error_text(exc))
            return
        use_catalogue_labels(Lookups(self.db))
        self.compared = True
        self.model.set_rows(diff_rows(diff))
        self.empty_state.refresh()
        self.summary.setText(
            self.tr("%1 added, %2 removed, %3 changed")
            .replace("%1", str(len(diff.added)))
            .replace("%2", str(len(diff.removed)))
            .replace("%3", str(len(diff.changed)))
        )
