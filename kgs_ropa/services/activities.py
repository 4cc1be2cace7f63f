"""Processing activities for the register view and the editor: rows, documents, life cycle.

The register view needs a small immutable row per activity, built for 10,000 activities in a
fraction of a second: a fixed handful of column queries (one per list, like selectinload, but
without building ORM objects the table never uses). The editor works on the activity document
of services.document; saving it is one transaction.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import Connection, Select, select
from sqlalchemy.orm import Session

from kgs_ropa.checks import CheckContext, Finding, check_activity, check_register
from kgs_ropa.model import (
    Activity,
    ActivityDataCategory,
    Contact,
    DataCategory,
    DataSource,
    DataSubjectCategory,
    Entity,
    Processor,
    Purpose,
    Recipient,
    Retention,
    SecurityMeasure,
    System,
    Transfer,
)
from kgs_ropa.model import register as reg
from kgs_ropa.model import vocabulary as voc
from kgs_ropa.services.document import (
    CATEGORY_FIELDS,
    CONTACT_FIELDS,
    ENTITY_FIELDS,
    PROCESSOR_FIELDS,
    RECIPIENT_FIELDS,
    SYSTEM_FIELDS,
    Doc,
    DocumentError,
    Field,
    References,
    activity_load_options,
    dump_activity,
    dump_register,
    fill_activity,
)
from kgs_ropa.storage.database import Database, StorageError


class ActivityNotFoundError(StorageError):
    """The activity was deleted (perhaps in another window) since the list was loaded."""


@dataclass(frozen=True, slots=True)
class ActivityRow:
    """What the register table shows, filters and searches on; findings are filled in later."""

    id: int
    code: str
    name: str
    name_en: str
    business_function: str
    status: str
    purposes: tuple[str, ...]
    lawful_bases: tuple[str, ...]
    data_categories: tuple[str, ...]
    special: bool
    processors: tuple[str, ...]
    countries: tuple[str, ...]
    next_review_due: date | None
    search_text: str
    errors: int | None = None
    warnings: int | None = None

    def review_due(self, today: date) -> bool:
        return self.status != "retired" and (
            self.next_review_due is None or self.next_review_due <= today
        )

    def with_findings(self, errors: int, warnings: int) -> ActivityRow:
        return replace(self, errors=errors, warnings=warnings)


def _grouped(connection: Connection, query: Select[Any]) -> dict[int, list[tuple[Any, ...]]]:
    """Rows of a child query grouped by their first column (the activity id).

    The child queries select only ids and text, which need no type conversion, so they run on
    the driver's cursor: building SQLAlchemy Row objects costs most of the time for 100,000
    child rows. Literal binds are ids only (ints), never user text.
    """
    sql = str(query.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True}))
    cursor = connection.connection.cursor()
    try:
        cursor.execute(sql)
        fetched = cursor.fetchall()
    finally:
        cursor.close()
    groups: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for row in fetched:  # whole rows (activity id first): slicing 100,000 tuples is slow
        groups[row[0]].append(row)
    return groups


@dataclass(frozen=True, slots=True)
class _Ref:
    """A catalogue row as the table needs it: its code, flags, and its text for search."""

    code: str
    text: str
    country: str = ""
    special: bool = False


def _catalogue(connection: Connection, model: Any, *columns: Any) -> dict[int, _Ref]:
    refs = {}
    for row in connection.execute(select(model.id, model.code, *columns)):
        refs[row[0]] = _Ref(row[1], _text(row[1:]).casefold())
    return refs


def _catalogues(connection: Connection) -> dict[str, dict[int, _Ref]]:
    categories = {}
    query = select(
        DataCategory.id,
        DataCategory.code,
        DataCategory.label_nl,
        DataCategory.label_en,
        DataCategory.special,
        DataCategory.criminal,
    )
    for row in connection.execute(query):
        text = _text(row[1:4]).casefold()
        categories[row[0]] = _Ref(row[1], text, special=bool(row[4] or row[5]))
    processors = {
        row[0]: _Ref(row[1], _text(row[1:]).casefold(), country=row[3] or "")
        for row in connection.execute(
            select(Processor.id, Processor.code, Processor.name, Processor.country)
        )
    }
    return {
        "categories": categories,
        "processors": processors,
        "subjects": _catalogue(
            connection,
            DataSubjectCategory,
            DataSubjectCategory.label_nl,
            DataSubjectCategory.label_en,
        ),
        "systems": _catalogue(connection, System, System.name, System.location),
        "recipients": _catalogue(connection, Recipient, Recipient.name, Recipient.name_en),
        "measures": _catalogue(
            connection, SecurityMeasure, SecurityMeasure.label_nl, SecurityMeasure.label_en
        ),
    }


def _links(link: Any, target: str) -> Select[Any]:
    # The primary key (activity, target) is this order: no sort needed.
    target_id = link.c[f"{target}_id"]
    return select(link.c.activity_id, target_id).order_by(link.c.activity_id, target_id)


def _child_queries() -> dict[str, Select[Any]]:
    """One query per list an activity row needs: a fixed number, whatever the register's size.

    Links fetch ids only; the catalogue rows behind them are read once each (_catalogues).
    """
    return {
        "purposes": select(
            Purpose.activity_id,
            Purpose.description,
            Purpose.lawful_basis,
            Purpose.description_en,
            Purpose.legitimate_interest,
            Purpose.legal_obligation_reference,
        ).order_by(Purpose.activity_id, Purpose.position),
        "categories": select(
            ActivityDataCategory.activity_id,
            ActivityDataCategory.data_category_id,
            ActivityDataCategory.art9_condition,
        ).order_by(ActivityDataCategory.activity_id, ActivityDataCategory.position),
        "subjects": _links(reg.activity_data_subject, "data_subject_category"),
        "systems": _links(reg.activity_system, "system"),
        "recipients": _links(reg.activity_recipient, "recipient"),
        "processors": _links(reg.activity_processor, "processor"),
        "measures": _links(reg.activity_measure, "security_measure"),
        "transfers": select(
            Transfer.activity_id,
            Transfer.country,
            Transfer.recipient,
            Transfer.mechanism,
            Transfer.documentation_reference,
        ).order_by(Transfer.activity_id, Transfer.position),
        "retention": select(
            Retention.activity_id, Retention.period, Retention.start_event, Retention.legal_ground
        ).order_by(Retention.activity_id, Retention.position),
        "sources": select(
            DataSource.activity_id, DataSource.description, DataSource.description_en
        ).order_by(DataSource.activity_id, DataSource.position),
    }


_ACTIVITY_COLUMNS = (
    Activity.id,
    Activity.code,
    Activity.name,
    Activity.name_en,
    Activity.business_function,
    Activity.status,
    Activity.next_review_due,
    Activity.description,
    Activity.owner,
    Activity.rights_note,
    Activity.security_note,
    Activity.dpia_reference,
    Activity.to_be_confirmed,
    Activity.note,
)
_LINKED = ("categories", "subjects", "systems", "recipients", "processors", "measures")
_PLAIN = ("purposes", "transfers", "retention", "sources")


def _text(values: Iterable[Any]) -> str:
    return "\n".join(str(v) for v in values if v)


def _vocabulary_text(vocabulary: voc.Vocabulary) -> dict[str, str]:
    return {t.code: f"{t.nl}\n{t.en}".casefold() for t in vocabulary}


_BASIS_TEXT = _vocabulary_text(voc.LAWFUL_BASES)
_STATUS_TEXT = _vocabulary_text(voc.ACTIVITY_STATUSES)
_COUNTRY_TEXT = {c.code: f"{c.nl}\n{c.en}".casefold() for c in voc.COUNTRIES.values()}


class _RowBuilder:
    """Turns the grouped query results into ActivityRow objects."""

    def __init__(self, connection: Connection, wanted: list[int] | None) -> None:
        self.refs = _catalogues(connection)
        self.groups = {}
        for key, child in _child_queries().items():
            if wanted is not None:
                ids = [int(i) for i in wanted]
                child = child.where(child.selected_columns[0].in_(ids))
            self.groups[key] = _grouped(connection, child)

    def linked(self, key: str, activity_id: int) -> list[_Ref]:
        refs = self.refs[key]
        return [refs[row[1]] for row in self.groups[key].get(activity_id, ())]

    def row(self, base: Any) -> ActivityRow:
        aid = base[0]
        groups = self.groups
        purposes = groups["purposes"].get(aid, ())
        transfers = groups["transfers"].get(aid, ())
        categories = self.linked("categories", aid)
        # Raw values first, joined and case-folded once: this runs for every activity.
        raw: list[Any] = list(base[1:])
        for key in _PLAIN:
            for values in groups[key].get(aid, ()):
                raw.extend(values[1:])
        words = [_STATUS_TEXT.get(base.status, "")]
        words.extend(_BASIS_TEXT.get(p[2] or "", "") for p in purposes)
        words.extend(_COUNTRY_TEXT.get(t[1], "") for t in transfers)
        for key in _LINKED:
            words.extend(ref.text for ref in self.linked(key, aid))
        text = "\n".join(str(v) for v in raw if v).casefold()
        return ActivityRow(
            id=aid,
            code=base.code,
            name=base.name,
            name_en=base.name_en,
            business_function=base.business_function,
            status=base.status,
            purposes=tuple(p[1] for p in purposes),
            lawful_bases=tuple(dict.fromkeys(p[2] for p in purposes if p[2])),
            data_categories=tuple(ref.code for ref in categories),
            special=any(ref.special for ref in categories),
            processors=tuple(ref.code for ref in self.linked("processors", aid)),
            countries=tuple(dict.fromkeys(t[1] for t in transfers if t[1])),
            next_review_due=base.next_review_due,
            search_text=text + "\n" + "\n".join(words),
        )


def list_rows(db: Database, ids: Iterable[int] | None = None) -> list[ActivityRow]:
    """The register table's rows, ordered by code; `ids` limits it to some activities.

    Core queries on one connection rather than ORM objects: the table needs a few columns of
    every activity, and skipping the identity map halves the time for a large register.
    """
    wanted = None if ids is None else list(ids)
    with db.engine.connect() as connection:
        query = select(*_ACTIVITY_COLUMNS).order_by(Activity.code)
        if wanted is not None:
            query = query.where(Activity.id.in_(wanted))
        bases = list(connection.execute(query))
        builder = _RowBuilder(connection, wanted)
    return [builder.row(base) for base in bases]


# ---------------------------------------------------------------------------- documents


def _load(session: Session, activity_id: int) -> Activity:
    query = select(Activity).options(*activity_load_options()).where(Activity.id == activity_id)
    activity = session.scalars(query).first()
    if activity is None:
        raise ActivityNotFoundError(
            "This activity no longer exists; it may have been deleted in another window. "
            "Refresh the register (F5)."
        )
    return activity


def get_document(db: Database, activity_id: int) -> Doc:
    with db.reading() as session:
        return dump_activity(_load(session, activity_id))


def new_document(code: str, name: str) -> Doc:
    """An empty draft, as the editor starts it."""
    return {
        "code": code,
        "name": name,
        "status": "draft",
        "purposes": [],
        "data_subjects": [],
        "data_categories": [],
        "sources": [],
        "systems": [],
        "recipients": [],
        "processors": [],
        "transfers": [],
        "retention": [],
        "security_measures": [],
        "rights": [],
        "joint_controllers": [],
    }


def save_document(db: Database, activity_id: int | None, doc: Doc, comment: str = "") -> int:
    """Create (id None) or replace an activity from its document; returns its id.

    Raises DocumentError (with the field path) for bad input; nothing is written then.
    """
    with db.transaction() as session:
        session.info["comment"] = comment
        _check_code_free(session, str(doc.get("code", "")), activity_id)
        refs = References.from_session(session)
        activity = Activity() if activity_id is None else _load(session, activity_id)
        # Added only when filled in: a query before that would flush a half-made row.
        with session.no_autoflush:
            kept = {use.category.code: use for use in activity.data_categories}
            fill_activity(activity, doc, refs, "activity")
            activity.data_categories = _keep_category_rows(activity.data_categories, kept)
        session.add(activity)
        session.flush()
        return activity.id


def _keep_category_rows(
    uses: list[ActivityDataCategory], kept: dict[str, ActivityDataCategory]
) -> list[ActivityDataCategory]:
    """Reuse the stored row of a category the activity keeps. fill_activity makes new rows,
    and the ORM inserts those before it deletes the old ones, which breaks the unique
    (activity, category) constraint; reusing also keeps the history to real changes."""
    merged = []
    for use in uses:
        old = kept.get(use.category.code)
        if old is None:
            merged.append(use)
            continue
        old.position, old.art9_condition, old.note = use.position, use.art9_condition, use.note
        merged.append(old)
    return merged


def _check_code_free(session: Session, code: str, activity_id: int | None) -> None:
    if not code.strip():
        raise DocumentError("code", "every activity needs a code")
    other = session.scalar(select(Activity.id).where(Activity.code == code))
    if other is not None and other != activity_id:
        raise DocumentError("code", f"the code {code!r} is already used by another activity")


def unique_code(session: Session, model: Any, base: str) -> str:
    """`base`, or `base-2`, `base-3`, ... whichever is not yet used in `model`."""
    taken = set(session.scalars(select(model.code).where(model.code.like(f"{base}%"))))
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def next_activity_code(db: Database) -> str:
    with db.reading() as session:
        count = len(list(session.scalars(select(Activity.id))))
        return unique_code(session, Activity, f"A{count + 1:03d}")


def duplicate(db: Database, activity_id: int, comment: str = "") -> int:
    """A draft copy with a fresh code, its name marked as a copy in both languages."""
    with db.transaction() as session:
        session.info["comment"] = comment
        doc = dump_activity(_load(session, activity_id))
        doc["code"] = unique_code(session, Activity, f"{doc['code']}-copy")
        doc["name"] = f"{doc['name']} (kopie)"
        doc["name_en"] = f"{doc['name_en']} (copy)" if doc.get("name_en") else ""
        doc["status"] = "draft"
        copy = fill_activity(Activity(), doc, References.from_session(session), "activity")
        session.add(copy)
        session.flush()
        return copy.id


def set_status(db: Database, activity_ids: Iterable[int], status: str, comment: str = "") -> int:
    """Retire (or reactivate) activities; returns how many changed."""
    if status not in voc.ACTIVITY_STATUSES:
        raise ValueError(f"unknown status {status!r}")
    with db.transaction() as session:
        session.info["comment"] = comment
        rows = list(session.scalars(select(Activity).where(Activity.id.in_(list(activity_ids)))))
        for activity in rows:
            activity.status = status
        return len(rows)


def delete(db: Database, activity_ids: Iterable[int], comment: str = "") -> int:
    """Delete activities for good (the UI asks first; retiring is the default)."""
    with db.transaction() as session:
        session.info["comment"] = comment
        # The lists must be loaded for the ORM to cascade (relationships are lazy="raise").
        query = select(Activity).options(*activity_load_options())
        rows = list(session.scalars(query.where(Activity.id.in_(list(activity_ids)))))
        for activity in rows:
            session.delete(activity)
        return len(rows)


# ---------------------------------------------------------------------------- findings


def _catalogue_rows(session: Session, model: Any, fields: Sequence[Field]) -> list[Doc]:
    rows = session.scalars(select(model).order_by(model.code))
    return [{name: getattr(row, name) for name, _kind, _vocab in fields} for row in rows]


def context_document(db: Database) -> Doc:
    """The register document without its activities: what checking one activity refers to."""
    with db.reading() as session:
        contacts = session.scalars(select(Contact).order_by(Contact.id))
        return {
            "organisation": {
                "entities": _catalogue_rows(session, Entity, ENTITY_FIELDS),
                "contacts": [
                    {name: getattr(c, name) for name, _k, _v in CONTACT_FIELDS} for c in contacts
                ],
            },
            "catalogues": {
                "data_categories": _catalogue_rows(session, DataCategory, CATEGORY_FIELDS),
                "processors": _catalogue_rows(session, Processor, PROCESSOR_FIELDS),
                "recipients": _catalogue_rows(session, Recipient, RECIPIENT_FIELDS),
                "systems": _catalogue_rows(session, System, SYSTEM_FIELDS),
            },
        }


def check_context(db: Database, today: date) -> CheckContext:
    return CheckContext.from_document(context_document(db), today)


def check_one(doc: Doc, context: CheckContext) -> list[Finding]:
    return check_activity(doc, context)


def register_findings(db: Database, today: date) -> list[Finding]:
    """Every finding of the register (activity and register-wide): slow for a big register,
    so the app runs it off the GUI thread."""
    with db.reading() as session:
        document = dump_register(session)
    return check_register(document, today)


def finding_counts(findings: Iterable[Finding]) -> dict[str, tuple[int, int]]:
    """(errors, warnings) per activity code."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for finding in findings:
        if finding.activity is not None:
            counts[finding.activity][0 if finding.is_error else 1] += 1
    return {code: (e, w) for code, (e, w) in counts.items()}


# ---------------------------------------------------------------------------- filtering


@dataclass(frozen=True)
class RowFilter:
    """The register view's search text and filters; empty values filter nothing."""

    text: str = ""
    lawful_basis: str = ""
    data_category: str = ""
    special_only: bool = False
    processor: str = ""
    country: str = ""
    status: str = ""
    review_due: bool = False
    has_findings: bool = False

    def matches(self, row: ActivityRow, today: date) -> bool:
        needle = self.text.strip().casefold()
        return (
            (not needle or all(word in row.search_text for word in needle.split()))
            and (not self.lawful_basis or self.lawful_basis in row.lawful_bases)
            and (not self.data_category or self.data_category in row.data_categories)
            and (not self.special_only or row.special)
            and (not self.processor or self.processor in row.processors)
            and (not self.country or self.country in row.countries)
            and (not self.status or row.status == self.status)
            and (not self.review_due or row.review_due(today))
            and (not self.has_findings or bool(row.errors or row.warnings))
        )


def filter_rows(
    rows: Iterable[ActivityRow], row_filter: RowFilter, today: date
) -> list[ActivityRow]:
    return [row for row in rows if row_filter.matches(row, today)]
