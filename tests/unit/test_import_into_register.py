"""Import into a register that is not empty: catalogue entries reused, an activity that is there
already listed (fail), left alone (skip) or overwritten (replace), one history change."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import import_templates as templates
import openpyxl
import pytest
from sqlalchemy import select

from kgs_ropa.importers.file_import import import_file
from kgs_ropa.importers.problems import ImportFileError
from kgs_ropa.model import HistoryEntry
from kgs_ropa.services.connect import connect
from kgs_ropa.services.document import dump_register
from kgs_ropa.services.setup import initialise
from kgs_ropa.storage.database import Database

BUILDERS = [templates.dutch, templates.ico_processor]


@pytest.fixture
def empty(tmp_path: Path) -> Database:
    database = connect(str(tmp_path / "empty.sqlite"))
    initialise(database)
    return database


def _document(db: Database) -> dict[str, Any]:
    with db.reading() as session:
        return dump_register(session)


def _history(db: Database) -> list[HistoryEntry]:
    with db.reading() as session:
        return list(session.scalars(select(HistoryEntry).order_by(HistoryEntry.id)))


@pytest.mark.parametrize("build", BUILDERS)
def test_the_same_file_twice_fails_with_every_duplicate_and_changes_nothing(
    empty: Database, tmp_path: Path, build: Any
) -> None:
    filled = build(tmp_path)
    import_file(empty, filled.path)
    before, history = _document(empty), len(_history(empty))
    with pytest.raises(ImportFileError) as caught:
        import_file(empty, filled.path)
    duplicates = [p for p in caught.value.problems if "is in the register already" in p.message]
    assert len(duplicates) == len(filled.rows)
    assert [p.row for p in duplicates] == [
        filled.header_row + 1 + i for i in range(len(filled.rows))
    ]
    assert _document(empty) == before and len(_history(empty)) == history


@pytest.mark.parametrize("build", BUILDERS)
def test_skip_adds_nothing(empty: Database, tmp_path: Path, build: Any) -> None:
    filled = build(tmp_path)
    import_file(empty, filled.path)
    before = _document(empty)
    result = import_file(empty, filled.path, on_conflict="skip")
    assert result.added == [] and len(result.skipped) == len(filled.rows)
    assert _document(empty) == before


def _change_cell(path: Path, cell: str, value: str) -> None:
    wb = openpyxl.load_workbook(path)
    wb.active[cell] = value
    wb.save(path)


def test_replace_overwrites_and_records_one_change_with_the_file(
    empty: Database, tmp_path: Path
) -> None:
    filled = templates.dutch(tmp_path)
    import_file(empty, filled.path)
    _change_cell(filled.path, f"O{filled.header_row + 1}", "10 jaar")  # Bewaartermijn
    seen = len(_history(empty))
    result = import_file(empty, filled.path, on_conflict="replace")
    assert result.replaced == ["V-01 Salarisadministratie"] and result.added == []
    (payroll,) = _document(empty)["activities"]
    periods = [(r["period"], r["period_amount"], r["period_unit"]) for r in payroll["retention"]]
    assert periods == [("", 10, "year")]
    new = _history(empty)[seen:]
    digest = hashlib.sha256(filled.path.read_bytes()).hexdigest()
    assert new and {e.comment for e in new} == {f"import dutch.xlsx (SHA-256 {digest})"}
    assert len({e.recorded_at for e in new}) == 1  # one change
    assert any(e.entity_type == "retention" or "10 jaar" in (e.after or "") for e in new)


def test_catalogue_entries_are_reused_by_name(example_db: Database, tmp_path: Path) -> None:
    before = _document(example_db)
    filled = templates.dutch(tmp_path)
    result = import_file(example_db, filled.path)
    after = _document(example_db)
    assert len(after["activities"]) == len(before["activities"]) + 1
    reused = {(kind, code) for kind, code, _ in result.reused}
    assert ("data_categories", "name") in reused and ("data_categories", "address") in reused
    added = next(a for a in after["activities"] if a["code"] == "V-01")
    categories = {c["code"]: c for c in after["catalogues"]["data_categories"]}
    (health,) = [u for u in added["data_categories"] if categories[u["category"]]["special"]]
    assert health["art9_condition"] == "employment"
    # no second copy of a category the register has
    labels = [c["label_nl"] for c in after["catalogues"]["data_categories"]]
    assert len(labels) == len(set(labels))
    # the organisation's own entries are kept; the imported controller is added once
    assert len(after["organisation"]["entities"]) == len(before["organisation"]["entities"]) + 1
    import_file(example_db, filled.path, on_conflict="skip")
    assert _document(example_db)["organisation"] == after["organisation"]


def test_generated_codes_do_not_collide_with_the_register(
    example_db: Database, tmp_path: Path
) -> None:
    filled = templates.ico_processor(tmp_path)  # no codes in the file
    import_file(example_db, filled.path)
    path = tmp_path / "sheet.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Verwerking", "Doel", "Rechtsgrond", "Bewaartermijn"])
    wb.active.append(["Nieuwe verwerking", "Iets nieuws", "Toestemming", "1 jaar"])
    wb.save(path)
    codes = {a["code"] for a in _document(example_db)["activities"]}
    result = import_file(example_db, path)
    (added,) = result.added
    assert added.split()[0] not in codes


def test_a_made_up_code_never_takes_over_an_entry(example_db: Database, tmp_path: Path) -> None:
    """A sheet has no codes: "CRM (Salesforce)" is not the register's "crm" system."""
    systems = {s["code"]: s for s in _document(example_db)["catalogues"]["systems"]}
    assert "crm" in systems
    path = tmp_path / "sheet.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Verwerking", "Doel", "Rechtsgrond", "Systemen"])
    wb.active.append(["Offertes", "Offertes maken", "Overeenkomst", "CRM (Salesforce)"])
    wb.save(path)
    result = import_file(example_db, path)
    assert ("systems", "crm", systems["crm"]["name"]) not in result.reused
    after = {s["code"]: s for s in _document(example_db)["catalogues"]["systems"]}
    assert after["crm"] == systems["crm"]
    (added,) = [a for a in _document(example_db)["activities"] if a["name"] == "Offertes"]
    (code,) = added["systems"]
    assert after[code]["name"] == "CRM (Salesforce)"


def test_reimporting_the_register_own_export_keeps_the_organisation_note(
    example_db: Database, tmp_path: Path
) -> None:
    exported = tmp_path / "register.json"
    exported.write_text(json.dumps(_document(example_db)), encoding="utf-8")
    note_before = _document(example_db)["organisation"]["note"]
    assert note_before
    import_file(example_db, exported, on_conflict="replace")
    assert _document(example_db)["organisation"]["note"] == note_before
