"""Our own workbook read back: the hidden sheets hold the register document as flat tables."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from openpyxl.workbook.workbook import Workbook

from kgs_ropa.importers.problems import Problem, invalid_json, too_many_rows
from kgs_ropa.message import QT_TRANSLATE_NOOP, Message, Value, message, quoted
from kgs_ropa.reports import tabular
from kgs_ropa.reports.xlsx_cells import MAX_CELL, excel_date
from kgs_ropa.services.document import TEXT_LIMIT

Doc = dict[str, Any]
MAX_ROWS = 200_000


class _Bad(Exception):
    """A cell that does not fit; turned into a located problem by the caller."""

    def __init__(self, template: str, **values: Value) -> None:
        self.message = Message(template, values)
        super().__init__(str(self.message))


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        raise _Bad(QT_TRANSLATE_NOOP("ServiceMessages", "expected text, got true/false"))
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int | float):
        return str(value)
    raise _Bad(
        QT_TRANSLATE_NOOP("ServiceMessages", "expected text, got {value}"), value=quoted(value)
    )


def _decode(value: Any, kind: str) -> Any:
    if kind in ("list", "codes"):
        items = json.loads(value) if isinstance(value, str) and value.strip() else []
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise _Bad(QT_TRANSLATE_NOOP("ServiceMessages", 'expected a list like ["a", "b"]'))
        return items
    if kind == "links":  # checked item by item when the document is loaded
        links = json.loads(value) if isinstance(value, str) and value.strip() else []
        if not isinstance(links, list):
            raise _Bad(
                QT_TRANSLATE_NOOP(
                    "ServiceMessages",
                    'expected a list like [{{"kind": "dpia", "title": "...", "target": "..."}}]',
                )
            )
        return links
    if kind == "texts":
        texts = json.loads(value) if isinstance(value, str) and value.strip() else {}
        if not isinstance(texts, dict):
            raise _Bad(
                QT_TRANSLATE_NOOP(
                    "ServiceMessages",
                    'expected translations like {{"en": {{"description": "..."}}}}',
                )
            )
        return texts
    if kind in ("bool", "optbool"):  # an empty optbool cell is None: not assessed
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in ("true", "false"):
            return value.strip().lower() == "true"
        raise _Bad(
            QT_TRANSLATE_NOOP("ServiceMessages", "expected TRUE or FALSE, got {value}"),
            value=quoted(value),
        )
    if kind in ("int", "optint"):
        if isinstance(value, int | float) and not isinstance(value, bool) and value == int(value):
            return int(value)
        raise _Bad(
            QT_TRANSLATE_NOOP("ServiceMessages", "expected a whole number, got {value}"),
            value=quoted(value),
        )
    if kind == "date":
        text = excel_date(value) or _text(value)
        try:
            date.fromisoformat(text)
        except ValueError:
            raise _Bad(
                QT_TRANSLATE_NOOP("ServiceMessages", "not a date (YYYY-MM-DD): {value}"),
                value=quoted(text),
            ) from None
        return text
    return _text(value)


_EMPTY: dict[str, Any] = {"str": "", "list": [], "codes": [], "texts": {}, "links": []}


def _row_dict(
    sheet: str, index: int, names: list[tabular.Col], row: tuple[Any, ...], problems: list[Problem]
) -> Doc:
    item: Doc = {}
    for (name, kind), value in zip(names, row, strict=False):
        if value is None or value == "":
            if kind in _EMPTY:
                item[name] = _EMPTY[kind]
            elif kind not in ("int", "bool"):
                item[name] = None
            continue
        # A text field holds at most TEXT_LIMIT; lists and translations at most a cell.
        limit = TEXT_LIMIT if kind == "str" else MAX_CELL
        if isinstance(value, str) and len(value) > limit:
            detail = message(
                QT_TRANSLATE_NOOP(
                    "ServiceMessages", "{length} characters, longer than the field holds ({limit})"
                ),
                length=len(value),
                limit=limit,
            )
            problems.append(Problem(sheet, index, name, detail))
            continue
        try:
            item[name] = _decode(value, kind)
        except _Bad as exc:
            problems.append(Problem(sheet, index, name, exc.message))
        except json.JSONDecodeError as exc:
            problems.append(Problem(sheet, index, name, invalid_json(exc)))
        except ValueError as exc:  # anything else that does not convert (a NaN number)
            unreadable = message(
                QT_TRANSLATE_NOOP("ServiceMessages", "cannot be read: {value}"), value=quoted(value)
            )
            problems.append(Problem(sheet, index, name, unreadable, technical=str(exc)))
    return item


Rows = list[tuple[int, Doc]]  # (Excel row number, row)


def _read_sheet(
    wb: Workbook, name: str, columns: list[tabular.Col], problems: list[Problem]
) -> Rows:
    if name not in wb.sheetnames:
        problems.append(
            Problem(
                name, None, None, Message(QT_TRANSLATE_NOOP("ServiceMessages", "sheet missing"))
            )
        )
        return []
    rows = wb[name].iter_rows(values_only=True)
    header = [h for h in next(rows, ()) if h is not None]
    expected = [n for n, _ in columns]
    if header != expected:
        missing = [n for n in expected if n not in header]
        extra = [str(h) for h in header if h not in expected]
        problems.append(Problem(name, 1, None, _unexpected_headings(missing, extra)))
        return []
    result = []
    for index, row in enumerate(rows, 2):
        if index > MAX_ROWS:
            problems.append(Problem(name, index, None, too_many_rows(MAX_ROWS)))
            break
        if all(v is None for v in row):
            continue
        result.append((index, _row_dict(name, index, columns, row, problems)))
    return result


def _unexpected_headings(missing: list[str], extra: list[str]) -> Message:
    if missing and extra:
        return message(
            QT_TRANSLATE_NOOP(
                "ServiceMessages", "unexpected headings (missing {missing}; unknown {unknown})"
            ),
            missing=", ".join(missing),
            unknown=", ".join(extra),
        )
    if missing:
        return message(
            QT_TRANSLATE_NOOP("ServiceMessages", "unexpected headings (missing {missing})"),
            missing=", ".join(missing),
        )
    if extra:
        return message(
            QT_TRANSLATE_NOOP("ServiceMessages", "unexpected headings (unknown {unknown})"),
            unknown=", ".join(extra),
        )
    return Message(QT_TRANSLATE_NOOP("ServiceMessages", "unexpected headings (order differs)"))


def is_own_workbook(wb: Workbook) -> bool:
    return tabular.FORMAT_SHEET in wb.sheetnames


def is_authority_workbook(wb: Workbook) -> bool:
    """Our export for the authority (no register tables in it): its properties say so."""
    written_by = str(wb.properties.lastModifiedBy or "")
    return written_by.startswith("KGS ROPA") and not is_own_workbook(wb)


Origin = dict[int, tuple[str, int]]


def read_own_workbook(wb: Workbook, problems: list[Problem]) -> tuple[Doc, Origin]:
    """The register document, and where each row of it came from (id(row) -> sheet, row)."""
    head = _read_sheet(wb, tabular.FORMAT_SHEET, tabular.ORGANISATION_COLUMNS, problems)
    origin: dict[int, tuple[str, int]] = {}
    tables: dict[str, list[Doc]] = {}
    numbers: dict[str, list[int]] = {}
    for sheet in tabular.SHEETS:
        rows = _read_sheet(wb, sheet.name, sheet.columns, problems)
        for number, row in rows:
            origin[id(row)] = (sheet.name, number)
        tables[sheet.name] = [row for _, row in rows]
        numbers[sheet.name] = [number for number, _ in rows]
    organisation = head[0][1] if head else {}
    origin[id(organisation)] = (tabular.FORMAT_SHEET, 2)
    try:
        return tabular.assemble(organisation, tables), origin
    except tabular.OrphanRowError as exc:
        number = numbers[exc.sheet][exc.index]
        unknown = message(
            QT_TRANSLATE_NOOP("ServiceMessages", "unknown activity {code}"), code=quoted(exc.code)
        )
        problems.append(Problem(exc.sheet, number, "activity", unknown))
        return {}, origin
