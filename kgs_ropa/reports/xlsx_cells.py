"""Cells for a write-only openpyxl sheet: user text always stays text, styles made once."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.compat import safe_string
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils.datetime import to_excel
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


# What XML 1.0 cannot hold: control characters (openpyxl refuses those) and, since the sheets
# are written as text, surrogates and the two non-characters.
ILLEGAL = re.compile(ILLEGAL_CHARACTERS_RE.pattern + "|[\ud800-\udfff\ufffe\uffff]")


def clean(value: str) -> str:
    """Drop the characters the xlsx format cannot hold; cut at Excel's cell limit."""
    if not value.isprintable() and ILLEGAL.search(value):  # a printable text has none
        value = ILLEGAL.sub("", value)
    return value[:MAX_CELL]


Key = Any  # what a style is known by in one sheet's factory


def _inline(text: str, style: str) -> str:
    """The fragment of a text cell (xlsx_rows.py puts `<c r="A1"` before it): the text as XML
    character data, a carriage return kept (a reader takes a bare one for a line feed)."""
    if not text:  # all of it dropped by clean(): an empty cell, as openpyxl writes one
        return f'{style} t="inlineStr"/>'
    space = ' xml:space="preserve"' if text[0].isspace() or text[-1].isspace() else ""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    return f'{style} t="inlineStr"><is><t{space}>{text}</t></is></c>'


class CellFactory:
    """Makes the cells of one sheet as XML fragments (xlsx_rows.py); user text stays text.

    Each style is made once, when first used, and registered with the workbook then, as
    openpyxl would register it when writing the cell: the style ids come out the same."""

    def __init__(self, ws: WriteOnlyWorksheet, date_format: str) -> None:
        self.ws = ws
        self._ids: dict[Key, str] = {}
        self._prototypes: dict[Key, Any] = {}  # made before the first cell (number format)
        date_cell = WriteOnlyCell(ws)
        date_cell.number_format, date_cell.alignment = date_format, TOP
        self._prototypes["date"] = date_cell._style
        self._epoch = ws.parent.epoch

    def _style(self, key: Key) -> str:
        """The `s` attribute of a style ("" for none): a cell whose style is all defaults
        has none, as in openpyxl."""
        found = self._ids.get(key)
        if found is None:
            style = self._prototypes.get(key) or self._prototype(key)
            if style is None or not any(style):
                found = self._ids[key] = ""
            else:
                found = self._ids[key] = f' s="{self.ws.parent._cell_styles.add(style)}"'
        return found

    def _prototype(self, key: Key) -> Any:
        """The style of a text cell; align 0: as Excel likes, 1: at the top, 2: wrapped too;
        or a header or a font of the cover."""
        cell = WriteOnlyCell(self.ws)
        if key == "header":
            cell.font, cell.fill, cell.border, cell.alignment = (
                HEADER_FONT,
                HEADER_FILL,
                HEADER_BORDER,
                WRAP,
            )
            return cell._style
        if isinstance(key, Font):
            cell.font = key
            return cell._style
        align, quote = key
        if align:
            cell.alignment = WRAP if align == 2 else TOP
        if quote:
            cell.quotePrefix = True  # and Excel keeps it text when someone edits the cell
        return cell._style

    def text(self, value: str | None, width: int = 0) -> str | None:
        """User text, never a formula. In a table column of `width`: at the top of its cell,
        wrapped where it has lines or is wider than the column."""
        if not value:
            return None
        value = clean(value)
        align = 0 if not width else 2 if "\n" in value or len(value) > width else 1
        key = (align, value.startswith(FORMULA_START))
        style = self._ids.get(key)
        return _inline(value, self._style(key) if style is None else style)

    def number(self, value: int | None) -> str | None:
        if value is None:
            return None
        return f'{self._style((1, False))} t="n"><v>{safe_string(value)}</v></c>'

    def date(self, value: date | None) -> str | None:
        if value is None:
            return None
        serial = safe_string(to_excel(value, self._epoch))
        return f'{self._style("date")} t="n"><v>{serial}</v></c>'

    def report_cell(self, cell: Cell, width: int) -> str | None:
        if cell.kind == "date":
            return self.date(cell.value)
        if cell.kind == "number":
            return self.number(cell.value)
        return self.text(cell.text, width)

    def header(self, title: str) -> str:
        return _inline(clean(title), self._style("header"))

    def styled(self, value: str, font: Font) -> str:
        return _inline(clean(value), self._style(font))

    def data_value(self, value: Any, kind: str) -> str | None:
        """A value of the machine-readable sheets, by document field kind."""
        if value is None:
            return None
        if kind == "texts":  # translations: nothing rather than "{}" where there are none
            return self.text(json.dumps(value, ensure_ascii=False)) if value else None
        if kind in ("list", "codes", "links"):
            return self.text(json.dumps(value, ensure_ascii=False))
        if kind in ("bool", "optbool", "int", "optint") and isinstance(value, int | float):
            kind = "b" if isinstance(value, bool) else "n"
            return f' t="{kind}"><v>{safe_string(value)}</v></c>'
        return self.text(str(value))


def excel_date(value: Any) -> str | None:
    """A date cell read back: openpyxl gives a datetime where Excel made a date of the text."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return None
