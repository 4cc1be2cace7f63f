"""A value the register refuses is told in the interface language, named as the editor
labels its field (the command line keeps the English)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from kgs_ropa.importers.file_import import import_file, read_file
from kgs_ropa.importers.own_workbook import _row_dict
from kgs_ropa.importers.problems import ImportFileError, Problem
from kgs_ropa.message import Message
from kgs_ropa.services.document import DocumentError, load_register
from kgs_ropa.services.synthetic import synthetic_document
from kgs_ropa.storage.database import Database
from kgs_ropa.ui import i18n
from kgs_ropa.ui.error_text import problem_text, user_message
from kgs_ropa.ui.import_dialog import ImportDialog
from kgs_ropa.ui.main_window import MainWindow


def test_the_dutch_editor_says_why_a_save_was_refused_in_dutch(
    window: MainWindow, answers: Any
) -> None:
    window.set_language("nl")
    first, second = window.register.model.all_rows[:2]
    window.edit_activity(first.id)
    window.editor.field("code").setText(second.code)
    assert not window.editor.save()
    assert answers.shown == [
        f"Niet opgeslagen: Code: de code '{second.code}' wordt al door een andere verwerking "
        "gebruikt. Verbeter dit en sla opnieuw op."
    ]
    window.set_language("en")
    assert not window.editor.save()
    assert answers.shown[1] == (
        f"Not saved: Code: the code '{second.code}' is already used by another activity. "
        "Correct it and save again."
    )


def test_a_field_of_an_item_is_named_as_the_editor_labels_it(qtbot: Any) -> None:
    error = DocumentError(
        "activity.transfers[0].country",
        "unknown {vocabulary} {value}",
        vocabulary=Message("country code"),
        value="'XX'",
    )
    i18n.switch("nl")
    assert user_message(error) == "Doorgifte 1 › Land: onbekende landcode 'XX'"
    i18n.switch("en")
    assert user_message(error) == "Transfer 1 › Country: unknown country code 'XX'"
    assert str(error) == "activity.transfers[0].country: unknown country code 'XX'"


def test_a_refused_register_document_reads_dutch(qtbot: Any, db: Database) -> None:
    doc = {
        "format": "kgs-ropa-register",
        "format_version": 2,
        "activities": [{"code": "A1", "name": "Een", "status": "draft"}, {"code": ""}],
    }
    with pytest.raises(DocumentError) as caught, db.transaction() as session:
        load_register(session, doc)
    i18n.switch("nl")
    dutch = user_message(caught.value)
    assert dutch == "Verwerking 2 › Code: mag niet leeg zijn"


def _preview(qtbot: Any, window: MainWindow, path: Path) -> ImportDialog:
    dialog = ImportDialog(window.db, window.hub, window)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    dialog.check()
    qtbot.waitUntil(lambda: dialog.check_button.isEnabled(), timeout=60000)
    return dialog


def _problems(dialog: ImportDialog) -> list[str]:
    table = dialog.problems
    return [table.item(r, 3).text() for r in range(table.rowCount())]


def test_the_dutch_import_preview_lists_its_problems_in_dutch(
    qtbot: Any, empty_window: MainWindow, tmp_path: Path
) -> None:
    empty_window.set_language("nl")
    path = tmp_path / "register.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Processing activity", "Purpose of the processing", "Lawful basis"])
    wb.active.append(["Payroll", "Paying salaries", "Magic"])
    wb.save(path)
    dialog = _preview(qtbot, empty_window, path)
    assert _problems(dialog) == ["geen rechtsgrond (art. 6 lid 1): 'Magic'"]
    assert dialog.tabs.currentWidget() is dialog.problems


def test_a_refused_json_register_reads_dutch_in_the_preview(
    qtbot: Any, empty_window: MainWindow, tmp_path: Path
) -> None:
    empty_window.set_language("nl")
    path = tmp_path / "register.json"
    path.write_text(json.dumps({"format": "kgs-ropa-register", "format_version": 99}))
    dialog = _preview(qtbot, empty_window, path)
    assert _problems(dialog) == ["format_version: niet-ondersteunde versie 99"]
    path.write_text("{not json")
    dialog = _preview(qtbot, empty_window, path)
    assert _problems(dialog) == ["register.json: geen geldige JSON (regel 1, kolom 2)"]


def test_a_file_that_cannot_be_read_is_told_in_dutch(qtbot: Any, tmp_path: Path) -> None:
    i18n.switch("nl")
    with pytest.raises(ImportFileError) as caught:
        read_file(tmp_path / "gone.json")
    assert user_message(caught.value) == "gone.json: bestand bestaat niet"
    i18n.switch("en")
    assert str(caught.value) == "gone.json: no such file"


def test_a_json_problem_names_the_activity_and_the_editor_labels(
    qtbot: Any, empty_window: MainWindow, tmp_path: Path
) -> None:
    doc = synthetic_document(4)
    doc["activities"][2]["purposes"][0]["lawful_basis"] = "magic"
    code, name = doc["activities"][2]["code"], doc["activities"][2]["name"]
    path = tmp_path / "register.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    empty_window.set_language("nl")
    dialog = _preview(qtbot, empty_window, path)
    assert _problems(dialog) == [
        f"Verwerking {code} {name} › Doel 1 › Grondslag: onbekende rechtsgrond 'magic'"
    ]
    with pytest.raises(ImportFileError) as caught:  # the command line keeps the path
        import_file(empty_window.db, path)
    assert str(caught.value) == (
        "activities[2].purposes[0].lawful_basis: unknown lawful basis 'magic'"
    )


def test_a_damaged_workbook_is_told_in_dutch_with_the_details_aside(
    qtbot: Any, empty_window: MainWindow, tmp_path: Path
) -> None:
    good = tmp_path / "good.xlsx"
    openpyxl.Workbook().save(good)
    path = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(good) as old, zipfile.ZipFile(path, "w") as new:
        for member in old.namelist():
            data = old.read(member)
            new.writestr(member, data[: len(data) // 2] if member == "xl/workbook.xml" else data)
    empty_window.set_language("nl")
    dialog = _preview(qtbot, empty_window, path)
    said = "damaged.xlsx: het bestand is geen geldige Excel-werkmap of is beschadigd"
    assert _problems(dialog) == [said]
    details = dialog.problems.item(0, 3).toolTip()
    assert details.startswith(said) and "Details: " in details and "Error" in details


def test_a_cell_python_cannot_convert_is_told_in_dutch(qtbot: Any) -> None:
    problems: list[Problem] = []
    _row_dict("_activities", 4, [("retention_amount", "int")], (float("nan"),), problems)
    i18n.switch("nl")
    assert problem_text(problems[0]) == (
        "blad '_activities', rij 4, kolom 'retention_amount': niet te lezen: nan"
    )
    assert "cannot convert float NaN to integer" in problems[0].technical
