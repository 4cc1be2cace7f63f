"""What the change history costs: importing a big register with and without recording, then
verifying the chain, taking a snapshot, diffing and one small edit in the big register.

Prints figures only; run with `python scripts/bench_history.py [ACTIVITIES]` (default 10,000).
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from kgs_ropa.model import Activity, HistoryEntry
from kgs_ropa.services import history, replay, snapshots
from kgs_ropa.services.connect import connect
from kgs_ropa.services.diff import diff_documents
from kgs_ropa.services.document import dump_register, load_register
from kgs_ropa.services.setup import initialise, seed_vocabularies
from kgs_ropa.services.synthetic import synthetic_document
from kgs_ropa.storage.database import Database


def timed(what: str, action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    seconds = time.perf_counter() - started
    print(f"{what:<44} {seconds:8.2f} s")
    return seconds


def fresh(folder: Path, name: str) -> Database:
    db = connect(str(folder / f"{name}.sqlite"))
    initialise(db)
    return db


def load(db: Database, document: dict[str, object], record: bool) -> None:
    with db.transaction() as session:
        session.info[history.RECORD] = record
        seed_vocabularies(session)
        load_register(session, document)


def edit_one(db: Database) -> None:
    with db.transaction() as session:
        activity = session.scalars(select(Activity).order_by(Activity.id).limit(1)).one()
        activity.owner = activity.owner + " (edited)"


def main() -> None:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    document = synthetic_document(size)
    with tempfile.TemporaryDirectory() as folder:
        plain, recorded = fresh(Path(folder), "plain"), fresh(Path(folder), "recorded")
        without = timed(
            f"import {size} activities, no history", lambda: load(plain, document, False)
        )
        with_history = timed(
            f"import {size} activities, with history", lambda: load(recorded, document, True)
        )
        print(f"{'history overhead on import':<44} {with_history / without:8.2f} x")
        with recorded.reading() as session:
            entries = session.scalar(select(func.count(HistoryEntry.id)))
            print(f"{'history entries':<44} {entries:8d}")
            timed("verify the whole chain", lambda: history.check_chain(session))
            before = dump_register(session)
        timed("edit one activity (one transaction)", lambda: edit_one(recorded))
        with recorded.transaction() as session:
            timed("take a snapshot", lambda: snapshots.take(session, "bench"))
        with recorded.reading() as session:
            after = dump_register(session)
        timed("diff two registers", lambda: diff_documents(before, after))
        with recorded.reading() as session:
            today = date.today()
            timed(
                "rebuild today from snapshot + history", lambda: replay.reconstruct(session, today)
            )
            entries = list(session.scalars(select(HistoryEntry).order_by(HistoryEntry.id)))
            timed("rebuild from the whole history", lambda: replay.replay(None, entries))
        plain.dispose()
        recorded.dispose()


if __name__ == "__main__":
    main()
