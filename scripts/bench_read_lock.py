"""How long a reading session holds the register, and how long a save waits for it.

A reading session is one snapshot (storage.database.reader): on SQLite it holds the shared lock
from its first statement to its end, and a save's commit waits for it; on PostgreSQL nothing
waits. Prints, for a synthetic register: the read of `check` and the findings (one dump), the
read of a streamed export (all its chunks) against the whole export, and a one-activity save
alone and while each read runs in another thread (the findings task while the window saves).

Prints figures only: `python -m scripts.bench_read_lock [ACTIVITIES] [DATABASE URL]` (default
10,000 activities in a new SQLite file; with a PostgreSQL URL, that database must be empty).
"""

from __future__ import annotations

import json
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import event, select

from kgs_ropa.importers.file_import import import_file
from kgs_ropa.model import Activity
from kgs_ropa.reports import export, stream
from kgs_ropa.services import activities, collector, findings_cache
from kgs_ropa.services.connect import connect
from kgs_ropa.services.document import dump_register
from kgs_ropa.services.setup import initialise
from kgs_ropa.services.synthetic import synthetic_document
from kgs_ropa.storage.database import Database


def timed(action: Callable[[], object]) -> tuple[float, float]:
    """(wall, CPU of this thread) seconds."""
    wall, cpu = time.perf_counter(), time.thread_time()
    action()
    return time.perf_counter() - wall, time.thread_time() - cpu


def show(what: str, figures: tuple[float, float]) -> None:
    print(f"{what:<58} {figures[0]:6.2f} s wall {figures[1]:6.2f} s CPU")


def dump(db: Database) -> None:
    with collector.paused(), db.reading() as session:
        dump_register(session)


def streamed(db: Database) -> None:
    with collector.paused(), db.reading() as session:
        stream.read_streamed(session, None).activities.close()


def save_one(db: Database) -> None:
    with db.reading() as session:
        first = session.scalars(select(Activity.id).order_by(Activity.code).limit(1)).one()
    doc, version = activities.get_versioned(db, first)
    doc["owner"] = f"{doc.get('owner') or ''} ."[-200:]
    activities.save(db, first, {**doc, "version": version})


def save_during(db: Database, other: Database, read: Callable[[Database], object]) -> float:
    """The save's wall seconds when it starts just after `read` (in a thread) began its dump."""
    began = threading.Event()

    def first_select(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if "FROM entity" in statement:  # the dump's first table
            began.set()

    event.listen(db.engine, "after_cursor_execute", first_select)
    reader = threading.Thread(target=read, args=(db,))
    reader.start()
    began.wait()
    event.remove(db.engine, "after_cursor_execute", first_select)
    waited, _cpu = timed(lambda: save_one(other))
    reader.join()
    return waited


def register(target: str, size: int, folder: Path) -> Database:
    db = connect(target)
    initialise(db)
    source = folder / "register.json"
    source.write_text(json.dumps(synthetic_document(size), ensure_ascii=False), "utf-8")
    import_file(db, source)
    return db


def main() -> None:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        target = sys.argv[2] if len(sys.argv) > 2 else str(folder / "r.sqlite")
        db = register(target, size, folder)
        other = connect(target)  # the window's save, on connections of its own
        print(f"{size} activities, {db.engine.dialect.name}")
        show("read: one dump (check, findings, json)", timed(lambda: dump(db)))
        show("read: streamed export, all chunks", timed(lambda: streamed(db)))
        out = folder / "r.xlsx"
        show("whole xlsx export (read, then render)", timed(lambda: export.export_xlsx(db, out)))
        show("save one activity alone", timed(lambda: save_one(other)))
        print(f"{'save one activity during a dump':<58} {save_during(db, other, dump):6.2f} s wall")
        print(
            f"{'save one activity during a streamed read':<58} "
            f"{save_during(db, other, streamed):6.2f} s wall"
        )

        def findings(db: Database) -> None:
            findings_cache.register_counts(db, date.today(), folder / "cache")

        print(
            f"{'save one activity during the findings task':<58} "
            f"{save_during(db, other, findings):6.2f} s wall"
        )
        other.dispose()
        db.dispose()


if __name__ == "__main__":
    main()
