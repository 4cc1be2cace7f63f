"""Review > Change history: every recorded change, filterable by date, user and activity.

The same panel, fixed to one activity, shows an activity's history. A button verifies the hash
chain and says which entry no longer matches.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import IntEnum
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QByteArray, QDate, QEvent, QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kgs_ropa.model.dates import format_date, format_moment
from kgs_ropa.services import history, review_ops
from kgs_ropa.services.review_ops import HistoryRow
from kgs_ropa.storage.database import Database
from kgs_ropa.ui.chips import ACTION_CHIPS
from kgs_ropa.ui.delegates import CHIP_ROLE, RegisterDelegate
from kgs_ropa.ui.error_text import message_text
from kgs_ropa.ui.fields import DayField, first_problem, to_date
from kgs_ropa.ui.history_detail import ChangeDetail
from kgs_ropa.ui.history_values import (
    cell_text,
    detail_rows,
    entity_text,
    entity_type_label,
    field_label,
    full_text,
    tooltip_text,
    use_catalogue_labels,
)
from kgs_ropa.ui.i18n import current
from kgs_ropa.ui.lookups import Lookups
from kgs_ropa.ui.messages import show_error
from kgs_ropa.ui.paths import documents_folder, free_path
from kgs_ropa.ui.table import Index, RowsModel
from kgs_ropa.ui.widgets import WrittenNote


def local_time(utc: str) -> str:
    """The history stores UTC; a person reads the time on their own clock."""
    try:
        moment = datetime.strptime(utc, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    except ValueError:
        return utc
    return format_moment(moment, current())


class HistoryModel(RowsModel):
    class Column(IntEnum):
        WHEN = 0
        ACTOR = 1
        ACTION = 2
        WHAT = 3
        FIELD = 4
        BEFORE = 5
        AFTER = 6
        COMMENT = 7

    def header(self, column: int) -> str:
        titles = {
            self.Column.WHEN: self.tr("When"),
            self.Column.ACTOR: self.tr("User"),
            self.Column.ACTION: self.tr("Change"),
            self.Column.WHAT: self.tr("What"),
            self.Column.FIELD: self.tr("Field"),
            self.Column.BEFORE: self.tr("Before"),
            self.Column.AFTER: self.tr("After"),
            self.Column.COMMENT: self.tr("Comment"),
        }
        return titles[self.Column(column)]

    def text(self, row: HistoryRow, column: int) -> str:
        kind = row.entity_type
        values = {
            self.Column.WHEN: local_time(row.when),
            self.Column.ACTOR: row.actor,
            self.Column.ACTION: self.action_text(row.action),
            self.Column.WHAT: entity_text(kind, row.entity_key),
            self.Column.FIELD: field_label(row.field, kind),
            self.Column.BEFORE: cell_text(kind, row.field, row.before),
            self.Column.AFTER: cell_text(kind, row.field, row.after),
            self.Column.COMMENT: row.comment,
        }
        return values[self.Column(column)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            row: HistoryRow = self.row_at(index.row())
            if index.column() == self.Column.BEFORE:
                return tooltip_text(row.entity_type, row.field, row.before)
            if index.column() == self.Column.AFTER:
                return tooltip_text(row.entity_type, row.field, row.after)
        return super().data(index, role)

    def extra(self, row: HistoryRow, column: int, role: int) -> Any:
        if role == CHIP_ROLE and column == self.Column.ACTION:
            return ACTION_CHIPS.get(row.action)
        return None

    def action_text(self, action: str) -> str:
        texts = {
            "create": self.tr("created"),
            "update": self.tr("changed"),
            "delete": self.tr("deleted"),
            "retire": self.tr("retired"),
            "snapshot": self.tr("snapshot taken"),
            "restore": self.tr("restored from a backup"),
        }
        return texts.get(action, action)

    def sort_value(self, row: HistoryRow, column: int) -> Any:
        return row.id if column == self.Column.WHEN else self.text(row, column)


class HistoryPanel(QWidget):
    """The history table with its filters; `fixed_activity` pins it to one activity."""

    def __init__(
        self, db: Database, fixed_activity: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.model = HistoryModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        # Newest first: set the indicator before enabling sorting, which sorts by it at once.
        self.view.horizontalHeader().setSortIndicator(
            HistoryModel.Column.WHEN, Qt.SortOrder.DescendingOrder
        )
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.setItemDelegate(RegisterDelegate(lambda: "", self.view))  # the change's chip
        # Enter or a double click opens the change in full.
        self.view.activated.connect(self.show_detail)
        self.detail: ChangeDetail | None = None
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        rows.hide()
        header = self.view.horizontalHeader()
        for column in (HistoryModel.Column.BEFORE, HistoryModel.Column.AFTER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.since = DayField(self, to_date(QDate.currentDate().addMonths(-3)))
        self.until = DayField(self, date.today())
        self.use_since, self.use_until = QCheckBox(self), QCheckBox(self)
        self.shown = history.HistoryFilter()
        self.actor = QComboBox(self)
        self.activity = QLineEdit(fixed_activity or "", self)
        self.activity.setVisible(fixed_activity is None)
        self.apply = QPushButton(self)
        self.apply.clicked.connect(self.reload)
        self.activity.returnPressed.connect(self.reload)
        self.count = QLabel(self)
        filters = QHBoxLayout()
        for widget in (self.use_since, self.since, self.use_until, self.until, self.actor):
            filters.addWidget(widget)
        filters.addWidget(self.activity, 1)
        filters.addWidget(self.apply)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.use_since.setText(self.tr("From"))
        self.use_until.setText(self.tr("Up to"))
        self.since.setAccessibleName(self.tr("From"))
        self.until.setAccessibleName(self.tr("Up to"))
        self.actor.setAccessibleName(self.tr("User"))
        self.activity.setPlaceholderText(self.tr("Activity code (all when empty)"))
        self.activity.setAccessibleName(self.tr("Activity"))
        self.apply.setText(self.tr("Show"))
        self.view.setAccessibleName(self.tr("Change history"))
        self.model.retranslate()
        self._size_columns()

    def _size_columns(self) -> None:
        """Widths from the header and a typical value, measured with the font: never per row
        (a register's history has tens of thousands of them)."""
        C = HistoryModel.Column  # noqa: N806 (an enum alias)
        header = self.view.horizontalHeader()
        cell, head = self.view.fontMetrics(), header.fontMetrics()
        # Room for the cell margins and, in the header, the sort arrow.
        pad, head_pad = cell.averageCharWidth() * 2, head.averageCharWidth() * 2 + head.height()
        actions = [self.model.action_text(a) for a in ("create", "update", "delete", "retire")]
        samples = {
            C.WHEN: [local_time("2026-12-31 23:59:59")],
            C.ACTOR: [self.actor.itemText(i) for i in range(1, self.actor.count())],
            C.ACTION: actions,
            C.WHAT: [f"{entity_type_label('data_subject_category')} supplier_contact"],
            C.FIELD: [field_label("purposes[0].balancing_test", "purpose")],
            C.COMMENT: ["x" * 16],
        }
        for column, texts in samples.items():
            widths = [cell.horizontalAdvance(t) + pad for t in texts]
            title = self.model.header(column)
            widths.append(head.horizontalAdvance(title) + head_pad)
            self.view.setColumnWidth(column, min(max(widths), cell.averageCharWidth() * 40))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def where(self) -> history.HistoryFilter:
        """The filter of the rows the table shows (an export takes the same)."""
        return self.shown

    def _typed_filter(self) -> history.HistoryFilter | None:
        """The filter as typed; None (with a message) while a date in use is no real date."""
        bounds = ((self.since, self.use_since), (self.until, self.use_until))
        problem = first_problem([(f, box.text()) for f, box in bounds if box.isChecked()])
        if problem is not None:
            self.count.setText(problem)
            show_error(self, problem)
            return None
        return history.HistoryFilter(
            since=self.since.day() if self.use_since.isChecked() else None,
            until=self.until.day() if self.use_until.isChecked() else None,
            activity=self.activity.text().strip() or None,
            actor=self.actor.currentData() or None,
        )

    def _fill_actors(self) -> None:
        chosen = self.actor.currentData()
        self.actor.blockSignals(True)
        self.actor.clear()
        self.actor.addItem(self.tr("All users"), "")
        for name in review_ops.actors(self.db):
            self.actor.addItem(name, name)
        self.actor.setCurrentIndex(max(0, self.actor.findData(chosen)))
        self.actor.blockSignals(False)

    def reload(self) -> None:
        where = self._typed_filter()
        if where is None:
            return  # the table keeps what it showed
        self.shown = where
        self._fill_actors()
        self._size_columns()  # the user names are known now
        rows = review_ops.history_table(self.db, where)
        use_catalogue_labels(Lookups(self.db))
        self.model.set_rows(rows)
        self.view.scrollToTop()
        self.count.setText(self.tr("%n changes", "", len(rows)))

    def show_detail(self, index: Index) -> ChangeDetail | None:
        if not index.isValid():
            return None
        row: HistoryRow = self.model.row_at(index.row())
        C, model = HistoryModel.Column, self.model  # noqa: N806 (an enum alias)
        facts = [
            (model.header(column), model.text(row, column))
            for column in (C.WHEN, C.ACTOR, C.ACTION, C.WHAT, C.COMMENT)
        ]
        rows = detail_rows(row.entity_type, row.field, row.before, row.after)
        title = self.tr("Change %1").replace("%1", str(row.id))
        self.detail = ChangeDetail(title, facts, rows, self)
        # It deletes itself when closed: forget it then, so nothing touches a deleted dialog.
        self.detail.destroyed.connect(lambda *_: setattr(self, "detail", None))
        self.detail.show()
        return self.detail

    def shown_rows(self) -> list[list[str]]:
        """The rows in the table's order, as it shows them (for the PDF)."""
        C = HistoryModel.Column  # noqa: N806 (an enum alias)
        rows = []
        for row in self.model.rows():
            texts = [self.model.text(row, c) for c in C]
            # The whole values: the table cuts long ones short, a document does not.
            texts[C.BEFORE] = full_text(row.entity_type, row.field, row.before)
            texts[C.AFTER] = full_text(row.entity_type, row.field, row.after)
            rows.append(texts)
        return rows

    def selection_text(self) -> str:
        """The filter in words: "From 01-09-2026 · up to 30-11-2026 · user · activity"."""
        where, lang, parts = self.where(), current(), []
        if where.since:
            parts.append(self.tr("from %1").replace("%1", format_date(where.since, lang)))
        if where.until:
            parts.append(self.tr("up to %1").replace("%1", format_date(where.until, lang)))
        parts += [text for text in (where.actor, where.activity) if text]
        return " · ".join(parts) if parts else self.tr("the whole history")

    def show_activity(self, code: str) -> None:
        self.activity.setText(code)
        self.reload()


_GEOMETRY_KEY = "history/geometry"


class HistoryDialog(QDialog):
    """The whole register's history (or one activity's), with a chain check."""

    def __init__(
        self,
        db: Database,
        activity: str | None = None,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.settings = db, settings
        self.panel = HistoryPanel(db, activity, self)
        self.verify_button = QPushButton(self)
        self.verify_button.clicked.connect(self.verify)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.export)
        self.chain_label = QLabel(self)
        self.chain_label.setWordWrap(True)
        self.chain_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.written = WrittenNote(self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.chain_label, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.written)
        self.activity = activity
        self._initial_size()
        self.retranslate()

    def _initial_size(self) -> None:
        """Where the user left it, else most of the screen: the values are long."""
        saved = self.settings.value(_GEOMETRY_KEY) if self.settings is not None else None
        if isinstance(saved, QByteArray) and self.restoreGeometry(saved):
            return
        screen = (self.parentWidget() or self).screen()
        available = screen.availableGeometry()
        self.resize(int(available.width() * 0.85), int(available.height() * 0.75))

    def done(self, result: int) -> None:
        if self.settings is not None:
            self.settings.setValue(_GEOMETRY_KEY, self.saveGeometry())
        if self.panel.detail is not None:  # a change's detail does not outlive its history
            self.panel.detail.close()
        super().done(result)

    def retranslate(self) -> None:
        if self.activity:
            self.setWindowTitle(self.tr("History of %1").replace("%1", self.activity))
        else:
            self.setWindowTitle(self.tr("Change history"))
        self.verify_button.setText(self.tr("Verify the history"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(
            self.tr("The changes shown, as a PDF (as this table reads) or a CSV (as recorded)")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def export(self) -> None:
        name = self.tr("change-history-%1.pdf").replace("%1", date.today().isoformat())
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the change history"),
            str(free_path(documents_folder() / name)),
            self.tr("PDF document (*.pdf);;CSV file (*.csv)"),
        )
        if path:
            csv = chosen.endswith("(*.csv)") or path.lower().endswith(".csv")
            self.export_to(Path(path), "csv" if csv else "pdf")

    def export_to(self, path: Path, kind: str = "pdf") -> bool:
        """The changes the table shows: a PDF as it reads them, a CSV as they were recorded."""
        lang = "en" if current() == "en" else "nl"
        try:
            if kind == "csv":
                review_ops.history_csv(self.db, self.panel.where(), path, lang)
            else:
                self._write_pdf(path, lang)
        except OSError as exc:
            show_error(
                self,
                self.tr("Could not write %1: %2. Choose another folder or close the file.")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or str(exc)),
            )
            return False
        self.written.show_path(path)
        return True

    def _write_pdf(self, path: Path, lang: Literal["nl", "en"]) -> None:
        from kgs_ropa.reports.history_pdf import HistoryExport, export_history_pdf

        _problem, head = review_ops.check_history(self.db)
        export = HistoryExport(
            lang=lang,
            register=self.db.short_name,  # never the folders: the PDF may go to the authority
            selection=self.panel.selection_text(),
            latest_hash=head,
            rows=self.panel.shown_rows(),
        )
        export_history_pdf(export, path)

    def verify(self) -> bool:
        problem, head = review_ops.check_history(self.db)
        if problem is None:
            self.chain_label.setText(
                self.tr("The history is intact. Latest hash: %1").replace("%1", head)
            )
            return True
        where = (
            self.tr("entry %1").replace("%1", str(problem.entry_id))
            if problem.entry_id is not None
            else self.tr("the end of the history")
        )
        self.chain_label.setText(
            self.tr("The history does not match at %1: %2")
            .replace("%1", where)
            .replace("%2", message_text(problem.message))
        )
        return False
