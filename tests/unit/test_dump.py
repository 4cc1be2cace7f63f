"""The register's read (services.dump, behind document.dump_register) gives the document the
ORM's objects give, value for value, on SQLite and PostgreSQL: booleans as booleans, dates as
ISO text, translations without empty languages, link lists in code order."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from kgs_ropa.model import Activity, Processor, System
from kgs_ropa.services import document as d
from kgs_ropa.services.connect import connect
from kgs_ropa.services.setup import initialise
from kgs_ropa.storage.database import Database


@pytest.fixture(params=["sqlite", "postgresql"])
def example(request: pytest.FixtureRequest, tmp_path: Any) -> Iterator[Database]:
    """The example register on each kind of database."""
    target = (
        request.getfixturevalue("pg_target")
        if request.param == "postgresql"
        else str(tmp_path / "register.sqlite")
    )
    database = connect(target)
    initialise(database, "kgs")
    yield database
    database.dispose()


def _orm_documents(database: Database) -> list[dict[str, Any]]:
    with database.reading() as session:
        return [d.dump_activity(a) for a in d.load_activities(session)]


def test_each_activity_reads_as_the_orm_dumps_it(example: Database) -> None:
    with example.reading() as session:
        document = d.dump_register(session)
    assert document["activities"] == _orm_documents(example)


def test_values_come_in_the_documents_types(example: Database) -> None:
    with example.transaction() as session:
        activity = session.scalars(select(Activity).order_by(Activity.code)).first()
        assert activity is not None
        activity.automated_decision_making = True
        activity.translations = {"en": {"description": "In English"}, "de": {}}
        processor = session.scalars(select(Processor)).first()
        assert processor is not None
        processor.agreement_signed_on = date(2025, 3, 5)
    with example.reading() as session:
        document = d.dump_register(session)
    first = document["activities"][0]
    assert first["automated_decision_making"] is True
    assert first["translations"] == {"en": {"description": "In English"}}  # no empty language
    assert all(type(a["rights"]) is list for a in document["activities"])
    for row in document["catalogues"]["processors"]:
        assert row["agreement_signed_on"] is None or isinstance(row["agreement_signed_on"], str)
    assert "2025-03-05" in [p["agreement_signed_on"] for p in document["catalogues"]["processors"]]
    for row in document["catalogues"]["data_categories"]:
        assert type(row["special"]) is bool and type(row["criminal"]) is bool
    json.dumps(document)  # nothing the JSON export could not write


def test_links_are_listed_in_code_order_whatever_order_they_were_made_in(
    example: Database,
) -> None:
    with example.transaction() as session:
        session.add_all(System(code=code, name=code) for code in ("zz-last", "aa-first", "mm"))
        session.flush()
        query = select(Activity).options(selectinload(Activity.systems)).order_by(Activity.code)
        activity = session.scalars(query).first()
        assert activity is not None
        made = {s.code: s for s in session.scalars(select(System))}
        activity.systems = [made["zz-last"], made["mm"], made["aa-first"]]
        code = activity.code
    with example.reading() as session:
        document = d.dump_register(session)
    systems = next(a["systems"] for a in document["activities"] if a["code"] == code)
    assert systems == ["aa-first", "mm", "zz-last"]


def test_some_activities_read_as_in_the_whole_register(example: Database) -> None:
    with example.reading() as session:
        whole = d.dump_register(session)
        ids = list(session.scalars(select(Activity.id).order_by(Activity.code)))
        some = d.dump_register(session, ids[1:3])
        none = d.dump_register(session, [], unlinked_cookies=True)
    assert some["activities"] == whole["activities"][1:3]
    codes = {a["code"] for a in some["activities"]}
    assert some["cookies"] == [c for c in whole["cookies"] if c["activity"] in codes]
    assert none["activities"] == []
    assert none["cookies"] == [c for c in whole["cookies"] if c["activity"] is None]
    assert none["catalogues"] == whole["catalogues"]


def test_rows_made_while_the_read_goes_on_are_left_out(
    example: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each table is read by its own statement: a link to a catalogue entry, or a child of an
    activity, made by another save between two of them is left out instead of failing."""
    from kgs_ropa.services import dump

    pairs, rows = dump.Reader.pairs, dump.Reader.rows

    def pairs_and_a_newer_one(self: Any, *args: Any) -> Any:
        return [*pairs(self, *args), (10**9, 10**9)]

    def rows_and_a_newer_child(self: Any, model: Any, fields: Any, *args: Any, **kw: Any) -> Any:
        docs, read = rows(self, model, fields, *args, **kw)
        extra = kw.get("extra", args[0] if args else ())
        if extra and extra[0] == "activity_id" and docs:
            newer = (*read[0][: -len(extra)], 10**9, *read[0][len(read[0]) - len(extra) + 1 :])
            return [*docs, dict(docs[0])], [*read, newer]
        return docs, read

    monkeypatch.setattr(dump.Reader, "pairs", pairs_and_a_newer_one)
    monkeypatch.setattr(dump.Reader, "rows", rows_and_a_newer_child)
    with example.reading() as session:
        document = d.dump_register(session)
    monkeypatch.undo()
    assert document["activities"] == _orm_documents(example)
