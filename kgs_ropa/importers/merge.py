"""An imported document fitted to the register it goes into.

Catalogue entries and organisation entities that the register has already (by code or by name)
are reused and the imported activities point at them. An activity the register has already (by
code; by name where the file gave no codes) is a conflict: listed, skipped, or replaced."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
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
from kgs_ropa.services.document import upgrade_activity, upgrade_periods

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
class Outline:
    """What planning an import needs of each activity, gathered without keeping the activities
    (a file read as it goes): its code and name, or None for an item that is no object, and the
    catalogue entries the activities refer to."""

    items: list[Doc | None] = field(default_factory=list)
    used: set[tuple[str, str]] = field(default_factory=set)

    def note(self, activity: Any) -> None:
        self.items.append(stand_in(activity))
        _note_used(self.used, activity)

    @classmethod
    def of(cls, activities: list[Any]) -> Outline:
        """The outline of activities in memory: each stands for itself, so the plan's changes
        to an activity (a code made free) are made to it."""
        return cls([a if isinstance(a, dict) else None for a in activities], _used(activities))


def stand_in(activity: Any) -> Doc | None:
    """An activity's code and name, the keys it has of them; None for what is no object."""
    if not isinstance(activity, dict):
        return None
    return {key: activity[key] for key in ("code", "name") if key in activity}


@dataclass
class Plan:
    document: Doc  # what load_register adds
    replacements: list[Doc] = field(default_factory=list)  # activities that overwrite
    conflicts: list[Conflict] = field(default_factory=list)
    reused: list[tuple[str, str, str]] = field(default_factory=list)  # (catalogue, code, name)
    added: list[str] = field(default_factory=list)  # "code name" of each activity added
    skipped: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)  # "code name" of each replacement
    # How each activity is fitted to the register: the codes of the entities and catalogue
    # entries it refers to, by what the register calls them.
    entity_codes: dict[str, str] = field(default_factory=dict)
    catalogue_codes: dict[str, dict[str, str]] = field(default_factory=dict)
    # The activities (by their place in the document) that the register has already, with the
    # register's code; the ones the import adds, in document order (their outline).
    conflicting: dict[int, str] = field(default_factory=dict)
    kept: list[Doc | None] = field(default_factory=list)
    on_conflict: OnConflict = "fail"

    def fit(self, activity: Any) -> Any:
        """The activity pointing at the register's entities and catalogue entries (in place)."""
        if not isinstance(activity, dict):
            return activity  # refused by load_register, at its place
        controller = activity.get("controller")
        if _is_code(controller) and controller in self.entity_codes:
            activity["controller"] = self.entity_codes[controller]
        for key, codes in self.catalogue_codes.items():
            for path in CATALOGUES[key][1]:
                _rewrite(activity, path, codes)
        return activity

    def streamed(self, activities: Iterable[Any]) -> Iterator[Any]:
        """The document's activities read again, one at a time: those the import adds, fitted
        to the register; the ones that replace stored activities are set aside in
        `replacements` (applied after the rest)."""
        for index, activity in enumerate(activities):
            upgrade_activity(activity)
            same = self.conflicting.get(index)
            if same is None:
                yield self.fit(activity)
            elif self.on_conflict == "replace":
                activity["code"] = same
                self.replacements.append(self.fit(activity))


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
            if isinstance(part, dict) and _is_code(part.get(inner)) and part[inner] in codes:
                part[inner] = codes[part[inner]]
    else:
        activity[key] = [codes.get(c, c) if _is_code(c) else c for c in value]


def _is_code(value: Any) -> bool:
    """Text: anything else is no code, refused by load_register where it stands."""
    return isinstance(value, str)


def _items(container: Any, key: str) -> list[Any]:
    """The list under `key`, or none where the document has something else there (refused by
    load_register, at its place)."""
    value = container.get(key) if isinstance(container, dict) else None
    return value if isinstance(value, list) else []


def _unique(code: str, taken: Collection[str]) -> str:
    number = 2
    while f"{code}-{number}" in taken:
        number += 1
    return f"{code}-{number}"


def _match_catalogues(
    session: Session, doc: Doc, plan: Plan, used: set[tuple[str, str]], flags: tuple[bool, bool]
) -> None:
    """Reuse the register's entries: by name, and by code where the file's codes are real."""
    keep_coded, by_code_too = flags
    catalogues = doc.get("catalogues", {})
    for key, (model, _paths) in CATALOGUES.items():
        if not isinstance(catalogues, dict) or not isinstance(catalogues.get(key, []), list):
            continue
        existing = list(session.scalars(select(model)))
        by_code = {r.code: r for r in existing}
        by_name = {k: r for r in existing for k in _keys(r)}
        codes = plan.catalogue_codes[key] = {}
        kept = []
        for item in catalogues.get(key, []):
            code = item.get("code") if isinstance(item, dict) else None
            if not by_code_too and not (_is_code(code) and (key, code) in used):
                continue  # a standard entry no row of the sheet names
            if not _is_code(code):
                kept.append(item)  # refused by load_register
                continue
            real = by_code_too or item["code"] in _STANDARD_CODES
            match = (by_code.get(item["code"]) if real else None) or next(
                (by_name[k] for k in _doc_keys(item) if k in by_name), None
            )
            if match is None:
                if item["code"] in by_code:  # a made-up code the register uses already
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


def _used(activities: Iterable[Any]) -> set[tuple[str, str]]:
    """The catalogue entries the activities refer to: (catalogue key, code)."""
    used: set[tuple[str, str]] = set()
    for activity in activities:
        _note_used(used, activity)
    return used


# (catalogue key, the activity's list that names its entries, the key inside each item or "")
_REFERENCES = [
    (key, *path.partition(".")[::2]) for key, (_, paths) in CATALOGUES.items() for path in paths
]


def _note_used(used: set[tuple[str, str]], activity: Any) -> None:
    """Add the catalogue entries one activity names (a loop per file read: kept tight)."""
    if not isinstance(activity, dict):
        return
    for key, field_name, inner in _REFERENCES:
        parts = activity.get(field_name)
        for part in parts if isinstance(parts, list) else ():
            code = part.get(inner) if inner and isinstance(part, dict) else part
            if isinstance(code, str):
                used.add((key, code))


def _fill_empty(row: Any, item: Doc) -> None:
    for name in _FILL_EMPTY:
        if hasattr(row, name) and not getattr(row, name) and item.get(name):
            setattr(row, name, item[name])


def _match_organisation(
    session: Session, doc: Doc, plan: Plan, register_empty: bool, by_code_too: bool
) -> None:
    organisation = doc.setdefault("organisation", {})
    if not isinstance(organisation, dict):
        return  # refused by load_register
    entities = list(session.scalars(select(Entity)))
    codes = plan.entity_codes
    kept = []
    for item in _items(organisation, "entities"):
        if not isinstance(item, dict) or not _is_code(item.get("code")):
            kept.append(item)  # refused by load_register
            continue
        match = next(
            (
                e
                for e in entities
                if (by_code_too and e.code == item["code"]) or e.name == item.get("name")
            ),
            None,
        )
        if match is None:
            if any(e.code == item["code"] for e in entities):  # a made-up code in use
                codes[item["code"]] = item["code"] = _unique(
                    item["code"], {e.code for e in entities}
                )
            kept.append(item)
        else:
            codes[item["code"]] = match.code
    if isinstance(organisation.get("entities", []), list):
        organisation["entities"] = kept
    contacts = {(c.role, c.name) for c in session.scalars(select(Contact))}
    if isinstance(organisation.get("contacts", []), list):
        organisation["contacts"] = [
            c
            for c in _items(organisation, "contacts")
            if not isinstance(c, dict) or (c.get("role"), c.get("name")) not in contacts
        ]
    settings = session.scalars(select(OrganisationSettings)).first()
    if settings is not None and not register_empty:
        note = organisation.get("note", "")
        for name in ("acts_as_processor", "employee_count_note", "note"):
            organisation.pop(name, None)
        if note and note not in (settings.note or ""):  # a re-import must not repeat it
            organisation["note"] = "\n".join(p for p in (settings.note, note) if p)
        if _items(organisation, "processor_records"):
            organisation["acts_as_processor"] = True


def _free_code(taken: set[str]) -> str:
    number = len(taken) + 1
    while f"ACT-{number:03d}" in taken:
        number += 1
    return f"ACT-{number:03d}"


def _match_activities(session: Session, outline: Outline, generated: set[str], plan: Plan) -> None:
    """Which activities the register has already (`conflicting`), and which the import adds."""
    existing = {a.code: a.name for a in session.scalars(select(Activity))}
    by_name = {normalise(name): code for code, name in existing.items()}
    taken = set(existing)
    for index, item in enumerate(outline.items):
        if item is None or not _is_code(item.get("code")):
            plan.kept.append(item)  # no object, or no text for a code: refused by load_register
            continue
        code = item["code"]
        same = by_name.get(normalise(item.get("name", ""))) if code in generated else None
        same = same or (code if code in existing and code not in generated else None)
        if same is None:
            if code in generated and code in taken:
                item["code"] = _free_code(taken)
            taken.add(item["code"])
            plan.kept.append(item)
            plan.added.append(f"{item['code']} {item.get('name', '')}")
            continue
        plan.conflicts.append(Conflict(item, same, existing[same]))
        plan.conflicting[index] = same
        if plan.on_conflict == "replace":
            plan.replaced.append(f"{same} {item.get('name', '')}")
        else:
            plan.skipped.append(f"{same} {existing[same]}")


def _drop_conflicting(doc: Doc, plan: Plan) -> None:
    """The conflicting activities out of a document in memory (replaced ones set aside), and
    the cookies of the ones skipped."""
    activities = _items(doc, "activities")
    if plan.on_conflict == "replace":
        for index, same in plan.conflicting.items():
            activities[index]["code"] = same
            plan.replacements.append(activities[index])
    if isinstance(doc.get("activities", []), list):
        doc["activities"] = [a for i, a in enumerate(activities) if i not in plan.conflicting]
    _drop_cookies(doc, plan)


def _drop_cookies(doc: Doc, plan: Plan) -> None:
    dropped = {c.code for c in plan.conflicts}
    if isinstance(doc.get("cookies", []), list):
        doc["cookies"] = [
            c
            for c in _items(doc, "cookies")
            if not isinstance(c, dict) or c.get("activity") not in dropped
        ]


def _match_records(session: Session, doc: Doc, plan: Plan) -> None:
    organisation = doc.get("organisation", {})
    records = _items(organisation, "processor_records")
    if not records:
        return
    existing = {r.code: r.client_controller for r in session.scalars(select(ProcessorRecord))}
    served = {normalise(c): code for code, c in existing.items()}
    kept: list[Any] = []
    for item in records:
        if not isinstance(item, dict):
            kept.append(item)  # refused by load_register
            continue
        same = served.get(normalise(item.get("client_controller", "")))
        if same is not None:
            plan.conflicts.append(Conflict(item, same, existing[same], "processor record"))
            plan.skipped.append(f"{same} {existing[same]}")
            continue
        number = len(existing) + len(kept) + 1
        while f"PR-{number:03d}" in existing:
            number += 1
        if _is_code(item.get("code")) and item["code"] in existing:
            item["code"] = f"PR-{number:03d}"
        kept.append(item)
    organisation["processor_records"] = kept


def plan_import(
    session: Session,
    document: Doc,
    generated: set[str],
    on_conflict: OnConflict,
    real_codes: bool = True,
    outline: Outline | None = None,
) -> Plan:
    """What importing `document` into the session's register adds, reuses and replaces.

    Changes `document` in place (its parts keep their identity, so problems keep their rows).
    With an `outline`, the activities are not in the document but read as they go: they are
    fitted then (Plan.streamed)."""
    doc = document
    upgrade_periods(doc)
    register_empty = session.scalars(select(Activity.id).limit(1)).first() is None
    plan = Plan(doc, on_conflict=on_conflict)
    in_memory = outline is None
    _match_organisation(session, doc, plan, register_empty, by_code_too=real_codes)
    _match_records(session, doc, plan)
    activities = _items(doc, "activities") if in_memory else []
    outline = Outline.of(activities) if outline is None else outline
    _match_catalogues(session, doc, plan, outline.used, (register_empty, real_codes))
    for activity in activities:
        plan.fit(activity)
    _match_activities(session, outline, generated, plan)
    if in_memory:
        _drop_conflicting(doc, plan)
    else:
        _drop_cookies(doc, plan)
    return plan
