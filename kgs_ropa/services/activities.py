"""Processing activities for the editor and the register view: documents, life cycle, findings.

The editor works on the activity document of services.document (loaded with selectinload);
saving it is one transaction. The register table's rows live in services.activity_rows and are
re-exported here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kgs_ropa.message import QT_TRANSLATE_NOOP, quoted
from kgs_ropa.model import (
    Activity,
    Contact,
    DataCategory,
    Entity,
    Processor,
    Recipient,
    System,
)
from kgs_ropa.model import vocabulary as voc
from kgs_ropa.model.base import utcnow
from kgs_ropa.services import collector
from kgs_ropa.services.activity_rows import (
    ActivityRow,
    RowFilter,
    filter_rows,
    list_rows,
    search_texts,
)
from kgs_ropa.services.codes import next_in_series
from kgs_ropa.services.concurrency import expect_version
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

if TYPE_CHECKING:  # the rules load when first used: the app's start does not need them
    from kgs_ropa.checks import CheckContext, Finding

__all__ = ["ActivityRow", "RowFilter", "filter_rows", "list_rows", "search_texts"]

# The key of an editor's document that holds the version it was read at (not part of the format).
VERSION = "version"


class ActivityNotFoundError(StorageError):
    """The activity was deleted (perhaps in another window) since the list was loaded."""


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
    return get_versioned(db, activity_id)[0]


def get_versioned(db: Database, activity_id: int) -> tuple[Doc, int]:
    """The activity's document and the version it was read at (an editor's save names it)."""
    with db.reading() as session:
        activity = _load(session, activity_id)
        return dump_activity(activity), activity.version


def sole_controller(db: Database) -> str | None:
    """The code of the register's controller when it has exactly one: a new activity is then
    that controller's unless the user says otherwise."""
    with db.reading() as session:
        codes = session.scalars(select(Entity.code).where(Entity.role == "controller")).all()
    return codes[0] if len(codes) == 1 else None


def new_document(code: str, name: str) -> Doc:
    """An empty draft, as the editor starts it: every key of an activity document, so nothing
    of an activity shown before can stay behind in a field the draft does not mention."""
    return {
        "code": code,
        "name": name,
        "name_en": "",
        "description": "",
        "business_function": "",
        "owner": "",
        "status": "draft",
        "controller": None,
        "joint_controllers": [],
        "assessed_none": [],
        "rights": [],
        "rights_note": "",
        "security_note": "",
        "automated_decision_making": None,
        "automated_decision_note": "",
        "dpia_required": "to_assess",
        "dpia_status": "not_started",
        "dpia_reference": "",
        "dpia_criteria": [],
        "documents": [],
        "dpia_screened_on": None,
        "last_reviewed_on": None,
        "last_reviewed_by": "",
        "next_review_due": None,
        "review_interval_months": 3,
        "to_be_confirmed": "",
        "note": "",
        "translations": {},
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
    }


@dataclass(frozen=True)
class Saved:
    id: int
    version: int


def save_document(db: Database, activity_id: int | None, doc: Doc, comment: str = "") -> int:
    """Create (id None) or replace an activity from its document; returns its id."""
    return save(db, activity_id, doc, comment).id


def save(db: Database, activity_id: int | None, doc: Doc, comment: str = "") -> Saved:
    """Create (id None) or replace an activity from its document.

    Raises DocumentError (with the field path) for bad input, StaleRecordError when the document's
    `version` is no longer the activity's (someone else saved it); nothing is written then.
    """
    doc = dict(doc)
    expected = doc.pop(VERSION, None)
    with db.transaction() as session:
        session.info["comment"] = comment
        activity = Activity() if activity_id is None else _load(session, activity_id)
        if activity_id is not None:
            expect_version(session, activity, expected, f"Activity {activity.code}")
        _check_code_free(session, str(doc.get("code", "")), activity_id)
        refs = References.from_session(session)
        # Added only when filled in: a query before that would flush a half-made row.
        with session.no_autoflush:
            fill_activity(activity, doc, refs, "activity")
        # Touched always: a change to a purpose or a link alone must move the activity's version.
        activity.updated_at = utcnow()
        session.add(activity)
        session.flush()
        return Saved(activity.id, activity.version)


def restore_documents(db: Database, docs: Sequence[Doc], comment: str = "") -> list[int]:
    """Put deleted activities back (undo of a delete), all or none, under their own codes."""
    with db.transaction() as session:
        session.info["comment"] = comment
        refs = References.from_session(session)
        restored = []
        for doc in docs:
            _check_code_free(session, str(doc.get("code", "")), None)
            activity = Activity()
            with session.no_autoflush:
                fill_activity(activity, doc, refs, "activity")
            session.add(activity)
            session.flush()
            restored.append(activity.id)
        return restored


def _check_code_free(session: Session, code: str, activity_id: int | None) -> None:
    if not code.strip():
        raise DocumentError(
            "code", QT_TRANSLATE_NOOP("ServiceMessages", "every activity needs a code")
        )
    query = select(Activity.id, Activity.code).where(func.lower(Activity.code) == code.lower())
    for other, used in session.execute(query):
        if other != activity_id:
            raise DocumentError(
                "code",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages", "the code {code} is already used by another activity"
                ),
                code=quoted(used),
            )


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
    """The next code in the register's own series (KGS-14 after KGS-13; A001 when empty)."""
    with db.reading() as session:
        return next_in_series(session.scalars(select(Activity.code)))


def copy_document(db: Database, activity_id: int) -> Doc:
    """An unsaved draft copy: the next code, the name marked as a copy in both languages."""
    doc = get_document(db, activity_id)
    doc["code"] = next_activity_code(db)
    doc["name"] = f"{doc['name']} (kopie)"
    doc["name_en"] = f"{doc['name_en']} (copy)" if doc.get("name_en") else ""
    doc["status"] = "draft"
    doc["last_reviewed_on"], doc["last_reviewed_by"] = None, ""  # the copy is not reviewed
    return doc


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
    from kgs_ropa.checks import CheckContext

    return CheckContext.from_document(context_document(db), today)


def check_one(doc: Doc, context: CheckContext) -> list[Finding]:
    from kgs_ropa.checks import check_activity

    return check_activity(doc, context)


def register_findings(db: Database, today: date) -> list[Finding]:
    """Every finding of the register (activity and register-wide): slow for a big register,
    so the app runs it off the GUI thread."""
    from kgs_ropa.checks import check_register

    with collector.paused():
        with db.reading() as session:
            document = dump_register(session)
        return check_register(document, today)  # the session has ended: a save need not wait
