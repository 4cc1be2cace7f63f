"""`import xlsx`: our own workbook read back losslessly, or a register kept in a spreadsheet
with ICO-style headings. All or nothing: every problem is listed by sheet, row and column, and
the database is left untouched unless the whole file is good."""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kgs_ropa.importers.ico_rows import activity_from_row
from kgs_ropa.importers.ico_sheet import MAX_ROWS, catalogues, empty_document, find_mapping
from kgs_ropa.importers.own_workbook import (
    Origin,
    is_authority_workbook,
    is_own_workbook,
    read_own_workbook,
)
from kgs_ropa.importers.problems import ImportFileError, Problem, file_problem
from kgs_ropa.services.document import DocumentError, load_register
from kgs_ropa.services.setup import RegisterNotEmptyError, activity_count, seed_vocabularies
from kgs_ropa.storage.database import Database

Doc = dict[str, Any]
MAX_FILE_BYTES = 200 * 1024 * 1024


@dataclass
class ParsedWorkbook:
    kind: str  # "kgs-ropa" (our own workbook) or "spreadsheet" (ICO-style headings)
    document: Doc
    mapping: list[str]  # how the spreadsheet's columns were read, for the user to check
    origin: Origin


@dataclass(frozen=True)
class ImportResult:
    kind: str
    activities: int
    mapping: list[str]
    dry_run: bool
    preview: list[str]  # "code name" of each activity read, for the user to check


def _open(path: Path) -> Any:
    from openpyxl import load_workbook  # only when importing

    name = path.name
    if not path.is_file():
        raise ImportFileError([file_problem(name, "no such file")])
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ImportFileError([file_problem(name, "file larger than 200 MB")])
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        reason = "not an Excel workbook (.xlsx)"
        raise ImportFileError([file_problem(name, reason)]) from exc


def _read_spreadsheet(wb: Any, problems: list[Problem]) -> ParsedWorkbook:
    found = find_mapping(wb)
    if found is None:
        problems.append(
            Problem(
                wb.sheetnames[0] if wb.sheetnames else None,
                None,
                None,
                "no row of register headings found (e.g. Processing activity, Purpose, "
                "Lawful basis / Verwerking, Doel, Rechtsgrond)",
            )
        )
        return ParsedWorkbook("spreadsheet", {}, [], {})
    mapping, headings = found
    cats = catalogues()
    document = empty_document(cats)
    origin: Origin = {}
    column_of = {e: str(headings[i]) for i, e in mapping.columns.items()}
    rows = wb[mapping.sheet].iter_rows(min_row=mapping.header_row + 1, values_only=True)
    for number, row in enumerate(rows, mapping.header_row + 1):
        if number - mapping.header_row > MAX_ROWS:
            problems.append(Problem(mapping.sheet, number, None, f"more than {MAX_ROWS} rows"))
            break
        if not any(str(v).strip() for v in row if v is not None):
            continue
        values = {
            e: row[i] for i, e in mapping.columns.items() if i < len(row) and row[i] is not None
        }
        extras = [
            f"{heading}: {row[i]}"
            for i, heading in mapping.to_note.items()
            if i < len(row) and row[i] is not None and str(row[i]).strip()
        ]

        def report(element: str, message: str, number: int = number) -> None:
            problems.append(
                Problem(mapping.sheet, number, column_of.get(element, element), message)
            )

        code = f"ACT-{len(document['activities']) + 1:03d}"
        activity = activity_from_row(code, values, cats, report, extras)
        origin[id(activity)] = (mapping.sheet, number)
        document["activities"].append(activity)
    return ParsedWorkbook("spreadsheet", document, mapping.describe(headings), origin)


AUTHORITY_FORM = (
    "this is the workbook for the supervisory authority, which holds no machine-readable "
    "register; use `export xlsx-editable` (File > Export: Excel workbook, editable) and import "
    "that file"
)


def read_xlsx(path: Path) -> ParsedWorkbook:
    """The register document in the workbook at `path`; ImportFileError lists what is wrong."""
    wb = _open(Path(path))
    problems: list[Problem] = []
    parsed: ParsedWorkbook | None = None
    try:
        if is_own_workbook(wb):
            document, origin = read_own_workbook(wb, problems)
            parsed = ParsedWorkbook("kgs-ropa", document, [], origin)
        elif not is_authority_workbook(wb):
            parsed = _read_spreadsheet(wb, problems)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise ImportFileError([file_problem(Path(path).name, f"unreadable: {exc}")]) from exc
    finally:
        wb.close()
    if problems:
        raise ImportFileError(problems)
    if parsed is None:
        raise ImportFileError([file_problem(Path(path).name, AUTHORITY_FORM)])
    return parsed


_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def locate(error: DocumentError, parsed: ParsedWorkbook) -> Problem:
    """The sheet and row a load_register error points at, found by walking its path."""
    node: Any = parsed.document
    where: tuple[str | None, int | None] = ("register", None)
    rest: list[str] = []
    for name, index in _STEP.findall(error.path):
        try:
            node = node[int(index)] if index else node[name]
        except (KeyError, IndexError, TypeError):
            rest.append(name or f"[{index}]")
            continue
        if isinstance(node, dict) and id(node) in parsed.origin:
            where, rest = parsed.origin[id(node)], []
        elif name:
            rest.append(name)
    column = ".".join(rest) or None
    return Problem(where[0], where[1], column, error.message)


def import_xlsx(db: Database, path: Path, dry_run: bool = False) -> ImportResult:
    """Import into an empty register in one transaction; a dry run checks and rolls back."""
    parsed = read_xlsx(path)
    with db.transaction() as session:
        if activity_count(session):
            raise RegisterNotEmptyError("the register is not empty; import into an empty register")
        session.info["comment"] = f"import {Path(path).name}"
        seed_vocabularies(session)
        try:
            load_register(session, parsed.document)
        except DocumentError as exc:
            raise ImportFileError([locate(exc, parsed)]) from None
        count = activity_count(session)
        if dry_run:
            session.rollback()
    preview = [f"{a.get('code')} {a.get('name')}" for a in parsed.document.get("activities", [])]
    return ImportResult(parsed.kind, count, parsed.mapping, dry_run, preview)
