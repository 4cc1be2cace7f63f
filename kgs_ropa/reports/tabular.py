"""The register document as flat tables (one per list in the document) and back again.

The workbook carries these tables on hidden sheets so that `import xlsx` reads our own export
back without loss. Columns are the document's own field names, so the layout follows the JSON
format (docs/json-format.md) and its validation in load_register.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from kgs_ropa.services import document as d

Doc = dict[str, Any]
# (name, kind): kind as in services.document, plus "ref" (an optional code) and "codes" (a list)
Col = tuple[str, str]

FORMAT_SHEET = "_register"


def _plain(fields: list[d.Field]) -> list[Col]:
    return [(name, kind) for name, kind, _ in fields]


@dataclass(frozen=True)
class Sheet:
    name: str
    columns: list[Col]
    child_of: str | None = None  # "activities": one row per item of an activity's list
    key: str = ""  # the list's key in its parent

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self.columns]


_ACTIVITY_LISTS = [
    ("data_subjects", "codes"),
    ("systems", "codes"),
    ("recipients", "codes"),
    ("processors", "codes"),
    ("security_measures", "codes"),
]
ACTIVITY = ("activity", "str")

SHEETS: list[Sheet] = [
    Sheet("_entities", _plain(d.ENTITY_FIELDS), key="entities"),
    Sheet("_contacts", [*_plain(d.CONTACT_FIELDS), ("entity", "ref")], key="contacts"),
    Sheet("_processor_records", _plain(d.PROCESSOR_RECORD_FIELDS), key="processor_records"),
    Sheet("_data_subject_categories", _plain(d.SUBJECT_FIELDS), key="data_subject_categories"),
    Sheet("_data_categories", _plain(d.CATEGORY_FIELDS), key="data_categories"),
    Sheet("_systems", _plain(d.SYSTEM_FIELDS), key="systems"),
    Sheet("_processors", _plain(d.PROCESSOR_FIELDS), key="processors"),
    Sheet("_recipients", _plain(d.RECIPIENT_FIELDS), key="recipients"),
    Sheet("_security_measures", _plain(d.MEASURE_FIELDS), key="security_measures"),
    Sheet(
        "_activities",
        [*_plain(d.ACTIVITY_FIELDS), ("controller", "ref"), *_ACTIVITY_LISTS],
        key="activities",
    ),
    Sheet("_purposes", [ACTIVITY, *_plain(d.PURPOSE_FIELDS)], "activities", "purposes"),
    Sheet(
        "_data_category_uses",
        [ACTIVITY, ("category", "str"), *_plain(d.DATA_CATEGORY_USE_FIELDS)],
        "activities",
        "data_categories",
    ),
    Sheet("_sources", [ACTIVITY, *_plain(d.SOURCE_FIELDS)], "activities", "sources"),
    Sheet("_transfers", [ACTIVITY, *_plain(d.TRANSFER_FIELDS)], "activities", "transfers"),
    Sheet(
        "_retention",
        [ACTIVITY, ("category", "ref"), *_plain(d.RETENTION_FIELDS)],
        "activities",
        "retention",
    ),
    Sheet("_cookies", [*_plain(d.COOKIE_FIELDS), ("activity", "ref")], key="cookies"),
]
ORGANISATION_COLUMNS: list[Col] = [
    ("format", "str"),
    ("format_version", "int"),
    *_plain(d.SETTINGS_FIELDS),
]
_ORGANISATION_LISTS = {"entities", "contacts", "processor_records"}
_ACTIVITY_SHEET_KEYS = {s.key for s in SHEETS if s.child_of}


def _parent_rows(document: Doc, key: str) -> Sequence[Doc]:
    """The list itself, not a copy: a large register's activities are walked, never held."""
    rows: Sequence[Doc]
    if key in _ORGANISATION_LISTS:
        rows = document.get("organisation", {}).get(key, [])
    elif key in ("activities", "cookies"):
        rows = document.get(key, [])
    else:
        rows = document.get("catalogues", {}).get(key, [])
    return rows


def sheet_rows(document: Doc, sheet: Sheet) -> Iterator[list[Any]]:
    """The rows of one sheet as document values (the renderer encodes them per kind)."""
    names = sheet.names
    if sheet.child_of is None:
        for item in _parent_rows(document, sheet.key):
            yield [item.get(name) for name in names]
        return
    for activity in document.get("activities", []):
        yield from activity_rows(activity, sheet)


def of_activities(sheet: Sheet) -> bool:
    """The activities sheet and those of the lists inside an activity."""
    return sheet.key == "activities" or sheet.child_of is not None


def activity_rows(activity: Doc, sheet: Sheet) -> Iterator[list[Any]]:
    """The rows one activity gives a sheet `of_activities`: so one walk over a large
    register's activities can fill all of them."""
    names = sheet.names
    if sheet.child_of is None:
        yield [activity.get(name) for name in names]
        return
    for item in activity.get(sheet.key, []):
        yield [activity["code"], *(item.get(name) for name in names[1:])]


def row_count(document: Doc, sheet: Sheet) -> int:
    if sheet.child_of is None:
        return len(_parent_rows(document, sheet.key))
    return sum(len(a.get(sheet.key, [])) for a in document.get("activities", []))


def organisation_row(document: Doc) -> list[Any]:
    organisation = document.get("organisation", {})
    head = [document.get("format", d.FORMAT), document.get("format_version", d.FORMAT_VERSION)]
    return head + [organisation.get(name) for name, _ in ORGANISATION_COLUMNS[2:]]


def assemble(organisation: Doc, tables: dict[str, list[Doc]]) -> Doc:
    """A register document from the organisation row and each sheet's rows (as dicts)."""
    document: Doc = {
        "format": organisation.pop("format", None),
        "format_version": organisation.pop("format_version", None),
        "organisation": organisation,
        "catalogues": {},
        "activities": [],
        "cookies": [],
    }
    by_code: dict[str, Doc] = {}
    for sheet in SHEETS:
        rows = tables.get(sheet.name, [])
        if sheet.child_of:
            continue
        if sheet.key in _ORGANISATION_LISTS:
            organisation[sheet.key] = rows
        elif sheet.key in ("activities", "cookies"):
            document[sheet.key] = rows
        else:
            document["catalogues"][sheet.key] = rows
    for activity in document["activities"]:
        by_code[activity.get("code")] = activity
        for key in _ACTIVITY_SHEET_KEYS:
            activity[key] = []
    for sheet in SHEETS:
        if sheet.child_of:
            _attach(sheet, tables.get(sheet.name, []), by_code)
    return document


class OrphanRowError(ValueError):
    def __init__(self, sheet: str, index: int, code: Any) -> None:
        super().__init__(f"unknown activity {code!r}")
        self.sheet, self.index, self.code = sheet, index, code


def _attach(sheet: Sheet, rows: list[Doc], activities: dict[str, Doc]) -> None:
    for index, row in enumerate(rows):
        code = row.pop("activity", None)
        if code not in activities:
            raise OrphanRowError(sheet.name, index, code)
        activities[code][sheet.key].append(row)
