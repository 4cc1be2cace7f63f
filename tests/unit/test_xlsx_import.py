"""`import xlsx`: the round trip, ICO-style spreadsheets, and every kind of bad workbook."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter
from report_data import hostile_document, load

from kgs_ropa.importers import own_workbook
from kgs_ropa.importers.file_import import import_file as import_xlsx
from kgs_ropa.importers.problems import ImportFileError
from kgs_ropa.reports.export import export_xlsx_editable as export_xlsx
from kgs_ropa.services.connect import connect
from kgs_ropa.services.document import dump_register
from kgs_ropa.services.setup import activity_count, initialise
from kgs_ropa.storage.database import Database


@pytest.fixture
def empty(tmp_path: Path) -> Database:
    database = connect(str(tmp_path / "empty.sqlite"))
    initialise(database)
    return database


def _document(db: Database) -> dict[str, object]:
    with db.reading() as session:
        return dump_register(session)


def _count(db: Database) -> int:
    with db.reading() as session:
        return activity_count(session)


def _problems(db: Database, path: Path) -> str:
    with pytest.raises(ImportFileError) as caught:
        import_xlsx(db, path)
    assert _count(db) == 0
    return str(caught.value)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_round_trip_gives_the_same_register(
    db: Database, empty: Database, tmp_path: Path, lang: str
) -> None:
    document = hostile_document()
    document["activities"][0]["note"] = "no control characters here"
    load(db, document)
    first = tmp_path / "first.xlsx"
    export_xlsx(db, first, lang)  # type: ignore[arg-type]
    result = import_xlsx(empty, first)
    assert result.kind == "kgs-ropa" and result.activities == 13
    assert _document(empty) == _document(db)


def test_dry_run_changes_nothing(example_db: Database, empty: Database, tmp_path: Path) -> None:
    out = tmp_path / "register.xlsx"
    export_xlsx(example_db, out)
    assert import_xlsx(empty, out, dry_run=True).activities == 13
    assert _count(empty) == 0


def _edit(path: Path, sheet: str, cell: str, value: object) -> None:
    wb = openpyxl.load_workbook(path)
    wb[sheet][cell] = value
    wb.save(path)


def _cell(path: Path, sheet: str, heading: str, row: int) -> str:
    """The address of the cell under `heading` in `row` (columns move as fields are added)."""
    wb = openpyxl.load_workbook(path, read_only=True)
    headings = [c.value for c in next(wb[sheet].iter_rows(max_row=1))]
    wb.close()
    return f"{get_column_letter(headings.index(heading) + 1)}{row}"


def test_wrong_headings_and_types_are_listed_by_sheet_row_column(
    example_db: Database, empty: Database, tmp_path: Path
) -> None:
    out = tmp_path / "register.xlsx"
    export_xlsx(example_db, out)
    _edit(out, "_systems", "A1", "kode")
    _edit(out, "_activities", _cell(out, "_activities", "automated_decision_making", 3), "maybe")
    _edit(out, "_activities", _cell(out, "_activities", "next_review_due", 4), "not a date")
    message = _problems(empty, out)
    assert "sheet '_systems', row 1: unexpected headings (missing code; unknown kode)" in message
    assert (
        "sheet '_activities', row 3, column 'automated_decision_making': expected TRUE or FALSE"
        in message
    )
    assert "sheet '_activities', row 4, column 'next_review_due'" in message


def test_a_bad_reference_points_at_its_row(
    example_db: Database, empty: Database, tmp_path: Path
) -> None:
    out = tmp_path / "register.xlsx"
    export_xlsx(example_db, out)
    _edit(out, "_purposes", "E2", "magic")  # lawful_basis
    assert (
        "sheet '_purposes', row 2, column 'lawful_basis': unknown lawful basis 'magic'"
        in _problems(empty, out)
    )


def test_not_a_workbook(empty: Database, tmp_path: Path) -> None:
    path = tmp_path / "register.xlsx"
    path.write_text("name;purpose\n", encoding="utf-8")
    assert _problems(empty, path) == "register.xlsx: not an Excel workbook (.xlsx)"
    assert "no such file" in _problems(empty, tmp_path / "missing.xlsx")


def test_empty_workbook(empty: Database, tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    openpyxl.Workbook().save(path)
    assert "no row of register headings found" in _problems(empty, path)


def test_huge_sheet_is_refused(
    example_db: Database, empty: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "register.xlsx"
    export_xlsx(example_db, out)
    monkeypatch.setattr(own_workbook, "MAX_ROWS", 20)
    assert "sheet '_data_category_uses', row 21: more than 20 rows" in _problems(empty, out)


def _ico_workbook(path: Path, headings: list[str], rows: list[list[object]]) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Record of processing activities"])
    ws.append(headings)
    for row in rows:
        ws.append(row)
    wb.save(path)


def test_ico_style_spreadsheet_with_reported_mapping(empty: Database, tmp_path: Path) -> None:
    path = tmp_path / "ico.xlsx"
    headings = [
        "Business function",
        "Purpose of the processing",
        "Categories of individuals",
        "Categories of personal data",
        "Categories of recipients",
        "Names of third countries or international organisations that personal data are "
        "transferred to",
        "Safeguards for exceptional transfers of personal data to third countries or "
        "international organisations (if applicable)",
        "Retention schedule (if possible)",
        "Article 6 lawful basis for processing personal data",
        "Favourite colour",
    ]
    rows = [
        [
            "Sales",
            "Order handling",
            "Customer contact persons",
            "Name\nEmail address",
            "Couriers",
            "United States",
            "Standard contractual clauses",
            "7 years",
            "Contract",
            "blue",
        ],
        [
            "HR",
            "Recruitment",
            "Job applicants",
            "CV and application details; Shoe size",
            "",
            "",
            "",
            "4 weeks",
            "Art. 6(1)(f)",
            "",
        ],
    ]
    _ico_workbook(path, headings, rows)
    result = import_xlsx(empty, path)
    assert result.kind == "spreadsheet" and result.activities == 2
    assert "B Purpose of the processing -> purposes" in result.mapping_lines
    assert "J Favourite colour -> note (as 'Favourite colour: ...')" in result.mapping_lines
    document = _document(empty)
    first, second = document["activities"]  # type: ignore[index]
    assert first["purposes"][0]["lawful_basis"] == "contract"
    assert first["note"] == "Favourite colour: blue"  # nothing in the sheet is lost
    assert first["transfers"][0]["country"] == "US" and first["transfers"][0]["mechanism"] == "scc"
    assert [u["category"] for u in first["data_categories"]] == ["name", "email"]
    assert second["purposes"][0]["lawful_basis"] == "legitimate_interests"
    assert "shoe-size" in [u["category"] for u in second["data_categories"]]


def test_dutch_headings_and_bad_values(empty: Database, tmp_path: Path) -> None:
    path = tmp_path / "register.xlsx"
    headings = ["Verwerking", "Doel", "Rechtsgrond", "Derde landen"]
    _ico_workbook(
        path, headings, [["Salarisadministratie", "Salaris betalen", "omdat het moet", "Atlantis"]]
    )
    message = _problems(empty, path)
    assert "sheet 'Sheet', row 3, column 'Rechtsgrond': not a lawful basis" in message
    assert "sheet 'Sheet', row 3, column 'Derde landen': unknown country 'Atlantis'" in message
