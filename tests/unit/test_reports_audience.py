"""What each export is for: the authority's forms hold only what the register asserts; the
editable workbook and findings are for the organisation and say so."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from kgs_ropa.model import DataCategory, DataSubjectCategory, Processor, SecurityMeasure
from kgs_ropa.reports.export import export_xlsx, export_xlsx_editable
from kgs_ropa.reports.labels import Lang, label
from kgs_ropa.services import standard
from kgs_ropa.services.document import dump_register
from kgs_ropa.storage.database import Database

TODAY = date(2026, 11, 25)


def _cells(ws: Any) -> list[Any]:
    return [c.value for row in ws.iter_rows() for c in row if c.value is not None]


def _used(document: dict[str, Any]) -> dict[str, set[str]]:
    activities = document["activities"]
    return {
        "processors": {c for a in activities for c in a["processors"]},
        "security_measures": {c for a in activities for c in a["security_measures"]},
        "data_subject_categories": {c for a in activities for c in a["data_subjects"]},
        "data_categories": {u["category"] for a in activities for u in a["data_categories"]},
    }


def _unused(document: dict[str, Any]) -> set[str]:
    used = _used(document)
    catalogues = document["catalogues"]
    return {
        row["code"]
        for kind, codes in used.items()
        for row in catalogues.get(kind, [])
        if row["code"] not in codes
    }


def _add_unused_entries(db: Database) -> None:
    """Catalogue entries no activity uses (the example itself holds none any more)."""
    with db.transaction() as session:
        for model, code in ((DataCategory, "health"), (SecurityMeasure, "mfa")):
            standard.add_standard(session, model, code)
        standard.add_standard(session, DataSubjectCategory, "employee")
        session.add(Processor(code="unused_vendor", name="Unused Vendor BV", country="NL"))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_authority_workbook_holds_only_what_the_register_asserts(
    example_db: Database, tmp_path: Path, lang: Lang
) -> None:
    _add_unused_entries(example_db)
    with example_db.reading() as session:
        document = dump_register(session)
    out = tmp_path / "register.xlsx"
    export_xlsx(example_db, out, lang, today=TODAY)
    wb = openpyxl.load_workbook(out)
    assert all(ws.sheet_state == "visible" for ws in wb.worksheets)
    assert not [ws.title for ws in wb.worksheets if ws.title.startswith("_")]
    assert label("sheet_findings", lang) not in wb.sheetnames
    register = wb[label("sheet_register", lang)]
    assert label("note", lang) not in _cells(register)  # no internal notes column
    assert not any("INTERN" in str(v).upper() for v in _cells(register)[:3])
    unused = _unused(document)
    assert unused, "the example should have unused catalogue entries for this test to bite"
    listed = {v for ws in wb.worksheets for v in _cells(ws) if isinstance(v, str)}
    assert not unused & listed, sorted(unused & listed)
    for note in (a["note"] for a in document["activities"] if a["note"]):
        assert note not in listed


def test_findings_only_on_request_and_then_marked_internal(
    example_db: Database, tmp_path: Path
) -> None:
    out = tmp_path / "internal.xlsx"
    export_xlsx(example_db, out, "en", today=TODAY, with_findings=True)
    wb = openpyxl.load_workbook(out)
    assert "Open findings" in wb.sheetnames
    first = wb.worksheets[0]
    assert str(first["A1"].value).startswith("INTERNAL USE")
    assert "the open check findings" in str(first["A1"].value)


def test_editable_workbook_is_whole_visible_and_says_it_is_internal(
    example_db: Database, tmp_path: Path
) -> None:
    out = tmp_path / "editable.xlsx"
    export_xlsx_editable(example_db, out, "nl", today=TODAY)
    wb = openpyxl.load_workbook(out)
    assert "_activities" in wb.sheetnames and "_register" in wb.sheetnames
    assert all(ws.sheet_state == "visible" for ws in wb.worksheets)
    assert "Open bevindingen" not in wb.sheetnames
    assert str(wb.worksheets[0]["A1"].value).startswith("INTERN GEBRUIK")
