"""A register document with its keys in the order `dump_register` writes them.

A snapshot is stored with sorted keys and a replayed register builds its rows in its own order;
rendered directly (no round trip through a database), they must still export byte for byte as
the register they were. Only the order of keys changes: no value is added or dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kgs_ropa.services import document as d

Doc = dict[str, Any]

CATALOGUE_FIELDS: dict[str, Sequence[d.Field]] = {
    "data_subject_categories": d.SUBJECT_FIELDS,
    "data_categories": d.CATEGORY_FIELDS,
    "systems": d.SYSTEM_FIELDS,
    "processors": d.PROCESSOR_FIELDS,
    "recipients": d.RECIPIENT_FIELDS,
    "security_measures": d.MEASURE_FIELDS,
}
CHILD_KEYS: dict[str, list[str]] = {
    "purposes": [f[0] for f in d.PURPOSE_FIELDS],
    "data_categories": ["category", *(f[0] for f in d.DATA_CATEGORY_USE_FIELDS)],
    "sources": [f[0] for f in d.SOURCE_FIELDS],
    "transfers": [f[0] for f in d.TRANSFER_FIELDS],
    "retention": ["category", *(f[0] for f in d.RETENTION_FIELDS)],
}
ACTIVITY_KEYS = [*(f[0] for f in d.ACTIVITY_FIELDS), "controller", *d.ACTIVITY_LISTS]
TOP_KEYS = ["format", "format_version", "organisation", "catalogues", "activities", "cookies"]


def _ordered(row: Doc, keys: Sequence[str]) -> Doc:
    """`row` with `keys` first, in that order; any other key keeps its place after them."""
    if list(row) == keys:  # most rows are in that order already: a plain copy
        return dict(row)
    first = {key: row[key] for key in keys if key in row}
    return first | {key: value for key, value in row.items() if key not in first}


def _fields(rows: Sequence[Doc], fields: Sequence[d.Field], *extra: str) -> list[Doc]:
    keys = [*(f[0] for f in fields), *extra]
    return [_ordered(row, keys) for row in rows]


def _activity(activity: Doc) -> Doc:
    ordered = _ordered(activity, ACTIVITY_KEYS)
    for key, keys in CHILD_KEYS.items():
        if key in ordered:
            ordered[key] = [_ordered(row, keys) for row in ordered[key]]
    return ordered


def _organisation(organisation: Doc) -> Doc:
    keys = [*(f[0] for f in d.SETTINGS_FIELDS), "entities", "contacts", "processor_records"]
    ordered = _ordered(organisation, keys)
    ordered["entities"] = _fields(ordered.get("entities", []), d.ENTITY_FIELDS)
    ordered["contacts"] = _fields(ordered.get("contacts", []), d.CONTACT_FIELDS, "entity")
    records = ordered.get("processor_records", [])
    ordered["processor_records"] = _fields(records, d.PROCESSOR_RECORD_FIELDS)
    return ordered


def in_dump_order(document: Doc) -> Doc:
    ordered = _ordered(document, TOP_KEYS)
    if "organisation" in ordered:
        ordered["organisation"] = _organisation(ordered["organisation"])
    if "catalogues" in ordered:
        catalogues = _ordered(ordered["catalogues"], list(CATALOGUE_FIELDS))
        for key, fields in CATALOGUE_FIELDS.items():
            if key in catalogues:
                catalogues[key] = _fields(catalogues[key], fields)
        ordered["catalogues"] = catalogues
    ordered["activities"] = [_activity(a) for a in ordered.get("activities", [])]
    ordered["cookies"] = _fields(ordered.get("cookies", []), d.COOKIE_FIELDS, "activity")
    return ordered
