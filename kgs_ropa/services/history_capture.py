"""What changed in one flush, as field-level change records (the input of the history chain).

Runs inside the after_flush hook: the ORM's attribute history still holds the values before the
flush, and generated ids of new rows are known. Child rows of an activity (purposes, data
categories, sources, transfers, retention rules) are described under the activity's code with a
field path such as ``purposes[1].lawful_basis``; when an edit replaces a child row by an equal
new one at the same position, no change is recorded. Children created or deleted together with
their activity are folded into the activity's own entry.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import InstanceState, Session, UOWTransaction

from kgs_ropa.model import register as reg

# Every table of the register whose rows are recorded.
RECORDED: tuple[type[Any], ...] = (
    reg.Entity,
    reg.Contact,
    reg.OrganisationSettings,
    reg.ProcessorRecord,
    reg.DataSubjectCategory,
    reg.DataCategory,
    reg.System,
    reg.Processor,
    reg.Recipient,
    reg.SecurityMeasure,
    reg.Activity,
    reg.Purpose,
    reg.ActivityDataCategory,
    reg.DataSource,
    reg.Transfer,
    reg.Retention,
    reg.Cookie,
)
# Child rows of an activity and the activity document's list they belong to.
CHILD_LISTS: dict[type[Any], str] = {
    reg.Purpose: "purposes",
    reg.ActivityDataCategory: "data_categories",
    reg.DataSource: "sources",
    reg.Transfer: "transfers",
    reg.Retention: "retention",
}
# Entity types whose entries belong to one activity (for `history --activity`).
ACTIVITY_TYPES = ("activity", *(model.__tablename__ for model in CHILD_LISTS))
ACTIVITY_TABLE: Any = reg.Activity.__table__
SKIPPED_COLUMNS = {"id", "created_at", "updated_at", "version"}
# Many-to-many links of an activity, recorded as lists of catalogue codes.
LINKS = ("data_subjects", "systems", "recipients", "processors", "security_measures")


@dataclass
class Change:
    action: str  # create, update, delete, retire
    entity_type: str
    entity_key: str
    activity_id: int | None
    field: str | None
    before: Any
    after: Any


def plain(value: Any) -> Any:
    """A value as it appears in the JSON document (dates as ISO text)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def _code(row: Any) -> str:
    # From the state's dict: plain attribute access costs more, and this runs per link.
    return str(row.__dict__.get("code") or row.code)


class CodeLookup:
    """Catalogue and activity codes by (table, id): from the session first, else one query."""

    def __init__(self, session: Session, objects: Iterable[Any]) -> None:
        self.session = session
        self.codes: dict[str, dict[int, str]] = {}
        self.loaded: set[str] = set()
        for obj in objects:
            # The state's dict, not the attribute: an expired object must not load itself.
            values = inspect(obj).dict
            if values.get("code") is not None and values.get("id") is not None:
                self.codes.setdefault(obj.__tablename__, {})[values["id"]] = values["code"]

    def code(self, table: Any, row_id: int | None) -> str | None:
        if row_id is None:
            return None
        known = self.codes.setdefault(table.name, {})
        if row_id not in known and table.name not in self.loaded:
            # One query per table at most, whatever the size of the flush.
            self.loaded.add(table.name)
            rows = self.session.connection().execute(select(table.c.id, table.c.code))
            known.update({r.id: r.code for r in rows if r.id not in known})
        return known.get(row_id, f"#{row_id}")


@cache
def recorded_columns(model: Any) -> list[tuple[str, Any]]:
    """(attribute, referenced table or None) of the recorded columns of a model."""
    result = []
    for attr in inspect(model).column_attrs:
        if attr.key in SKIPPED_COLUMNS:
            continue
        column = attr.columns[0]
        target = None
        if column.foreign_keys and attr.key.endswith("_id"):
            target = next(iter(column.foreign_keys)).column.table
        result.append((attr.key, target))
    return result


@cache
def _column_keys(model: Any) -> frozenset[str]:
    return frozenset(key for key, _ in recorded_columns(model))


def _column_value(state: InstanceState[Any], key: str, when: str) -> Any:
    if when == "after":
        return state.dict.get(key)
    history = state.attrs[key].history
    if history.deleted:
        return history.deleted[0]
    return history.unchanged[0] if history.unchanged else state.dict.get(key)


class Describer:
    """Turns ORM states into plain field dicts and stable keys."""

    def __init__(self, lookup: CodeLookup) -> None:
        self.lookup = lookup

    def fields(self, state: InstanceState[Any], when: str) -> dict[str, Any]:
        values: dict[str, Any] = {}
        model: Any = state.class_
        for key, target in recorded_columns(model):
            value = _column_value(state, key, when)
            if target is not None:
                values[key.removesuffix("_id")] = self.lookup.code(target, value)
            else:
                values[key] = plain(value)
        if isinstance(state.obj(), reg.Activity):
            values.update(self.links(state, when))
        return values

    def links(self, state: InstanceState[Any], when: str) -> dict[str, list[str]]:
        result: dict[str, list[str]] = {}
        for key in LINKS:
            if when == "after" and key in state.dict:
                rows = list(state.dict[key])
            elif key in state.dict or key in state.committed_state:
                history = state.attrs[key].history
                rows = [*history.unchanged, *history.deleted]
            else:
                continue  # never loaded (lazy="raise"): not changed in this flush
            result[key] = sorted(_code(r) for r in rows)
        return result

    def activity_id(self, state: InstanceState[Any], when: str) -> int | None:
        obj = state.obj()
        if isinstance(obj, reg.Activity):
            return int(obj.id)
        model: Any = state.class_
        if "activity_id" not in _column_keys(model):
            return None
        value = _column_value(state, "activity_id", when)
        return int(value) if value is not None else None

    def key(self, state: InstanceState[Any], when: str) -> str:
        obj = state.obj()
        if isinstance(obj, reg.OrganisationSettings):
            return "organisation"
        if isinstance(obj, reg.Contact):
            role = _column_value(state, "role", when)
            return f"{role}: {_column_value(state, 'name', when)}"
        if isinstance(obj, reg.Cookie):
            return str(_column_value(state, "name", when))
        if type(obj) in CHILD_LISTS:
            activity = self.lookup.code(ACTIVITY_TABLE, self.activity_id(state, when))
            return activity or ""
        return str(_column_value(state, "code", when))


def changed_fields(state: InstanceState[Any], describer: Describer) -> list[tuple[str, Any, Any]]:
    """(field, before, after) for every column or link that really changed."""
    keys = set(state.committed_state) - SKIPPED_COLUMNS
    if not keys:
        return []
    before = describer.fields(state, "before")
    after = describer.fields(state, "after")
    names = {k.removesuffix("_id") if k.endswith("_id") else k for k in keys}
    return [(n, before[n], after[n]) for n in sorted(names) if n in after and before[n] != after[n]]


def _entity_type(state: InstanceState[Any]) -> str:
    table: Any = state.mapper.local_table
    return str(table.name)


def _flushed_states(
    session: Session, context: UOWTransaction
) -> tuple[list[InstanceState[Any]], list[InstanceState[Any]], list[InstanceState[Any]]]:
    created = [inspect(o) for o in session.new if isinstance(o, RECORDED)]
    # Orphans removed from a delete-orphan list appear only in the unit of work, not in
    # session.deleted.
    deleted = [
        state
        for state, (is_delete, list_only) in context.states.items()
        if is_delete and not list_only and isinstance(state.obj(), RECORDED)
    ]
    deleted_ids = {id(s) for s in deleted}
    updated = [
        inspect(o)
        for o in session.dirty
        if isinstance(o, RECORDED) and id(inspect(o)) not in deleted_ids
    ]
    return created, deleted, updated


def collect(session: Session, context: UOWTransaction) -> list[Change]:
    """Every change of register rows in this flush, in a stable order."""
    created, deleted, updated = _flushed_states(session, context)
    if not (created or deleted or updated):
        return []
    lookup = CodeLookup(session, [*session.identity_map.values(), *session.new])
    builder = _Builder(Describer(lookup))
    builder.rows("create", created, "after")
    builder.rows("delete", deleted, "before")
    for state in updated:
        builder.update(state)
    return builder.finish()


class _Builder:
    def __init__(self, describer: Describer) -> None:
        self.d = describer
        self.changes: list[Change] = []
        self.whole: dict[tuple[str, int], Change] = {}  # (action, activity id) -> its entry
        # (activity id, list, position) -> (action, fields, state) of a child row
        self.children: dict[tuple[int, str, int], list[tuple[str, dict[str, Any]]]] = {}
        self.child_types: dict[tuple[int, str, int], tuple[str, str]] = {}

    def rows(self, action: str, states: list[InstanceState[Any]], when: str) -> None:
        parents = [s for s in states if type(s.obj()) not in CHILD_LISTS]
        for state in parents:
            change = self._whole(action, state, when)
            obj = state.obj()
            if isinstance(obj, reg.Activity):
                self.whole[(action, int(obj.id))] = change
        for state in states:
            if type(state.obj()) in CHILD_LISTS:
                self._child(action, state, when)

    def _whole(self, action: str, state: InstanceState[Any], when: str) -> Change:
        values = self.d.fields(state, when)
        change = Change(
            action,
            _entity_type(state),
            self.d.key(state, when),
            self.d.activity_id(state, when),
            None,
            values if action == "delete" else None,
            values if action == "create" else None,
        )
        self.changes.append(change)
        return change

    def _child(self, action: str, state: InstanceState[Any], when: str) -> None:
        name = CHILD_LISTS[type(state.obj())]
        values = self.d.fields(state, when)
        values.pop("activity", None)
        activity_id = self.d.activity_id(state, when) or 0
        parent = self.whole.get((action, activity_id))
        if parent is not None:  # created or deleted together with its activity
            document = parent.after if action == "create" else parent.before
            document.setdefault(name, []).append(values)
            document[name].sort(key=lambda v: v.get("position") or 0)
            return
        slot = (activity_id, name, int(values.get("position") or 0))
        self.children.setdefault(slot, []).append((action, values))
        self.child_types[slot] = (_entity_type(state), self.d.key(state, when))

    def update(self, state: InstanceState[Any]) -> None:
        obj: Any = state.obj()
        child_list = CHILD_LISTS.get(type(obj))
        key = self.d.key(state, "after")
        for name, before, after in changed_fields(state, self.d):
            field = f"{child_list}[{obj.position}].{name}" if child_list else name
            action = "update"
            if isinstance(obj, reg.Activity) and name == "status" and after == "retired":
                action = "retire"
            self.changes.append(
                Change(
                    action,
                    _entity_type(state),
                    key,
                    self.d.activity_id(state, "after"),
                    field,
                    before,
                    after,
                )
            )

    def finish(self) -> list[Change]:
        for slot in sorted(self.children):
            self._resolve_slot(slot, self.children[slot])
        return self.changes

    def _resolve_slot(
        self, slot: tuple[int, str, int], rows: list[tuple[str, dict[str, Any]]]
    ) -> None:
        activity_id, name, position = slot
        entity_type, key = self.child_types[slot]
        prefix = f"{name}[{position}]"
        olds = [v for a, v in rows if a == "delete"]
        news = [v for a, v in rows if a == "create"]
        for old, new in zip(olds, news, strict=False):  # replaced in place: record what differs
            for field in sorted(set(old) | set(new)):
                if old.get(field) != new.get(field):
                    before, after = old.get(field), new.get(field)
                    self.changes.append(
                        Change(
                            "update",
                            entity_type,
                            key,
                            activity_id,
                            f"{prefix}.{field}",
                            before,
                            after,
                        )
                    )
        paired = min(len(olds), len(news))
        for old in olds[paired:]:
            self.changes.append(Change("delete", entity_type, key, activity_id, prefix, old, None))
        for new in news[paired:]:
            self.changes.append(Change("create", entity_type, key, activity_id, prefix, None, new))
