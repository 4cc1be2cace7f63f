"""The rows of write-only sheets, written as the XML openpyxl would write for the same cells.

openpyxl makes a cell object for every value, checks its type, and writes it with an XML
element call per part: about half of a large export's time (docs/performance.md). Here a row
is put together as text from cell fragments made once per value (xlsx_cells.py) and kept in a
temporary file of the sheet's own. openpyxl still writes everything around the rows (views,
columns, filter, page setup, the workbook itself): when the book is saved, each sheet is closed
by openpyxl with no rows, and its rows are put in place of the empty <sheetData>. This relies on
how openpyxl 3.1 (pinned) closes a write-only sheet; tests compare the sheets with openpyxl's
own writing.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

MAX_COLUMNS = 16_384  # Excel's last column is XFD
_LETTERS: list[str] = []  # the column letters needed so far
EMPTY_DATA = b"<sheetData></sheetData>"  # what openpyxl writes for a sheet given no rows
FLUSH_ROWS = 500  # rows held before they go to the file


def _letters(count: int) -> list[str]:
    """At least the first `count` column letters."""
    if count > MAX_COLUMNS:
        raise ValueError(f"a row of {count} cells is wider than a sheet")
    while len(_LETTERS) < count:
        _LETTERS.append(get_column_letter(len(_LETTERS) + 1))
    return _LETTERS


class SheetRows:
    """The rows of one write-only sheet, kept until the book is saved."""

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        self.ws = ws
        self.last = 0  # the number of the last row written
        self._held: list[str] = []
        # open as long as the sheet is written: closed when the book is saved, or collected
        self._file: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115

    def append(self, cells: Sequence[str | None], height: float | None = None) -> int:
        """Add a row of cell fragments (None: no cell), `height` points tall where given;
        returns its number."""
        self.last = number = self.last + 1
        if height:
            self._held.append(f'<row r="{number}" ht="{height:.16g}" customHeight="1">')
        else:
            self._held.append(f'<row r="{number}">')
        row = str(number)
        self._held += [
            f'<c r="{letter}{row}"{cell}'
            for letter, cell in zip(_letters(len(cells)), cells, strict=False)
            if cell is not None
        ]
        self._held.append("</row>")
        if number % FLUSH_ROWS == 0:
            self._flush()
        return number

    def _flush(self) -> None:
        self._file.write("".join(self._held).encode("utf-8"))
        self._held.clear()

    def close(self) -> None:
        """Let openpyxl write the sheet without rows, then put the rows in their place."""
        self._flush()
        self.ws.close()
        path = Path(self.ws._writer.out)
        head, found, tail = path.read_bytes().partition(EMPTY_DATA)
        if not found:
            raise RuntimeError("openpyxl wrote a sheet this version does not know how to fill")
        self._file.seek(0)
        with path.open("wb") as out:
            out.write(head + b"<sheetData>")
            shutil.copyfileobj(self._file, out)
            out.write(b"</sheetData>" + tail)
        self._file.close()


class Book:
    """A write-only workbook whose sheets' rows are written by SheetRows."""

    def __init__(self) -> None:
        self.wb = Workbook(write_only=True)
        self._sheets: list[SheetRows] = []

    def sheet(self, title: str) -> WriteOnlyWorksheet:
        return self.wb.create_sheet(title)

    def rows(self, ws: WriteOnlyWorksheet) -> SheetRows:
        """The rows of `ws`, which must have its views, columns and page setup by the time
        the book is saved."""
        rows = SheetRows(ws)
        self._sheets.append(rows)
        return rows

    def save(self, out: Path | IO[bytes]) -> None:
        for rows in self._sheets:
            rows.close()
        self.wb.save(out)
