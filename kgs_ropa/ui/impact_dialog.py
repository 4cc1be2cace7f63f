"""The answer to an impact question: the activities involved, exportable to CSV or xlsx."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import IntEnum
from html import escape
from operator import attrgetter
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kgs_ropa.model import vocabulary as voc
from kgs_ropa.services import impact
from kgs_ropa.services.impact import ImpactRow
from kgs_ropa.storage.database import Database
from kgs_ropa.ui.chips import STATUS_CHIPS
from kgs_ropa.ui.delegates import CHIP_ROLE, RegisterDelegate
from kgs_ropa.ui.i18n import QT_TRANSLATE_NOOP, current
from kgs_ropa.ui.messages import plural, show_error
from kgs_ropa.ui.paths import documents_folder, free_path
from kgs_ropa.ui.table import RowsModel, make_table
from kgs_ropa.ui.widgets import EmptyState, WrittenNote
from kgs_ropa.ui.window_state import remember_layout

# Asks the question again where a reading session's connection (or a register) says: (the
# activities involved, those the register cannot rule out).
Ask = Callable[[impact.Source], tuple[list[ImpactRow], list[ImpactRow]]]


class Column(IntEnum):
    CODE = 0
    NAME = 1
    FUNCTION = 2
    STATUS = 3


HEADERS = {
    Column.CODE: QT_TRANSLATE_NOOP("ImpactModel", "Code"),
    Column.NAME: QT_TRANSLATE_NOOP("ImpactModel", "Activity"),
    Column.FUNCTION: QT_TRANSLATE_NOOP("ImpactModel", "Business function"),
    Column.STATUS: QT_TRANSLATE_NOOP("ImpactModel", "Status"),
}


class ImpactModel(RowsModel):
    Column = Column

    def header(self, column: int) -> str:
        return QCoreApplication.translate("ImpactModel", HEADERS[Column(column)])

    def text(self, row: ImpactRow, column: int) -> str:
        lang = current()
        match column:
            case Column.CODE:
                return row.code
            case Column.NAME:
                return row.name_en if lang == "en" and row.name_en else row.name
            case Column.FUNCTION:
                return row.function(lang)
            case Column.STATUS:
                return voc.ACTIVITY_STATUSES.label(row.status, lang)
        return ""

    def extra(self, row: ImpactRow, column: int, role: int) -> Any:
        """The status as a chip, as in the register."""
        if role == CHIP_ROLE and column == Column.STATUS:
            return STATUS_CHIPS.get(row.status)
        return None


class ImpactDialog(QDialog):
    """`question` is the translated question with its subject filled in."""

    open_activity = Signal(int)

    def __init__(
        self,
        question: str,
        rows: list[ImpactRow],
        parent: QWidget | None = None,
        db: Database | None = None,
        unknown: list[ImpactRow] | None = None,
        ask: Ask | None = None,
    ):
        """`unknown`: activities the register cannot rule out (a country not recorded).
        `ask`: the question, asked again at an export in the fingerprint's snapshot."""
        super().__init__(parent)
        self.question, self.db, self.ask = question, db, ask
        self.model = ImpactModel(self)
        heading = QLabel(f"<b>{escape(question)}</b>", self)
        heading.setWordWrap(True)
        self.count = QLabel(self)
        self.unknown_note = QLabel(self)
        self.unknown_note.setTextFormat(Qt.TextFormat.PlainText)
        self.unknown_note.setWordWrap(True)
        self.show_answer(rows, unknown or [])
        self.changed_note = QLabel(
            self.tr(
                "The register changed since the question was asked: the table and the file "
                "show the answer as the register is now."
            ),
            self,
        )
        self.changed_note.setWordWrap(True)
        self.changed_note.hide()
        self.table = make_table(self, self.model, self.tr("Activities involved"))
        self.table.setItemDelegate(RegisterDelegate(lambda: "", self.table))
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        self.empty_state = EmptyState(self.table, self._empty_text)
        self.export_button = QPushButton(self.tr("Export the answer…"), self)
        self.export_button.setAccessibleName(self.tr("Export the answer to CSV or Excel"))
        self.export_button.clicked.connect(self.export)
        self.written = WrittenNote(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.unknown_note)
        layout.addWidget(self.changed_note)
        layout.addWidget(self.written)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Impact"))
        self.setAccessibleName(question)
        self.table.setColumnWidth(Column.CODE, self.fontMetrics().averageCharWidth() * 14)
        self.table.setColumnWidth(Column.NAME, self.fontMetrics().averageCharWidth() * 50)
        self.table.setColumnWidth(Column.FUNCTION, self.fontMetrics().averageCharWidth() * 22)
        if not remember_layout(self, "impact"):
            self.resize(
                self.fontMetrics().averageCharWidth() * 120, self.fontMetrics().height() * 30
            )

    def show_answer(self, rows: list[ImpactRow], unknown: list[ImpactRow]) -> None:
        self.unknown = unknown
        self.model.set_rows(rows)
        n = len(rows)
        self.count.setText(plural(self.tr("%n activities", "", n), n, "1 activity"))
        self.unknown_note.setText(self.unknown_text())
        self.unknown_note.setVisible(bool(self.unknown))

    def _empty_text(self) -> str:
        if self.unknown:
            return self.tr(
                "No activity is recorded as involved. Some may be: see the note below the list."
            )
        return self.tr(
            "No activity in the register is involved: nothing to update or tell anyone "
            "for this question."
        )

    def unknown_text(self) -> str:
        """Which activities the register cannot rule out, by code: never "none" for "unknown"."""
        n = len(self.unknown)
        if not n:
            return ""
        text = plural(
            self.tr(
                "%n activities have a transfer, processor or system whose country is not "
                "recorded, so they may be involved too: %1.",
                "",
                n,
            ),
            n,
            "1 activity has a transfer, processor or system whose country is not recorded, "
            "so it may be involved too: %1.",
        )
        return text.replace("%1", ", ".join(row.code for row in self.unknown))

    def _open(self, index: Any) -> None:
        self.open_activity.emit(self.model.row_id(self.model.row_at(index.row())))

    def table_values(self) -> tuple[list[str], list[list[str]]]:
        headers = [self.model.header(c) for c in Column]
        rows = [[self.model.text(r, c) for c in Column] for r in self.model.rows()]
        return headers, rows

    def default_path(self) -> Path:
        """In Documents (never the current folder), named by the date, under a free name."""
        name = self.tr("impact-%1.xlsx").replace("%1", date.today().isoformat())
        return free_path(documents_folder() / name)

    def export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the answer"),
            str(self.default_path()),
            self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"),
        )
        if path:
            self.export_to(Path(path))

    def _facts(self) -> list[list[str]]:
        """When and of which register state: the date and the content fingerprint. The
        question is asked again in the snapshot the fingerprint is read from, so the file is
        one state of the register (and the table shows what it holds)."""
        from kgs_ropa.reports.build import fingerprint  # the export's code: loaded when used
        from kgs_ropa.reports.labels import format_date, label
        from kgs_ropa.services.document import dump_register

        lang = current()
        rows = [[label("export_date", lang), format_date(date.today(), lang)]]
        if self.db is not None:
            with self.db.reading() as session:
                answer = self.ask(session.connection()) if self.ask is not None else None
                document = dump_register(session)
            if answer is not None and not _same_answer(answer, (self.model.rows(), self.unknown)):
                self.show_answer(*answer)
                self.changed_note.show()
            rows.append([label("fingerprint", lang), fingerprint(document)])
        return rows

    def export_to(self, path: Path) -> bool:
        facts = self._facts()
        headers, rows = self.table_values()
        try:
            # The question heads the file, so the answer is read with what it answers.
            table = [*facts, [], headers, *rows]
            if self.unknown:
                table += [[], [self.unknown_text()]]
                table += [[self.model.text(r, c) for c in Column] for r in self.unknown]
            impact.write_table(path, [self.question], table, sheet=self.tr("Impact"))
        except OSError as exc:
            show_error(
                self,
                self.tr(
                    "Could not write %1: %2. Choose another folder or close the file in "
                    "other programs."
                )
                .replace("%1", str(path))
                .replace("%2", exc.strerror or ""),
            )
            return False
        self.written.show_path(path)
        return True


def _same_answer(
    first: tuple[list[ImpactRow], list[ImpactRow]], second: tuple[list[ImpactRow], list[ImpactRow]]
) -> bool:
    """The same activities, whatever order the table shows them in (the user may sort it)."""
    return all(
        sorted(one, key=attrgetter("id")) == sorted(other, key=attrgetter("id"))
        for one, other in zip(first, second, strict=True)
    )
