"""File > Inquiry pack: the register, its history and the latest review report in one folder."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt, QUrl
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
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kgs_ropa.storage.database import Database
from kgs_ropa.ui import i18n, tasks
from kgs_ropa.ui.error_text import user_message
from kgs_ropa.ui.fields import DayField, first_problem, to_date
from kgs_ropa.ui.paths import documents_folder, free_path
from kgs_ropa.ui.window_state import remember_layout


def build_pack(db: Database, out: Path, lang: str, since: date | None) -> dict[str, Any]:
    from kgs_ropa.reports.inquiry import write_pack  # reportlab and openpyxl only now

    return write_pack(db, out, lang, since=since)


def default_folder(today: date, parent: Path | None = None) -> Path:
    """A new folder in Documents named by the date; a second pack that day gets -2."""
    return free_path((parent or documents_folder()) / f"inquiry-pack-{today.isoformat()}")


class InquiryDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.out: Path | None = None
        self.language = QComboBox(self)
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if i18n.current() == "nl" else 1)
        self.use_since = QCheckBox(self)
        self.since = DayField(self, to_date(QDate.currentDate().addYears(-1)))
        since_row = QHBoxLayout()
        since_row.addWidget(self.use_since)
        since_row.addWidget(self.since, 1)
        self.path = QLineEdit(str(default_folder(date.today())), self)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse)
        self.form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(3)]
        self.form.addRow(self.labels[0], self.language)
        self.form.addRow(self.labels[1], since_row)
        self.form.addRow(self.labels[2], path_row)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # shows a folder path
        self.status.setWordWrap(True)
        # The whole 64-character hash, selectable to copy into a letter to the authority.
        self.hash_field = QLineEdit(self)
        self.hash_field.setReadOnly(True)
        self.hash_field.setMinimumWidth(self.fontMetrics().horizontalAdvance("0" * 66))
        self.hash_field.hide()
        self.buttons = QDialogButtonBox(self)
        self.write_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.write_button.clicked.connect(self.start)
        self.open_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(self._open_folder)
        self.open_button.hide()
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)  # grows, never squashes
        layout.addLayout(self.form)
        layout.addWidget(self.status)
        layout.addWidget(self.hash_field)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        remember_layout(self, "inquiry")
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Inquiry pack"))
        texts = (self.tr("Language"), self.tr("History"), self.tr("Folder"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.language.setAccessibleName(self.tr("Language"))
        self.use_since.setText(self.tr("Only changes from"))
        self.since.setAccessibleName(self.tr("Changes from"))
        self.path.setAccessibleName(self.tr("Folder"))
        self.browse.setText(self.tr("Choose…"))
        self.write_button.setText(self.tr("Write the pack"))
        self.open_button.setText(self.tr("Open the folder"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _browse(self) -> None:
        parent = QFileDialog.getExistingDirectory(
            self, self.tr("Put the pack in"), str(Path.home())
        )
        if parent:
            self.path.setText(str(default_folder(date.today(), Path(parent))))

    def start(self) -> None:
        out = Path(self.path.text()).expanduser()
        if out.exists() and (not out.is_dir() or any(out.iterdir())):
            self.status.setText(
                self.tr("%1 already exists and is not an empty folder; choose another.").replace(
                    "%1", str(out)
                )
            )
            return
        if self.use_since.isChecked():
            problem = first_problem([(self.since, self.tr("Changes from"))])
            if problem is not None:
                self.status.setText(problem)
                return
        since = self.since.day() if self.use_since.isChecked() else None
        self.out = out
        self.write_button.setEnabled(False)
        self.status.setText(self.tr("Writing the pack…"))
        task = tasks.Task(build_pack, self.db, out, self.language.currentData(), since)
        tasks.start(task, self._done, self._failed)

    def _done(self, manifest: dict[str, Any]) -> None:
        self.write_button.setEnabled(True)
        self.open_button.show()
        names = ", ".join(f["name"] for f in manifest["files"])
        self.status.setText(
            self.tr("Written to %1: %2 and manifest.json. Fingerprint of the history (SHA-256):")
            .replace("%1", str(self.out))
            .replace("%2", names)
        )
        self.hash_field.setText(manifest["history_hash"])
        self.hash_field.setAccessibleName(self.tr("Fingerprint of the history"))
        self.hash_field.show()
        self.path.setText(str(default_folder(date.today(), self.out.parent if self.out else None)))

    def _failed(self, error: Exception) -> None:
        self.write_button.setEnabled(True)
        self.status.setText(
            self.tr("The pack was not written: %1").replace("%1", user_message(error))
        )

    def _open_folder(self) -> None:
        if self.out is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.out)))
