"""Review, history and snapshot use cases for the desktop app: one transaction per user action.

The app calls these with the Database; each opens its own session and hands back plain objects,
so no widget ever holds a session.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kgs_ropa.message import Message
from kgs_ropa.services import history, replay, review, snapshots
from kgs_ropa.services.diff import RegisterDiff, diff_documents
from kgs_ropa.services.history_table import history_rows, write_csv
from kgs_ropa.storage.database import Database
from kgs_ropa.storage.files import replace_file

LIVE = "now"  # the live register, where a snapshot reference is expected


@dataclass(frozen=True)
class HistoryRow:
    id: int
    when: str
    actor: str
    action: str
    entity_type: str
    entity_key: str
    field: str
    before: str
    after: str
    comment: str


def current(db: Database) -> review.SessionView | None:
    with db.reading() as session:
        found = review.open_review(session)
        return review.view(session, found) if found else None


def due_count(db: Database, on: date) -> int:
    with db.reading() as session:
        return len(review.due_activities(session, on))


def start(db: Database, name: str, held_on: date, participants: list[str]) -> review.SessionView:
    with db.transaction() as session:
        return review.start(session, name, held_on, participants)


def mark(
    db: Database,
    activity: str,
    outcome: str,
    note: str = "",
    action: str = "",
    owner: str = "",
    due: date | None = None,
    version: int | None = None,
) -> review.ItemView:
    with db.transaction() as session:
        return review.mark(session, activity, outcome, note, action, owner, due, version)


def close(db: Database, say: Callable[[Message], str] = str) -> review.SessionView:
    with db.transaction() as session:
        return review.close(session, say)


def open_follow_ups(db: Database) -> list[review.FollowUp]:
    with db.reading() as session:
        return review.open_follow_ups(session)


def history_table(db: Database, where: history.HistoryFilter) -> list[HistoryRow]:
    with db.reading() as session:
        entries = history.entries(session, where)
    rows = history_rows(entries)
    return [HistoryRow(int(r[0]), *r[1:10]) for r in rows]


def history_csv(db: Database, where: history.HistoryFilter, out: Path, lang: str) -> int:
    """The recorded entries of the filter as the inquiry pack's CSV (values as recorded, with
    each entry's hash); how many rows were written."""
    with db.reading() as session:
        entries = history.entries(session, where)
    rows = history_rows(entries, lang)
    partial = out.with_name(out.name + ".partial")
    try:
        write_csv(rows, partial, lang)
        replace_file(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    return len(rows)


def actors(db: Database) -> list[str]:
    with db.reading() as session:
        return history.actors(session)


def check_history(db: Database) -> tuple[history.ChainProblem | None, str]:
    with db.reading() as session:
        return history.check_chain(session), history.latest_hash(session)


def take_snapshot(db: Database, label: str) -> snapshots.SnapshotInfo:
    with db.transaction() as session:
        return snapshots.take(session, label=label)


def list_snapshots(db: Database) -> list[snapshots.SnapshotInfo]:
    with db.reading() as session:
        return snapshots.list_all(session)


def compare(db: Database, older: str, newer: str) -> RegisterDiff:
    """The diff between two snapshot ids (or dates, or LIVE)."""
    with db.reading() as session:
        before, after = replay.read_at(session, older), replay.read_at(session, newer)
    return diff_documents(before()[0], after()[0])


def complete_follow_up(db: Database, item_id: int, done_on: date) -> None:
    with db.transaction() as session:
        review.complete_follow_up(session, item_id, done_on)


def overdue_reviews(db: Database, today: date) -> list[tuple[str, str, date | None]]:
    with db.reading() as session:
        return review.overdue_reviews(session, today)


def last_closed(db: Database) -> review.SessionView | None:
    """The most recently closed session, for the start page's "last session"."""
    with db.reading() as session:
        return review.latest_closed(session)
