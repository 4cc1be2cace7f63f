"""The register at any moment: a snapshot brought forward with the history entries after it.

Each history entry names its row by a stable key (a code; a contact's "role: name"; a cookie's
name; an activity's code plus the position of a child row) and carries the values after the
change, so applying the entries in order to the snapshot's document gives the register as it
stood after the last one applied. Entries of one flush share their time stamp; changes of a key
(a code, a contact's name, a child's position) are applied first within it, because the other
entries of that flush already use the new key.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import groupby
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kgs_ropa.model import HistoryEntry, Snapshot
from kgs_ropa.services import document as d
from kgs_ropa.services import snapshots
from kgs_ropa.services.history import MARKER
from kgs_ropa.services.replay_register import (
    CATALOGUES,
    CHILDREN,
    REFERENCES,
    Register,
    activity_doc,
    child_doc,
    contact_doc,
    cookie_doc,
    pick,
)
from kgs_ropa.storage.errors import KnownError

Doc = dict[str, Any]


class ReplayError(KnownError, ValueError):
    """An entry that does not fit the document it is applied to."""


# ---------------------------------------------------------------------------- applying entries


@dataclass(frozen=True)
class Step:
    action: str
    entity_type: str
    key: str
    field: str | None
    before: Any
    after: Any

    @classmethod
    def of(cls, entry: HistoryEntry) -> Step:
        def value(raw: str | None) -> Any:
            return None if raw is None else json.loads(raw)

        return cls(
            entry.action,
            entry.entity_type,
            entry.entity_key,
            entry.field,
            value(entry.before),
            value(entry.after),
        )

    @property
    def child_path(self) -> tuple[str, int, str | None]:
        match = _CHILD_PATH.match(self.field or "")
        if match is None:
            raise ReplayError(f"not a child path: {self.field!r}")
        return match[1], int(match[2]), match[3]

    @property
    def changes_key(self) -> bool:
        if self.action not in ("update", "retire"):
            return False
        if self.entity_type in CHILDREN:
            return self.child_path[2] == "position"
        if self.entity_type == "contact":
            return self.field in ("name", "role")
        if self.entity_type == "cookie":
            return self.field == "name"
        return self.field == "code"


_CHILD_PATH = re.compile(r"^(\w+)\[(\d+)\](?:\.(\w+))?$")


def _find(rows: dict[Any, Doc], key: Any, step: Step) -> Doc:
    if key not in rows:
        raise ReplayError(f"{step.entity_type} {key!r} is not in the register at this point")
    return rows[key]


class Replayer(Register):
    """A Register that history entries can be applied to, one flush at a time."""

    def apply_flush(self, steps: list[Step]) -> None:
        self._move_children([s for s in steps if s.entity_type in CHILDREN and s.changes_key])
        for step in steps:
            if step.changes_key and step.entity_type not in CHILDREN:
                self.apply(step)
        for step in steps:
            if not step.changes_key:
                self.apply(step)

    def apply(self, step: Step) -> None:
        kind = step.entity_type
        if kind == "register":
            return  # a marker (a restore from a backup): the entries before it hold the content
        if kind == "activity":
            self._activity(step)
        elif kind in CHILDREN:
            self._child(step)
        elif kind in CATALOGUES:
            key, fields = CATALOGUES[kind]
            self._coded(self.catalogues[key], fields, step)
        elif kind == "entity":
            self._coded(self.entities, d.ENTITY_FIELDS, step)
        elif kind == "processor_record":
            self._coded(self.records, d.PROCESSOR_RECORD_FIELDS, step)
        elif kind == "organisation_settings":
            self._settings(step)
        elif kind == "contact":
            self._listed(self.contacts, contact_doc, _contact_key, step)
        elif kind == "cookie":
            self._listed(self.cookies, cookie_doc, lambda c: str(c["name"]), step)
        else:
            raise ReplayError(f"unknown entity type {kind!r}")

    def _activity(self, step: Step) -> None:
        if step.action == "create":
            self.activities[step.key] = activity_doc(step.after)
        elif step.action == "delete":
            _find(self.activities, step.key, step)
            del self.activities[step.key]
            for cookie in self.cookies:  # the database sets their activity to none
                if cookie.get("activity") == step.key:
                    cookie["activity"] = None
        elif step.field == "code":
            activity = _find(self.activities, step.before, step)
            self.activities[step.after] = self.activities.pop(step.before)
            activity["code"] = step.after
            for cookie in self.cookies:
                if cookie.get("activity") == step.before:
                    cookie["activity"] = step.after
        else:
            _find(self.activities, step.key, step)[str(step.field)] = step.after

    def _child(self, step: Step) -> None:
        name, position, field = step.child_path
        rows = _find(self.activities, step.key, step)[name]
        if step.action == "create":
            rows[position] = child_doc(step.entity_type, step.after)
        elif step.action == "delete":
            _find(rows, position, step)
            del rows[position]
        elif field in ("activity", None):
            raise ReplayError(f"cannot replay {step.field!r} of {step.entity_type}")
        else:
            key = "category" if field == "data_category" else field
            row = _find(rows, position, step)
            if key == "period_months":  # recorded before periods had units
                legacy: Doc = {"period_months": step.after}
                d.legacy_period(legacy)
                row["period_amount"] = legacy.get("period_amount")
                row["period_unit"] = legacy.get("period_unit")
            else:
                row[key] = step.after

    def _move_children(self, steps: list[Step]) -> None:
        """Position changes of one flush, all at once (two rows may swap places)."""
        moving = [(s, *s.child_path) for s in steps]
        taken = [
            (self.activities[s.key][name].pop(int(s.before)), s.key, name, position)
            for s, name, position, _field in moving
        ]
        for row, key, name, position in taken:
            self.activities[key][name][position] = row

    def _coded(self, rows: dict[Any, Doc], fields: Sequence[d.Field], step: Step) -> None:
        if step.action == "create":
            rows[step.key] = pick(step.after, fields)
        elif step.action == "delete":
            _find(rows, step.key, step)
            del rows[step.key]
            self._rename(step.entity_type, step.key, None)  # the database cascades
        elif step.field == "code":
            row = _find(rows, step.before, step)
            rows[step.after] = rows.pop(step.before)
            row["code"] = step.after
            self._rename(step.entity_type, step.before, step.after)
        else:
            _find(rows, step.key, step)[str(step.field)] = step.after

    def _rename(self, kind: str, old: str, new: str | None) -> None:
        """A catalogue code changed (or, with None, its row was deleted): the references follow,
        as the database's foreign keys make them (links and uses removed, others emptied)."""
        for activity in self.activities.values():
            for key in REFERENCES.get(kind, ()):
                value = activity.get(key)
                if isinstance(value, list):
                    activity[key] = sorted(new if v == old else v for v in value if v != old or new)
                elif value == old:
                    activity[key] = new
            if kind == "data_category":
                self._recategorise(activity, old, new)
        if kind == "entity":
            for contact in self.contacts:
                if contact.get("entity") == old:
                    contact["entity"] = new

    @staticmethod
    def _recategorise(activity: Doc, old: str, new: str | None) -> None:
        uses = activity["data_categories"]
        for position in [p for p, row in uses.items() if row.get("category") == old]:
            if new is None:
                del uses[position]
            else:
                uses[position]["category"] = new
        for row in activity["retention"].values():
            if row.get("category") == old:
                row["category"] = new

    def _settings(self, step: Step) -> None:
        if step.action == "create":
            self.settings = pick(step.after, d.SETTINGS_FIELDS)
        elif step.action == "update":
            self.settings[str(step.field)] = step.after

    def _listed(self, rows: list[Doc], make: Any, key_of: Any, step: Step) -> None:
        if step.action == "create":
            rows.append(make(step.after))
            return
        if step.changes_key:  # found by the value before the change
            match = [r for r in rows if r.get(str(step.field)) == step.before]
        else:
            match = [r for r in rows if key_of(r) == step.key]
        if not match:
            raise ReplayError(f"{step.entity_type} {step.key!r} is not in the register")
        if step.action == "delete":
            rows.remove(match[0])
        else:
            match[0][str(step.field)] = step.after


def _contact_key(contact: Doc) -> str:
    return f"{contact.get('role')}: {contact.get('name')}"


def replay(base: Doc | None, entries: Iterable[HistoryEntry]) -> Doc:
    """`base` (a register document, or None for an empty register) with `entries` applied."""
    register = Replayer(base or {})
    for _when, flush in groupby(entries, key=lambda e: e.recorded_at):
        register.apply_flush([Step.of(e) for e in flush])
    return register.document()


# ---------------------------------------------------------------------------- the register on a day


@dataclass(frozen=True)
class Reconstruction:
    document: Doc
    history_hash: str  # of the last change included
    snapshot_id: int | None  # the snapshot it started from (None: from the empty register)
    changes: int  # history entries applied on top of it
    problem: str = ""  # set when the history could not be applied: the snapshot alone


def _entries_after(session: Session, anchor: str, until: datetime) -> list[HistoryEntry]:
    # Changes only: the entries about the register as a whole (a snapshot taken) change nothing.
    query = select(HistoryEntry).where(
        HistoryEntry.recorded_at < until, HistoryEntry.entity_type != MARKER
    )
    if anchor:
        anchor_id = session.scalar(select(HistoryEntry.id).where(HistoryEntry.hash == anchor))
        if anchor_id is None:
            raise ReplayError("the snapshot's place in the history is gone (see verify-history)")
        query = query.where(HistoryEntry.id > anchor_id)
    return list(session.scalars(query.order_by(HistoryEntry.id)))


def reconstruct(session: Session, day: date) -> Reconstruction:
    """The register at the end of `day` (local time): the latest snapshot taken by then, brought
    forward with every change recorded after it and up to the end of that day.

    When the history cannot be applied (rows changed outside the app), the snapshot alone is
    returned with `problem` saying why; without any snapshot that is a SnapshotError.
    """
    return rebuild(read_day(session, day))


@dataclass(frozen=True)
class DayRead:
    """What reconstruct reads: rebuild() replays it, after the reading session has ended (the
    replay is slow, and on SQLite a save waits for a read)."""

    day: date
    base: Snapshot | None
    entries: list[HistoryEntry]
    problem: ReplayError | None = None  # the snapshot's place in the history is gone


def read_day(session: Session, day: date) -> DayRead:
    try:
        base: Snapshot | None = snapshots.as_of(session, day)
    except snapshots.SnapshotError:
        base = None
    anchor = base.history_hash if base else ""
    try:
        return DayRead(day, base, _entries_after(session, anchor, snapshots.end_of_day(day)))
    except ReplayError as exc:
        return DayRead(day, base, [], exc)


def rebuild(read: DayRead) -> Reconstruction:
    base, day, entries = read.base, read.day, read.entries
    anchor = base.history_hash if base else ""
    try:
        if read.problem is not None:
            raise read.problem
        document = replay(snapshots.document(base) if base else None, entries)
    except (ReplayError, KeyError, TypeError, ValueError) as exc:
        if base is None:
            raise snapshots.SnapshotError(
                f"the register of {day.isoformat()} cannot be rebuilt from the history ({exc}) "
                "and there is no snapshot of that day or before",
                "not_rebuilt",
                day=day,
            ) from exc
        return Reconstruction(snapshots.document(base), anchor, base.id, 0, str(exc))
    if base is None and not entries:
        raise snapshots.SnapshotError(
            f"nothing was recorded on or before {day.isoformat()}: the register did not exist yet",
            "not_yet",
            day=day,
        )
    head = entries[-1].hash if entries else anchor
    return Reconstruction(document, head, base.id if base else None, len(entries))


def read_at(session: Session, ref: str) -> Callable[[], tuple[Doc, str]]:
    """The register document and its history hash for "now", a snapshot id or a date, in two
    steps: what it needs is read now, in the session; the document is made when the result is
    called, after the session has ended."""
    from kgs_ropa.services.document import dump_register
    from kgs_ropa.services.history import latest_hash

    if ref.lower() in ("now", "live"):
        live = dump_register(session), latest_hash(session)
        return lambda: live
    if ref.isdigit():
        snapshot = snapshots.get(session, int(ref))
        return lambda: (snapshots.document(snapshot), snapshot.history_hash)
    try:
        day = date.fromisoformat(ref)
    except ValueError:
        raise snapshots.SnapshotError(
            f"{ref!r} is neither 'now', a snapshot id nor a date (YYYY-MM-DD)"
        ) from None
    read = read_day(session, day)

    def rebuilt() -> tuple[Doc, str]:
        done = rebuild(read)
        return done.document, done.history_hash

    return rebuilt


def replay_difference(session: Session) -> str | None:
    """Where the register differs from the replay of its whole history (None: it equals it).

    Finds raw edits behind the app's back, cut or wiped history: the chain of what is left can be
    intact while the register no longer is what the history says.
    """
    return difference(*read_for_replay(session))


def read_for_replay(session: Session) -> tuple[list[HistoryEntry], Doc]:
    """The whole history and the register, in one read: replay them after the session ended
    (the replay is slow, and a read holds up a save on SQLite)."""
    entries = list(session.scalars(select(HistoryEntry).order_by(HistoryEntry.id)))
    return entries, d.dump_register(session)


def difference(entries: list[HistoryEntry], live: Doc) -> str | None:
    """replay_difference on what read_for_replay read."""
    try:
        replayed = replay(None, entries)
    except (ReplayError, KeyError, TypeError, ValueError) as exc:
        return f"the history cannot be replayed ({exc})"
    return first_difference(replayed, live, "$")


def first_difference(replayed: Any, live: Any, path: str) -> str | None:
    """The path of the first value that differs, with both values."""
    if isinstance(replayed, dict) and isinstance(live, dict):
        for key in sorted(set(replayed) | set(live)):
            where = f"{path}.{key}" if path != "$" else key
            if key not in replayed or key not in live:
                return f"{where}: only in the {'register' if key in live else 'history'}"
            found = first_difference(replayed[key], live[key], where)
            if found:
                return found
        return None
    if isinstance(replayed, list) and isinstance(live, list):
        for i, (old, new) in enumerate(zip(replayed, live, strict=False)):
            found = first_difference(old, new, f"{path}[{i}]")
            if found:
                return found
        if len(replayed) != len(live):
            return f"{path}: {len(live)} in the register, {len(replayed)} in the history"
        return None
    if replayed != live:
        return f"{path}: the register holds {live!r}, the history says {replayed!r}"
    return None
