"""A reading session is one snapshot of the register: what a read hands on (an export, `check`)
is the register as it was at one moment, whoever saves meanwhile, on SQLite and PostgreSQL. (The
app's own finding counts are read without one on SQLite: tests/unit/test_findings_cache.py.)"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import event, select

from kgs_ropa.model import Activity, Processor
from kgs_ropa.reports import stream
from kgs_ropa.reports.build import fingerprint
from kgs_ropa.reports.inquiry import write_pack
from kgs_ropa.services import activities, review_ops, snapshots
from kgs_ropa.services.access import why_read_only
from kgs_ropa.services.connect import connect
from kgs_ropa.services.document import dump_register
from kgs_ropa.services.history import latest_hash
from kgs_ropa.services.setup import initialise
from kgs_ropa.storage.database import Database

Doc = dict[str, Any]


def whole(db: Database) -> Doc:
    with db.reading() as session:
        return dump_register(session)


def rework(db: Database, code: str) -> None:
    """One save that changes an activity's own columns, its purposes and its processors."""
    with db.reading() as session:
        activity_id = session.scalars(select(Activity.id).where(Activity.code == code)).one()
        processors = list(session.scalars(select(Processor.code).order_by(Processor.code)))
    doc, version = activities.get_versioned(db, activity_id)
    doc["name"] = "Reworked while the register was read"
    doc["purposes"] = doc["purposes"][:1]
    doc["processors"] = [p for p in processors if p not in doc["processors"]][:1]
    activities.save(db, activity_id, {**doc, "version": version})


class Meanwhile:
    """Another connection's save, started while a read is under way, in a thread of its own: on
    SQLite its commit waits for the read's shared lock; on PostgreSQL it commits at once."""

    def __init__(self, save: Callable[[], None]) -> None:
        self.thread = threading.Thread(target=self._run)
        self.save, self.error = save, None
        self.committed_at = 0.0

    def _run(self) -> None:
        try:
            self.save()
            self.committed_at = time.monotonic()
        except BaseException as exc:  # handed to the test
            self.error = exc  # type: ignore[assignment]

    def start(self, waits: bool) -> None:
        """`waits`: the save is held up until the read ends (else it commits at once)."""
        self.thread.start()
        if waits:
            time.sleep(0.5)  # long enough for the save to reach its commit and wait there
        else:
            self.thread.join(timeout=30)
            assert self.committed_at, "the save did not commit while the read was open"

    def done(self) -> None:
        self.thread.join(timeout=30)
        assert not self.thread.is_alive(), "the save never finished"
        if self.error is not None:
            raise self.error
        assert self.committed_at


@contextmanager
def after_first_select(
    db: Database, meanwhile: Meanwhile, of: str = "", waits: bool | None = None
) -> Iterator[None]:
    """Starts `meanwhile` once, right after the first SELECT (the first naming `of`) run on
    `db`'s connections: the snapshot begins there (SQLite's BEGIN DEFERRED takes no lock by
    itself). By default the save waits on SQLite only."""
    if waits is None:
        waits = db.engine.dialect.name == "sqlite"
    started = threading.Event()

    def once(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if threading.current_thread() is meanwhile.thread or started.is_set():
            return
        if statement.lstrip().upper().startswith("SELECT") and of in statement:
            started.set()
            meanwhile.start(waits)

    event.listen(db.engine, "after_cursor_execute", once)
    try:
        yield
    finally:
        event.remove(db.engine, "after_cursor_execute", once)
    assert started.is_set()


def test_a_save_committed_during_a_dump_is_not_in_it(
    two_windows: tuple[Database, Database], evidence: Any
) -> None:
    db, other = two_windows
    before = whole(db)
    code = before["activities"][-1]["code"]
    meanwhile = Meanwhile(lambda: rework(other, code))
    with after_first_select(db, meanwhile), db.reading() as session:
        during = dump_register(session)
    read_ended = time.monotonic()
    meanwhile.done()
    assert during == before  # not one table of it from after the save
    after = whole(db)
    assert after != before
    assert after["activities"][-1]["name"] == "Reworked while the register was read"
    if db.engine.dialect.name == "sqlite":
        assert meanwhile.committed_at >= read_ended  # the save waited for the read
    evidence(
        "A save by another connection between two statements of a read",
        "the register's dump (check, every export) on SQLite and PostgreSQL",
        1,
        "the dump is the register before the save, every table; the save is kept "
        "(SQLite: it waits for the read)",
    )


def test_a_streamed_export_reads_one_state_in_all_its_chunks(
    two_windows: tuple[Database, Database], monkeypatch: pytest.MonkeyPatch, evidence: Any
) -> None:
    db, other = two_windows
    monkeypatch.setattr(stream, "CHUNK", 2)
    before = whole(db)
    assert len(before["activities"]) > 4, "the example fills several chunks"
    code = before["activities"][-1]["code"]  # in the last chunk, read after the save
    meanwhile = Meanwhile(lambda: rework(other, code))
    sqlite = db.engine.dialect.name == "sqlite"

    def after_the_first_chunk(done: int, _total: int) -> None:
        if done == 2:
            meanwhile.start(waits=sqlite)

    with db.reading() as session:
        streamed = stream.read_streamed(session, None, after_the_first_chunk)
    meanwhile.done()
    assert list(streamed.activities) == before["activities"]
    assert streamed.fingerprint == fingerprint(before)
    assert whole(db)["activities"][-1]["name"] == "Reworked while the register was read"
    evidence(
        "A save by another connection between two chunks of a read",
        "a streamed export (Excel, PDF) on SQLite and PostgreSQL",
        1,
        "every chunk and the fingerprint are of the register before the save; the save is kept",
    )


def test_a_read_ends_its_transaction_so_a_write_after_it_goes_through(
    two_windows: tuple[Database, Database],
) -> None:
    db, _other = two_windows
    with db.reading() as session:
        dump_register(session)
        raw = session.connection().connection.dbapi_connection
    if db.engine.dialect.name == "sqlite":
        assert not raw.in_transaction  # type: ignore[union-attr]
    else:
        assert raw.info.transaction_status == 0  # type: ignore[union-attr]  # IDLE
    first = whole(db)["activities"][0]["code"]
    started = time.monotonic()
    with db.reading() as session:
        activity_id = session.scalars(select(Activity.id).where(Activity.code == first)).one()
    assert activities.set_status(db, [activity_id], "retired") == 1
    assert time.monotonic() - started < 2  # no wait on a lock this thread left behind


@pytest.mark.postgres
def test_on_postgresql_a_read_is_repeatable_read_and_read_only(pg_target: str) -> None:
    db = connect(pg_target)
    try:
        initialise(db, "kgs")
        with db.reading() as session:
            connection = session.connection()
            isolation = connection.exec_driver_sql("SHOW transaction_isolation").scalar()
            read_only = connection.exec_driver_sql("SHOW transaction_read_only").scalar()
        assert (isolation, read_only) == ("repeatable read", "on")
        with db.transaction() as session:  # a write is as it was
            connection = session.connection()
            isolation = connection.exec_driver_sql("SHOW transaction_isolation").scalar()
            read_only = connection.exec_driver_sql("SHOW transaction_read_only").scalar()
        assert (isolation, read_only) == ("read committed", "off")
    finally:
        db.dispose()


def test_a_read_only_sqlite_file_is_read_in_one_snapshot(db_path: Path) -> None:
    db = connect(str(db_path))
    initialise(db, "kgs")
    expected = whole(db)
    db.dispose()
    # mode=ro: SQLite itself refuses every write, even to root, whom no file mode stops.
    read_only = connect(f"sqlite+pysqlite:///file:{db_path}?mode=ro&uri=true")
    try:
        read_only.read_only = "opened read-only for the test"
        assert whole(read_only) == expected
    finally:
        read_only.dispose()


@pytest.mark.postgres
def test_a_read_only_postgresql_login_reads_in_one_snapshot(auditor: str, pg_target: str) -> None:
    owner = connect(pg_target)
    reader = connect(auditor)
    try:
        reader.read_only = why_read_only(reader)
        assert reader.read_only is not None
        assert whole(reader) == whole(owner)
    finally:
        reader.dispose()
        owner.dispose()


def test_an_inquiry_pack_is_one_state_of_the_register(
    two_windows: tuple[Database, Database], tmp_path: Path, evidence: Any
) -> None:
    """The PDF, the workbook, the history and the manifest's hash are read in one session: a
    save committed while the pack is made is in none of them."""
    db, other = two_windows
    before = whole(db)
    with db.reading() as session:
        head = latest_hash(session)
    code = before["activities"][-1]["code"]
    meanwhile = Meanwhile(lambda: rework(other, code))
    with after_first_select(db, meanwhile):
        manifest = write_pack(db, tmp_path / "pack", "en")
    meanwhile.done()
    assert manifest["history_hash"] == head
    sheet = openpyxl.load_workbook(tmp_path / "pack" / "register.xlsx")["Register"]
    block = {sheet.cell(r, 1).value: sheet.cell(r, 3).value for r in range(1, 12)}
    assert block["Content fingerprint (SHA-256)"] == fingerprint(before)
    history = (tmp_path / "pack" / "change-history.csv").read_text("utf-8")
    assert "Reworked while the register was read" not in history
    assert whole(db)["activities"][-1]["name"] == "Reworked while the register was read"
    evidence(
        "A save by another connection while an inquiry pack is made",
        "`inquiry-pack` on SQLite and PostgreSQL",
        1,
        "PDF, workbook, history and manifest hash all of the register before the save",
    )


def test_a_snapshot_taken_while_someone_saves_is_one_state(
    two_windows: tuple[Database, Database], evidence: Any
) -> None:
    """A snapshot is read in a write transaction (PostgreSQL: READ COMMITTED): it holds the
    history's lock first, so a save of another connection commits after it, not inside it."""
    db, other = two_windows
    before = whole(db)
    code = before["activities"][-1]["code"]
    meanwhile = Meanwhile(lambda: rework(other, code))
    with after_first_select(db, meanwhile, of="FROM entity", waits=True):
        taken = review_ops.take_snapshot(db, "while someone saves")
    meanwhile.done()
    with db.reading() as session:
        assert snapshots.document(snapshots.get(session, taken.id)) == before
    assert whole(db)["activities"][-1]["name"] == "Reworked while the register was read"
    evidence(
        "A save by another connection while a snapshot is taken",
        "`snapshot` on SQLite and PostgreSQL",
        1,
        "the snapshot is the register before the save; the save commits after it",
    )
