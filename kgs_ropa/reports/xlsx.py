"""The report as an Excel workbook, shaped like the authorities' register templates.

Write-only mode keeps memory flat on a large register. Sheets: the register (a header block
with controller, DPO and representative, then one row per activity), the annexes, the open
check findings (only when asked for), the reference lists, and in the editable workbook the
register document as flat tables so that `import xlsx` can read the workbook back. Nothing
is hidden: what the file holds, a reader sees.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from itertools import zip_longest
from pathlib import Path
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet

from kgs_ropa import __version__
from kgs_ropa.reports import tabular
from kgs_ropa.reports.labels import XLSX_DATE_FORMAT, label
from kgs_ropa.reports.report import Cell, Report, Table, internal_notice
from kgs_ropa.reports.stream import Lazy
from kgs_ropa.reports.xlsx_cells import BOLD, TITLE_FONT, WARNING_FONT, CellFactory
from kgs_ropa.reports.xlsx_rows import Book, SheetRows
from kgs_ropa.storage.files import drop_failed_writer

Doc = dict[str, Any]
Progress = Callable[[int, int], None]
SHEET_TITLE_MAX = 31
TICK_ROWS = 2000  # report progress every this many rows
CHARS_PER_WIDTH = 1.0  # characters per unit of column width, with room for wider fonts
LINE_HEIGHT = 14.5  # points per line of the default 11 pt font
MAX_ROW_HEIGHT = 409  # Excel's limit
PAGE_WIDTH = 220  # column width units that print legibly on one landscape A4 page


class Ticker:
    """Counts the rows written and reports them now and then."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress, self.total, self.done = progress, max(total, 1), 0

    def rows(self, count: int = 1) -> None:
        before, self.done = self.done, self.done + count
        if self.progress is not None and before // TICK_ROWS != self.done // TICK_ROWS:
            self.progress(min(self.done, self.total), self.total)

    def finish(self) -> None:
        if self.progress is not None:
            self.progress(self.total, self.total)


def _size(rows: Any) -> int:
    """The number of rows where it is known without making them (for progress only)."""
    return rows.hint if isinstance(rows, Lazy) else len(rows)


def _total_rows(report: Report) -> int:
    """About as many rows as will be written: rows made as they are written count as one per
    activity in each per-activity sheet."""
    tables = [report.register, *report.annexes_to_show(), *report.reference]
    data = len(report.document.get("activities", [])) * len(tabular.SHEETS)
    data = data if report.meta.audience.editable else 0
    return sum(_size(t.rows) for t in tables) + data


def _page_setup(
    ws: WriteOnlyWorksheet, report: Report, title: str, header_row: int | None, width: int
) -> None:
    """Landscape A4 fitted to the width (of several pages where a sheet is too wide to read on
    one), header row repeated, page / date / version in the footer."""
    lang = report.meta.lang
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth = max(1, math.ceil(width / PAGE_WIDTH))
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if header_row is not None:
        ws.print_title_rows = f"{header_row}:{header_row}"
    ws.oddHeader.center.text = title.replace("&", "&&")
    ws.oddFooter.left.text = f"{label('export_date', lang)}: {report.meta.export_date_text}"
    ws.oddFooter.center.text = label("page_of", lang).format(page="&P") + " &N"
    version = f"{label('register_version', lang)}: {report.meta.register_version}"
    ws.oddFooter.right.text = version.replace("&", "&&")


def _widths(table: Table) -> list[int]:
    return [max(10, column.width + 2) for column in table.columns]


def _columns(ws: WriteOnlyWorksheet, widths: list[int]) -> None:
    for index, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(index)].width = width


def _lines(text: str, width: int) -> int:
    per_line = width * CHARS_PER_WIDTH
    if len(text) <= per_line and "\n" not in text:
        return 1  # most cells: no need to look closer
    return sum(1 + int(len(line) / per_line) for line in text.split("\n"))


def _height(texts: list[str], widths: list[int], extra: int = 0) -> float | None:
    """How tall a row's wrapped text makes it, None for one line.

    Neither LibreOffice nor every Excel version sizes a row to its wrapped text on opening a
    file, so the height is estimated here."""
    lines = max((_lines(t, w) for t, w in zip(texts, widths, strict=True) if t), default=1)
    return _lines_height(lines, extra)


def _lines_height(lines: int, extra: int = 0) -> float | None:
    """The height of a row `lines` lines tall (plus `extra`), None for one line."""
    if lines == 1:
        return None
    return min(MAX_ROW_HEIGHT, LINE_HEIGHT * (lines + extra) + 2)


class TableRows:
    """A table's header row, written when made, and its rows, in a sheet's rows."""

    def __init__(self, rows: SheetRows, cells: CellFactory, table: Table, ticker: Ticker) -> None:
        self.sheet, self.cells, self.table, self.ticker = rows, cells, table, ticker
        self.widths = _widths(table)
        self.per_line = [width * CHARS_PER_WIDTH for width in self.widths]
        titles = [c.title for c in table.columns]
        # bold headings break earlier than the estimate: one line more where they wrap
        height = _height(titles, self.widths, extra=1)
        self.header = rows.append([cells.header(t) for t in titles], height)

    def add(self, row: list[Cell]) -> None:
        """One row; the height is as _height gives, looked at only where a text may wrap."""
        make, values, lines = self.cells.report_cell, [], 1
        for cell, width, per_line in zip(row, self.widths, self.per_line, strict=True):
            values.append(make(cell, width))
            text = cell.text
            if len(text) > per_line or "\n" in text:
                lines = max(lines, _lines(text, width))
        self.sheet.append(values, _lines_height(lines))
        self.ticker.rows()

    def add_all(self) -> None:
        for row in self.table.rows:
            self.add(row)

    def add_of(self, activity: Doc) -> None:
        assert self.table.of_activity is not None
        for row in self.table.of_activity(activity):
            self.add(row)

    def set_filter(self) -> None:
        last_column = get_column_letter(len(self.table.columns))
        last_row = max(self.sheet.last, self.header)
        self.sheet.ws.auto_filter.ref = f"A{self.header}:{last_column}{last_row}"


def _header_block(cells: CellFactory, report: Report) -> list[list[str | None]]:
    """Title, controller / DPO / representative and the export facts, then a blank row."""
    meta, lang = report.meta, report.meta.lang
    rows: list[list[str | None]] = [
        [cells.styled(meta.title, TITLE_FONT)],
        [cells.text(meta.subtitle)],
    ]
    notice = internal_notice(meta.audience, lang)
    if notice:
        rows.insert(0, [cells.styled(notice, WARNING_FONT)])
    for party in meta.parties:
        lines = ", ".join(party.lines) or label("not_recorded", lang)
        rows.append([cells.styled(party.role, BOLD), None, cells.text(lines)])
    facts = meta.cover_facts()[:3]
    rows += [[cells.styled(label(k, lang), BOLD), None, cells.text(v)] for k, v in facts]
    if meta.is_subset:
        subset = label("inquiry_subset", lang)
        count, total = meta.activity_count, meta.total_activity_count
        rows.append([cells.text(subset.format(count=count, total=total))])
    rows += [[cells.styled(line, BOLD)] for line in meta.status_lines()]
    if meta.audience.editable:
        rows.append([cells.text(label("data_sheets_note", lang))])
    rows.append([])
    return rows


def _register_sheet(book: Book, report: Report, ticker: Ticker) -> TableRows:
    table = report.register
    ws = book.sheet(table.title[:SHEET_TITLE_MAX])
    cells = CellFactory(ws, XLSX_DATE_FORMAT[report.meta.lang])
    widths = _widths(table)
    _columns(ws, widths)
    block = _header_block(cells, report)
    header = len(block) + 1
    _page_setup(ws, report, report.meta.title, header, sum(widths))
    ws.print_title_cols = "A:B"  # code and name on every page across
    ws.freeze_panes = f"C{header + 1}"
    rows = book.rows(ws)
    for row in block:
        rows.append(row)
    return TableRows(rows, cells, table, ticker)


def _table_sheet(book: Book, report: Report, table: Table, ticker: Ticker) -> TableRows:
    ws = book.sheet(table.title[:SHEET_TITLE_MAX])
    cells = CellFactory(ws, XLSX_DATE_FORMAT[report.meta.lang])
    widths = _widths(table)
    _columns(ws, widths)
    _page_setup(ws, report, table.title, 1, sum(widths))
    ws.freeze_panes = "A2"
    return TableRows(book.rows(ws), cells, table, ticker)


def _reference_sheet(book: Book, report: Report, ticker: Ticker) -> None:
    """The reference lists one under the other, each with its own title and header."""
    lang = report.meta.lang
    ws = book.sheet(label("sheet_reference", lang)[:SHEET_TITLE_MAX])
    cells = CellFactory(ws, XLSX_DATE_FORMAT[lang])
    # The lists share their column widths (code, label, DPV id, mark) so one sheet fits all.
    widths = [max(w) for w in zip_longest(*map(_widths, report.reference), fillvalue=0)]
    _columns(ws, widths)
    _page_setup(ws, report, label("sheet_reference", lang), None, sum(widths))
    rows = book.rows(ws)
    for table in report.reference:
        rows.append([cells.styled(table.title, BOLD)])
        TableRows(rows, cells, table, ticker).add_all()
        rows.append([])


DataSheet = tuple[SheetRows, CellFactory, list[str]]


def _open_data_sheet(book: Book, name: str, columns: list[tabular.Col]) -> DataSheet:
    # Visible: they are the sheets an editor of the register works in.
    ws = book.sheet(name)
    rows, cells = book.rows(ws), CellFactory(ws, "yyyy-mm-dd")
    rows.append([cells.data_value(n, "str") for n, _ in columns])
    return rows, cells, [k for _, k in columns]


def _data_row(sheet: DataSheet, row: list[Any]) -> None:
    rows, cells, kinds = sheet
    rows.append([cells.data_value(v, k) for v, k in zip(row, kinds, strict=True)])


def _data_sheets(book: Book, document: dict[str, Any], ticker: Ticker) -> Walker:
    """The register document as tables; returns what fills those of the activities."""
    organisation = _open_data_sheet(book, tabular.FORMAT_SHEET, tabular.ORGANISATION_COLUMNS)
    _data_row(organisation, tabular.organisation_row(document))
    per_activity: list[tuple[DataSheet, tabular.Sheet]] = []
    for sheet in tabular.SHEETS:
        opened = _open_data_sheet(book, sheet.name, sheet.columns)
        if tabular.of_activities(sheet):
            per_activity.append((opened, sheet))
            continue
        for row in tabular.sheet_rows(document, sheet):
            _data_row(opened, row)
            ticker.rows()

    def add_of(activity: Doc) -> None:
        for opened, sheet in per_activity:
            for row in tabular.activity_rows(activity, sheet):
                _data_row(opened, row)
                ticker.rows()

    return add_of


Walker = Callable[[Doc], None]


def _fill(report: Report, tables: list[TableRows], walkers: list[Walker]) -> None:
    """Write the tables' rows. Those made from the activities, and the data sheets, are
    filled in one walk over the activities: each write-only sheet has its own temporary
    file, so rows can go to them in turn."""
    walked = [table.add_of for table in tables if table.table.of_activity is not None]
    for table in tables:
        if table.table.of_activity is None:
            table.add_all()
    walkers = walked + walkers
    if walkers:
        for activity in report.document.get("activities", []):
            for walk in walkers:
                walk(activity)
    for table in tables:
        table.set_filter()


def _properties(wb: Workbook, report: Report) -> None:
    meta = report.meta
    controller = meta.parties[0].lines[0] if meta.parties and meta.parties[0].lines else ""
    wb.properties.title = meta.title
    wb.properties.subject = meta.subtitle
    wb.properties.creator = controller or "KGS ROPA"
    wb.properties.description = f"{label('fingerprint', meta.lang)}: {meta.fingerprint}"
    wb.properties.keywords = meta.register_version
    wb.properties.language = meta.lang
    wb.properties.lastModifiedBy = f"KGS ROPA {__version__}"


def render_xlsx(report: Report, out: Path | IO[bytes], progress: Progress | None = None) -> None:
    """Write the workbook of `report` to `out` (a path or a binary stream)."""
    book = Book()
    _properties(book.wb, report)
    ticker = Ticker(progress, _total_rows(report))
    tables = [_register_sheet(book, report, ticker)]
    tables += [_table_sheet(book, report, t, ticker) for t in report.annexes_to_show()]
    _reference_sheet(book, report, ticker)
    walkers = []
    if report.meta.audience.editable:
        walkers.append(_data_sheets(book, report.document, ticker))
    _fill(report, tables, walkers)
    try:
        book.save(out)
    except OSError as exc:
        del book  # with the traceback's frames: nothing left to write once more
        drop_failed_writer(exc)
        raise
    ticker.finish()
