"""The change history: every kind of change recorded with its values, and a chain that breaks."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from kgs_ropa.model import (
    Activity,
    Contact,
    Cookie,
    Entity,
    HistoryEntry,
    OrganisationSettings,
    Purpose,
    Snapshot,
    System,
)
from kgs_ropa.services import activities, history
from kgs_ropa.services.connect import connect
from kgs_ropa.services.document import activity_load_options, load_register
from kgs_ropa.services.setup import initialise, seed_vocabularies
from kgs_ropa.services.synthetic import synthetic_document
from kgs_ropa.storage.database import Database


def load(db: Database, n: int = 3) -> None:
    with db.transaction() as session:
        session.info["actor"] = "loader"
        seed_vocabularies(session)
        load_register(session, synthetic_document(n))


def new_entries(db: Database, after_id: int) -> list[HistoryEntry]:
    with db.reading() as session:
        return list(
            session.scalars(
                select(HistoryEntry).where(HistoryEntry.id > after_id).order_by(HistoryEntry.id)
            )
        )


def last_id(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(HistoryEntry.id).order_by(HistoryEntry.id.desc())) or 0


def activity_id(db: Database, code: str) -> int:
    with db.reading() as session:
        return int(session.scalar(select(Activity.id).where(Activity.code == code)) or 0)


def value(raw: str | None) -> Any:
    return None if raw is None else json.loads(raw)


def test_create_is_one_entry_per_activity_with_its_lists(db: Database) -> None:
    start = last_id(db)
    load(db, 2)
    created = [e for e in new_entries(db, start) if e.entity_type == "activity"]
    assert [e.entity_key for e in created] == ["GEN-00001", "GEN-00002"]
    entry = created[0]
    assert (entry.action, entry.actor, entry.field, entry.before) == (
        "create",
        "loader",
        None,
        None,
    )
    after = value(entry.after)
    assert after["code"] == "GEN-00001"
    assert after["purposes"] and "lawful_basis" in after["purposes"][0]
    assert isinstance(after["systems"], list)
    assert entry.activity_id == activity_id(db, "GEN-00001")


def test_update_records_field_before_after_actor_and_comment(db: Database) -> None:
    load(db, 1)
    aid = activity_id(db, "GEN-00001")
    doc = activities.get_document(db, aid)
    old_name, old_basis = doc["name"], doc["purposes"][0]["lawful_basis"]
    doc["name"] = "Nieuwe naam"
    doc["purposes"][0]["lawful_basis"] = (
        "legal_obligation" if old_basis != "legal_obligation" else "contract"
    )
    doc["systems"] = []
    dropped = len(doc["data_categories"])
    doc["data_categories"] = []
    start = last_id(db)
    activities.save_document(db, aid, doc, comment="quarterly review")
    changes = {e.field: e for e in new_entries(db, start)}
    assert value(changes["name"].before) == old_name
    assert value(changes["name"].after) == "Nieuwe naam"
    basis = changes["purposes[0].lawful_basis"]
    assert (value(basis.before), basis.entity_type, basis.entity_key) == (
        old_basis,
        "purpose",
        "GEN-00001",
    )
    assert value(changes["systems"].after) == []
    removed = [e for e in new_entries(db, start) if e.entity_type == "activity_data_category"]
    assert [e.action for e in removed] == ["delete"] * dropped
    assert value(removed[0].before)["data_category"]
    assert all(e.comment == "quarterly review" for e in changes.values())
    # Replacing the other lists by equal rows records nothing for them.
    assert not any(f.startswith(("sources", "retention", "transfers")) for f in changes)


def test_retire_and_delete(db: Database) -> None:
    load(db, 2)
    aid = activity_id(db, "GEN-00002")
    start = last_id(db)
    activities.set_status(db, [aid], "retired")
    (retire,) = new_entries(db, start)
    assert (retire.action, retire.field, value(retire.after)) == ("retire", "status", "retired")
    start = last_id(db)
    activities.delete(db, [aid], comment="duplicate")
    deleted = new_entries(db, start)
    assert [(e.action, e.entity_type) for e in deleted] == [("delete", "activity")]
    assert value(deleted[0].before)["purposes"]
    with db.reading() as session:
        listed = history.entries(session, history.HistoryFilter(activity="GEN-00002"))
    assert [e.action for e in listed][-2:] == ["retire", "delete"]


def test_catalogue_and_cookie_changes(db: Database) -> None:
    load(db, 2)
    start = last_id(db)
    with db.transaction() as session:
        system = session.scalars(select(System).order_by(System.code)).first()
        assert system is not None
        old = system.location
        system.location = "Datacentrum Eindhoven"
        cookie = Cookie(name="_session", provider="kgs", type="functional")
        session.add(cookie)
    entries = new_entries(db, start)
    update = next(e for e in entries if e.entity_type == "system")
    assert (update.field, value(update.before), value(update.after)) == (
        "location",
        old,
        "Datacentrum Eindhoven",
    )
    create = next(e for e in entries if e.entity_type == "cookie")
    assert (create.entity_key, value(create.after)["provider"]) == ("_session", "kgs")


def test_chain_is_intact_and_latest_hash_is_the_last_entry(db: Database) -> None:
    load(db, 3)
    with db.reading() as session:
        assert history.verify(session) is None
        last = session.scalars(select(HistoryEntry).order_by(HistoryEntry.id.desc())).first()
        assert last is not None and history.latest_hash(session) == last.hash


def tamper(db: Database, sql: str, **params: Any) -> None:
    with db.engine.begin() as connection:
        connection.execute(text(sql), params)


def middle(db: Database) -> tuple[int, int]:
    with db.reading() as session:
        ids = list(session.scalars(select(HistoryEntry.id).order_by(HistoryEntry.id)))
    return ids[len(ids) // 2], ids[len(ids) // 2 + 1]


@pytest.mark.parametrize("column", ["after", "actor", "recorded_at", "field", "comment"])
def test_an_edited_entry_is_named(db: Database, column: str) -> None:
    load(db, 3)
    target, _ = middle(db)
    replacement = "2020-01-01 00:00:00.000000" if column == "recorded_at" else '"forged"'
    tamper(db, f"UPDATE history_entry SET {column} = :v WHERE id = :id", v=replacement, id=target)
    with db.reading() as session:
        assert history.verify(session) == target


def test_a_deleted_entry_is_named_by_its_successor(db: Database) -> None:
    load(db, 3)
    target, successor = middle(db)
    tamper(db, "DELETE FROM history_entry WHERE id = :id", id=target)
    with db.reading() as session:
        assert history.verify(session) == successor


def test_reordered_entries_are_named(db: Database) -> None:
    load(db, 3)
    first, second = middle(db)
    tamper(db, "UPDATE history_entry SET id = -1 WHERE id = :a", a=first)
    tamper(db, "UPDATE history_entry SET id = :a WHERE id = :b", a=first, b=second)
    tamper(db, "UPDATE history_entry SET id = :b WHERE id = -1", b=second)
    with db.reading() as session:
        assert history.verify(session) == first


def test_cutting_off_the_end_is_caught_by_a_snapshot_anchor(db: Database) -> None:
    load(db, 2)
    with db.transaction() as session:
        session.add(
            Snapshot(fingerprint="x", content="{}", history_hash=history.latest_hash(session))
        )
    tamper(db, "DELETE FROM history_entry WHERE id = (SELECT MAX(id) FROM history_entry)")
    with db.reading() as session:
        assert history.verify(session) is None  # the chain itself still links up
        problem = history.check_chain(session)
    assert problem is not None and "no longer in the history" in problem.reason


def test_the_app_refuses_to_change_history(db: Database) -> None:
    load(db, 1)
    with pytest.raises(history.HistoryError), db.transaction() as session:
        entry = session.scalars(select(HistoryEntry)).first()
        assert entry is not None
        entry.actor = "someone else"
    with pytest.raises(history.HistoryError), db.transaction() as session:
        session.delete(session.scalars(select(HistoryEntry)).first())


def test_two_writers_on_one_sqlite_file_keep_one_chain(db: Database) -> None:
    load(db, 4)
    other = connect(str(db.url.database))
    with db.reading() as session:
        codes = list(session.scalars(select(System.code).order_by(System.code)))[:2]
    errors: list[BaseException] = []

    def rename(database: Database, code: str) -> None:
        try:
            for round_ in range(10):
                with database.transaction() as session:
                    system = session.scalars(select(System).where(System.code == code)).one()
                    system.description = f"{code} round {round_}"
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)

    threads = [
        threading.Thread(target=rename, args=(database, code))
        for database, code in zip([db, other], codes, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    other.dispose()
    assert not errors
    with db.reading() as session:
        assert history.verify(session) is None


def test_organisation_catalogue_links_and_new_children(db: Database) -> None:
    load(db, 2)
    with db.transaction() as session:
        session.add(Cookie(name="_ga", provider="Google", type="analytics"))
    start = last_id(db)
    with db.transaction() as session:
        settings = session.scalars(select(OrganisationSettings)).one()
        settings.acts_as_processor = not settings.acts_as_processor
        entity = Entity(code="kgs-be", name="KGS Belgium", role="group_company")
        session.add(entity)
        contact = session.scalars(select(Contact)).first()
        assert contact is not None
        contact.email = "privacy@example.test"
        activity = session.scalars(
            select(Activity).options(*activity_load_options()).where(Activity.code == "GEN-00002")
        ).one()
        activity.purposes.append(Purpose(position=len(activity.purposes), description="Nieuw doel"))
        extra = session.scalars(
            select(System).where(System.code.not_in([s.code for s in activity.systems]))
        ).first()
        assert extra is not None
        activity.systems.append(extra)
        session.delete(session.scalars(select(Cookie)).one())
    entries = new_entries(db, start)
    kinds = {(e.action, e.entity_type) for e in entries}
    assert ("update", "organisation_settings") in kinds
    assert ("create", "entity") in kinds
    assert ("update", "contact") in kinds
    assert ("create", "purpose") in kinds
    new_purpose = next(e for e in entries if e.entity_type == "purpose")
    assert new_purpose.field.startswith("purposes[") and new_purpose.entity_key == "GEN-00002"
    link = next(e for e in entries if e.field == "systems")
    assert extra.code in value(link.after) and extra.code not in value(link.before)
    cookie = next(e for e in entries if e.entity_type == "cookie")
    assert (cookie.action, value(cookie.before)["provider"]) == ("delete", "Google")
    with db.reading() as session:
        assert history.verify(session) is None


def test_the_app_can_name_the_user(db: Database) -> None:
    history.set_actor("Anna de Vries")
    try:
        load(db, 1)  # this session names its own actor: it wins
        start = last_id(db)
        activities.set_status(db, [activity_id(db, "GEN-00001")], "active")
    finally:
        history.set_actor(None)
    (entry,) = new_entries(db, start)
    assert entry.actor == "Anna de Vries"
    with db.reading() as session:
        assert history.current_actor(session) != "Anna de Vries"


def test_the_chain_can_be_checked_as_documented_without_the_app(db: Database) -> None:
    """docs/history.md describes the hash; recompute it from the raw rows with the stdlib."""
    import hashlib
    import sqlite3
    from datetime import datetime as dt

    load(db, 2)
    with sqlite3.connect(str(db.url.database)) as connection:
        rows = connection.execute(
            "SELECT recorded_at, actor, action, entity_type, entity_key, activity_id, field, "
            "before, after, comment, prev_hash, hash FROM history_entry ORDER BY id"
        ).fetchall()
    previous = ""
    for row in rows:
        content = list(row[:10])
        content[0] = dt.fromisoformat(content[0]).isoformat(timespec="microseconds")
        canonical = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
        expected = hashlib.sha256(f"{previous}\n{canonical}".encode()).hexdigest()
        assert (row[10], row[11]) == (previous, expected)
        previous = expected


def test_marking_a_transfer_mechanism_as_assumed_is_recorded(db: Database) -> None:
    load(db, 1)
    aid = activity_id(db, "GEN-00001")
    doc = activities.get_document(db, aid)
    doc["transfers"] = [
        {"country": "CH", "recipient": "Groep", "mechanism": "art49_derogation", "note": ""}
    ]
    activities.save_document(db, aid, doc)
    doc = activities.get_document(db, aid)
    assert doc["transfers"][0]["mechanism_assumed"] is False
    doc["transfers"][0]["mechanism_assumed"] = True
    start = last_id(db)
    activities.save_document(db, aid, doc)
    changes = {e.field: e for e in new_entries(db, start)}
    entry = changes["transfers[0].mechanism_assumed"]
    assert (value(entry.before), value(entry.after)) == (False, True)
    assert activities.get_document(db, aid)["transfers"][0]["mechanism_assumed"] is True


def test_the_history_hook_is_attached_to_the_register_s_own_sessions(tmp_path: Path) -> None:
    from sqlalchemy.orm import Session

    from kgs_ropa.model import HistoryEntry, Processor

    db = connect(str(tmp_path / "own.sqlite"))
    initialise(db)
    with db.reading() as session:
        before = session.query(HistoryEntry).count()
    # A session the register did not make (another tool in the process) records nothing...
    with Session(db.engine) as other, other.begin():
        other.add(Processor(code="P-X", name="Elsewhere"))
    # ...nor does the storage layer's Database before the composition root attaches the hook.
    bare = Database.open(str(tmp_path / "own.sqlite"))
    with bare.transaction() as session:
        session.add(Processor(code="P-Y", name="Bare"))
    bare.dispose()
    with db.reading() as session:
        assert session.query(HistoryEntry).count() == before
    with db.transaction() as session:
        session.add(Processor(code="P-Z", name="Recorded"))
    with db.reading() as session:
        assert session.query(HistoryEntry).count() > before
    source = (Path(__file__).parents[2] / "kgs_ropa" / "storage").rglob("*.py")
    assert not [p.name for p in source if "kgs_ropa.services" in p.read_text("utf-8")]
