"""Review > Compare: two states of the register side by side (snapshots or the register now)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QEvent, Qt
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

from kgs_ropa.services import review_ops
from kgs_ropa.services.diff import RegisterDiff, show
from kgs_ropa.storage.database import Database, StorageError
from kgs_ropa.ui.error_text import user_message
from kgs_ropa.ui.fields import DateEdit
from kgs_ropa.ui.messages import show_error
from kgs_ropa.ui.review_item_form import from_qdate
from kgs_ropa.ui.table import RowsModel
from kgs_ropa.ui.window_state import remember_layout

ADDED, REMOVED, CHANGED = "added", "removed", "changed"
ON_A_DATE = "date"
COLOURS = {ADDED: QColor("#e3f4e1"), REMOVED: QColor("#fbe3e1")}


@dataclass(frozen=True)
class DiffRow:
    id: int
    kind: str
    code: str
    field: str
    before: str
    after: str


def diff_rows(diff: RegisterDiff) -> list[DiffRow]:
    rows: list[tuple[str, str, str, str, str]] = []
    rows += [(ADDED, code, "", "", name) for code, name in diff.added]
    rows += [(REMOVED, code, "", name, "") for code, name in diff.removed]
    for activity in diff.changed:
        rows += [
            (CHANGED, activity.code, c.path, show(c.before), show(c.after))
            for c in activity.changes
        ]
    rows += [(CHANGED, "", c.path, show(c.before), show(c.after)) for c in diff.other]
    return [DiffRow(n, *row) for n, row in enumerate(rows)]


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
        field = row.field or {ADDED: self.tr("added"), REMOVED: self.tr("removed")}.get(
            row.kind, ""
        )
        values = {
            self.Column.CODE: row.code,
            self.Column.FIELD: field,
            self.Column.BEFORE: row.before,
            self.Column.AFTER: row.after,
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
        self.older_day, self.newer_day = DateEdit(self), DateEdit(self)
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
        # Fixed widths: sizing columns to contents would read every row of a big diff.
        width = self.fontMetrics().averageCharWidth()
        self.view.setColumnWidth(DiffModel.Column.CODE, width * 14)
        self.view.setColumnWidth(DiffModel.Column.FIELD, width * 34)
        for column in (DiffModel.Column.BEFORE, DiffModel.Column.AFTER):
            self.view.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch
            )
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
                when = s.taken_at.strftime("%Y-%m-%d %H:%M")
                combo.addItem(f"#{s.id} {when} {s.label}".strip(), str(s.id))
            combo.addItem(self.tr("The register at the end of a date"), ON_A_DATE)
            combo.addItem(self.tr("The register now"), review_ops.LIVE)
        self.older.setCurrentIndex(max(0, self.older.count() - 3))
        self.newer.setCurrentIndex(self.newer.count() - 1)

    def _ref(self, combo: QComboBox) -> str:
        if combo.currentData() != ON_A_DATE:
            return str(combo.currentData())
        day = self.older_day if combo is self.older else self.newer_day
        return from_qdate(day.date()).isoformat()

    def compare(self) -> None:
        try:
            diff = review_ops.compare(self.db, self._ref(self.older), self._ref(self.newer))
        except StorageError as exc:
            show_error(self, user_message(exc))
            return
        self.model.set_rows(diff_rows(diff))
        self.summary.setText(
            self.tr("%1 added, %2 removed, %3 changed")
            .replace("%1", str(len(diff.added)))
            .replace("%2", str(len(diff.removed)))
            .replace("%3", str(len(diff.changed)))
        )
