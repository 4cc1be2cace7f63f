"""Saving an activity document over a stored activity."""

from __future__ import annotations

from sqlalchemy import select

from kgs_ropa.model import Activity
from kgs_ropa.services.document import (
    References,
    activity_load_options,
    dump_activity,
    dump_register,
    fill_activity,
)
from kgs_ropa.storage.database import Database


def _save(db: Database, code: str, change) -> dict:  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        activity = session.scalars(
            select(Activity).where(Activity.code == code).options(*activity_load_options())
        ).one()
        document = dump_activity(activity)
        change(document)
        fill_activity(activity, document, References.from_session(session))
    with db.reading() as session:
        return next(a for a in dump_register(session)["activities"] if a["code"] == code)


def test_saving_an_unchanged_activity_keeps_it_as_it_was(example_db: Database) -> None:
    with example_db.reading() as session:
        before = next(a for a in dump_register(session)["activities"] if a["code"] == "KGS-01")
    assert _save(example_db, "KGS-01", lambda doc: None) == before


def test_data_categories_can_be_reordered_changed_and_removed(example_db: Database) -> None:
    def change(doc: dict) -> None:  # type: ignore[type-arg]
        uses = doc["data_categories"]
        uses.reverse()
        uses[0]["note"] = "gewijzigd"
        del uses[-1]

    with example_db.reading() as session:
        before = next(a for a in dump_register(session)["activities"] if a["code"] == "KGS-01")
    after = _save(example_db, "KGS-01", change)
    expected = list(reversed(before["data_categories"]))[:-1]
    expected[0] = {**expected[0], "note": "gewijzigd"}
    assert after["data_categories"] == expected
