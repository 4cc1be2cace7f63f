"""The history on PostgreSQL: same entries, and concurrent writers never fork the chain."""

from __future__ import annotations

import json
import threading
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from kgs_ropa.cli import main
from kgs_ropa.model import HistoryEntry, System
from kgs_ropa.services import history
from kgs_ropa.services.connect import connect
from kgs_ropa.services.document import load_register
from kgs_ropa.services.setup import initialise, seed_vocabularies
from kgs_ropa.services.synthetic import synthetic_document

pytestmark = pytest.mark.postgres


def test_history_chain_on_postgresql(pg_target: str) -> None:
    db = connect(pg_target)
    try:
        initialise(db)
        with db.transaction() as session:
            seed_vocabularies(session)
            load_register(session, synthetic_document(5))
        with db.transaction() as session:
            system = session.scalars(select(System).order_by(System.code)).first()
            assert system is not None
            system.name = "Renamed"
        with db.reading() as session:
            assert history.verify(session) is None
            last = session.scalars(select(HistoryEntry).order_by(HistoryEntry.id.desc())).first()
            assert last is not None
            assert (last.field, last.after) == ("name", '"Renamed"')
            assert history.latest_hash(session) == last.hash
    finally:
        db.dispose()


def test_concurrent_writers_keep_one_chain(pg_target: str) -> None:
    db = connect(pg_target)
    try:
        initialise(db)
        with db.transaction() as session:
            seed_vocabularies(session)
            load_register(session, synthetic_document(4))
        with db.reading() as session:
            codes = list(session.scalars(select(System.code).order_by(System.code)))
        errors: list[BaseException] = []

        def rename(code: str) -> None:
            try:
                for round_ in range(5):
                    with db.transaction() as session:
                        system = session.scalars(select(System).where(System.code == code)).one()
                        system.description = f"{code} round {round_}"
            except BaseException as exc:  # reported by the main thread
                errors.append(exc)

        threads = [threading.Thread(target=rename, args=(c,)) for c in codes[:4]]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert not errors
        with db.reading() as session:
            assert history.verify(session) is None
            updates = session.scalars(
                select(HistoryEntry).where(HistoryEntry.field == "description")
            ).all()
        assert len(updates) == 5 * len(threads)
    finally:
        db.dispose()


def test_review_snapshot_and_as_of_export_on_postgresql(pg_target: str, tmp_path: Path) -> None:
    source = tmp_path / "register.json"
    source.write_text(json.dumps(synthetic_document(4)), encoding="utf-8")
    before, frozen = tmp_path / "before.json", tmp_path / "frozen.json"
    steps = [
        ["init"],
        ["import", "json", str(source)],
        ["review", "start", "Q4", "--participant", "Anna"],
        ["review", "mark", "GEN-00002", "confirmed"],
        ["review", "close"],
        ["export", "json", str(before)],
    ]
    for step in steps:
        assert main(["--db", pg_target, *step]) == 0, step
    db = connect(pg_target)
    try:
        with db.transaction() as session:
            system = session.scalars(select(System).order_by(System.code)).first()
            assert system is not None
            system.name = "Later edit"
    finally:
        db.dispose()
    assert main(["--db", pg_target, "export", "json", str(frozen), "--snapshot", "1"]) == 0
    assert json.loads(frozen.read_text()) == json.loads(before.read_text())
    rebuilt, live = tmp_path / "rebuilt.json", tmp_path / "live.json"
    today = date.today().isoformat()
    assert main(["--db", pg_target, "export", "json", str(rebuilt), "--as-of", today]) == 0
    assert main(["--db", pg_target, "export", "json", str(live)]) == 0
    assert rebuilt.read_bytes() == live.read_bytes()
    assert main(["--db", pg_target, "verify-history"]) == 0
