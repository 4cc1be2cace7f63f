"""The Excel export, opened with openpyxl: sheets, headings, layout, languages, hostile text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from report_data import HOSTILE, hostile_document, load

from kgs_ropa.reports.activity import register_columns
from kgs_ropa.reports.export import export_xlsx, export_xlsx_editable
from kgs_ropa.reports.labels import Lang, label
from kgs_ropa.reports.report import AUTHORITY
from kgs_ropa.storage.database import Database

TODAY = date(2026, 11, 25)
VISIBLE = [
    "sheet_register",
    "sheet_processors",
    "sheet_transfers",
    "sheet_retention",
    "sheet_measures",
    "sheet_cookies",
    "sheet_reference",
]


def _export(db: Database, tmp_path: Path, lang: Lang, ids: list[str] | None = None) -> Path:
    out = tmp_path / f"register-{lang}.xlsx"
    export_xlsx(db, out, lang, ids, today=TODAY)
    return out


def _header_row(ws: openpyxl.worksheet.worksheet.Worksheet) -> int:
    for row in ws.iter_rows(min_col=1, max_col=1):
        if row[0].value == label("code", "nl") and row[0].font.bold:
            return row[0].row
    raise AssertionError("no header row")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_sheet_and_heading_in_the_language(
    example_db: Database, tmp_path: Path, lang: Lang
) -> None:
    wb = openpyxl.load_workbook(_export(example_db, tmp_path, lang))
    visible = [ws.title for ws in wb.worksheets if ws.sheet_state == "visible"]
    assert visible == [label(key, lang)[:31] for key in VISIBLE]
    register = wb[label("sheet_register", lang)]
    header = _header_row(register)
    titles = [c.value for c in register[header]]
    assert titles == [label(key, lang) for key, _ in register_columns(AUTHORITY)]
    codes = [register.cell(r, 1).value for r in range(header + 1, register.max_row + 1)]
    assert codes == [f"KGS-{i:02d}" for i in range(1, 14)]
    processors = wb[label("sheet_processors", lang)]
    assert processors["E1"].value == label("agreement_signed_on", lang)
    transfers = wb[label("sheet_transfers", lang)]
    assert label("adequacy", lang) in [c.value for c in transfers[1]]


def test_header_block_names_controller_dpo_and_version(
    example_db: Database, tmp_path: Path
) -> None:
    ws = openpyxl.load_workbook(_export(example_db, tmp_path, "en"))["Register"]
    block = {ws.cell(r, 1).value: ws.cell(r, 3).value for r in range(1, 12)}
    assert "KGS DIAMOND HOLDING BV" in block["Controller"]
    assert block["Data protection officer"]
    assert block["Representative (Art. 27)"]
    assert block["Export date"] == "2026-11-25"
    assert len(block["Content fingerprint (SHA-256)"]) == 64


def test_made_for_people(example_db: Database, tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(_export(example_db, tmp_path, "nl"))
    ws = wb["Register"]
    header = _header_row(ws)
    assert ws.freeze_panes == f"C{header + 1}"
    assert ws.auto_filter.ref.startswith(f"A{header}:")
    assert ws.print_title_rows == f"${header}:${header}"
    assert ws.page_setup.orientation == "landscape"
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text
    assert "25-11-2026" in ws.oddFooter.left.text
    assert ws.column_dimensions["D"].width > 30
    assert ws.cell(header, 1).font.bold
    assert wb.properties.title == "Register van verwerkingsactiviteiten"
    assert wb.properties.creator == "KGS DIAMOND HOLDING BV"
    wrapped = [c for c in ws[header + 1] if c.value and "\n" in str(c.value)]
    assert wrapped and all(c.alignment.wrap_text for c in wrapped)


def test_hostile_text_stays_text(db: Database, tmp_path: Path) -> None:
    load(db, hostile_document())
    wb = openpyxl.load_workbook(_export(db, tmp_path, "nl"))
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value]
    assert not [c for c in cells if c.data_type == "f"]
    texts = [str(c.value) for c in cells]
    for text in (HOSTILE[0], HOSTILE[1], HOSTILE[3], HOSTILE[4], HOSTILE[5]):
        assert any(text in t for t in texts), text
    risky = [c for c in cells if isinstance(c.value, str) and c.value[:1] in "=+-@"]
    assert risky and all(c.quotePrefix for c in risky)
    # the note is internal: only in the editable workbook, its control character dropped
    editable = tmp_path / "editable.xlsx"
    export_xlsx_editable(db, editable, "nl", today=TODAY)
    notes = [c.value for ws in openpyxl.load_workbook(editable) for r in ws.iter_rows() for c in r]
    assert "<img src=/etc/passwd/>bell" in notes


def test_inquiry_subset(example_db: Database, tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(_export(example_db, tmp_path, "en", ["KGS-02", "KGS-13"]))
    ws = wb["Register"]
    header = _header_row(ws)
    codes = [ws.cell(r, 1).value for r in range(header + 1, ws.max_row + 1)]
    assert codes == ["KGS-02", "KGS-13"]
    assert any("Selection on request: 2 of 13" in str(c.value) for c in ws["A"])


@pytest.mark.parametrize(("lang", "shown"), [("nl", "dd-mm-yyyy"), ("en", "yyyy-mm-dd")])
def test_date_cells_show_the_language_date_format(
    example_db: Database, tmp_path: Path, lang: Lang, shown: str
) -> None:
    wb = openpyxl.load_workbook(_export(example_db, tmp_path, lang))
    dates = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.is_date]
    assert dates, "the example register has dates"
    assert {c.number_format for c in dates} == {shown}
