"""Activities written in bulk (services.bulk_activities) record the history the unit of work
records for the same activities, and come back as they went in, on SQLite and PostgreSQL."""

from __future__ import annotations

import gc
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from kgs_ropa.model import Activity, HistoryEntry
from kgs_ropa.services import bulk_activities, collector, history
from kgs_ropa.services.connect import connect
from kgs_ropa.services.document import (
    DocumentError,
    References,
    dump_register,
    fill_activity,
    load_register,
)
from kgs_ropa.services.replay import replay_difference
from kgs_ropa.services.setup import example_document, initialise
from kgs_ropa.services.synthetic import synthetic_document
from kgs_ropa.storage.database import Database


def _documents() -> list[Any]:
    # The example has translations, transfers, dates and cookies; the synthetic one has many
    # activities, more than one chunk of them.
    return [example_document("kgs"), synthetic_document(bulk_activities.CHUNK + 7)]


def _opened(target: str) -> Database:
    db = connect(target)
    initialise(db)
    return db


def _activity_entries(db: Database) -> list[tuple[Any, ...]]:
    query = (
        select(
            HistoryEntry.action,
            HistoryEntry.entity_key,
            HistoryEntry.activity_id,
            HistoryEntry.field,
            HistoryEntry.before,
            HistoryEntry.after,
        )
        .where(HistoryEntry.entity_type == "activity")
        .order_by(HistoryEntry.id)
    )
    with db.reading() as session:
        rows = session.execute(query).all()
    return [(*row[:5], json.loads(row[5])) for row in rows]


def _through_unit_of_work(db: Database, doc: dict[str, Any]) -> None:
    """The activities added as ORM objects, as an edit in the app adds one."""
    with db.transaction() as session:
        load_register(session, {**doc, "activities": [], "cookies": []})
        refs = References.from_session(session)
        for i, item in enumerate(doc["activities"]):
            session.add(fill_activity(Activity(), item, refs, f"activities[{i}]"))
        session.flush()


@pytest.mark.parametrize("which", [0, 1])
def test_bulk_history_is_the_unit_of_works(any_target: str, tmp_path: Path, which: int) -> None:
    doc = _documents()[which]
    bulk = _opened(any_target)
    reference = _opened(str(tmp_path / "reference.sqlite"))
    try:
        with bulk.transaction() as session:
            load_register(session, doc)
        _through_unit_of_work(reference, doc)
        entries = _activity_entries(bulk)
        assert len(entries) == len(doc["activities"])
        assert entries == _activity_entries(reference)
        with bulk.reading() as session:
            assert history.verify(session) is None
            # The history replayed gives the register as stored (what --as-of exports).
            assert replay_difference(session) is None
            stored = dump_register(session)
        with reference.reading() as session:
            assert {**stored, "cookies": []} == dump_register(session)  # it has no cookies
        assert len(stored["activities"]) == len(doc["activities"])
        assert [c["name"] for c in stored["cookies"]] == [c["name"] for c in doc["cookies"]]
    finally:
        bulk.dispose()
        reference.dispose()


def test_a_bad_activity_in_a_later_chunk_leaves_nothing(any_target: str) -> None:
    doc = synthetic_document(bulk_activities.CHUNK + 3)
    doc["activities"][-1]["systems"] = ["no-such-system"]
    db = _opened(any_target)
    try:
        where = r"activities\[1002\]\.systems\[0\]: unknown"
        with pytest.raises(DocumentError, match=where), db.transaction() as session:
            load_register(session, doc)
        with db.reading() as session:
            assert session.scalars(select(Activity)).first() is None
            assert history.verify(session) is None
    finally:
        db.dispose()


def test_the_collector_runs_again_after_an_import() -> None:
    assert gc.isenabled()
    with collector.paused():
        assert not gc.isenabled()
        with collector.paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_rows_changed_copy_is_what_replace_gives(example_db: Database) -> None:
    from dataclasses import replace

    from kgs_ropa.services import activities

    for row in activities.list_rows(example_db):
        assert row.with_findings(2, 3) == replace(row, errors=2, warnings=3)
        assert row.with_search_text("found") == replace(row, search_text="found")
