"""The rows of a write-only sheet, written as the XML openpyxl would write for the same cells.

openpyxl makes a cell object for every value, checks its type, and writes it with an XML
element call per part: two thirds of a large export's time. Here a row is put together as text
from cell fragments made once per value (xlsx_cells.py), parsed by lxml in one call and handed
to the sheet's own XML stream, so the sheet's top and tail (views, columns, filter, page setup)
are still openpyxl's. This uses the write-only sheet's stream the way its own `append` does
(openpyxl 3.1, pinned); tests compare the sheets with openpyxl's writing of the same cells.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from typing import Any

from lxml import etree
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

# Excel's last column is XFD (16,384)
LETTERS = tuple(get_column_letter(index) for index in range(1, 16_385))
# The text is ours: user text in it is escaped, and nothing in it refers to anything outside.
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)

Element = Any  # lxml's _Element


def _sheet_data(ws: WriteOnlyWorksheet) -> Generator[None, Element, None]:
    """The sheet's <sheetData>: rows sent in are written; closed when openpyxl saves the sheet.
    The same steps as openpyxl's WriteOnlyWorksheet._write_rows."""
    writer = ws._writer
    xf = writer.xf.send(True)
    with xf.element("sheetData"):
        try:
            while True:
                xf.write((yield))
        except GeneratorExit:
            pass
    writer.xf.send(None)


class SheetRows:
    """Appends rows to a write-only sheet. Made once the sheet's views, columns and page
    setup are set: the sheet's top is written here."""

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        ws._get_writer()
        self._stream = _sheet_data(ws)
        next(self._stream)
        ws._rows = self._stream  # what openpyxl closes when it saves the sheet
        self.last = 0  # the number of the last row written

    def append(self, cells: Sequence[str | None], height: float | None = None) -> int:
        """Write a row of cell fragments (None: no cell), `height` points tall where given;
        returns its number."""
        if len(cells) > len(LETTERS):
            raise ValueError(f"a row of {len(cells)} cells is wider than a sheet")
        self.last = number = self.last + 1
        if height:
            parts = [f'<row r="{number}" ht="{height:.16g}" customHeight="1">']
        else:
            parts = [f'<row r="{number}">']
        row = str(number)
        parts += [
            f'<c r="{letter}{row}"{cell}'
            for letter, cell in zip(LETTERS, cells, strict=False)
            if cell is not None
        ]
        parts.append("</row>")
        self._stream.send(etree.fromstring("".join(parts), _PARSER))
        return number
