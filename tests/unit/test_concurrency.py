"""Two people, one record: a save based on an old read is refused, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from kgs_ropa.model import Activity, Base
from kgs_ropa.model.base import Timestamped
from kgs_ropa.services import activities, catalogues, review_ops
from kgs_ropa.services.concurrency import StaleRecordError
from kgs_ropa.services.connect import connect
from kgs_ropa.services.history import set_actor
from kgs_ropa.services.setup import initialise
from kgs_ropa.storage.database import Database
from kgs_ropa.storage.errors import ConcurrentChangeError


def test_every_editable_record_has_a_version_counter() -> None:
    """Append-only tables (history, snapshots) excepted, every mapped table is versioned."""
    append_only = {"history_entry", "snapshot"}
    for mapper in Base.registry.mappers:
        table = mapper.local_table.name
        if table in append_only:
            continue
        assert issubclass(mapper.class_, Timestamped), table
        assert mapper.version_id_col is not None, table
        assert mapper.version_id_col.name == "version", table


def _first_activity(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalars(select(Activity.id).order_by(Activity.code)).first() or 0)


def test_a_stale_activity_save_is_refused_naming_who_and_when(
    two_windows: tuple[Database, Database], evidence: Any
) -> None:
    first, second = two_windows
    activity_id = _first_activity(first)
    mine, version = activities.get_versioned(first, activity_id)
    mine[activities.VERSION] = version
    theirs, version = activities.get_versioned(second, activity_id)
    theirs[activities.VERSION] = version
    set_actor("Anna")
    theirs["owner"] = "Anna's change"
    activities.save_document(second, activity_id, theirs)
    set_actor("Bert")
    mine["owner"] = "Bert's change"
    with pytest.raises(StaleRecordError) as refused:
        activities.save_document(first, activity_id, mine)
    assert "Anna" in str(refused.value) and "UTC" in str(refused.value)
    assert refused.value.change.actor == "Anna"
    assert activities.get_document(first, activity_id)["owner"] == "Anna's change"
    # After a reload the same edit goes through.
    fresh, version = activities.get_versioned(first, activity_id)
    fresh["owner"] = "Bert's change"
    saved = activities.save(first, activity_id, {**fresh, activities.VERSION: version})
    assert saved.version == version + 1
    evidence(
        "Concurrent edit of one activity",
        "two sessions save (SQLite, PostgreSQL)",
        1,
        "second save refused naming who and when; first kept; saves after a reload",
    )


def test_a_change_to_a_purpose_alone_moves_the_activity_version(db: Database) -> None:
    initialise(db, "kgs")
    activity_id = _first_activity(db)
    doc, version = activities.get_versioned(db, activity_id)
    doc["purposes"][0]["description"] += " (bijgewerkt)"
    saved = activities.save(db, activity_id, {**doc, activities.VERSION: version})
    assert saved.version == version + 1


@pytest.mark.postgres
def test_a_writer_between_read_and_write_is_caught_by_the_update(pg_target: str) -> None:
    """The ORM's own check: the UPDATE names the version it read. (On SQLite the write lock
    taken at the start of a transaction keeps the second writer out until the first is done.)"""
    first = connect(pg_target)
    initialise(first, "kgs")
    second = connect(pg_target)
    activity_id = _first_activity(first)
    with pytest.raises(ConcurrentChangeError), first.transaction() as session:
        row = session.get(Activity, activity_id)
        assert row is not None
        row.owner = "first"
        doc = activities.get_document(second, activity_id)
        doc["owner"] = "second"
        activities.save_document(second, activity_id, doc)
    assert activities.get_document(first, activity_id)["owner"] == "second"
    first.dispose()
    second.dispose()


def test_a_stale_catalogue_save_is_refused(
    two_windows: tuple[Database, Database], evidence: Any
) -> None:
    first, second = two_windows
    mine = catalogues.list_rows(first, "processor")[0]
    theirs = catalogues.list_rows(second, "processor")[0]
    catalogues.update(second, "processor", theirs["id"], {**theirs, "service": "theirs"})
    with pytest.raises(StaleRecordError):
        catalogues.update(first, "processor", mine["id"], {**mine, "service": "mine"})
    assert catalogues.list_rows(first, "processor")[0]["service"] == "theirs"
    evidence(
        "Concurrent edit of a catalogue entry",
        "two sessions save",
        1,
        "second save refused; first kept",
    )


def test_stale_organisation_settings_are_refused(two_windows: tuple[Database, Database]) -> None:
    first, second = two_windows
    mine = catalogues.get_settings(first)
    theirs = catalogues.get_settings(second)
    catalogues.save_settings(second, {**theirs, "note": "theirs"})
    with pytest.raises(StaleRecordError):
        catalogues.save_settings(first, {**mine, "note": "mine"})


def test_a_stale_review_mark_is_refused_naming_who_and_when(
    two_windows: tuple[Database, Database], evidence: Any
) -> None:
    first, second = two_windows
    review_ops.start(first, "2026 Q4", date.today(), ["Anna"])
    mine = review_ops.current(first)
    theirs = review_ops.current(second)
    assert mine is not None and theirs is not None
    item, their_item = mine.items[0], theirs.items[0]
    set_actor("Bram")
    review_ops.mark(second, their_item.activity_code, "changed", note="theirs", version=1)
    set_actor("Anna")
    with pytest.raises(StaleRecordError) as caught:
        review_ops.mark(first, item.activity_code, "confirmed", version=item.version)
    assert f"the review of {item.activity_code} was changed by Bram at" in str(caught.value)
    now = review_ops.current(first)
    assert now is not None and now.items[0].note == "theirs"  # theirs kept
    again = now.items[0]
    review_ops.mark(first, again.activity_code, "confirmed", version=again.version)  # reloaded
    evidence(
        "Concurrent edit of a review item",
        "two sessions mark one activity (SQLite, PostgreSQL)",
        1,
        "second mark refused naming who and when; first kept; marks after a reload",
    )
