"""The report as an Excel workbook, shaped like the authorities' register templates.

Write-only mode keeps memory flat on a large register. Sheets: the register (a header block
with controller, DPO and representative, then one row per activity), the annexes, the open
check findings, the reference lists, and hidden sheets with the register document as flat
tables so that `import xlsx` can read the workbook back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet

from kgs_ropa import __version__
from kgs_ropa.reports import tabular
from kgs_ropa.reports.labels import XLSX_DATE_FORMAT, label
from kgs_ropa.reports.report import Report, Table
from kgs_ropa.reports.xlsx_cells import BOLD, TITLE_FONT, CellFactory

Progress = Callable[[int, int], None]
SHEET_TITLE_MAX = 31


def _page_setup(ws: WriteOnlyWorksheet, report: Report, title: str, header_row: int | None) -> None:
    """Landscape A4, one page wide, header row repeated, page / date / version in the footer."""
    lang = report.meta.lang
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if header_row is not None:
        ws.print_title_rows = f"{header_row}:{header_row}"
    ws.oddHeader.center.text = title.replace("&", "&&")
    ws.oddFooter.left.text = f"{label('export_date', lang)}: {report.meta.export_date_text}"
    ws.oddFooter.center.text = label("page_of", lang).format(page="&P") + " &N"
    version = f"{label('register_version', lang)}: {report.meta.register_version}"
    ws.oddFooter.right.text = version.replace("&", "&&")


def _columns(ws: WriteOnlyWorksheet, table: Table) -> None:
    for index, column in enumerate(table.columns, 1):
        ws.column_dimensions[get_column_letter(index)].width = max(10, column.width + 2)


def _table_rows(ws: WriteOnlyWorksheet, cells: CellFactory, table: Table, first: int) -> int:
    """Header and rows of `table` from row `first`; returns the last row written."""
    ws.append([cells.header(c.title) for c in table.columns])
    widths = [c.width for c in table.columns]
    for row in table.rows:
        ws.append([cells.report_cell(cell, w) for cell, w in zip(row, widths, strict=True)])
    return first + len(table.rows)


def _filter(ws: WriteOnlyWorksheet, table: Table, header: int, last: int) -> None:
    ws.auto_filter.ref = f"A{header}:{get_column_letter(len(table.columns))}{last}"


def _header_block(cells: CellFactory, report: Report) -> list[list[Any]]:
    """Title, controller / DPO / representative and the export facts, then a blank row."""
    meta, lang = report.meta, report.meta.lang
    rows: list[list[Any]] = [[cells.styled(meta.title, TITLE_FONT)], [cells.text(meta.subtitle)]]
    for party in meta.parties:
        lines = ", ".join(party.lines) or label("not_recorded", lang)
        rows.append([cells.styled(party.role, BOLD), None, cells.text(lines)])
    facts = [
        ("export_date", meta.export_date_text),
        ("register_version", meta.register_version),
        ("fingerprint", meta.fingerprint),
    ]
    rows += [[cells.styled(label(k, lang), BOLD), None, cells.text(v)] for k, v in facts]
    if meta.is_subset:
        subset = label("inquiry_subset", lang)
        count, total = meta.activity_count, meta.total_activity_count
        rows.append([cells.text(subset.format(count=count, total=total))])
    rows += [[cells.text(label("hidden_sheets_note", lang))], []]
    return rows


def _register_sheet(wb: Workbook, report: Report) -> None:
    table = report.register
    ws = wb.create_sheet(table.title[:SHEET_TITLE_MAX])
    cells = CellFactory(ws, XLSX_DATE_FORMAT[report.meta.lang])
    _columns(ws, table)
    block = _header_block(cells, report)
    header = len(block) + 1
    _page_setup(ws, report, report.meta.title, header)
    ws.freeze_panes = f"C{header + 1}"  # before the first row: write-only sheets start there
    for row in block:
        ws.append(row)
    last = _table_rows(ws, cells, table, header)
    _filter(ws, table, header, last)


def _table_sheet(wb: Workbook, report: Report, table: Table) -> None:
    ws = wb.create_sheet(table.title[:SHEET_TITLE_MAX])
    cells = CellFactory(ws, XLSX_DATE_FORMAT[report.meta.lang])
    _columns(ws, table)
    _page_setup(ws, report, table.title, 1)
    ws.freeze_panes = "A2"
    last = _table_rows(ws, cells, table, 1)
    _filter(ws, table, 1, last)


def _reference_sheet(wb: Workbook, report: Report) -> None:
    """The reference lists one under the other, each with its own title and header."""
    lang = report.meta.lang
    ws = wb.create_sheet(label("sheet_reference", lang)[:SHEET_TITLE_MAX])
    cells = CellFactory(ws, XLSX_DATE_FORMAT[lang])
    for index, width in enumerate([22, 60, 24, 14], 1):
        ws.column_dimensions[get_column_letter(index)].width = width
    _page_setup(ws, report, label("sheet_reference", lang), None)
    row = 1
    for table in report.reference:
        ws.append([cells.styled(table.title, BOLD)])
        row = _table_rows(ws, cells, table, row + 1) + 2
        ws.append([])


def _data_sheet(wb: Workbook, name: str, columns: list[tabular.Col], rows: Any) -> None:
    ws = wb.create_sheet(name)
    ws.sheet_state = "hidden"
    cells = CellFactory(ws, "yyyy-mm-dd")
    ws.append([n for n, _ in columns])
    kinds = [k for _, k in columns]
    for row in rows:
        ws.append([cells.data_value(v, k) for v, k in zip(row, kinds, strict=True)])


def _data_sheets(wb: Workbook, document: dict[str, Any]) -> None:
    organisation = [tabular.organisation_row(document)]
    _data_sheet(wb, tabular.FORMAT_SHEET, tabular.ORGANISATION_COLUMNS, organisation)
    for sheet in tabular.SHEETS:
        _data_sheet(wb, sheet.name, sheet.columns, tabular.sheet_rows(document, sheet))


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
    wb = Workbook(write_only=True)
    _properties(wb, report)
    steps = 4 + len(report.annexes)
    _register_sheet(wb, report)
    if progress:
        progress(1, steps)
    for index, table in enumerate(report.annexes, 2):
        _table_sheet(wb, report, table)
        if progress:
            progress(index, steps)
    _table_sheet(wb, report, report.findings)
    _reference_sheet(wb, report)
    _data_sheets(wb, report.document)
    wb.save(out)
    if progress:
        progress(steps, steps)
