"""The register rebuilt from the change history equals the snapshots taken along the way."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import Session

from kgs_ropa.model import (
    Activity,
    ActivityDataCategory,
    Contact,
    Cookie,
    DataCategory,
    Entity,
    HistoryEntry,
    OrganisationSettings,
    ProcessorRecord,
    Recipient,
    System,
)
from kgs_ropa.reports.build import Frozen
from kgs_ropa.reports.export import export_pdf, export_xlsx
from kgs_ropa.services import activities, replay, review, snapshots
from kgs_ropa.services.document import (
    References,
    activity_load_options,
    fill_activity,
    load_register,
)
from kgs_ropa.services.dump_order import in_dump_order
from kgs_ropa.services.replay_register import activity_doc
from kgs_ropa.services.setup import seed_vocabularies
from kgs_ropa.services.synthetic import synthetic_document
from kgs_ropa.storage.database import Database

Edit = Callable[[Database], None]


def code_id(db: Database, code: str) -> int:
    with db.reading() as session:
        return int(session.scalar(select(Activity.id).where(Activity.code == code)) or 0)


def edit_document(code: str, change: Callable[[dict[str, Any]], None]) -> Edit:
    """Edit an activity as its document, the way the editor saves it."""

    def run(db: Database) -> None:
        aid = code_id(db, code)
        doc = activities.get_document(db, aid)
        change(doc)
        with db.transaction() as session:
            session.info["comment"] = "edit"
            query = select(Activity).options(*activity_load_options())
            activity = session.scalars(query.where(Activity.id == aid)).one()
            # The old category uses go first: a new use of the same category is a unique row.
            activity.data_categories = []
            session.flush()
            fill_activity(activity, doc, References.from_session(session))

    return run


def in_session(change: Callable[[Session], None]) -> Edit:
    def run(db: Database) -> None:
        with db.transaction() as session:
            change(session)

    return run


def first(session: Session, model: Any, *where: Any) -> Any:
    return session.scalars(select(model).where(*where).order_by(model.id)).first()


def rename_activity_and_its_purpose(doc: dict[str, Any]) -> None:
    doc["code"], doc["name"] = "GEN-RENAMED", "Hernoemd"
    doc["purposes"][0]["description"] = "Nieuw doel"


def reshape(doc: dict[str, Any]) -> None:
    doc["systems"] = doc["systems"][:1]
    doc["data_categories"] = doc["data_categories"][1:]
    doc["purposes"].append({"description": "Extra doel", "lawful_basis": "contract"})
    doc["transfers"] = []
    doc["retention"] = doc["retention"][:1]


def contact_and_organisation(session: Session) -> None:
    contact = first(session, Contact)
    contact.name, contact.email = "Nieuwe privacy officer", "po@example.test"
    first(session, OrganisationSettings).note = "Bijgewerkt"
    session.add(Entity(code="kgs-de", name="KGS GmbH", country="DE"))


def catalogues(session: Session) -> None:
    system = first(session, System)
    system.code, system.location = "renamed-system", "Elders"
    first(session, DataCategory, DataCategory.code == "email").label_en = "E-mail"
    session.delete(first(session, Recipient))


def cookies(session: Session) -> None:
    session.add(Cookie(name="_ga", provider="Google", type="analytics", position=0))
    session.add(Cookie(name="lang", provider="kgs", type="functional", position=1))


def cookie_rename_and_delete(session: Session) -> None:
    first(session, Cookie, Cookie.name == "_ga").name = "_ga4"
    session.delete(first(session, Cookie, Cookie.name == "lang"))


def retire_duplicate_delete(db: Database) -> None:
    activities.set_status(db, [code_id(db, "GEN-00003")], "retired")
    activities.duplicate(db, code_id(db, "GEN-00004"))
    activities.delete(db, [code_id(db, "GEN-00005")])


def entity_and_category(session: Session) -> None:
    first(session, Entity, Entity.code == "gen-holding").code = "holding"
    used = session.scalar(select(ActivityDataCategory.data_category_id).limit(1))
    session.delete(session.get(DataCategory, used))
    session.add(ProcessorRecord(code="pr-1", client_controller="Klant B.V."))


def a_review(session: Session) -> None:
    started = review.start(session, "Q", date(2026, 11, 25), ["Anna"])
    review.mark(session, started.items[0].activity_code, "confirmed")
    review.close(session)


EDITS: list[Edit] = [
    edit_document("GEN-00002", rename_activity_and_its_purpose),
    edit_document("GEN-00004", reshape),
    in_session(contact_and_organisation),
    in_session(catalogues),
    in_session(cookies),
    in_session(cookie_rename_and_delete),
    retire_duplicate_delete,
    in_session(entity_and_category),
    in_session(a_review),
]


@pytest.fixture
def stages(db: Database) -> list[snapshots.SnapshotInfo]:
    """The register loaded, then edited step by step, with a snapshot after every step."""
    with db.transaction() as session:
        seed_vocabularies(session)
        load_register(session, synthetic_document(6))
    taken = []
    for edit in [None, *EDITS]:
        if edit is not None:
            edit(db)
        with db.transaction() as session:
            taken.append(snapshots.take(session))
    return taken


def entries_between(session: Session, start: str, end: str) -> list[HistoryEntry]:
    ids = {
        h: session.scalar(select(HistoryEntry.id).where(HistoryEntry.hash == h)) or 0
        for h in (start, end)
    }
    query = select(HistoryEntry).where(HistoryEntry.id > ids[start], HistoryEntry.id <= ids[end])
    return list(session.scalars(query.order_by(HistoryEntry.id)))


def frozen(session: Session, info: snapshots.SnapshotInfo) -> dict[str, Any]:
    return snapshots.document(snapshots.get(session, info.id))


def test_each_step_replays_onto_the_previous_snapshot(
    db: Database, stages: list[snapshots.SnapshotInfo]
) -> None:
    with db.reading() as session:
        for older, newer in zip(stages, stages[1:], strict=False):
            entries = entries_between(session, older.history_hash, newer.history_hash)
            assert entries, "every step records something"
            assert replay.replay(frozen(session, older), entries) == frozen(session, newer)


def test_the_whole_history_replays_from_an_empty_register(
    db: Database, stages: list[snapshots.SnapshotInfo]
) -> None:
    with db.reading() as session:
        everything = list(session.scalars(select(HistoryEntry).order_by(HistoryEntry.id)))
        upto_last = [e for e in everything if e.id <= everything[-1].id]
        assert replay.replay(None, upto_last) == frozen(session, stages[-1])


def test_reconstruct_today_is_the_live_register(
    db: Database, stages: list[snapshots.SnapshotInfo]
) -> None:
    from kgs_ropa.services.document import dump_register

    with db.transaction() as session:  # after the last snapshot
        first(session, Activity, Activity.code == "GEN-00006").owner = "Later"
    with db.reading() as session:
        day = stages[-1].taken_at.astimezone().date()
        rebuilt = replay.reconstruct(session, day)
        assert rebuilt.snapshot_id == stages[-1].id and rebuilt.changes == 1
        assert rebuilt.document == dump_register(session)


def test_history_that_cannot_be_applied_falls_back_to_the_snapshot(
    db: Database, stages: list[snapshots.SnapshotInfo]
) -> None:
    with db.transaction() as session:
        first(session, Activity, Activity.code == "GEN-00006").owner = "Later"
    with db.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE history_entry SET entity_key = 'NO-SUCH' WHERE id = (SELECT MAX(id) FROM "
            "history_entry)"
        )
    with db.reading() as session:
        rebuilt = replay.reconstruct(session, stages[-1].taken_at.astimezone().date())
        assert rebuilt.snapshot_id == stages[-1].id and "NO-SUCH" in rebuilt.problem
        assert rebuilt.document == frozen(session, stages[-1])


def test_a_snapshot_and_a_replay_put_their_keys_in_the_order_of_a_dump(
    db: Database, stages: list[snapshots.SnapshotInfo]
) -> None:
    """Rendered directly, a past register exports byte for byte as the register it was."""
    from kgs_ropa.services.document import dump_register

    with db.reading() as session:
        live = json.dumps(dump_register(session))
        everything = list(session.scalars(select(HistoryEntry).order_by(HistoryEntry.id)))
        assert json.dumps(in_dump_order(frozen(session, stages[-1]))) == live
        assert json.dumps(in_dump_order(replay.replay(None, everything))) == live
        assert json.dumps(frozen(session, stages[-1])) != live  # stored with sorted keys


def workbook_values(path: Path) -> dict[str, list[list[Any]]]:
    wb = openpyxl.load_workbook(path, read_only=True)
    return {ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in wb.worksheets}


def test_a_rebuilt_register_exports_as_the_register_it_was(
    db: Database, stages: list[snapshots.SnapshotInfo], tmp_path: Path
) -> None:
    """The past register is rendered from its document, as its database would have rendered it."""
    with db.transaction() as session:  # after the last snapshot: replayed on top of it
        first(session, Activity, Activity.code == "GEN-00006").owner = "Later"
    with db.reading() as session:
        rebuilt = replay.reconstruct(session, date.today())
    past = Frozen(rebuilt.document, rebuilt.history_hash)
    for name, target in (("live", db), ("past", past)):
        export_xlsx(target, tmp_path / f"{name}.xlsx", "en", today=date(2026, 11, 25))
        export_pdf(target, tmp_path / f"{name}.pdf", "nl", ["GEN-00006"], today=date(2026, 11, 25))
    assert workbook_values(tmp_path / "past.xlsx") == workbook_values(tmp_path / "live.xlsx")
    texts = [
        [page.extract_text() for page in PdfReader(tmp_path / f"{name}.pdf").pages]
        for name in ("live", "past")
    ]
    assert texts[0] == texts[1] and "Later" in " ".join(texts[1])


def test_rows_recorded_before_a_field_existed_replay_with_its_migration_value() -> None:
    # An activity as an older version recorded it: no linked documents, no assumption flag on
    # its transfer, its retention in months.
    recorded = {
        "code": "KGS-01",
        "name": "Orderafhandeling",
        "transfers": [{"position": 0, "country": "CH", "recipient": "Groep"}],
        "retention": [{"position": 0, "period": "", "period_months": 24}],
    }
    activity = activity_doc(recorded)
    assert activity["documents"] == [] and activity["assessed_none"] == []
    assert activity["transfers"][0]["mechanism_assumed"] is False
    rule = activity["retention"][0]
    assert (rule["period_amount"], rule["period_unit"]) == (2, "year")
