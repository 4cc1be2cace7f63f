"""An imported document fitted to the register it goes into.

Catalogue entries and organisation entities that the register has already (by code or by name)
are reused and the imported activities point at them. An activity the register has already (by
code; by name where the file gave no codes) is a conflict: listed, skipped, or replaced."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kgs_ropa.importers.conflicts import OnConflict
from kgs_ropa.importers.headings import normalise, plain_text
from kgs_ropa.model import (
    Activity,
    Contact,
    DataCategory,
    DataSubjectCategory,
    Entity,
    OrganisationSettings,
    Processor,
    ProcessorRecord,
    Recipient,
    SecurityMeasure,
    System,
)
from kgs_ropa.model import vocabulary as voc
from kgs_ropa.services.document import upgrade_periods

Doc = dict[str, Any]

# catalogue key -> (model, the fields an activity refers to it by)
CATALOGUES: dict[str, tuple[type[Any], tuple[str, ...]]] = {
    "data_subject_categories": (DataSubjectCategory, ("data_subjects",)),
    "data_categories": (DataCategory, ("data_categories.category", "retention.category")),
    "systems": (System, ("systems",)),
    "processors": (Processor, ("processors",)),
    "recipients": (Recipient, ("recipients",)),
    "security_measures": (SecurityMeasure, ("security_measures",)),
}
# The standard entries' codes are the same in every register.
_STANDARD_CODES = {
    s.code
    for s in [*voc.STANDARD_DATA_SUBJECTS, *voc.STANDARD_DATA_CATEGORIES, *voc.STANDARD_MEASURES]
}
# Fields a reused entry takes from the file when the register has them empty.
_FILL_EMPTY = ("agreement_reference",)


@dataclass
class Conflict:
    item: Doc  # the activity (or processor record) of the imported document
    code: str
    name: str
    kind: str = "activity"


@dataclass
class Plan:
    document: Doc  # what load_register adds
    replacements: list[Doc] = field(default_factory=list)  # activities that overwrite
    conflicts: list[Conflict] = field(default_factory=list)
    reused: list[tuple[str, str, str]] = field(default_factory=list)  # (catalogue, code, name)
    added: list[str] = field(default_factory=list)  # "code name" of each activity added
    skipped: list[str] = field(default_factory=list)


def _label(row: Any) -> str:
    return str(getattr(row, "name", None) or getattr(row, "label_nl", "") or row.code)


def _keys(row: Any) -> list[str]:
    names = [getattr(row, k, None) for k in ("name", "label_nl", "label_en")]
    return [plain_text(n) for n in names if n]


def _doc_keys(item: Doc) -> list[str]:
    return [plain_text(item[k]) for k in ("name", "label_nl", "label_en") if item.get(k)]


def _rewrite(activity: Doc, path: str, codes: dict[str, str]) -> None:
    """Point one reference field of an activity at the register's codes."""
    key, _, inner = path.partition(".")
    value = activity.get(key)
    if not isinstance(value, list):
        return
    if inner:
        for part in value:
            if isinstance(part, dict) and part.get(inner) in codes:
                part[inner] = codes[part[inner]]
    else:
        activity[key] = [codes.get(c, c) for c in value]


def _unique(code: str, taken: Collection[str]) -> str:
    number = 2
    while f"{code}-{number}" in taken:
        number += 1
    return f"{code}-{number}"


def _match_catalogues(
    session: Session, doc: Doc, plan: Plan, keep_coded: bool, by_code_too: bool
) -> None:
    """Reuse the register's entries: by name, and by code where the file's codes are real."""
    catalogues = doc.get("catalogues", {})
    used = {
        (k, c)
        for a in doc.get("activities", [])
        for k, (_, paths) in CATALOGUES.items()
        for c in _referenced(a, paths)
    }
    for key, (model, paths) in CATALOGUES.items():
        existing = list(session.scalars(select(model)))
        by_code = {r.code: r for r in existing}
        by_name = {k: r for r in existing for k in _keys(r)}
        codes: dict[str, str] = {}
        kept = []
        for item in catalogues.get(key, []):
            if not by_code_too and (key, item.get("code")) not in used:
                continue  # a standard entry no row of the sheet names
            real = by_code_too or item.get("code") in _STANDARD_CODES
            match = (by_code.get(item.get("code")) if real else None) or next(
                (by_name[k] for k in _doc_keys(item) if k in by_name), None
            )
            if match is None:
                if item.get("code") in by_code:  # a made-up code the register uses already
                    codes[item["code"]] = item["code"] = _unique(item["code"], by_code)
                kept.append(item)
                continue
            codes[item["code"]] = match.code
            _fill_empty(match, item)
            if (key, item["code"]) in used:
                plan.reused.append((key, match.code, _label(match)))
            if keep_coded and match.code == item["code"]:
                kept.append(item)  # an empty register: the file's labels win, as on a restore
        catalogues[key] = kept
        for activity in doc.get("activities", []):
            for path in paths:
                _rewrite(activity, path, codes)


def _referenced(activity: Doc, paths: tuple[str, ...]) -> list[str]:
    found = []
    for path in paths:
        key, _, inner = path.partition(".")
        for part in activity.get(key) or []:
            found.append(part.get(inner) if inner and isinstance(part, dict) else part)
    return [c for c in found if isinstance(c, str)]


def _fill_empty(row: Any, item: Doc) -> None:
    for name in _FILL_EMPTY:
        if hasattr(row, name) and not getattr(row, name) and item.get(name):
            setattr(row, name, item[name])


def _match_organisation(
    session: Session, doc: Doc, register_empty: bool, by_code_too: bool
) -> None:
    organisation = doc.setdefault("organisation", {})
    entities = list(session.scalars(select(Entity)))
    codes: dict[str, str] = {}
    kept = []
    for item in organisation.get("entities", []):
        match = next(
            (
                e
                for e in entities
                if (by_code_too and e.code == item.get("code")) or e.name == item.get("name")
            ),
            None,
        )
        if match is None:
            if any(e.code == item.get("code") for e in entities):  # a made-up code in use
                codes[item["code"]] = item["code"] = _unique(
                    item["code"], {e.code for e in entities}
                )
            kept.append(item)
        else:
            codes[item["code"]] = match.code
    organisation["entities"] = kept
    for activity in doc.get("activities", []):
        if activity.get("controller") in codes:
            activity["controller"] = codes[activity["controller"]]
    contacts = {(c.role, c.name) for c in session.scalars(select(Contact))}
    organisation["contacts"] = [
        c
        for c in organisation.get("contacts", [])
        if (c.get("role"), c.get("name")) not in contacts
    ]
    settings = session.scalars(select(OrganisationSettings)).first()
    if settings is not None and not register_empty:
        note = organisation.get("note", "")
        for name in ("acts_as_processor", "employee_count_note", "note"):
            organisation.pop(name, None)
        if note and note not in (settings.note or ""):  # a re-import must not repeat it
            organisation["note"] = "\n".join(p for p in (settings.note, note) if p)
        if doc["organisation"].get("processor_records"):
            organisation["acts_as_processor"] = True


def _free_code(taken: set[str]) -> str:
    number = len(taken) + 1
    while f"ACT-{number:03d}" in taken:
        number += 1
    return f"ACT-{number:03d}"


def _match_activities(
    session: Session, doc: Doc, generated: set[str], on_conflict: OnConflict, plan: Plan
) -> None:
    existing = {a.code: a.name for a in session.scalars(select(Activity))}
    by_name = {normalise(name): code for code, name in existing.items()}
    taken = set(existing)
    kept = []
    for item in doc.get("activities", []):
        code = item.get("code", "")
        same = by_name.get(normalise(item.get("name", ""))) if code in generated else None
        same = same or (code if code in existing and code not in generated else None)
        if same is None:
            if code in generated and code in taken:
                item["code"] = _free_code(taken)
            taken.add(item["code"])
            kept.append(item)
            plan.added.append(f"{item['code']} {item.get('name', '')}")
            continue
        plan.conflicts.append(Conflict(item, same, existing[same]))
        if on_conflict == "replace":
            item["code"] = same
            plan.replacements.append(item)
        else:
            plan.skipped.append(f"{same} {existing[same]}")
    dropped = {c.code for c in plan.conflicts}
    doc["activities"] = kept
    doc["cookies"] = [c for c in doc.get("cookies", []) if c.get("activity") not in dropped]


def _match_records(session: Session, doc: Doc, plan: Plan) -> None:
    organisation = doc.get("organisation", {})
    records = organisation.get("processor_records", [])
    if not records:
        return
    existing = {r.code: r.client_controller for r in session.scalars(select(ProcessorRecord))}
    served = {normalise(c): code for code, c in existing.items()}
    kept: list[Doc] = []
    for item in records:
        same = served.get(normalise(item.get("client_controller", "")))
        if same is not None:
            plan.conflicts.append(Conflict(item, same, existing[same], "processor record"))
            plan.skipped.append(f"{same} {existing[same]}")
            continue
        number = len(existing) + len(kept) + 1
        while f"PR-{number:03d}" in existing:
            number += 1
        item["code"] = f"PR-{number:03d}" if item["code"] in existing else item["code"]
        kept.append(item)
    organisation["processor_records"] = kept


def plan_import(
    session: Session,
    document: Doc,
    generated: set[str],
    on_conflict: OnConflict,
    real_codes: bool = True,
) -> Plan:
    """What importing `document` into the session's register adds, reuses and replaces.

    Changes `document` in place (its parts keep their identity, so problems keep their rows)."""
    doc = document
    upgrade_periods(doc)
    register_empty = session.scalars(select(Activity.id).limit(1)).first() is None
    plan = Plan(doc)
    _match_organisation(session, doc, register_empty, by_code_too=real_codes)
    _match_records(session, doc, plan)
    _match_catalogues(session, doc, plan, keep_coded=register_empty, by_code_too=real_codes)
    _match_activities(session, doc, generated, on_conflict, plan)
    return plan
