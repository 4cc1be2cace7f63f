"""Deleted activities stay restorable from the history, after any number of restarts."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from kgs_ropa.model import Activity
from kgs_ropa.services import activities, trash
from kgs_ropa.services.connect import connect
from kgs_ropa.storage.database import Database


def _id(db: Database, code: str) -> int:
    with db.reading() as session:
        return int(session.scalars(select(Activity.id).where(Activity.code == code)).one())


def test_a_deleted_activity_comes_back_as_it_was_after_a_restart(
    example_db: Database, db_path: Path
) -> None:
    before = activities.get_document(example_db, _id(example_db, "KGS-01"))  # with transfers
    assert before["transfers"] and before["data_categories"] and before["retention"]
    activities.delete(example_db, [_id(example_db, "KGS-01")])
    example_db.dispose()
    reopened = connect(str(db_path))  # a new start of the app
    try:
        listed = trash.deleted(reopened)
        assert [item.code for item in listed] == ["KGS-01"]
        assert listed[0].name == before["name"]
        [restored] = trash.restore(reopened, [listed[0].entry_id], "back")
        assert activities.get_document(reopened, restored) == before
        assert trash.deleted(reopened) == []  # back in the register: out of the trash
        with pytest.raises(trash.TrashError):
            trash.restore(reopened, [listed[0].entry_id])
    finally:
        reopened.dispose()


def test_the_latest_delete_of_a_code_is_the_one_listed(example_db: Database) -> None:
    aid = _id(example_db, "KGS-05")
    doc = activities.get_document(example_db, aid)
    activities.delete(example_db, [aid])
    [first] = trash.restore(example_db, [trash.deleted(example_db)[0].entry_id])
    activities.save_document(example_db, first, {**doc, "name": "Renamed before the second delete"})
    activities.delete(example_db, [first])
    [item] = trash.deleted(example_db)
    assert item.name == "Renamed before the second delete"
