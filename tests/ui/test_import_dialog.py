"""File > Import: the preview shows the mapping, the activities, the reused entries and the
problems; a column without a known heading can be given a field; the import refreshes the app."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import import_templates as templates
import openpyxl
from PySide6.QtWidgets import QComboBox

from kgs_ropa.services.document import dump_register
from kgs_ropa.ui.import_dialog import ImportDialog
from kgs_ropa.ui.main_window import MainWindow


def _wait(qtbot: Any, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.check_button.isEnabled(), timeout=60000)


def _check(qtbot: Any, dialog: ImportDialog, path: Path) -> None:
    dialog.path.setText(str(path))
    dialog.check()
    _wait(qtbot, dialog)


def _rows(table: Any, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_preview_then_import_into_the_example(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    filled = templates.dutch(tmp_path)
    dialog = ImportDialog(window.db, window.hub, window)
    qtbot.addWidget(dialog)
    _check(qtbot, dialog, filled.path)
    assert dialog.outcome is not None and dialog.outcome.problems == []
    assert "Dutch register headings" in dialog.summary.text()
    assert _rows(dialog.columns, 1) == filled.headings
    assert "Add: V-01 Salarisadministratie" in [
        dialog.activities.item(i).text() for i in range(dialog.activities.count())
    ]
    assert dialog.reused.count() > 0  # the example's categories, by name
    assert dialog.import_button.isEnabled()
    before = window.register.model.rowCount()
    dialog.start_import()
    _wait(qtbot, dialog)
    assert "1 added" in dialog.summary.text()
    qtbot.waitUntil(lambda: window.register.model.rowCount() == before + 1, timeout=30000)
    # the same file again: the duplicate is a problem, and nothing can be imported
    _check(qtbot, dialog, filled.path)
    assert any("in the register already" in m for m in _rows(dialog.problems, 3))
    assert not dialog.import_button.isEnabled()
    dialog.conflict.setCurrentIndex(dialog.conflict.findData("skip"))
    dialog.check()
    _wait(qtbot, dialog)
    assert dialog.import_button.isEnabled()


def test_an_unknown_column_can_be_given_a_field(
    qtbot: Any, empty_window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "sheet.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(
        ["Processing activity", "Purpose of the processing", "Lawful basis", "Kept for"]
    )
    wb.active.append(["Payroll", "Paying salaries", "Contract", "7 years"])
    wb.save(path)
    dialog = ImportDialog(empty_window.db, empty_window.hub, empty_window)
    qtbot.addWidget(dialog)
    _check(qtbot, dialog, path)
    box = dialog.columns.cellWidget(3, 2)
    assert isinstance(box, QComboBox) and box.currentData() is None  # to the note until chosen
    box.setCurrentIndex(box.findData("retention"))
    assert not dialog.import_button.isEnabled()  # the preview is stale
    dialog.check()
    _wait(qtbot, dialog)
    dialog.start_import()
    _wait(qtbot, dialog)
    with empty_window.db.reading() as session:
        (activity,) = dump_register(session)["activities"]
    rules = [(r["period"], r["period_amount"], r["period_unit"]) for r in activity["retention"]]
    assert rules == [("", 7, "year")]
    assert activity["note"] == ""


def test_a_zip_bomb_is_a_problem_in_the_preview_not_a_crash(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: Any
) -> None:
    from kgs_ropa.importers import workbook

    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", b"<workbook/>")
        archive.writestr("xl/sharedStrings.xml", b"A" * 3_000_000)
    monkeypatch.setattr(workbook, "MAX_UNCOMPRESSED", 2 * 2**20)
    dialog = ImportDialog(window.db, window.hub, window)
    qtbot.addWidget(dialog)
    dialog.show()
    _check(qtbot, dialog, bomb)
    assert dialog.outcome is not None and len(dialog.outcome.problems) == 1
    assert (
        "expands to 3 MB when unpacked"
        in _rows(dialog.problems, dialog.problems.columnCount() - 1)[0]
    )
    assert not dialog.import_button.isEnabled()
    dialog.grab().save(str(tmp_path / "bomb.png"))  # to look at when it changes


def test_a_register_file_read_as_it_goes_previews_and_imports(
    qtbot: Any, empty_window: MainWindow, tmp_path: Path
) -> None:
    import json

    from kgs_ropa.services.synthetic import synthetic_document

    document = synthetic_document(1200)  # two chunks of activities
    path = tmp_path / "register.json"
    broken = {**document, "activities": {"not": "a list"}}
    path.write_text(json.dumps(broken, ensure_ascii=False), encoding="utf-8")
    dialog = ImportDialog(empty_window.db, empty_window.hub, empty_window)
    qtbot.addWidget(dialog)
    _check(qtbot, dialog, path)
    assert any("expected a list" in m for m in _rows(dialog.problems, 3))
    assert not dialog.import_button.isEnabled()
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    _check(qtbot, dialog, path)
    assert dialog.outcome is not None and dialog.outcome.problems == []
    assert dialog.activities.count() == 1200
    dialog.start_import()
    _wait(qtbot, dialog)
    assert "1200 added" in dialog.summary.text()
    with empty_window.db.reading() as session:
        assert len(dump_register(session)["activities"]) == 1200
