"""Reading the whole register (or some activities) into its document: `document.dump_register`.

Every export, `check`, a snapshot and the app's findings start here, so it reads as little as it
can: one statement per table on the session's own connection (`exec_driver_sql`: the engine's
error handling still classifies a failure), rows as the driver gives them, and each row made
into its document dict once. The driver gives a few values in another form than the document's
(SQLite: booleans as 0 and 1, dates and JSON as text; PostgreSQL: dates as `date`, JSON already
decoded): only those are converted. Link lists and category codes are resolved from the
catalogues read for the document anyway, in the catalogue's own (the database's) code order.
In a reading session (`Database.reading`) all those statements see one snapshot of the
register: the document is the register as it was at one moment, whoever saves meanwhile.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import JSON, Connection, Table
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from kgs_ropa.model import (
    Activity,
    ActivityDataCategory,
    Contact,
    Cookie,
    DataCategory,
    DataSource,
    DataSubjectCategory,
    Entity,
    OrganisationSettings,
    Processor,
    ProcessorRecord,
    Purpose,
    Recipient,
    Retention,
    SecurityMeasure,
    System,
    Transfer,
)
from kgs_ropa.services import document as d

Doc = dict[str, Any]
Row = Sequence[Any]
Convert = Callable[[Any], Any]


# ---------------------------------------------------------------------------- values


def _decoded(value: Any) -> Any:
    """A JSON column's value: text on SQLite, already decoded by PostgreSQL's driver. Nearly
    all are an empty "{}" or "[]", made here without the parser."""
    if type(value) is not str:
        return value
    if value == "[]":
        return []
    if value == "{}":
        return {}
    return json.loads(value)


def _date(value: Any) -> str | None:
    # SQLite keeps a date as its ISO text already; PostgreSQL's driver gives a `date`.
    if isinstance(value, date):
        return value.isoformat()
    return value or None


def _bool(value: Any) -> bool | None:
    return None if value is None else bool(value)


def _list(value: Any) -> list[Any]:
    return list(_decoded(value) or [])


def _links(value: Any) -> list[dict[str, Any]]:
    return [dict(link) for link in _decoded(value) or []]


def _texts(value: Any) -> dict[str, dict[str, str]]:
    if value == "{}":  # most rows: no translation
        return {}
    texts = _decoded(value) or {}
    return {lang: dict(by_key) for lang, by_key in texts.items() if by_key}


# By the field's kind in the document (document.Field); every other kind is stored as it is.
CONVERSIONS: dict[str, Convert] = {
    "date": _date,
    "bool": _bool,
    "optbool": _bool,
    "list": _list,
    "links": _links,
    "texts": _texts,
}


# ---------------------------------------------------------------------------- tables


@dataclass(frozen=True)
class Shape:
    """How one table's rows become document rows: the statement reads the fields' columns first,
    in the document's order, then the `extra` columns (ids) the assembly needs."""

    keys: tuple[str, ...]
    conversions: tuple[tuple[str, Convert], ...]
    select: str  # "SELECT ... FROM table": a WHERE and an ORDER BY are added per read

    def documents(self, rows: Sequence[Row]) -> list[Doc]:
        keys, conversions = self.keys, self.conversions
        docs = [dict(zip(keys, row, strict=False)) for row in rows]
        for key, convert in conversions:
            for doc in docs:
                doc[key] = convert(doc[key])
        return docs


@lru_cache(maxsize=256)
def shape(
    dialect: Dialect, table: Table, fields: tuple[d.Field, ...], extra: tuple[str, ...]
) -> Shape:
    quote = dialect.identifier_preparer.quote
    names = [table.c[name].name for name, _, _ in fields] + [table.c[e].name for e in extra]
    conversions = []
    for name, kind, _ in fields:
        convert = CONVERSIONS.get(kind)
        if convert is None and isinstance(table.c[name].type, JSON):
            convert = _decoded
        if convert is not None:
            conversions.append((name, convert))
    columns = ", ".join(quote(name) for name in names)
    select = f"SELECT {columns} FROM {dialect.identifier_preparer.format_table(table)}"
    return Shape(tuple(name for name, _, _ in fields), tuple(conversions), select)


def fetch(
    connection: Connection, select: str, where: str = "", order: Sequence[str] = ()
) -> Sequence[Row]:
    sql = select
    if where:
        sql += f" WHERE {where}"
    if order:
        quote = connection.dialect.identifier_preparer.quote
        sql += " ORDER BY " + ", ".join(quote(name) for name in order)
    return connection.exec_driver_sql(sql).all()


def among(column: str, ids: Sequence[int] | None) -> str:
    """A condition on `column` being one of `ids` ("" for no condition). The ids are written
    into the statement as the whole numbers they are (int() on each)."""
    if ids is None:
        return ""
    if not ids:
        return "1 = 0"
    return f"{column} IN ({', '.join(str(int(i)) for i in ids)})"


class Reader:
    """The register's tables read on one connection, each into its document rows."""

    def __init__(self, session: Session) -> None:
        self.connection = session.connection()
        self.dialect = self.connection.dialect

    def rows(
        self,
        model: type[Any],
        fields: Sequence[d.Field],
        extra: tuple[str, ...] = (),
        order: Sequence[str] = (),
        where: str = "",
    ) -> tuple[list[Doc], Sequence[Row]]:
        """The document rows and, beside them, the rows as read (for their extra columns)."""
        table_shape = shape(self.dialect, model.__table__, tuple(fields), extra)
        rows = fetch(self.connection, table_shape.select, where, order)
        return table_shape.documents(rows), rows

    def pairs(self, link: Table, column: str, where: str) -> Sequence[Row]:
        """(activity id, catalogue id) of each row of a link table."""
        quote = self.dialect.identifier_preparer.quote
        select = f"SELECT activity_id, {quote(column)} FROM {quote(link.name)}"
        return fetch(self.connection, select, where)


# ---------------------------------------------------------------------------- the register

CATALOGUES: dict[str, tuple[type[Any], list[d.Field]]] = {
    "data_subject_categories": (DataSubjectCategory, d.SUBJECT_FIELDS),
    "data_categories": (DataCategory, d.CATEGORY_FIELDS),
    "systems": (System, d.SYSTEM_FIELDS),
    "processors": (Processor, d.PROCESSOR_FIELDS),
    "recipients": (Recipient, d.RECIPIENT_FIELDS),
    "security_measures": (SecurityMeasure, d.MEASURE_FIELDS),
}
# An activity's list of rows of its own: (key, model, fields), in document order.
CHILDREN: list[tuple[str, type[Any], list[d.Field]]] = [
    ("purposes", Purpose, d.PURPOSE_FIELDS),
    ("sources", DataSource, d.SOURCE_FIELDS),
    ("transfers", Transfer, d.TRANSFER_FIELDS),
]
# The same, each row naming a data category first.
CATEGORY_CHILDREN: list[tuple[str, type[Any], list[d.Field]]] = [
    ("data_categories", ActivityDataCategory, d.DATA_CATEGORY_USE_FIELDS),
    ("retention", Retention, d.RETENTION_FIELDS),
]
CHILD_ORDER = ("activity_id", "position", "id")


@dataclass
class Catalogue:
    """A catalogue's document rows in code order, and its codes by id in the same order."""

    rows: list[Doc]
    codes: dict[int, str]

    def ranks(self) -> dict[int, int]:
        return {id_: rank for rank, id_ in enumerate(self.codes)}


def read_register(
    session: Session, activity_ids: Sequence[int] | None = None, *, unlinked_cookies: bool = False
) -> Doc:
    """document.dump_register: the whole register, or some activities and their cookies."""
    reader = Reader(session)
    entities, entity_rows = reader.rows(Entity, d.ENTITY_FIELDS, ("id",), ("code",))
    # The extra columns come last in a row: row[-1] is the last of them.
    entity_codes = {row[-1]: e["code"] for e, row in zip(entities, entity_rows, strict=True)}
    catalogues = {key: _catalogue(reader, *spec) for key, spec in CATALOGUES.items()}
    activities = _activities(reader, entity_codes, catalogues, activity_ids)
    return {
        "format": d.FORMAT,
        "format_version": d.FORMAT_VERSION,
        "organisation": _organisation(reader, entities, entity_codes),
        "catalogues": {key: catalogue.rows for key, catalogue in catalogues.items()},
        "activities": list(activities.values()),
        "cookies": _cookies(reader, activities, activity_ids, unlinked_cookies),
    }


def _catalogue(reader: Reader, model: type[Any], fields: list[d.Field]) -> Catalogue:
    rows, read = reader.rows(model, fields, ("id",), ("code",))
    return Catalogue(rows, {row[-1]: doc["code"] for doc, row in zip(rows, read, strict=True)})


def _organisation(reader: Reader, entities: list[Doc], entity_codes: dict[int, str]) -> Doc:
    settings, _ = reader.rows(OrganisationSettings, d.SETTINGS_FIELDS)
    contacts, contact_rows = reader.rows(Contact, d.CONTACT_FIELDS, ("entity_id",), ("id",))
    for contact, row in zip(contacts, contact_rows, strict=True):
        contact["entity"] = entity_codes.get(row[-1])
    records, _ = reader.rows(ProcessorRecord, d.PROCESSOR_RECORD_FIELDS, order=("code",))
    return {
        **(settings[0] if settings else dict(d.NO_SETTINGS)),
        "entities": entities,
        "contacts": contacts,
        "processor_records": records,
    }


def _activities(
    reader: Reader,
    entity_codes: dict[int, str],
    catalogues: dict[str, Catalogue],
    ids: Sequence[int] | None,
) -> dict[int, Doc]:
    """Activity documents by id, in code order, each with its lists filled in."""
    docs, rows = reader.rows(
        Activity, d.ACTIVITY_FIELDS, ("id", "controller_id"), ("code",), among("id", ids)
    )
    by_id: dict[int, Doc] = {}
    for doc, row in zip(docs, rows, strict=True):
        doc["controller"] = entity_codes.get(row[-1])
        for key in d.ACTIVITY_LISTS:
            doc[key] = []
        by_id[row[-2]] = doc
    of_these = among("activity_id", ids)
    for key, model, fields in CHILDREN:
        children, read = reader.rows(model, fields, ("activity_id",), CHILD_ORDER, of_these)
        for child, row in zip(children, read, strict=True):
            if (parent := by_id.get(row[-1])) is not None:  # not one made since (see _link)
                parent[key].append(child)
    category_codes = catalogues["data_categories"].codes
    for key, model, fields in CATEGORY_CHILDREN:
        extra = ("activity_id", "data_category_id")
        children, read = reader.rows(model, fields, extra, CHILD_ORDER, of_these)
        for child, row in zip(children, read, strict=True):
            if (parent := by_id.get(row[-2])) is not None:
                parent[key].append({"category": category_codes.get(row[-1]), **child})
    by_model = {CATALOGUES[key][0]: catalogue for key, catalogue in catalogues.items()}
    for key, (link, model) in d.LINKS.items():
        _link(reader, by_id, key, link, by_model[model], of_these)
    return by_id


def _link(
    reader: Reader,
    by_id: dict[int, Doc],
    key: str,
    link: Table,
    catalogue: Catalogue,
    where: str,
) -> None:
    """Each activity's codes from one link table, in the catalogue's code order."""
    column = next(c.name for c in link.c if c.name != "activity_id")
    ranks = catalogue.ranks()
    # A reading session is one snapshot, and a snapshot taken in a write holds the history's
    # lock (snapshots.take): there every link names an entry read with the catalogue. Kept for
    # what neither covers: a session of a caller's own on PostgreSQL (READ COMMITTED reads each
    # statement anew), the app's own finding counts on SQLite (read without a snapshot:
    # findings_cache) or a change behind the app's back (an SQL editor records no history), where
    # an entry made and linked meanwhile is left out, as if the read had come a moment earlier.
    known = [pair for pair in reader.pairs(link, column, where) if pair[1] in ranks]
    codes = catalogue.codes
    for activity_id, catalogue_id in sorted(known, key=lambda pair: ranks[pair[1]]):
        if activity_id in by_id:
            by_id[activity_id][key].append(codes[catalogue_id])


def _cookies(
    reader: Reader, activities: dict[int, Doc], ids: Sequence[int] | None, unlinked: bool
) -> list[Doc]:
    where = among("activity_id", ids)
    if where and unlinked:
        where = f"({where}) OR activity_id IS NULL"
    cookies, read = reader.rows(
        Cookie, d.COOKIE_FIELDS, ("activity_id",), ("position", "id"), where
    )
    for cookie, row in zip(cookies, read, strict=True):
        activity = activities.get(row[-1])
        cookie["activity"] = activity["code"] if activity else None
    return cookies
