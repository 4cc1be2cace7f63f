"""The sheets' rows written as text read back as the cells openpyxl itself writes for the same
values and styles: text that looks like a formula, markup, spaces, line breaks, dates, numbers,
yes/no, row heights, empty rows and cells."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.cell import WriteOnlyCell
from openpyxl.worksheet.dimensions import RowDimension

from kgs_ropa.reports.xlsx_cells import (
    BOLD,
    FORMULA_START,
    HEADER_BORDER,
    HEADER_FILL,
    HEADER_FONT,
    TOP,
    WRAP,
    CellFactory,
    clean,
)
from kgs_ropa.reports.xlsx_rows import Book

TEXTS = [
    "=SUM(A1:A2)",
    "+31 6 1234 5678",
    "-minus",
    "@home",
    "\tstarts with a tab",
    "\rstarts with a return",
    "AT&T <b>bold</b> \"quoted\" 'single' ]]> &amp;",
    "  spaces around  ",
    "line one\r\nline two\nline three",
    "Grüße, Ελληνικά, 中文, עברית, 🙂",
    "#N/A",
    "x" * 40_000,
    "a\x00b\x07c\ufffed",
    "\x07",
]
WIDTH = 12


def _ours(path: Path) -> None:
    book = Book()
    ws = book.sheet("ours")
    cells, rows = CellFactory(ws, "dd-mm-yyyy"), book.rows(ws)
    rows.append([cells.header("Heading"), cells.styled("Bold", BOLD)], 31.0)
    for text in TEXTS:
        rows.append([cells.text(text), None, cells.text(text, WIDTH)])
    rows.append([])
    rows.append([cells.number(7), cells.date(date(2026, 3, 5)), cells.data_value(True, "bool")])
    rows.append([cells.data_value(False, "bool"), cells.data_value(3, "int"), cells.text("")])
    book.save(path)


def _styled(ws: Any, value: Any, *, quote: bool = False, align: Any = None) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value)
    cell.data_type = "s" if isinstance(value, str) else cell.data_type
    if align is not None:
        cell.alignment = align
    if quote:
        cell.quotePrefix = True
    return cell


def _openpyxl(path: Path) -> None:
    """The same cells, written the way openpyxl's documentation shows."""
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("openpyxl")
    header = WriteOnlyCell(ws, "Heading")
    header.font, header.fill, header.border, header.alignment = (
        HEADER_FONT,
        HEADER_FILL,
        HEADER_BORDER,
        WRAP,
    )
    bold = WriteOnlyCell(ws, "Bold")
    bold.font = BOLD
    ws.row_dimensions[1] = RowDimension(ws, index=1, ht=31.0, customHeight=True)
    ws.append([header, bold])
    for text in TEXTS:
        text = clean(text)
        quote = text.startswith(FORMULA_START)
        wide = "\n" in text or len(text) > WIDTH
        plain = _styled(ws, text, quote=quote)
        in_column = _styled(ws, text, quote=quote, align=WRAP if wide else TOP)
        ws.append([plain, None, in_column])
    ws.append([])
    number = _styled(ws, 7, align=TOP)
    day = _styled(ws, date(2026, 3, 5), align=TOP)
    day.number_format = "dd-mm-yyyy"
    ws.append([number, day, True])
    ws.append([False, 3])
    wb.save(path)


def _cells(path: Path) -> list[list[tuple[Any, ...]]]:
    ws = openpyxl.load_workbook(path).worksheets[0]
    return [
        [
            (
                c.coordinate,
                c.value,
                c.data_type,
                c.number_format,
                c.quotePrefix,
                c.alignment.wrap_text,
                c.alignment.vertical,
                c.font.b,
                c.font.color.rgb if c.font.color else None,
                c.fill.fgColor.rgb if c.fill.fill_type else None,
                c.border.bottom.style,
            )
            for c in row
            if c.value is not None
        ]
        + [(ws.row_dimensions[row[0].row].height,)]
        for row in ws.iter_rows()
    ]


def test_rows_as_text_read_back_as_openpyxl_writes_them(tmp_path: Path) -> None:
    _ours(tmp_path / "ours.xlsx")
    _openpyxl(tmp_path / "openpyxl.xlsx")
    ours, theirs = _cells(tmp_path / "ours.xlsx"), _cells(tmp_path / "openpyxl.xlsx")
    assert ours == theirs
    formula = ours[1][0]
    assert formula[1:3] == ("=SUM(A1:A2)", "s") and formula[4] is True  # text, quoted
    assert ours[9][0][1] == "line one\r\nline two\nline three"  # the carriage return kept
    assert ours[11][0][1:3] == ("#N/A", "s")  # text, not an error value
    assert ours[12][0][1] == "x" * 32_767  # Excel's limit on a cell
    assert ours[13][0][1] == "abcd"  # what XML cannot hold, dropped


def test_an_empty_row_and_a_sheet_without_rows(tmp_path: Path) -> None:
    book = Book()
    ws = book.sheet("empty rows")
    rows = book.rows(ws)
    rows.append([])
    rows.append([None, CellFactory(ws, "yyyy-mm-dd").text("B2")])
    book.sheet("no rows")
    book.save(tmp_path / "book.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "book.xlsx")
    assert [[c.value for c in row] for row in wb["empty rows"].iter_rows()] == [
        [None, None],
        [None, "B2"],
    ]
    assert wb["no rows"].max_row == 1 and wb["no rows"]["A1"].value is None
