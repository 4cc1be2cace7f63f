"""Optimistic concurrency: a save based on an old read is refused, naming who changed it and when.

Every editable row carries a version counter (model.base.Timestamped). A service that saves what
an editor opened compares the version the editor read with the row's current one before writing;
the ORM checks it once more in the UPDATE itself, for a writer that commits in between.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kgs_ropa.model import HistoryEntry
from kgs_ropa.storage.errors import ConcurrentChangeError


@dataclass(frozen=True)
class LastChange:
    actor: str
    at: datetime | None


class StaleRecordError(ConcurrentChangeError):
    """The record was saved by someone else since it was opened; nothing was written."""

    def __init__(self, what: str, change: LastChange) -> None:
        self.what, self.change = what, change
        who = change.actor or "someone"
        when = change.at.strftime("%Y-%m-%d %H:%M UTC") if change.at else "an unknown time"
        super().__init__(
            f"{what} was changed by {who} at {when} since you opened it; your changes were not "
            "saved. Reload it, or compare both versions and choose."
        )


def last_change(
    session: Session, entity_type: str, key: str, activity_id: int | None
) -> LastChange:
    """Who last changed a record and when, from its history (newest entry)."""
    query = select(HistoryEntry.actor, HistoryEntry.recorded_at).order_by(HistoryEntry.id.desc())
    if activity_id is not None:
        query = query.where(HistoryEntry.activity_id == activity_id)
    else:
        query = query.where(HistoryEntry.entity_type == entity_type, HistoryEntry.entity_key == key)
    row = session.execute(query.limit(1)).first()
    return LastChange(row.actor, row.recorded_at) if row else LastChange("", None)


def expect_version(session: Session, row: Any, expected: Any, what: str) -> None:
    """Refuse the save when `row` is no longer at the version the editor read (None: no check)."""
    if expected is None or int(expected) == row.version:
        return
    activity_id = row.id if row.__tablename__ == "activity" else None
    key = str(getattr(row, "code", "") or row.id)
    raise StaleRecordError(what, last_change(session, row.__tablename__, key, activity_id))
