"""A register kept in a spreadsheet on one of the supported templates, read into a register
document: the header block into the organisation, each row into an activity (or, on the ICO
processor template, a processor record)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from openpyxl.workbook.workbook import Workbook

from kgs_ropa.importers.header_block import read_header_block
from kgs_ropa.importers.problems import Problem, too_many_rows
from kgs_ropa.importers.processor_rows import record_from_row
from kgs_ropa.importers.sheet_mapping import Mapping
from kgs_ropa.importers.sheet_rows import Cells, activity_from_row, text
from kgs_ropa.importers.sheet_values import MAX_ROWS, catalogues, empty_document
from kgs_ropa.message import QT_TRANSLATE_NOOP, Message, message
from kgs_ropa.services.document import TEXT_LIMIT

Doc = dict[str, Any]
Origin = dict[int, tuple[str, int]]  # id(part of the document) -> (sheet, row)
Progress = Callable[[int, int], None]


@dataclass
class SheetRead:
    document: Doc
    origin: Origin
    generated: set[str] = field(default_factory=set)  # codes the file did not give
    header: list[str] = field(default_factory=list)  # header-block text kept in the note


def too_long(row: tuple[Any, ...]) -> list[tuple[int, int]]:
    """(column number, length) of each cell longer than any field of the register holds."""
    return [
        (index, len(value))
        for index, value in enumerate(row, 1)
        if isinstance(value, str) and len(value) > TEXT_LIMIT
    ]


def _refuse_long(row: tuple[Any, ...], where: tuple[str, int], problems: list[Problem]) -> bool:
    for column, length in too_long(row):
        detail = message(
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "column {column}: {length} characters, longer than a field holds ({limit})",
            ),
            column=column,
            length=length,
            limit=TEXT_LIMIT,
        )
        problems.append(Problem(where[0], where[1], None, detail))
    return bool(too_long(row))


def _cells(row: tuple[Any, ...], mapping: Mapping) -> Cells:
    cells: Cells = {}
    for column in mapping.columns:
        value = row[column.index] if column.index < len(row) else None
        if value is None or not text(value):
            continue
        cells.setdefault(column.field or "note", []).append((column.heading, value))
    return cells


def read_spreadsheet(
    wb: Workbook, mapping: Mapping, problems: list[Problem], progress: Progress | None = None
) -> SheetRead:
    ws = wb[mapping.sheet]
    above = list(ws.iter_rows(max_row=mapping.header_row - 1, values_only=True))
    if any([_refuse_long(r, (mapping.sheet, n), problems) for n, r in enumerate(above, 1)]):
        return SheetRead(empty_document(catalogues()), {})
    organisation, header = read_header_block(above, mapping.sheet)
    cats = catalogues()
    document = empty_document(cats)
    document["organisation"] = organisation
    if header:
        organisation["note"] = "\n".join(header)
    result = SheetRead(document, {}, header=header)
    processor_template = mapping.template == "ico-processor"
    if processor_template:
        organisation["acts_as_processor"] = True
        organisation["processor_records"] = []
    rows = ws.iter_rows(min_row=mapping.header_row + 1, values_only=True)
    total = max((ws.max_row or 0) - mapping.header_row, 1)
    for number, row in enumerate(rows, mapping.header_row + 1):
        if number - mapping.header_row > MAX_ROWS:
            problems.append(Problem(mapping.sheet, number, None, too_many_rows(MAX_ROWS)))
            break
        if progress is not None and number % 50 == 0:
            progress(number - mapping.header_row, total)
        if _refuse_long(row, (mapping.sheet, number), problems):
            continue
        cells = _cells(row, mapping)
        if not cells:
            continue

        def report(name: str, detail: Message, number: int = number) -> None:
            problems.append(Problem(mapping.sheet, number, mapping.heading_of(name), detail))

        if processor_template:
            _add_record(result, cells, report, number, mapping.sheet)
        else:
            _add_activity(result, cells, cats, report, (mapping.sheet, number))
    _link_controller(result.document)
    return result


def _link_controller(document: Doc) -> None:
    """The header block's controller is the controller of every row's activity."""
    controllers = [e["code"] for e in document["organisation"].get("entities", [])]
    if len(controllers) == 1:
        for activity in document["activities"]:
            activity.setdefault("controller", controllers[0])


def _add_activity(
    result: SheetRead, cells: Cells, cats: Any, report: Any, where: tuple[str, int]
) -> None:
    activities = result.document["activities"]
    code = f"ACT-{len(activities) + 1:03d}"
    activity = activity_from_row(code, cells, cats, report)
    if activity["code"] == code:
        result.generated.add(code)
    result.origin[id(activity)] = where
    activities.append(activity)


def _add_record(result: SheetRead, cells: Cells, report: Any, number: int, sheet: str) -> None:
    organisation = result.document["organisation"]
    records = organisation["processor_records"]
    record, notes = record_from_row(f"PR-{len(records) + 1:03d}", cells, report)
    if notes:  # a processor record has no note: the organisation's keeps them, with the row
        lines = [f"{sheet} row {number}, {line}" for line in notes]
        organisation["note"] = "\n".join(p for p in (organisation.get("note", ""), *lines) if p)
    result.origin[id(record)] = (sheet, number)
    records.append(record)
