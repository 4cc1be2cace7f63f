"""The catalogues an activity refers to, and the organisation's entities and contacts.

Every kind is described once (model, fields, what makes a row valid); list, create, update and
delete work on plain dicts and each is one transaction. Rows are keyed by their database id.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kgs_ropa.model import (
    Contact,
    Cookie,
    DataCategory,
    DataSubjectCategory,
    Entity,
    OrganisationSettings,
    Processor,
    Recipient,
    SecurityMeasure,
    System,
)
from kgs_ropa.model import vocabulary as voc
from kgs_ropa.services import document as d
from kgs_ropa.services.cascades import detach
from kgs_ropa.services.codes import separator_of
from kgs_ropa.services.concurrency import expect_version
from kgs_ropa.storage.database import Database, StorageError

Row = dict[str, Any]


class CatalogueError(StorageError):
    """A catalogue row the user entered cannot be saved as it is; the message says why.

    `template` is the English message with %1, %2 for `args`, so an interface can translate it.
    """

    def __init__(self, template: str, *args: str) -> None:
        self.template, self.args_ = template, args
        message = template
        for i, arg in enumerate(args, start=1):
            message = message.replace(f"%{i}", arg)
        super().__init__(message)


@dataclass(frozen=True)
class Kind:
    """One catalogue: its table, its editable fields and the field that names a row."""

    key: str
    model: type[Any]
    fields: Sequence[d.Field]
    title_field: str
    has_code: bool = True


KINDS: dict[str, Kind] = {
    k.key: k
    for k in (
        Kind("processor", Processor, d.PROCESSOR_FIELDS, "name"),
        Kind("recipient", Recipient, d.RECIPIENT_FIELDS, "name"),
        Kind("system", System, d.SYSTEM_FIELDS, "name"),
        Kind("data_category", DataCategory, d.CATEGORY_FIELDS, "label_nl"),
        Kind("data_subject", DataSubjectCategory, d.SUBJECT_FIELDS, "label_nl"),
        Kind("measure", SecurityMeasure, d.MEASURE_FIELDS, "label_nl"),
        Kind("entity", Entity, d.ENTITY_FIELDS, "name"),
        Kind("contact", Contact, [*d.CONTACT_FIELDS, ("entity_id", "optint", None)], "name", False),
        Kind("cookie", Cookie, [*d.COOKIE_FIELDS, ("activity_id", "optint", None)], "name", False),
    )
}


def _row(item: Any, kind: Kind) -> Row:
    row = {name: getattr(item, name) for name, _kind, _vocab in kind.fields}
    row["id"] = item.id
    # The version it was read at: an update that carries it is refused if someone saved since.
    row["version"] = item.version
    return row


def list_rows(db: Database, kind_key: str) -> list[Row]:
    kind = KINDS[kind_key]
    order = kind.model.code if kind.has_code else kind.model.id
    with db.reading() as session:
        return [_row(item, kind) for item in session.scalars(select(kind.model).order_by(order))]


def counts(db: Database, kind_keys: Iterable[str]) -> dict[str, int]:
    """How many rows each catalogue holds (what its page lists), in one query."""
    keys = list(kind_keys)
    counted = [select(func.count()).select_from(KINDS[key].model).scalar_subquery() for key in keys]
    with db.reading() as session:
        row = session.execute(select(*counted)).one()
    return dict(zip(keys, row, strict=True))


def slug(text: str, separator: str = "-") -> str:
    """A readable code from a name: 'Exact Online B.V.' -> 'exact-online-b-v'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", separator, ascii_text.lower()).strip(separator)[:60] or "item"


def _free_code(session: Session, model: Any, title: str) -> str:
    """A code from the name, written the way the catalogue's codes already are."""
    codes = list(session.scalars(select(model.code)))
    separator = separator_of(codes)
    base = slug(title, separator)
    code, n = base, 2
    while code in codes:
        code, n = f"{base}{separator}{n}", n + 1
    return code


def _clean(value: Any, field: d.Field) -> Any:
    name, kind, vocab = field
    if kind == "bool":
        return bool(value)
    if kind in ("date", "opt", "optint") and value in (None, ""):
        return None
    if kind == "date" and isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            raise CatalogueError("Not a date (YYYY-MM-DD): %1", repr(value)) from None
    if kind == "date" and not isinstance(value, date):
        raise CatalogueError("Not a date (YYYY-MM-DD): %1", repr(value))
    if kind == "optint":
        return int(value)
    if kind in ("str", "opt"):
        value = str(value).strip()
        if vocab is not None and value not in vocab:
            raise CatalogueError("%1: unknown value %2", name, repr(value))
    return value


def _within_limit(value: Any, kind: Kind, name: str) -> Any:
    limit = d.text_limit(kind.model, name)
    if isinstance(value, str) and limit is not None and len(value) > limit:
        raise CatalogueError("%1 is too long: at most %2 characters.", name, f"{limit:,}")
    return value


def _apply(session: Session, item: Any, kind: Kind, data: Row) -> None:
    for field in kind.fields:
        if field[0] in data and field[0] != "code":
            setattr(item, field[0], _within_limit(_clean(data[field[0]], field), kind, field[0]))
    title = getattr(item, kind.title_field, "") or ""
    if kind.has_code and not title:
        raise CatalogueError("A name is required.")
    if kind.has_code:
        wanted = str(data.get("code") or "").strip() or item.code or slug(title)
        if wanted != item.code:
            # Case variants ("KGS-01", "kgs-01") count as the same code.
            query = select(kind.model.id).where(func.lower(kind.model.code) == wanted.lower())
            if item.id is not None:
                query = query.where(kind.model.id != item.id)
            other = session.scalar(query)
            if other is not None:
                raise CatalogueError("The code %1 is already in use; choose another.", repr(wanted))
            item.code = _within_limit(wanted, kind, "code")


def create(db: Database, kind_key: str, data: Row, comment: str = "") -> int:
    """Add a row; without a code one is made from its name. Returns the new id."""
    kind = KINDS[kind_key]
    with db.transaction() as session:
        session.info["comment"] = comment
        item = kind.model()
        if kind.has_code:
            title = str(data.get(kind.title_field) or "")
            code = str(data.get("code") or "") or _free_code(session, kind.model, title)
            data = {**data, "code": code}
        _apply(session, item, kind, data)
        session.add(item)
        session.flush()
        return int(item.id)


def update(db: Database, kind_key: str, row_id: int, data: Row, comment: str = "") -> None:
    kind = KINDS[kind_key]
    with db.transaction() as session:
        session.info["comment"] = comment
        item = session.get(kind.model, row_id)
        if item is None:
            raise CatalogueError("This entry no longer exists; refresh the list (F5).")
        title = getattr(item, kind.title_field, "") or row_id
        expect_version(session, item, data.get("version"), f"{kind.key.capitalize()} {title}")
        _apply(session, item, kind, data)


def delete(db: Database, kind_key: str, row_id: int, comment: str = "") -> None:
    """Remove a row; activities that referred to it lose the reference (the UI warns first)."""
    kind = KINDS[kind_key]
    with db.transaction() as session:
        session.info["comment"] = comment
        item = session.get(kind.model, row_id)
        if item is not None:
            # Each activity that used it records losing it (the database would do it unseen).
            detach(session, item)
            session.flush()
            session.delete(item)


# ---------------------------------------------------------------------------- organisation


def get_settings(db: Database) -> Row:
    with db.reading() as session:
        settings = session.scalars(select(OrganisationSettings)).first()
        if settings is None:
            return {**d.NO_SETTINGS, "version": 0}
        row = {name: getattr(settings, name) for name, _k, _v in d.SETTINGS_FIELDS}
        return {**row, "version": settings.version}


def save_settings(db: Database, data: Row, comment: str = "") -> None:
    with db.transaction() as session:
        session.info["comment"] = comment
        settings = session.scalars(select(OrganisationSettings)).first()
        if settings is None:
            # Version 0: read when there were no settings yet; someone else may have made them.
            if data.get("version") not in (None, 0):
                raise CatalogueError("The organisation settings were removed; reload them.")
            settings = OrganisationSettings()
            session.add(settings)
        else:
            expected = data.get("version")
            expect_version(session, settings, expected, "The organisation settings")
        for field in d.SETTINGS_FIELDS:
            if field[0] in data:
                setattr(settings, field[0], _clean(data[field[0]], field))


def organisation_is_empty(db: Database) -> bool:
    """True until a controller entity has been entered (the welcome screen asks for one)."""
    with db.reading() as session:
        return not session.scalar(select(func.count(Entity.id)))


def vocabulary_terms(name: str, lang: str) -> list[tuple[str, str, str]]:
    """A fixed vocabulary as (code, label, DPV id) rows, for the vocabulary lists view."""
    vocabularies = {
        "lawful_bases": voc.LAWFUL_BASES,
        "art9_conditions": voc.ART9_CONDITIONS,
        "transfer_mechanisms": voc.TRANSFER_MECHANISMS,
        "recipient_types": voc.RECIPIENT_TYPES,
        "rights": voc.RIGHTS,
        "cookie_types": voc.COOKIE_TYPES,
        "activity_statuses": voc.ACTIVITY_STATUSES,
        "dpia_statuses": voc.DPIA_STATUSES,
        "contact_roles": voc.CONTACT_ROLES,
    }
    return [(t.code, t.label(lang), t.dpv or "") for t in vocabularies[name]]
