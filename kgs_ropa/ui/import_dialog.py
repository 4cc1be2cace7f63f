"""File > Import: a register file (JSON, our workbook, a spreadsheet on a supported template)
previewed as a dry run, then imported all or nothing. Both run off the GUI thread.

The preview shows which field each column feeds (a suggested or unmapped column can be given a
field), the activities to be added, replaced or skipped, the catalogue entries reused, and every
problem with its sheet, row and column."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kgs_ropa.importers.file_import import ImportResult, preview_file, read_file, run_import
from kgs_ropa.importers.sheet_mapping import Column, target_fields
from kgs_ropa.reports.labels import LABELS
from kgs_ropa.storage import backup
from kgs_ropa.storage.database import Database
from kgs_ropa.ui import i18n, tasks
from kgs_ropa.ui.error_text import problem_detail, user_message
from kgs_ropa.ui.hub import Hub
from kgs_ropa.ui.window_state import remember_layout

# Fields the export labels table has no label for.
_FIELD_LABELS = {
    "lia_reference": QT_TRANSLATE_NOOP("ImportDialog", "Legitimate interests assessment"),
    "processor_contract": QT_TRANSLATE_NOOP("ImportDialog", "Processor agreement reference"),
    "transfer_documentation": QT_TRANSLATE_NOOP("ImportDialog", "Transfer documentation"),
    "note": QT_TRANSLATE_NOOP("ImportDialog", "Note (with the column's heading)"),
}
_CONFLICTS = [
    ("fail", QT_TRANSLATE_NOOP("ImportDialog", "Stop and list activities the register has")),
    ("skip", QT_TRANSLATE_NOOP("ImportDialog", "Skip activities the register has")),
    ("replace", QT_TRANSLATE_NOOP("ImportDialog", "Replace activities the register has")),
]

# The names of the templates the import recognises (importers.heading_sets.TEMPLATES), for the
# interface language.
TEMPLATE_NAMES = {
    "ico-controller": QT_TRANSLATE_NOOP(
        "ImportTemplates", "ICO documentation template for controllers"
    ),
    "ico-processor": QT_TRANSLATE_NOOP(
        "ImportTemplates", "ICO documentation template for processors"
    ),
    "cnil": QT_TRANSLATE_NOOP("ImportTemplates", "CNIL register model (French)"),
    "dutch": QT_TRANSLATE_NOOP("ImportTemplates", "Dutch register headings"),
    "kgs-ropa": QT_TRANSLATE_NOOP("ImportTemplates", "KGS ROPA register sheet"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


def field_label(name: str | None) -> str:
    if name is None or name in _FIELD_LABELS:
        return tr(str(_FIELD_LABELS[name or "note"]))
    nl, en = LABELS.get(name, (name, name))
    return nl if i18n.current() == "nl" else en


class ImportDialog(QDialog):
    def __init__(self, db: Database, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.hub = db, hub
        self.task: tasks.Task | None = None
        self.outcome: ImportResult | None = None
        self.choices: dict[str, str | None] = {}
        self._build()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("File"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.setAccessibleName(self.tr("Choose the file"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.conflict = QComboBox(self)
        self.conflict.setAccessibleName(self.tr("Activities the register has already"))
        for key, text in _CONFLICTS:
            self.conflict.addItem(tr(str(text)), key)
        form = QFormLayout()
        form.addRow(self.tr("File"), file_row)
        form.addRow(self.tr("Activities the register has already"), self.conflict)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.columns = self._table(
            [self.tr("Column"), self.tr("Heading"), self.tr("Field"), self.tr("Remark")]
        )
        self.activities = QListWidget(self)
        self.reused = QListWidget(self)
        self.problems = self._table(
            [self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Problem")]
        )
        for widget, title in (
            (self.columns, self.tr("Columns")),
            (self.activities, self.tr("Activities")),
            (self.reused, self.tr("Reused entries")),
            (self.problems, self.tr("Problems")),
        ):
            widget.setAccessibleName(title)
            self.tabs.addTab(widget, title)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.buttons = QDialogButtonBox(self)
        self.check_button = self.buttons.addButton(
            self.tr("Check"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.check_button.clicked.connect(self.check)
        self.import_button.clicked.connect(self.start_import)
        close.clicked.connect(self.reject)
        self.path.textChanged.connect(self._file_changed)
        self.conflict.currentIndexChanged.connect(lambda _i: self._stale())
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Import a register"))
        if not remember_layout(self, "import"):
            self.resize(self.fontMetrics().averageCharWidth() * 140, 600)

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        return table

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import from"),
            self.path.text(),
            self.tr("Register files (*.xlsx *.json)"),
        )
        if path:
            self.path.setText(path)
            self.check()

    def _file_changed(self) -> None:
        self.choices.clear()
        self._stale()

    def _stale(self) -> None:
        """A preview belongs to the choices that made it: any new choice needs a new check."""
        self.import_button.setEnabled(False)
        if self.outcome is not None:
            self.summary.setText(self.tr("Choices changed: check again before importing."))

    # ------------------------------------------------------------------ running
    def _run(self, fn: Any, on_done: Any, busy: str) -> None:
        self.check_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.summary.setText(busy)
        path = Path(self.path.text()).expanduser()
        self.task = tasks.Task(
            fn, self.db, path, self.conflict.currentData(), dict(self.choices), with_progress=True
        )
        self.task.signals.progress.connect(self._progress)
        tasks.start(self.task, on_done, self._failed)

    def check(self) -> None:
        if self.path.text().strip():
            self._run(_preview, self._previewed, self.tr("Checking the file…"))

    def start_import(self) -> None:
        self._run(_import, self._imported, self.tr("Importing…"))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _failed(self, exc: Any) -> None:
        self.progress.hide()
        self.check_button.setEnabled(True)
        self.summary.setText(self.tr("Nothing was imported: %1").replace("%1", user_message(exc)))

    def _previewed(self, result: ImportResult) -> None:
        self.progress.hide()
        self.check_button.setEnabled(True)
        self.outcome = result
        self._show(result)
        self.import_button.setEnabled(not result.problems)

    def _imported(self, result: ImportResult) -> None:
        self.progress.hide()
        self.check_button.setEnabled(True)
        self.outcome = result
        if result.problems:  # the register changed since the check
            self._show(result)
            return
        self.summary.setText(
            self.tr("Imported: %1 added, %2 replaced, %3 skipped. The history names the file.")
            .replace("%1", str(len(result.added)))
            .replace("%2", str(len(result.replaced)))
            .replace("%3", str(len(result.skipped)))
        )
        refresh_after_import(self.parent(), self.hub)

    # ------------------------------------------------------------------ the preview
    def _show(self, result: ImportResult) -> None:
        key = result.mapping.template if result.mapping else None
        text = " ".join(
            (
                self.tr("%n activities to add,", "", len(result.added)),
                self.tr("%n to replace,", "", len(result.replaced)),
                self.tr("%n to skip;", "", len(result.skipped)),
                self.tr("%n problems.", "", len(result.problems)),
            )
        )
        if key:
            template = QCoreApplication.translate("ImportTemplates", TEMPLATE_NAMES[key])
            text = self.tr("Read as: %1.").replace("%1", template) + " " + text
        shared = result.mapping.shared_lists() if result.mapping else {}
        for name, headings in shared.items():
            text += "\n" + self.tr("%1 is filled from %2 columns: %3").replace(
                "%1", field_label(name)
            ).replace("%2", str(len(headings))).replace("%3", ", ".join(headings))
        self.summary.setText(text)
        self._show_columns(result.mapping.columns if result.mapping else [])
        self._show_lists(result)
        self._show_problems(result)
        if result.problems:
            self.tabs.setCurrentWidget(self.problems)

    def _show_columns(self, columns: list[Column]) -> None:
        self.columns.setRowCount(len(columns))
        for row, column in enumerate(columns):
            self.columns.setItem(row, 0, QTableWidgetItem(column.letter))
            heading = QTableWidgetItem(column.heading)
            heading.setToolTip(column.heading)
            self.columns.setItem(row, 1, heading)
            remark = column.reason
            if column.field is None and column.suggestion:
                remark = self.tr("Suggested: %1").replace("%1", field_label(column.suggestion))
            self.columns.setItem(row, 3, QTableWidgetItem(remark))
            if column.exact and column.reason == "":
                self.columns.setItem(row, 2, QTableWidgetItem(field_label(column.field)))
            else:  # a suggested or unmapped column: the user says what it is
                self.columns.setCellWidget(row, 2, self._field_choice(column))
        self._fit(self.columns, 1)

    def _field_choice(self, column: Column) -> QComboBox:
        box = QComboBox(self.columns)
        box.setAccessibleName(self.tr("Field for %1").replace("%1", column.heading))
        box.addItem(field_label(None), None)
        for name in target_fields():
            if name != "note":
                box.addItem(field_label(name), name)
        box.setCurrentIndex(max(box.findData(column.field), 0))
        box.currentIndexChanged.connect(
            lambda _i, b=box, h=column.heading: self._choose(h, b.currentData())
        )
        return box

    def _choose(self, heading: str, name: str | None) -> None:
        self.choices[heading] = name
        self._stale()

    def _show_lists(self, result: ImportResult) -> None:
        self.activities.clear()
        for label, lines in (
            (self.tr("Add"), result.added),
            (self.tr("Replace"), result.replaced),
            (self.tr("Skip"), result.skipped),
        ):
            self.activities.addItems([f"{label}: {line}" for line in lines])
        self.reused.clear()
        self.reused.addItems([f"{code} · {name}" for _kind, code, name in result.reused])

    def _show_problems(self, result: ImportResult) -> None:
        self.problems.setRowCount(len(result.problems))
        for row, problem in enumerate(result.problems):
            values = [
                problem.sheet or "",
                "" if problem.row is None else str(problem.row),
                problem.column or "",
                problem_detail(problem),
            ]
            # The reader's own words, for support: in the tooltip, never the message itself.
            details = self.tr("Details: %1").replace("%1", problem.technical)
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(f"{value}\n\n{details}" if problem.technical else value)
                self.problems.setItem(row, col, item)
        self._fit(self.problems, 2)

    def _fit(self, table: QTableWidget, heading_column: int) -> None:
        """Columns to their content, but a long heading (the ICO's run to a hundred
        characters) wraps rather than pushing the next columns out of view."""
        table.resizeColumnsToContents()
        limit = self.fontMetrics().averageCharWidth() * 50
        table.setColumnWidth(heading_column, min(table.columnWidth(heading_column), limit))
        table.resizeRowsToContents()


def _preview(db: Database, path: Path, on_conflict: Any, choices: Any, progress: Any) -> Any:
    return preview_file(db, path, on_conflict, choices, progress)


def _import(db: Database, path: Path, on_conflict: Any, choices: Any, progress: Any) -> Any:
    read = read_file(path, choices, progress)
    if not read.problems:  # as the command line does; none for PostgreSQL
        backup.automatic(db, "import")
    return run_import(db, read, on_conflict)


def refresh_after_import(window: Any, hub: Hub) -> None:
    """Every catalogue, the organisation, the register, the dashboard and the findings."""
    from kgs_ropa.ui.catalogue_view import CatalogueView

    kinds = {view.kind for view in window.findChildren(CatalogueView)} if window else set()
    for kind in sorted(kinds):
        hub.catalogue_changed.emit(kind)
    hub.activities_changed.emit([])
