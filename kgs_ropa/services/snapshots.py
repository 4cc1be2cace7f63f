"""Snapshots: the whole register frozen as its JSON document, with a content fingerprint.

A snapshot is taken at every review close and on demand. It is never changed (the history hook
refuses), and carries the history hash of its moment, which anchors the change history. The
register at any other moment is a snapshot brought forward with the history (services.replay).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kgs_ropa.model import Snapshot
from kgs_ropa.services.document import dump_register
from kgs_ropa.services.history import (
    MARKER,
    SNAPSHOT,
    append,
    content_fingerprint,
    latest_hash,
    lock_chain,
)
from kgs_ropa.services.history_capture import Change
from kgs_ropa.storage.database import StorageError

Doc = dict[str, Any]


class SnapshotError(StorageError):
    """No such snapshot, or one whose content no longer matches its fingerprint.

    `reason` names the case for an interface that words it in its own language; `day` or
    `snapshot_id` is its subject."""

    def __init__(
        self, message: str, reason: str = "", day: date | None = None, snapshot_id: int = 0
    ) -> None:
        super().__init__(message)
        self.reason, self.day, self.snapshot_id = reason, day, snapshot_id


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


fingerprint = content_fingerprint


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
    """Freeze the register as it stands in this transaction: the history's lock first, so that
    on PostgreSQL no other change commits between the dump's statements."""
    lock_chain(session)
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
    # Its fingerprint in the chain: a snapshot edited or deleted later shows in verify-history.
    mark = Change(
        SNAPSHOT, MARKER, str(snapshot.id), None, "fingerprint", None, snapshot.fingerprint
    )
    append(session, [mark])
    return _info(snapshot)


def list_all(session: Session) -> list[SnapshotInfo]:
    return [_info(s) for s in session.scalars(select(Snapshot).order_by(Snapshot.id))]


def get(session: Session, snapshot_id: int) -> Snapshot:
    snapshot = session.get(Snapshot, snapshot_id)
    if snapshot is None:
        raise SnapshotError(
            f"there is no snapshot {snapshot_id}", "no_snapshot", snapshot_id=snapshot_id
        )
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
            "take one with `kgs-ropa snapshot` (a review close takes one too)",
            "no_snapshot_before",
            day=day,
        )
    return snapshot


def document(snapshot: Snapshot) -> Doc:
    """The snapshot's register document, after checking it against its fingerprint."""
    if fingerprint(snapshot.content) != snapshot.fingerprint:
        raise SnapshotError(
            f"snapshot {snapshot.id} does not match its fingerprint: "
            "it was altered outside the app",
            "altered",
            snapshot_id=snapshot.id,
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
