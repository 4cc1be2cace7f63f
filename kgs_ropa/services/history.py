"""The change history: recorded on every flush, append-only, hash-chained.

`attach(db)` hooks the session factories of one register (services.connect does it, for the app
and the command line); other sessions in the process record nothing. In each flush the changed
register rows become HistoryEntry rows in the same transaction: who (session.info["actor"], else
the operating-system user), why (session.info["comment"]), what (entity, key, field, before and
after as JSON). Each entry's hash covers its content and the previous entry's hash, so editing,
deleting or reordering a stored row breaks the chain at that row (`verify`).

Appends are serialised so two writers never fork the chain: on SQLite the flush's own writes
already hold the database's single write lock; on PostgreSQL a transaction-scoped advisory lock
is taken before the last hash is read.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import event, insert, or_, select
from sqlalchemy.orm import Session, UOWTransaction

from kgs_ropa.message import QT_TRANSLATE_NOOP, Message, message
from kgs_ropa.model import Activity, HistoryEntry, Snapshot
from kgs_ropa.services.history_capture import ACTIVITY_TYPES, Change, collect
from kgs_ropa.storage.database import Database

# session.info keys
ACTOR = "actor"
COMMENT = "comment"
RECORD = "record_history"  # False: a throwaway copy of the register that records nothing

# Any constant: the key of the PostgreSQL advisory lock that serialises appends.
_PG_LOCK_KEY = 0x6B6773726F7061
# Entries about the register as a whole (a snapshot taken, a restore): replay passes over them.
MARKER = "register"
SNAPSHOT = "snapshot"
_default_actor = {"name": ""}


class HistoryError(Exception):
    """An attempt to change what must not change (history entries, snapshots)."""


def attach(db: Database) -> None:
    """Record history in every session of `db` (its writers' and its readers' factory); once
    per Database (services.connect)."""
    for factory in db.session_factories:
        event.listen(factory, "before_flush", _guard_immutable)
        event.listen(factory, "after_flush", _record)


def set_actor(name: str | None) -> None:
    """The name the app records for this process's changes (None: the operating-system user).

    A session's own info["actor"] still wins, for services acting on someone's behalf.
    """
    _default_actor["name"] = (name or "").strip()


def current_actor(session: Session) -> str:
    return str(session.info.get(ACTOR) or default_actor())


def default_actor() -> str:
    """The name set in the app, else the operating-system user."""
    if _default_actor["name"]:
        return _default_actor["name"]
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (service accounts, containers)
        return "unknown"


def _guard_immutable(session: Session, _context: Any, _instances: Any) -> None:
    for obj in session.deleted:
        if isinstance(obj, HistoryEntry | Snapshot):
            raise HistoryError(f"{type(obj).__name__} {obj.id} cannot be deleted")
    for obj in session.dirty:
        if isinstance(obj, HistoryEntry | Snapshot) and session.is_modified(obj):
            raise HistoryError(f"{type(obj).__name__} {obj.id} cannot be changed")


def _record(session: Session, context: UOWTransaction) -> None:
    if session.info.get(RECORD) is False:
        return
    changes = collect(session, context)
    if changes:
        append(session, changes)


# ---------------------------------------------------------------------------- the chain


def _timestamp(value: datetime) -> str:
    """UTC without zone, microseconds: identical after a round trip through SQLite or PostgreSQL."""
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.isoformat(timespec="microseconds")


def entry_hash(prev_hash: str, row: dict[str, Any] | HistoryEntry) -> str:
    """SHA-256 over the previous hash and the entry's canonical content."""

    def get(name: str) -> Any:
        return row[name] if isinstance(row, dict) else getattr(row, name)

    content = [
        _timestamp(get("recorded_at")),
        get("actor"),
        get("action"),
        get("entity_type"),
        get("entity_key"),
        get("activity_id"),
        get("field"),
        get("before"),
        get("after"),
        get("comment"),
    ]
    canonical = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(f"{prev_hash}\n{canonical}".encode()).hexdigest()


def _as_json(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def lock_chain(session: Session) -> None:
    """Hold the history's lock to the end of this write transaction. Every change appends to the
    history in its own transaction, so while it is held no other change can commit: on
    PostgreSQL (READ COMMITTED) what this transaction reads next is one state."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_LOCK_KEY})")
    # SQLite: this flush has written already, so this connection holds the only write lock.


def latest_hash(session: Session) -> str:
    """The newest hash of the chain ("" for an empty history)."""
    query = select(HistoryEntry.hash).order_by(HistoryEntry.id.desc()).limit(1)
    return session.connection().execute(query).scalar() or ""


def append(session: Session, changes: Sequence[Change]) -> None:
    """Chain and insert the entries in one statement."""
    lock_chain(session)
    prev = latest_hash(session)
    now = datetime.now(UTC)
    actor = current_actor(session)
    comment = str(session.info.get(COMMENT) or "")
    rows = []
    for change in changes:
        row: dict[str, Any] = {
            "recorded_at": now,
            "actor": actor,
            "action": change.action,
            "entity_type": change.entity_type,
            "entity_key": change.entity_key,
            "activity_id": change.activity_id,
            "field": change.field,
            "before": _as_json(change.before),
            "after": _as_json(change.after),
            "comment": comment,
            "prev_hash": prev,
        }
        row["hash"] = prev = entry_hash(prev, row)
        rows.append(row)
    session.connection().execute(insert(HistoryEntry), rows)


# ---------------------------------------------------------------------------- verification


@dataclass(frozen=True)
class ChainProblem:
    entry_id: int | None
    message: Message  # the app says it in the interface language

    @property
    def reason(self) -> str:
        """In English, as the command line prints it."""
        return str(self.message)


_NOT_FOLLOWING = QT_TRANSLATE_NOOP(
    "ServiceMessages", "does not follow the entry before it (deleted/reordered)"
)
_EDITED = QT_TRANSLATE_NOOP("ServiceMessages", "its content does not match its hash (edited)")
_CUT_OFF = QT_TRANSLATE_NOOP(
    "ServiceMessages",
    "snapshot {snapshot} names history hash {hash}..., which is no longer in the history "
    "(entries were removed)",
)
_SNAPSHOT_ALTERED = QT_TRANSLATE_NOOP(
    "ServiceMessages", "snapshot {snapshot} does not match its fingerprint"
)
_SNAPSHOT_DELETED = QT_TRANSLATE_NOOP("ServiceMessages", "snapshot {snapshot} was deleted")
_SNAPSHOT_REPLACED = QT_TRANSLATE_NOOP(
    "ServiceMessages", "snapshot {snapshot} was replaced or edited"
)


def _entries_in_order(session: Session) -> Iterator[HistoryEntry]:
    query = select(HistoryEntry).order_by(HistoryEntry.id).execution_options(yield_per=2000)
    yield from session.scalars(query)


def check_chain(session: Session) -> ChainProblem | None:
    """The first entry that does not match its content or its predecessor, or None."""
    expected_prev = ""
    seen: set[str] = set()
    for entry in _entries_in_order(session):
        if entry.prev_hash != expected_prev:
            return ChainProblem(entry.id, message(_NOT_FOLLOWING))
        if entry_hash(expected_prev, entry) != entry.hash:
            return ChainProblem(entry.id, message(_EDITED))
        expected_prev = entry.hash
        seen.add(entry.hash)
    return _check_anchors(session, seen)


def content_fingerprint(content: str) -> str:
    """A snapshot's fingerprint: the SHA-256 of its stored document."""
    return hashlib.sha256(content.encode()).hexdigest()


def _check_anchors(session: Session, seen: set[str]) -> ChainProblem | None:
    """Snapshots name the hash of their time: entries cut off the end of the chain show here.
    The chain names each snapshot's fingerprint: one edited or deleted shows here too."""
    stored = {s.id: s for s in session.scalars(select(Snapshot).order_by(Snapshot.id))}
    for snapshot in stored.values():
        if snapshot.history_hash and snapshot.history_hash not in seen:
            cut_off = message(_CUT_OFF, snapshot=str(snapshot.id), hash=snapshot.history_hash[:12])
            return ChainProblem(None, cut_off)
        if content_fingerprint(snapshot.content) != snapshot.fingerprint:
            return ChainProblem(None, message(_SNAPSHOT_ALTERED, snapshot=str(snapshot.id)))
    marks = select(HistoryEntry).where(
        HistoryEntry.entity_type == MARKER, HistoryEntry.action == SNAPSHOT
    )
    for mark in session.scalars(marks.order_by(HistoryEntry.id)):
        found = stored.get(int(mark.entity_key)) if mark.entity_key.isdigit() else None
        if found is None:
            return ChainProblem(mark.id, message(_SNAPSHOT_DELETED, snapshot=mark.entity_key))
        if json.loads(mark.after or "null") != found.fingerprint:
            return ChainProblem(mark.id, message(_SNAPSHOT_REPLACED, snapshot=mark.entity_key))
    return None


def verify(session: Session) -> int | None:
    """The id of the first entry that does not match, or None when the chain is intact."""
    problem = check_chain(session)
    return problem.entry_id if problem else None


# ---------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class HistoryFilter:
    since: date | None = None
    until: date | None = None  # inclusive
    activity: str | None = None  # code or numeric id
    actor: str | None = None


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def _activity_condition(session: Session, activity: str) -> Any:
    code = activity
    activity_id = int(activity) if activity.isdigit() else None
    if activity_id is None:
        activity_id = session.scalar(select(Activity.id).where(Activity.code == activity))
    else:
        code = session.scalar(select(Activity.code).where(Activity.id == activity_id)) or activity
    by_key = (HistoryEntry.entity_type.in_(ACTIVITY_TYPES)) & (HistoryEntry.entity_key == code)
    return or_(by_key, HistoryEntry.activity_id == activity_id) if activity_id else by_key


def entries(session: Session, where: HistoryFilter = HistoryFilter()) -> list[HistoryEntry]:
    query = select(HistoryEntry).order_by(HistoryEntry.id)
    if where.since:
        query = query.where(HistoryEntry.recorded_at >= _day_start(where.since))
    if where.until:
        query = query.where(HistoryEntry.recorded_at < _day_start(where.until + timedelta(1)))
    if where.activity:
        query = query.where(_activity_condition(session, where.activity))
    if where.actor:
        query = query.where(HistoryEntry.actor == where.actor)
    return list(session.scalars(query))


def actors(session: Session) -> list[str]:
    return list(session.scalars(select(HistoryEntry.actor).distinct().order_by(HistoryEntry.actor)))


def display(value: str | None) -> str:
    """A stored before/after value as a person reads it (text unquoted, lists joined)."""
    if value is None:
        return ""
    data = json.loads(value)
    if isinstance(data, str):
        return data
    if isinstance(data, list) and all(isinstance(v, str) for v in data):
        return ", ".join(data)
    return json.dumps(data, ensure_ascii=False, sort_keys=True)
