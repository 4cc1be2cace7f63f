"""File > Export: the register as PDF or Excel, in Dutch or English, run off the GUI thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kgs_ropa.storage.database import Database
from kgs_ropa.ui import i18n, tasks
from kgs_ropa.ui.error_text import user_message
from kgs_ropa.ui.messages import confirm
from kgs_ropa.ui.paths import documents_folder, free_path
from kgs_ropa.ui.register_view import RegisterView
from kgs_ropa.ui.window_state import remember_layout

# The default file name per export language.
BASE_NAMES = {"nl": "verwerkingsregister", "en": "record-of-processing"}

# format -> (exporter in kgs_ropa.reports.export, file suffix)
FORMATS = {
    "pdf": ("export_pdf", "pdf"),
    "xlsx": ("export_xlsx", "xlsx"),
    "xlsx-editable": ("export_xlsx_editable", "xlsx"),
}


def run_export(
    fmt: str,
    db: Database,
    out: Path,
    lang: str,
    ids: list[int] | None,
    with_findings: bool = False,
    progress: Any = None,
) -> Path:
    from kgs_ropa.reports import export  # the renderers load reportlab/openpyxl: only now

    exporter = getattr(export, FORMATS[fmt][0])
    exporter(db, out, lang, ids, progress, with_findings=with_findings)
    return out


class ExportDialog(QDialog):
    def __init__(self, db: Database, register: RegisterView, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.register = db, register
        self.task: tasks.Task | None = None
        self.out: Path | None = None
        self._suggested = ""  # the path this dialog proposed (the user did not type it)
        self._replace_confirmed = ""  # the path the file dialog already asked to replace
        self._build()

    def _build(self) -> None:
        self.format = QComboBox(self)
        self.format.addItem(self.tr("PDF document (for the supervisory authority)"), "pdf")
        self.format.addItem(self.tr("Excel workbook (for the supervisory authority)"), "xlsx")
        self.format.addItem(
            self.tr("Excel workbook, editable (whole register with notes, for import)"),
            "xlsx-editable",
        )
        self.format.currentIndexChanged.connect(self._suggest_name)
        self.findings = QCheckBox(self.tr("Add the open check findings (for internal use)"), self)
        self.language = QComboBox(self)
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if i18n.current() == "nl" else 1)
        self.scope = QComboBox(self)
        shown, total = self.register.model.rowCount(), len(self.register.model.all_rows)
        selected = len(self.register.selected_ids())
        self.scope.addItem(self.tr("All activities (%1)").replace("%1", str(total)), "all")
        if shown != total:
            self.scope.addItem(
                self.tr("The activities shown (%1)").replace("%1", str(shown)), "shown"
            )
        if selected:
            self.scope.addItem(
                self.tr("The selected activities (%1)").replace("%1", str(selected)), "selected"
            )
        self.path = QLineEdit(self)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.setAccessibleName(self.tr("Choose the file"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        for label, widget in (
            (self.tr("Format"), self.format),
            (self.tr("Language"), self.language),
            (self.tr("Activities"), self.scope),
        ):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        form.addRow("", self.findings)
        form.addRow(self.tr("File"), file_row)
        self.path.setAccessibleName(self.tr("File"))
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button = self.buttons.addButton(
            self.tr("Open the file"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.hide()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.start)
        self.open_button.clicked.connect(self.open_file)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Export the register"))
        # Wide enough for the longest choice in either language (the Dutch one is longer).
        self.setMinimumWidth(
            max(self.fontMetrics().averageCharWidth() * 80, layout.sizeHint().width())
        )
        remember_layout(self, "export")
        self._suggest_name()
        # A result shown belongs to the choices that made it: any new choice hides it.
        self.format.currentIndexChanged.connect(self._clear_result)
        self.language.currentIndexChanged.connect(self._suggest_name)
        self.language.currentIndexChanged.connect(self._clear_result)
        self.scope.currentIndexChanged.connect(self._clear_result)
        self.findings.toggled.connect(self._clear_result)
        self.path.textChanged.connect(self._clear_result)

    def _clear_result(self) -> None:
        if self.task is not None and not self.export_button.isEnabled():
            return  # an export is running: its progress stays in view
        self.out = None
        self.open_button.hide()
        self.progress.hide()
        self.status.clear()

    def _suggest_name(self) -> None:
        """Until the user names the file: a name in the export's language with today's date,
        not taken yet, so a second export never lands on the first."""
        suffix = FORMATS[self.format.currentData()][1]
        typed = self.path.text()
        if typed and typed != self._suggested:
            self.path.setText(str(Path(typed).with_suffix(f".{suffix}")))
            return
        base = BASE_NAMES[self.language.currentData()]
        wanted = documents_folder() / f"{base}-{date.today().isoformat()}.{suffix}"
        self._suggested = str(free_path(wanted))
        self.path.setText(self._suggested)

    def _browse(self) -> None:
        suffix = FORMATS[self.format.currentData()][1]
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path.text(), f"*.{suffix}"
        )
        if path:
            self.path.setText(path)
            self._replace_confirmed = path  # the file dialog asked about replacing it

    def _may_write(self, out: Path) -> bool:
        """An existing file (an earlier export, perhaps the one sent) is replaced only when
        the user says so."""
        if not out.exists() or str(out) == self._replace_confirmed:
            return True
        return confirm(self, self.tr("%1 already exists. Replace it?").replace("%1", str(out)))

    def activity_ids(self) -> list[int] | None:
        scope = self.scope.currentData()
        if scope == "selected":
            return self.register.selected_ids()
        if scope == "shown":
            return [row.id for row in self.register.model.rows()]
        return None

    def start(self) -> None:
        out = Path(self.path.text()).expanduser()
        if not out.parent.is_dir():
            self.status.setText(
                self.tr("The folder %1 does not exist; choose another.").replace(
                    "%1", str(out.parent)
                )
            )
            return
        if not self._may_write(out):
            return
        self.out = out
        self.export_button.setEnabled(False)
        self.open_button.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Exporting…"))
        fmt, lang = self.format.currentData(), self.language.currentData()
        findings = self.findings.isChecked()
        self.task = tasks.Task(
            run_export, fmt, self.db, out, lang, self.activity_ids(), findings, with_progress=True
        )
        self.task.signals.progress.connect(self._progress)
        tasks.start(self.task, self._done, self._failed)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _done(self, out: Path) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.status.setText(self.tr("Exported to %1.").replace("%1", str(out)))
        self.export_button.setEnabled(True)
        self.open_button.show()
        self.open_button.setFocus()

    def _failed(self, exc: Any) -> None:
        self.progress.hide()
        self.export_button.setEnabled(True)
        reason = user_message(exc)
        self.status.setText(
            self.tr(
                "The export failed: %1. Check that the file is not open in another program "
                "and that the folder is writable, then try again."
            ).replace("%1", reason)
        )

    def open_file(self) -> None:
        if self.out is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.out)))
