"""Cells for a write-only openpyxl sheet: user text always stays text, styles made once."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from kgs_ropa.reports.report import Cell

# Excel reads a cell starting with these as a formula once someone edits it; tab and CR are
# the other characters CSV-injection guidance lists.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MAX_CELL = 32_767  # Excel's limit on the characters of one cell

WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
FONT_NAME = "Calibri"  # openpyxl's default body font; named so that headings match it
HEADER_FONT = Font(name=FONT_NAME, bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
TITLE_FONT = Font(name=FONT_NAME, bold=True, size=14)
BOLD = Font(name=FONT_NAME, bold=True)
WARNING_FONT = Font(name=FONT_NAME, bold=True, size=12, color="C00000")
THIN = Side(style="thin", color="9FB6CD")
HEADER_BORDER = Border(bottom=THIN, right=THIN)


def clean(value: str) -> str:
    """Drop the control characters the xlsx format cannot hold; cut at Excel's cell limit."""
    if ILLEGAL_CHARACTERS_RE.search(value):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    return value[:MAX_CELL]


class CellFactory:
    """Makes the cells of one sheet; plain values where no style is needed (much faster)."""

    def __init__(self, ws: WriteOnlyWorksheet, date_format: str) -> None:
        self.ws = ws
        self.date_format = date_format
        # Styles made once and shared: setting a style through the public attributes hashes it
        # again for every cell, a third of the time of a large export. Sharing is safe because
        # openpyxl only reads a cell's style when it writes the row, and these cells' styles
        # are never changed after they are made.
        self._styles = {
            (align, quote): self._prototype(align, quote) for align in (0, 1, 2) for quote in (0, 1)
        }
        date_cell = WriteOnlyCell(ws)
        date_cell.number_format, date_cell.alignment = date_format, TOP
        self._date_style = date_cell._style

    def _prototype(self, align: int, quote: int) -> Any:
        """The style of a text cell; align 0: as Excel likes, 1: at the top, 2: wrapped too."""
        cell = WriteOnlyCell(self.ws)
        if align:
            cell.alignment = WRAP if align == 2 else TOP
        if quote:
            cell.quotePrefix = True
        return cell._style

    def text(self, value: str | None, width: int = 0) -> Any:
        """User text, never a formula. In a table column of `width`: at the top of its cell,
        wrapped where it has lines or is wider than the column."""
        if not value:
            return None
        value = clean(value)
        quote = value.startswith(FORMULA_START)
        align = 0 if not width else 2 if "\n" in value or len(value) > width else 1
        if not (align or quote):
            return value
        cell = WriteOnlyCell(self.ws, value)
        cell.data_type = "s"  # where openpyxl saw a formula: keep it the text it is
        # quotePrefix: and Excel keeps it text when someone edits the cell
        cell._style = self._styles[align, quote]
        return cell

    def number(self, value: int | None) -> Any:
        if value is None:
            return None
        cell = WriteOnlyCell(self.ws, value)
        cell._style = self._styles[1, 0]
        return cell

    def date(self, value: date | None) -> Any:
        if value is None:
            return None
        cell = WriteOnlyCell(self.ws, value)
        cell._style = self._date_style
        return cell

    def report_cell(self, cell: Cell, width: int) -> Any:
        if cell.kind == "date":
            return self.date(cell.value)
        if cell.kind == "number":
            return self.number(cell.value)
        return self.text(cell.text, width)

    def header(self, title: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.ws, clean(title))
        cell.data_type = "s"
        cell.font, cell.fill, cell.border, cell.alignment = (
            HEADER_FONT,
            HEADER_FILL,
            HEADER_BORDER,
            WRAP,
        )
        return cell

    def styled(self, value: str, font: Font) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.ws, clean(value))
        cell.data_type = "s"
        cell.font = font
        return cell

    def data_value(self, value: Any, kind: str) -> Any:
        """A value of the machine-readable sheets, by document field kind."""
        if value is None:
            return None
        if kind == "texts":  # translations: nothing rather than "{}" where there are none
            return self.text(json.dumps(value, ensure_ascii=False)) if value else None
        if kind in ("list", "codes", "links"):
            return self.text(json.dumps(value, ensure_ascii=False))
        if kind in ("bool", "int", "optint"):
            return value
        return self.text(str(value))


def excel_date(value: Any) -> str | None:
    """A date cell read back: openpyxl gives a datetime where Excel made a date of the text."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return None
