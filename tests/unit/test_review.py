"""Review sessions, follow-ups, snapshots and the diff, at the service level."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from kgs_ropa.model import Activity, HistoryEntry, Snapshot
from kgs_ropa.services import history, review, snapshots
from kgs_ropa.services.diff import diff_documents, diff_lines
from kgs_ropa.services.document import dump_register
from kgs_ropa.services.history_table import safe_cell, write_csv
from kgs_ropa.storage.database import Database


@pytest.fixture
def loaded(synthetic_register: Callable[[int], Database]) -> Database:
    return synthetic_register(5)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2024, 11, 30), 3, date(2025, 2, 28)),
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2026, 10, 15), 12, date(2027, 10, 15)),
    ],
)
def test_add_months_keeps_the_day_where_it_exists(day: date, months: int, expected: date) -> None:
    assert review.add_months(day, months) == expected


def test_scope_is_the_activities_due_and_in_use(loaded: Database) -> None:
    with loaded.reading() as session:
        due = {a.code for a in review.due_activities(session, date(2026, 11, 25))}
        rows = session.execute(select(Activity.code, Activity.status, Activity.next_review_due))
        expected = {
            code
            for code, status, next_due in rows
            if status == "active" and (next_due is None or next_due <= date(2026, 11, 25))
        }
    assert due and due == expected


def test_one_open_session_at_a_time_and_unique_names(loaded: Database) -> None:
    with loaded.transaction() as session:
        review.start(session, "2026 Q4", date(2026, 11, 25), ["Anna"])
    with pytest.raises(review.ReviewError, match="already open"), loaded.transaction() as s:
        review.start(s, "2027 Q1", date(2027, 2, 1), [])
    with loaded.transaction() as session:
        review.close(session)
    with pytest.raises(review.ReviewError, match="already a review"), loaded.transaction() as s:
        review.start(s, "2026 Q4", date(2027, 2, 1), [])


def test_follow_up_needs_an_action_and_shows_until_done(loaded: Database) -> None:
    with loaded.transaction() as session:
        started = review.start(session, "Q", date(2026, 11, 25), [])
        code = started.items[0].activity_code
        with pytest.raises(review.ReviewError, match="needs an action"):
            review.mark(session, code, "follow-up")
        item = review.mark(
            session, code, "follow-up", action="Sign DPA", owner="Bram", due=date(2026, 12, 1)
        )
    with loaded.reading() as session:
        (open_item,) = review.open_follow_ups(session)
    assert (open_item.activity_code, open_item.owner) == (code, "Bram")
    assert open_item.overdue(date(2026, 12, 2)) and not open_item.overdue(date(2026, 12, 1))
    with loaded.transaction() as session:
        review.complete_follow_up(session, item.id, date(2026, 11, 30))
    with loaded.reading() as session:
        assert review.open_follow_ups(session) == []


def test_close_sets_review_dates_per_interval_and_freezes_a_snapshot(loaded: Database) -> None:
    with loaded.transaction() as session:
        started = review.start(session, "Q", date(2026, 11, 25), [])
        code = started.items[0].activity_code
        activity = session.scalars(select(Activity).where(Activity.code == code)).one()
        activity.review_interval_months = 12
        review.mark(session, code, "confirmed")
    with loaded.transaction() as session:
        closed = review.close(session)
    with loaded.reading() as session:
        activity = session.scalars(select(Activity).where(Activity.code == code)).one()
        snapshot = session.get(Snapshot, closed.snapshot_id)
        assert snapshot is not None
        frozen = snapshots.document(snapshot)
        # The snapshot names the hash of its moment; its own entry in the chain follows.
        latest = session.scalars(select(HistoryEntry).order_by(HistoryEntry.id.desc())).first()
        assert latest is not None and latest.hash == history.latest_hash(session)
        assert (latest.action, latest.entity_key) == ("snapshot", str(snapshot.id))
        assert snapshot.history_hash == latest.prev_hash
    assert activity.last_reviewed_on is not None
    assert activity.next_review_due == review.add_months(activity.last_reviewed_on, 12)
    reviewed = next(a for a in frozen["activities"] if a["code"] == code)
    assert reviewed["next_review_due"] == activity.next_review_due.isoformat()


def test_snapshots_are_immutable_and_checked(loaded: Database) -> None:
    with loaded.transaction() as session:
        info = snapshots.take(session, "before")
    with pytest.raises(history.HistoryError), loaded.transaction() as session:
        snapshots.get(session, info.id).label = "after"
    with loaded.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE snapshot SET content = '{}'")
    with loaded.reading() as session, pytest.raises(snapshots.SnapshotError, match="altered"):
        snapshots.document(snapshots.get(session, info.id))


def test_as_of_picks_the_latest_snapshot_of_that_day(loaded: Database) -> None:
    with loaded.transaction() as session:
        first = snapshots.take(session, "one")
        second = snapshots.take(session, "two")
    today = first.taken_at.astimezone().date()
    with loaded.reading() as session:
        assert snapshots.as_of(session, today).id == second.id
        assert snapshots.resolve(session, str(first.id)).id == first.id
        with pytest.raises(snapshots.SnapshotError, match="no snapshot"):
            snapshots.as_of(session, date(2000, 1, 1))


def test_diff_of_known_edits(loaded: Database) -> None:
    with loaded.reading() as session:
        before = dump_register(session)
    after = dump_register_edited(before)
    diff = diff_documents(before, after)
    assert diff.added == [("NEW-1", "Nieuw")]
    assert diff.removed == [("GEN-00005", before["activities"][4]["name"])]
    (changed,) = diff.changed
    paths = {c.path: (c.before, c.after) for c in changed.changes}
    assert paths["name"][1] == "Andere naam"
    assert paths["purposes[0].lawful_basis"][1] == "public_task"
    assert paths["systems"][1] == []
    assert any(line.startswith("+ NEW-1") for line in diff_lines(diff))
    assert diff_documents(before, before).empty


def dump_register_edited(document: dict) -> dict:  # type: ignore[type-arg]
    import copy

    edited = copy.deepcopy(document)
    activities = edited["activities"]
    activities[1]["name"] = "Andere naam"
    activities[1]["purposes"][0]["lawful_basis"] = "public_task"
    activities[1]["systems"] = []
    activities.pop(4)
    activities.append({**copy.deepcopy(activities[0]), "code": "NEW-1", "name": "Nieuw"})
    return edited


def test_history_csv_keeps_user_text_as_text(tmp_path: Path) -> None:
    assert safe_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert safe_cell("plain") == "plain"
    out = tmp_path / "h.csv"
    write_csv([("1", "t", "u", "update", "activity", "A1", "name", "@x", "-1", "", "h")], out)
    text = out.read_text(encoding="utf-8-sig")
    assert "'@x" in text and "'-1" in text
