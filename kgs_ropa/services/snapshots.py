"""Snapshots: the whole register frozen as its JSON document, with a content fingerprint.

A snapshot is taken at every review close and on demand. It is never changed (the history hook
refuses), and carries the history hash of its moment, which anchors the change history. The
register at any other moment is a snapshot brought forward with the history (services.replay).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kgs_ropa.model import HistoryEntry, Snapshot
from kgs_ropa.services.document import dump_register, load_register
from kgs_ropa.services.history import RECORD, latest_hash
from kgs_ropa.storage.database import Database, StorageError
from kgs_ropa.storage.migrate import upgrade

Doc = dict[str, Any]


class SnapshotError(StorageError):
    """No such snapshot, or one whose content no longer matches its fingerprint."""


@dataclass(frozen=True)
class SnapshotInfo:
    id: int
    taken_at: datetime
    label: str
    reason: str
    fingerprint: str
    history_hash: str


def canonical_json(document: Doc) -> str:
    return json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def fingerprint(content: str) -> str:
    return hashlib.sha256(content.encode()).hexdigest()


def _info(snapshot: Snapshot) -> SnapshotInfo:
    return SnapshotInfo(
        snapshot.id,
        snapshot.taken_at,
        snapshot.label,
        snapshot.reason,
        snapshot.fingerprint,
        snapshot.history_hash,
    )


def take(session: Session, label: str = "", reason: str = "manual") -> SnapshotInfo:
    """Freeze the register as it stands in this transaction."""
    content = canonical_json(dump_register(session))
    snapshot = Snapshot(
        taken_at=datetime.now(UTC),
        label=label,
        reason=reason,
        fingerprint=fingerprint(content),
        history_hash=latest_hash(session),
        content=content,
    )
    session.add(snapshot)
    session.flush()
    return _info(snapshot)


def list_all(session: Session) -> list[SnapshotInfo]:
    return [_info(s) for s in session.scalars(select(Snapshot).order_by(Snapshot.id))]


def get(session: Session, snapshot_id: int) -> Snapshot:
    snapshot = session.get(Snapshot, snapshot_id)
    if snapshot is None:
        raise SnapshotError(f"there is no snapshot {snapshot_id}")
    return snapshot


def end_of_day(day: date) -> datetime:
    """The first moment after `day` in local time, in UTC."""
    return datetime.combine(day + timedelta(days=1), time.min).astimezone().astimezone(UTC)


def as_of(session: Session, day: date) -> Snapshot:
    """The latest snapshot taken at or before the end of `day`."""
    query = (
        select(Snapshot)
        .where(Snapshot.taken_at < end_of_day(day))
        .order_by(Snapshot.taken_at.desc(), Snapshot.id.desc())
        .limit(1)
    )
    snapshot = session.scalars(query).first()
    if snapshot is None:
        raise SnapshotError(
            f"there is no snapshot taken on or before {day.isoformat()}; "
            "take one with `kgs-ropa snapshot` (a review close takes one too)"
        )
    return snapshot


def document(snapshot: Snapshot) -> Doc:
    """The snapshot's register document, after checking it against its fingerprint."""
    if fingerprint(snapshot.content) != snapshot.fingerprint:
        raise SnapshotError(
            f"snapshot {snapshot.id} does not match its fingerprint: it was altered outside the app"
        )
    result: Doc = json.loads(snapshot.content)
    return result


def resolve(session: Session, ref: str) -> Snapshot:
    """A snapshot by id ("12") or by date ("2026-10-01": the latest at or before that day)."""
    if ref.isdigit():
        return get(session, int(ref))
    try:
        day = date.fromisoformat(ref)
    except ValueError:
        raise SnapshotError(f"{ref!r} is neither a snapshot id nor a date (YYYY-MM-DD)") from None
    return as_of(session, day)


@contextmanager
def snapshot_database(doc: Doc, history_hash: str) -> Iterator[Database]:
    """A throwaway register holding `doc`, so every exporter can run on a past state unchanged.

    Its history is one anchor entry whose hash is the snapshot's, so an export made from it shows
    the history hash of the snapshot's moment.
    """
    folder = Path(tempfile.mkdtemp(prefix="kgs-ropa-snapshot-"))
    db = Database.open(str(folder / "snapshot.sqlite"))
    try:
        upgrade(db)
        with db.transaction() as session:
            session.info[RECORD] = False
            load_register(session, doc)
            session.add(_anchor(history_hash))
        yield db
    finally:
        db.dispose()
        shutil.rmtree(folder, ignore_errors=True)


def _anchor(history_hash: str) -> HistoryEntry:
    return HistoryEntry(
        recorded_at=datetime.now(UTC),
        actor="",
        action="snapshot",
        entity_type="snapshot",
        entity_key="",
        prev_hash=history_hash,
        hash=history_hash,
    )
