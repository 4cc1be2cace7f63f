"""The export dialog shows a result only for the choices that produced it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kgs_ropa.ui.export_dialog import ExportDialog
from kgs_ropa.ui.main_window import MainWindow


def _export(qtbot: Any, dialog: ExportDialog, out: Path) -> None:
    dialog.path.setText(str(out))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.open_button.isVisibleTo(dialog), timeout=60000)


def test_a_new_format_or_path_clears_the_old_result(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    dialog = ExportDialog(window.db, window.register, window)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    _export(qtbot, dialog, tmp_path / "register.pdf")
    assert "register.pdf" in dialog.status.text()

    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    assert dialog.status.text() == ""
    assert not dialog.open_button.isVisibleTo(dialog)
    assert dialog.out is None

    _export(qtbot, dialog, tmp_path / "register.xlsx")
    dialog.path.setText(str(tmp_path / "other.xlsx"))
    assert not dialog.open_button.isVisibleTo(dialog)
    assert dialog.status.text() == ""


def test_a_new_language_clears_the_old_result(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    dialog = ExportDialog(window.db, window.register, window)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    _export(qtbot, dialog, tmp_path / "register.xlsx")
    dialog.language.setCurrentIndex(1 - dialog.language.currentIndex())
    assert not dialog.open_button.isVisibleTo(dialog)
    assert dialog.status.text() == ""


def test_the_suggested_file_is_dated_in_the_export_language_and_new(
    qtbot: Any, window: MainWindow
) -> None:
    dialog = ExportDialog(window.db, window.register, window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    english = Path(dialog.path.text())
    assert english.name.startswith("record-of-processing-") and english.suffix == ".pdf"
    assert not english.exists()
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    assert Path(dialog.path.text()).name.startswith("verwerkingsregister-")
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    assert Path(dialog.path.text()).suffix == ".xlsx"


def test_an_existing_file_is_replaced_only_when_the_user_says_so(
    qtbot: Any, window: MainWindow, tmp_path: Path, answers: Any
) -> None:
    from PySide6.QtWidgets import QMessageBox

    earlier = tmp_path / "sent-to-the-authority.pdf"
    earlier.write_bytes(b"the export that was sent")
    dialog = ExportDialog(window.db, window.register, window)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(earlier))
    answers.answer = QMessageBox.StandardButton.No
    dialog.start()
    assert answers.asked and "already exists" in answers.asked[-1]
    assert earlier.read_bytes() == b"the export that was sent"
    assert dialog.task is None and dialog.export_button.isEnabled()
    answers.answer = QMessageBox.StandardButton.Yes
    _export(qtbot, dialog, earlier)
    assert earlier.read_bytes().startswith(b"%PDF")
