"""The activities of a register document written with bulk statements (docs/performance.md).

An import of 10,000 activities through the ORM's unit of work set 700,000 attributes, each with
its events, and the history capture then walked every attribute's history. Here each activity is
checked into plain row dicts, a chunk at a time: one executemany per table (PostgreSQL sends
them as multi-row VALUES), and its history entry is built from the same dicts, exactly as
services.history_capture describes an activity created in a flush (its lists folded in).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from itertools import islice
from typing import Any

from sqlalchemy import Date, insert, select
from sqlalchemy.orm import Session

from kgs_ropa.model import (
    Activity,
    ActivityDataCategory,
    DataSource,
    Purpose,
    Retention,
    Transfer,
)
from kgs_ropa.model.base import utcnow
from kgs_ropa.services import history
from kgs_ropa.services.document import (
    ACTIVITY_FIELDS,
    DATA_CATEGORY_USE_FIELDS,
    LINKS,
    PURPOSE_FIELDS,
    RETENTION_FIELDS,
    SOURCE_FIELDS,
    TRANSFER_FIELDS,
    Doc,
    References,
    _Codes,
    _list,
    _reject_repeats,
    field_values,
    require_whole_period,
)
from kgs_ropa.services.history_capture import Change, recorded_columns

CHUNK = 1000  # activities checked and written at a time: the memory an import holds

# The activity's lists of rows: (document key, model, required fields) in the order the ORM
# path (document.fill_activity) checks them, so the first bad value named is the same.
_PURPOSES = ("purposes", Purpose, PURPOSE_FIELDS, ("description",))
_SOURCES = ("sources", DataSource, SOURCE_FIELDS, ("description",))
_TRANSFERS = ("transfers", Transfer, TRANSFER_FIELDS, ())


@dataclass(frozen=True, slots=True)  # one per activity of the register, for the whole import
class ActivityCode:
    """A stored activity as a cookie refers to it."""

    code: str
    id: int


# foreign key column -> the row it points at (an entity or a catalogue entry), or None
Targets = dict[str, Any]
Children = list[tuple[Doc, Targets]]


@dataclass
class _Checked:
    """One activity document checked into rows: what the chunk then writes."""

    row: Doc
    targets: Targets  # its foreign keys' rows, whose ids a flush gives
    children: dict[str, list[tuple[Doc, Targets]]] = field(default_factory=dict)
    links: dict[str, list[Any]] = field(default_factory=dict)  # link key -> catalogue rows


@cache
def _defaults(model: Any) -> tuple[Doc, tuple[tuple[str, Any], ...]]:
    """The scalar defaults of every column but the id and the times (None where it has none),
    and the callable ones of the execution context (list, dict: a fresh value per row)."""
    columns = [c for c in model.__table__.columns if not c.primary_key and c.key not in TIMESTAMPS]
    scalars = {c.key: c.default.arg if c.default is not None else None for c in columns}
    made = tuple((key, arg) for key, arg in scalars.items() if callable(arg))
    return scalars, made


TIMESTAMPS = ("created_at", "updated_at")


def _row(model: Any, values: Doc, now: datetime) -> Doc:
    """A full row of `model`: the column defaults, the time of the chunk, then `values`."""
    scalars, made = _defaults(model)
    row = dict(scalars)
    for key, make in made:
        row[key] = make(None)
    row["created_at"] = row["updated_at"] = now
    row.update(values)
    return row


def _check(item: Any, refs: References, path: str, now: datetime) -> _Checked:
    """document.fill_activity, into dicts."""
    values = field_values(Activity, item, ACTIVITY_FIELDS, path)
    controller = item.get("controller")
    entity = refs.entities.get(controller, f"{path}.controller") if controller else None
    checked = _Checked(_row(Activity, values, now), {"controller_id": entity})
    checked.children["purposes"] = _plain_children(item, _PURPOSES, path, now)
    _link(checked, item, "data_subjects", refs.subjects, path)
    checked.children["data_categories"] = _category_uses(item, refs.categories, path, now)
    checked.children["sources"] = _plain_children(item, _SOURCES, path, now)
    _link(checked, item, "systems", refs.systems, path)
    _link(checked, item, "recipients", refs.recipients, path)
    _link(checked, item, "processors", refs.processors, path)
    checked.children["transfers"] = _plain_children(item, _TRANSFERS, path, now)
    checked.children["retention"] = _retention(item, refs.categories, path, now)
    _link(checked, item, "security_measures", refs.measures, path)
    return checked


def _link(checked: _Checked, item: Doc, key: str, catalogue: _Codes, path: str) -> None:
    checked.links[key] = catalogue.many(item.get(key, []), f"{path}.{key}")


def _plain_children(
    item: Doc, kind: tuple[str, Any, Any, Sequence[str]], path: str, now: datetime
) -> Children:
    key, model, fields, required = kind
    result: Children = []
    for j, child in enumerate(_list(item, key, path)):
        values = field_values(model, child, fields, f"{path}.{key}[{j}]", required)
        result.append((_row(model, {"position": j, **values}, now), {}))
    return result


def _category_uses(item: Doc, categories: _Codes, path: str, now: datetime) -> Children:
    uses = _list(item, "data_categories", path)
    _reject_repeats(
        [u.get("category") if isinstance(u, dict) else None for u in uses],
        f"{path}.data_categories",
        "data category",
    )
    result = []
    for j, use in enumerate(uses):
        where = f"{path}.data_categories[{j}]"
        code = use.get("category") if isinstance(use, dict) else None
        category = categories.get(code, f"{where}.category")
        values = field_values(ActivityDataCategory, use, DATA_CATEGORY_USE_FIELDS, where)
        row = _row(ActivityDataCategory, {"position": j, **values}, now)
        result.append((row, {"data_category_id": category}))
    return result


def _retention(item: Doc, categories: _Codes, path: str, now: datetime) -> Children:
    result: Children = []
    for j, rule in enumerate(_list(item, "retention", path)):
        where = f"{path}.retention[{j}]"
        values = field_values(Retention, rule, RETENTION_FIELDS, where)
        require_whole_period(values.get("period_amount"), values.get("period_unit"), where)
        category = None
        if rule.get("category") is not None:
            category = categories.get(rule["category"], f"{where}.category")
        row = _row(Retention, {"position": j, **values}, now)
        result.append((row, {"data_category_id": category}))
    return result


# ---------------------------------------------------------------------------- writing


_CHILD_MODELS: dict[str, Any] = {
    "purposes": Purpose,
    "data_categories": ActivityDataCategory,
    "sources": DataSource,
    "transfers": Transfer,
    "retention": Retention,
}


def _resolve(row: Doc, targets: Targets) -> Doc:
    """The row with its foreign keys' ids, known once the targets are flushed."""
    for key, target in targets.items():
        row[key] = target.id if target is not None else None
    return row


@cache
def _recorded(model: Any) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The recorded columns of `model`: the plain ones, the dates among them, the foreign keys."""
    plain_keys: list[str] = []
    fks: list[str] = []
    for key, table in recorded_columns(model):
        (plain_keys if table is None else fks).append(key)
    columns = model.__table__.columns
    dates = [key for key in plain_keys if isinstance(columns[key].type, Date)]
    return tuple(plain_keys), tuple(dates), tuple(fks)


def _described(model: Any, row: Doc, targets: Targets) -> Doc:
    """The row as the history records a created row (history_capture.Describer.fields, with
    plain() where a value needs it: dates; a list is written as JSON as it is)."""
    plain_keys, dates, fks = _recorded(model)
    values = {key: row[key] for key in plain_keys}
    for key in dates:
        if values[key] is not None:
            values[key] = values[key].isoformat()
    for key in fks:
        if key in targets:
            target = targets[key]
            values[key.removesuffix("_id")] = target.code if target is not None else None
    return values


def _write(session: Session, checked: list[_Checked]) -> list[Change]:
    """Insert a chunk of checked activities; the history entries of what was inserted."""
    connection = session.connection()
    table: Any = Activity.__table__
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    rows = [_resolve(c.row, c.targets) for c in checked]
    ids = list(connection.execute(statement, rows).scalars())
    changes = []
    for key, model in _CHILD_MODELS.items():
        rows = []
        for activity_id, c in zip(ids, checked, strict=True):
            for row, targets in c.children[key]:
                row["activity_id"] = activity_id
                rows.append(_resolve(row, targets))
        if rows:
            connection.execute(insert(model.__table__), rows)
    for key, (link, catalogue) in LINKS.items():
        column = f"{catalogue.__tablename__}_id"
        rows = [
            {"activity_id": activity_id, column: target.id}
            for activity_id, c in zip(ids, checked, strict=True)
            for target in c.links[key]
        ]
        if rows:
            connection.execute(insert(link), rows)
    for activity_id, c in zip(ids, checked, strict=True):
        after = _described(Activity, c.row, c.targets)
        for key, linked in c.links.items():
            # From the state's dict: the attribute with its events costs more, per link.
            after[key] = sorted(t.__dict__.get("code") or t.code for t in linked)
        for key, model in _CHILD_MODELS.items():
            if c.children[key]:
                after[key] = [_described(model, row, targets) for row, targets in c.children[key]]
        changes.append(Change("create", "activity", c.row["code"], activity_id, None, None, after))
    return changes


def _chunks(items: Iterable[Any]) -> Iterator[tuple[int, list[Any]]]:
    """CHUNK items at a time, taken as they come (a file read as it goes holds no more)."""
    source = iter(items)
    start = 0
    while True:
        chunk = list(islice(source, CHUNK))
        if not chunk:
            return
        yield start, chunk
        start += len(chunk)
        del chunk  # gone before the next is read: one chunk in memory, not two


def add_activities(session: Session, items: Iterable[Any], refs: References) -> _Codes:
    """Check and insert the activity documents `items`, recording each in the history.

    The result holds the register's activities by code (ActivityCode), the new ones too.
    Raises DocumentError naming the first bad value; the caller's transaction then leaves
    nothing behind.
    """
    activities = stored_activities(session)
    record = session.info.get(history.RECORD) is not False
    for start, chunk in _chunks(items):
        _add_chunk(session, chunk, start, refs, activities, record)
        del chunk  # as in _chunks
    return activities


def _add_chunk(
    session: Session,
    chunk: list[Any],
    start: int,
    refs: References,
    activities: _Codes,
    record: bool,
) -> None:
    checked = []
    now = utcnow()  # the ORM stamps each row; one time per chunk reads the same
    for offset, item in enumerate(chunk):
        path = f"activities[{start + offset}]"
        one = _check(item, refs, path, now)
        activities.add(ActivityCode(one.row["code"], 0), path)
        checked.append(one)
    session.flush()  # standard catalogue entries the chunk made, and their history
    changes = _write(session, checked)
    for c, change in zip(checked, changes, strict=True):
        activities.rows[c.row["code"]] = ActivityCode(c.row["code"], change.activity_id or 0)
    if record:
        history.append(session, changes)


def stored_activities(session: Session) -> _Codes:
    """The register's activities by code, without loading them."""
    rows = session.connection().execute(select(Activity.code, Activity.id).order_by(Activity.id))
    return _Codes([ActivityCode(code, row_id) for code, row_id in rows], "activity")
