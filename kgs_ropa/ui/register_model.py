"""The register table: one cached ActivityRow per activity, filtered and sorted in Python."""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from kgs_ropa.model import vocabulary as voc
from kgs_ropa.model.dates import format_date
from kgs_ropa.services.activities import ActivityRow, RowFilter, filter_rows
from kgs_ropa.ui import palette
from kgs_ropa.ui.chips import STATUS_CHIPS
from kgs_ropa.ui.delegates import CHIP_ROLE
from kgs_ropa.ui.i18n import QT_TRANSLATE_NOOP, current
from kgs_ropa.ui.messages import plural
from kgs_ropa.ui.table import RowsModel


class Column(IntEnum):
    """Status and findings early: the columns a privacy officer scans first."""

    CODE = 0
    NAME = 1
    STATUS = 2
    FINDINGS = 3
    NEXT_REVIEW = 4
    FUNCTION = 5
    PURPOSES = 6
    LAWFUL_BASES = 7
    DATA_CATEGORIES = 8


HEADERS = {
    Column.CODE: QT_TRANSLATE_NOOP("RegisterModel", "Code"),
    Column.NAME: QT_TRANSLATE_NOOP("RegisterModel", "Name"),
    Column.FUNCTION: QT_TRANSLATE_NOOP("RegisterModel", "Business function"),
    Column.PURPOSES: QT_TRANSLATE_NOOP("RegisterModel", "Purposes"),
    Column.LAWFUL_BASES: QT_TRANSLATE_NOOP("RegisterModel", "Lawful bases"),
    Column.DATA_CATEGORIES: QT_TRANSLATE_NOOP("RegisterModel", "Data categories"),
    Column.STATUS: QT_TRANSLATE_NOOP("RegisterModel", "Status"),
    Column.FINDINGS: QT_TRANSLATE_NOOP("RegisterModel", "Findings"),
    Column.NEXT_REVIEW: QT_TRANSLATE_NOOP("RegisterModel", "Next review"),
}
_ERROR = QBrush(QColor(palette.ERROR))
_WARNING = QBrush(QColor(palette.WARNING))


def tr(text: str) -> str:
    return QCoreApplication.translate("RegisterModel", text)


def _short_basis(code: str, lang: str) -> str:
    """'Consent (Art. 6(1)(a))' -> 'Consent': the article is in the details pane."""
    return voc.LAWFUL_BASES.label(code, lang).split(" (")[0]


class RegisterModel(RowsModel):
    Column = Column

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.all_rows: list[ActivityRow] = []
        self.category_labels: dict[str, str] = {}
        self.row_filter = RowFilter()
        self.texts_ready = False
        self.generation = 0
        self.today = date.today()
        self._sort = (Column.CODE, Qt.SortOrder.AscendingOrder)

    def header(self, column: int) -> str:
        return tr(HEADERS[Column(column)])

    def text(self, row: ActivityRow, column: int) -> str:
        lang = current()
        match column:
            case Column.CODE:
                return row.code
            case Column.NAME:
                return row.name_en if lang == "en" and row.name_en else row.name
            case Column.FUNCTION:
                return row.function(lang)
            case Column.PURPOSES:
                return "; ".join(row.purpose_texts(lang))
            case Column.LAWFUL_BASES:
                return ", ".join(_short_basis(code, lang) for code in row.lawful_bases)
            case Column.DATA_CATEGORIES:
                return ", ".join(self.category_labels.get(c, c) for c in row.data_categories)
            case Column.STATUS:
                return voc.ACTIVITY_STATUSES.label(row.status, lang)
            case Column.FINDINGS:
                return self._findings_text(row)
            case Column.NEXT_REVIEW:
                return format_date(row.next_review_due, lang) if row.next_review_due else ""
        return ""

    def _findings_text(self, row: ActivityRow) -> str:
        """Language-neutral marks (the tooltip spells them out): ● errors, ▲ warnings."""
        if row.errors is None:
            return "…"
        parts = []
        if row.errors:
            parts.append(f"● {row.errors}")
        if row.warnings:
            parts.append(f"▲ {row.warnings}")
        return "  ".join(parts) or "✓"

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            row = self._rows[index.row()]
            if index.column() == Column.FINDINGS and row.errors is not None:
                errors, warnings = row.errors, row.warnings or 0
                return ", ".join(
                    (
                        plural(
                            self.tr("%n errors", "", errors),
                            errors,
                            "1 error",
                        ),
                        plural(
                            self.tr("%n warnings", "", warnings),
                            warnings,
                            "1 warning",
                        ),
                    )
                )
        return super().data(index, role)

    def sort_value(self, row: ActivityRow, column: int) -> Any:
        if column == Column.FINDINGS:
            return (
                ((row.errors or 0) * 1000 + (row.warnings or 0)) if row.errors is not None else -1
            )
        if column == Column.NEXT_REVIEW:
            return row.next_review_due
        return self.text(row, column)

    def extra(self, row: ActivityRow, column: int, role: int) -> Any:
        if role == CHIP_ROLE:
            return self._chip(row, column)
        if role != Qt.ItemDataRole.ForegroundRole:
            return None
        if column == Column.FINDINGS and row.errors:
            return _ERROR
        if column == Column.FINDINGS and row.warnings:
            return _WARNING
        if column == Column.NEXT_REVIEW and row.review_due(self.today) and row.status != "retired":
            return _ERROR
        return None

    @staticmethod
    def _chip(row: ActivityRow, column: int) -> tuple[str, str] | None:
        """Status and findings drawn as chips: errors red, warnings amber, none green."""
        if column == Column.STATUS:
            return STATUS_CHIPS.get(row.status)
        if column != Column.FINDINGS or row.errors is None:
            return None
        if row.errors:
            return (palette.ERROR, palette.ERROR_TINT)
        if row.warnings:
            return (palette.WARNING, palette.WARNING_TINT)
        return (palette.OK, palette.OK_TINT)

    # ------------------------------------------------------------------ data
    def load(self, rows: list[ActivityRow], category_labels: dict[str, str]) -> None:
        self.all_rows = rows
        self.texts_ready = False
        self.generation += 1  # which load the search texts read next are for
        self.category_labels = category_labels
        self.refilter()

    def set_filter(self, row_filter: RowFilter) -> None:
        self.row_filter = row_filter
        self.refilter()

    def refilter(self) -> None:
        self.set_rows(filter_rows(self.all_rows, self.row_filter, self.today))

    def replace_rows(self, changed: list[ActivityRow], removed: set[int]) -> None:
        """Merge changed rows (new ones appended) and drop removed ids, then refilter."""
        by_id = {row.id: row for row in changed}
        kept = [by_id.pop(row.id, row) for row in self.all_rows if row.id not in removed]
        self.all_rows = kept + list(by_id.values())
        self.refilter()

    def set_search_texts(self, texts: dict[int, str], generation: int | None = None) -> None:
        """The rest of every activity's search text (activities.search_texts), computed after
        the table was shown; rows read again since then have theirs already. Texts read for an
        earlier load of the rows (`generation`) are dropped: the newer ones follow."""
        if generation is not None and generation != self.generation:
            return
        self.all_rows = [row.with_more_text(texts.get(row.id, "")) for row in self.all_rows]
        self.texts_ready = True
        if self.row_filter.text:
            self.refilter()

    def set_findings(self, counts: dict[str, tuple[int, int]], refilter: bool = True) -> None:
        """Every activity's (errors, warnings); `refilter` False when the caller filters next."""
        self.all_rows = [row.with_findings(*counts.get(row.code, (0, 0))) for row in self.all_rows]
        if refilter:
            self.refilter()
