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
