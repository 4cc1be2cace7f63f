"""A register document held by key, so history entries can find their rows (services.replay).

Lists of an activity's child rows are held by position, contacts and cookies in their order,
everything else by code; `document()` gives the plain register document back.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any

from kgs_ropa.services import document as d

Doc = dict[str, Any]

CATALOGUES = {
    "data_subject_category": ("data_subject_categories", d.SUBJECT_FIELDS),
    "data_category": ("data_categories", d.CATEGORY_FIELDS),
    "system": ("systems", d.SYSTEM_FIELDS),
    "processor": ("processors", d.PROCESSOR_FIELDS),
    "recipient": ("recipients", d.RECIPIENT_FIELDS),
    "security_measure": ("security_measures", d.MEASURE_FIELDS),
}
CHILDREN = {
    "purpose": ("purposes", d.PURPOSE_FIELDS),
    "activity_data_category": ("data_categories", d.DATA_CATEGORY_USE_FIELDS),
    "data_source": ("sources", d.SOURCE_FIELDS),
    "transfer": ("transfers", d.TRANSFER_FIELDS),
    "retention": ("retention", d.RETENTION_FIELDS),
}
CHILD_TYPES = {name: entity_type for entity_type, (name, _fields) in CHILDREN.items()}
LINK_KEYS = ("data_subjects", "systems", "recipients", "processors", "security_measures")
# Where each kind of code is referred to from an activity document.
REFERENCES = {
    "entity": ("controller",),
    "data_subject_category": ("data_subjects",),
    "system": ("systems",),
    "recipient": ("recipients",),
    "processor": ("processors",),
    "security_measure": ("security_measures",),
}


def names(fields: Sequence[d.Field]) -> list[str]:
    return [f[0] for f in fields]


# Fields added to the register after entries were recorded, with the value their migration gave
# the rows that existed then: a row recorded before holds that value, not None.
ADDED_LATER: dict[str, Any] = {
    "assessed_none": [],  # 0002
    "dpia_criteria": [],  # 0002
    "basis_assumed": False,  # 0002
    "adequacy_scope_confirmed": False,  # 0002
    "export_languages": [],  # 0003
    "translations": {},  # 0003
    "mechanism_assumed": False,  # 0005
    "documents": [],  # 0007
}


def pick(values: Doc, fields: Sequence[d.Field]) -> Doc:
    keys, get = _getter(fields)
    try:
        return dict(zip(keys, get(values), strict=True))
    except KeyError:  # recorded before a field was added
        return {
            name: values[name] if name in values else copy.deepcopy(ADDED_LATER.get(name))
            for name in keys
        }


# A field list's names and a getter of their values as one tuple, per list: a replay picks
# some 100,000 rows at 10,000 activities. The list is held with them, so its id stays its own.
_GETTERS: dict[int, tuple[Sequence[d.Field], list[str], Callable[[Doc], tuple[Any, ...]]]] = {}


def _getter(fields: Sequence[d.Field]) -> tuple[list[str], Callable[[Doc], tuple[Any, ...]]]:
    found = _GETTERS.get(id(fields))
    if found is None:
        keys = names(fields)
        get = itemgetter(*keys) if len(keys) > 1 else lambda values: (values[keys[0]],)
        found = _GETTERS[id(fields)] = (fields, keys, get)
    return found[1], found[2]


class Register:
    """A register document held by key, so entries can find their rows."""

    def __init__(self, doc: Doc) -> None:
        doc = copy.deepcopy(doc)
        organisation = doc.get("organisation", {})
        self.settings = pick(organisation, d.SETTINGS_FIELDS)
        self.entities = {e["code"]: e for e in organisation.get("entities", [])}
        self.contacts: list[Doc] = list(organisation.get("contacts", []))
        self.records = {r["code"]: r for r in organisation.get("processor_records", [])}
        catalogues = doc.get("catalogues", {})
        self.catalogues = {
            key: {r["code"]: r for r in catalogues.get(key, [])} for key, _ in CATALOGUES.values()
        }
        self.activities = {a["code"]: self._keyed(a) for a in doc.get("activities", [])}
        self.cookies: list[Doc] = [
            {**c, "position": n} for n, c in enumerate(doc.get("cookies", []))
        ]

    @staticmethod
    def _keyed(activity: Doc) -> Doc:
        for name, _ in CHILDREN.values():
            activity[name] = dict(enumerate(activity.get(name, [])))
        return activity

    def document(self) -> Doc:
        activities = []
        for code in sorted(self.activities):
            activity = dict(self.activities[code])
            for name, _ in CHILDREN.values():
                activity[name] = [activity[name][p] for p in sorted(activity[name])]
            activities.append(activity)
        cookies = sorted(self.cookies, key=lambda c: c["position"])
        return {
            "format": d.FORMAT,
            "format_version": d.FORMAT_VERSION,
            "organisation": {
                **self.settings,
                "entities": [self.entities[k] for k in sorted(self.entities)],
                "contacts": self.contacts,
                "processor_records": [self.records[k] for k in sorted(self.records)],
            },
            "catalogues": {
                key: [rows[k] for k in sorted(rows)] for key, rows in self.catalogues.items()
            },
            "activities": activities,
            "cookies": [{k: v for k, v in c.items() if k != "position"} for c in cookies],
        }


# ---------------------------------------------------------------------------- rows from entries


def child_doc(entity_type: str, values: Doc) -> Doc:
    _name, fields = CHILDREN[entity_type]
    if entity_type == "retention" and "period_months" in values:
        values = dict(values)
        d.legacy_period(values)  # recorded before periods had units
    row = pick(values, fields)
    if entity_type in ("activity_data_category", "retention"):
        # first, where the register's read puts it (services.dump_order then has less to do)
        return {"category": values.get("data_category"), **row}
    return row


def activity_doc(values: Doc) -> Doc:
    activity = pick(values, d.ACTIVITY_FIELDS)
    activity["controller"] = values.get("controller")
    for key in d.ACTIVITY_LISTS:  # in the order the register's read gives them
        if key in LINK_KEYS:
            activity[key] = list(values.get(key, []))
        else:
            entity_type = CHILD_TYPES[key]
            rows = values.get(key, [])
            activity[key] = {int(r.get("position") or 0): child_doc(entity_type, r) for r in rows}
    return activity


def contact_doc(values: Doc) -> Doc:
    return {**pick(values, d.CONTACT_FIELDS), "entity": values.get("entity")}


def cookie_doc(values: Doc) -> Doc:
    row = pick(values, d.COOKIE_FIELDS)
    return {**row, "activity": values.get("activity"), "position": values.get("position") or 0}
