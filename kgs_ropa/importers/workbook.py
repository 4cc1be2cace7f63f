"""An Excel workbook read for import: our own workbook losslessly from its hidden sheets, or a
register kept on one of the supported templates."""

from __future__ import annotations

import logging
import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import load_workbook

from kgs_ropa.importers.own_workbook import (
    is_authority_workbook,
    is_own_workbook,
    read_own_workbook,
)
from kgs_ropa.importers.problems import Problem, file_problem
from kgs_ropa.importers.sheet_mapping import UnknownFieldError, find_mapping, with_choices
from kgs_ropa.importers.spreadsheet import read_spreadsheet
from kgs_ropa.message import QT_TRANSLATE_NOOP, Message, message

if TYPE_CHECKING:
    from kgs_ropa.importers.file_import import ReadFile

logger = logging.getLogger(__name__)

# SyntaxError: the XML parsers' errors (ElementTree's ParseError, lxml's) derive from it.
_UNREADABLE = (
    zipfile.BadZipFile,
    KeyError,
    ValueError,
    OSError,
    TypeError,
    EOFError,
    SyntaxError,
)
# openpyxl holds a workbook's shared strings in memory, about five times their XML size: a
# small file can expand to gigabytes (a zip bomb). A register of 100,000 activities is far less.
MAX_UNCOMPRESSED = 256 * 1024 * 1024
AUTHORITY_FORM = QT_TRANSLATE_NOOP(
    "ServiceMessages",
    "this is the workbook for the supervisory authority, which holds no machine-readable "
    "register; use `export xlsx-editable` (File > Export: Excel workbook, editable) and import "
    "that file",
)
DAMAGED = QT_TRANSLATE_NOOP(
    "ServiceMessages", "the file is not a valid Excel workbook or is damaged"
)
NO_HEADINGS = QT_TRANSLATE_NOOP(
    "ServiceMessages",
    "no row of register headings found: the ICO controller or processor template, the CNIL "
    "model, Dutch headings (Verwerking, Doel, Rechtsgrond) or a KGS ROPA workbook",
)


def too_large(path: Path) -> Message | None:
    """Why the workbook expands too far to read, from the sizes its zip directory declares
    (zipfile never inflates a member beyond its declared size, so they bound the truth)."""
    with zipfile.ZipFile(path) as archive:
        total = sum(member.file_size for member in archive.infolist())
    if total <= MAX_UNCOMPRESSED:
        return None
    return message(
        QT_TRANSLATE_NOOP(
            "ServiceMessages",
            "expands to {size} MB when unpacked, more than a register workbook holds "
            "(at most {limit} MB); not read",
        ),
        size=round(total / 2**20),
        limit=MAX_UNCOMPRESSED // 2**20,
    )


def damaged(path: Path, exc: BaseException) -> Problem:
    """A workbook that broke while being read: said plainly; the parser's words (English, about
    XML and zip members) go to the log and the problem's details."""
    technical = f"{type(exc).__name__}: {exc}"
    logger.warning("%s could not be read as a workbook: %s", path.name, technical)
    return file_problem(path.name, Message(DAMAGED), technical)


def _open(path: Path, read: ReadFile) -> Any:
    try:
        reason = too_large(path)
        if reason is not None:
            read.problems.append(file_problem(path.name, reason))
            return None
        return load_workbook(path, read_only=True, data_only=True)
    except SyntaxError as exc:
        read.problems.append(damaged(path, exc))
        return None
    except _UNREADABLE:
        read.problems.append(
            file_problem(
                path.name,
                Message(QT_TRANSLATE_NOOP("ServiceMessages", "not an Excel workbook (.xlsx)")),
            )
        )
        return None


def read_workbook(
    path: Path,
    read: ReadFile,
    choices: Mapping[str, str | None],
    progress: Callable[[int, int], None] | None,
) -> None:
    wb = _open(path, read)
    if wb is None:
        return
    try:
        if is_own_workbook(wb):
            read.kind = "kgs-ropa"
            read.document, read.origin = read_own_workbook(wb, read.problems)
            return
        if is_authority_workbook(wb):
            read.problems.append(file_problem(path.name, Message(AUTHORITY_FORM)))
            return
        read.kind = "spreadsheet"
        mapping = find_mapping(wb)
        if mapping is None:
            first = wb.sheetnames[0] if wb.sheetnames else None
            read.problems.append(Problem(first, None, None, Message(NO_HEADINGS)))
            return
        try:
            read.mapping = with_choices(mapping, choices)
        except UnknownFieldError as exc:
            read.problems.append(Problem(mapping.sheet, mapping.header_row, None, exc.message))
            return
        sheet = read_spreadsheet(wb, read.mapping, read.problems, progress)
        read.document, read.origin, read.generated = sheet.document, sheet.origin, sheet.generated
    except _UNREADABLE as exc:
        read.problems.append(damaged(path, exc))
    finally:
        wb.close()
