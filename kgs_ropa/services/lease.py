"""One writer per register: a lease row in the register itself.

The per-machine lock file of the app cannot see a second machine on a network share, another
spelling of the path (a hard link, a mapped drive, a URL) or the command line. The lease can: it
lives in the register, so every process that opens it reads the same row. The writer refreshes it
while it runs; a lease not refreshed for STALE_AFTER is stale (its process crashed, or the laptop
slept) and the next writer may take it over. Every write transaction first checks that no other
process holds a fresh lease (`guard`), so nothing writes behind a holder's back.

Times are the writers' own UTC clocks (SQLite has no server clock): STALE_AFTER leaves room for
clocks that differ by a minute or two.
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import Connection, delete, insert, inspect, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kgs_ropa.model.lease import LEASE_ROW, register_lease
from kgs_ropa.services.history import default_actor
from kgs_ropa.storage.database import Database, StorageError, writer

log = logging.getLogger(__name__)
STALE_AFTER = timedelta(minutes=3)
REFRESH_SECONDS = 45  # well inside STALE_AFTER, so one missed refresh does not lose the lease
_TABLE = register_lease.name
# The lease each open register of this process holds (the app refreshes it from a timer).
_HELD: WeakKeyDictionary[Database, Lease] = WeakKeyDictionary()


class RegisterInUseError(StorageError):
    """Another process holds a fresh lease: nothing was changed."""

    def __init__(self, holder: Holder) -> None:
        self.holder = holder
        super().__init__(
            f"the register is open for writing by {holder.describe()}; nothing was changed. "
            "Open it read-only, or try again once it is closed there."
        )


class LeaseLostError(StorageError):
    """This process's lease was taken over (it went stale): it may no longer write."""


@dataclass(frozen=True)
class Holder:
    """Who holds the lease: the user's name, the machine and process, since when."""

    holder: str
    host: str
    pid: int
    token: str
    since: datetime
    refreshed: datetime

    @classmethod
    def from_row(cls, row: Any) -> Holder:
        return cls(row.holder, row.host, row.pid, row.token, _utc(row.since), _utc(row.refreshed))

    def fresh(self, now: datetime | None = None) -> bool:
        """Refreshed lately, and not a process of this machine that is gone."""
        if self.host == socket.gethostname() and not _process_alive(self.pid):
            return False
        return (now or _now()) - self.refreshed < STALE_AFTER

    def describe(self) -> str:
        since = self.since.strftime("%Y-%m-%d %H:%M")
        return f"{self.holder} on {self.host} (process {self.pid}) since {since} UTC"


@dataclass(frozen=True)
class Lease:
    """This process's lease on one register."""

    token: str
    holder: str


def _now() -> datetime:
    return datetime.now(UTC)


def _utc(value: datetime) -> datetime:
    # SQLite hands back naive datetimes; every time the lease stores is UTC.
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _process_alive(pid: int) -> bool:
    """Whether a process of this machine still runs; only asked on POSIX, where signal 0 tells
    (elsewhere a crashed holder's lease goes stale after STALE_AFTER)."""
    if sys.platform == "win32":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: it exists
        return True
    return True


def has_lease_table(db: Database) -> bool:
    """False for a register of an older schema (before its upgrade): it has no lease yet."""
    with db.engine.connect() as connection:
        return bool(inspect(connection).has_table(_TABLE))


def _row(connection: Connection | Session, lock: bool = False) -> Holder | None:
    query = select(register_lease).where(register_lease.c.id == LEASE_ROW)
    if lock:  # PostgreSQL: writers queue on the row; SQLite's BEGIN IMMEDIATE already does
        query = query.with_for_update()
    row = connection.execute(query).first()
    return Holder.from_row(row) if row else None


def current(db: Database) -> Holder | None:
    """The lease as stored (fresh or stale), or None."""
    if not has_lease_table(db):
        return None
    with db.engine.connect() as connection:
        return _row(connection)


def other_writer(db: Database, lease: Lease | None = None) -> Holder | None:
    """Another process's fresh lease, or None when this process may write."""
    holder = current(db)
    if holder is None or (lease and holder.token == lease.token) or not holder.fresh():
        return None
    return holder


def acquire(db: Database, who: str | None = None) -> Lease:
    """Take the lease (a stale one is taken over); RegisterInUseError if another process holds
    a fresh one. Installs the guard that keeps every later write of `db` behind this lease."""
    lease = Lease(secrets.token_hex(16), (who or default_actor())[:200])
    now = _now()
    values = {
        "holder": lease.holder,
        "host": socket.gethostname()[:255],
        "pid": os.getpid(),
        "token": lease.token,
        "since": now,
        "refreshed": now,
    }
    try:
        with writer(db.engine).begin() as connection:
            holder = _row(connection, lock=True)
            if holder is not None and holder.fresh(now):
                raise RegisterInUseError(holder)
            if holder is None:
                connection.execute(insert(register_lease).values(id=LEASE_ROW, **values))
            else:
                # No personal data at INFO: the holder's machine and process, not their name.
                log.info("took over a stale lease (%s, process %s)", holder.host, holder.pid)
                connection.execute(update(register_lease).values(**values))
    except IntegrityError:
        # PostgreSQL: another process inserted the first lease at the same moment.
        holder = current(db)
        if holder is None:
            raise
        raise RegisterInUseError(holder) from None
    db.write_guard = lambda session: guard(session, lease)
    _HELD[db] = lease
    db.at_close(lambda: _release_quietly(db, lease))
    return lease


def held_by(db: Database) -> Lease | None:
    """The lease this process holds on `db`, if any."""
    return _HELD.get(db)


def refresh(db: Database, lease: Lease) -> None:
    """Say this process still holds the lease; LeaseLostError when it was taken over."""
    with writer(db.engine).begin() as connection:
        changed = connection.execute(
            update(register_lease)
            .where(register_lease.c.token == lease.token)
            .values(refreshed=_now())
        ).rowcount
    if not changed:
        holder = current(db)
        who = holder.describe() if holder else "nobody"
        raise LeaseLostError(
            f"this window's hold on the register lapsed and it is now held by {who}; "
            "what is on screen was not saved"
        )


def release(db: Database, lease: Lease) -> None:
    """Give the lease up (on close); a lease already taken over is left to its new holder."""
    db.write_guard = None
    _HELD.pop(db, None)
    with writer(db.engine).begin() as connection:
        connection.execute(delete(register_lease).where(register_lease.c.token == lease.token))


def guard(session: Session, lease: Lease | None = None) -> None:
    """Refuse a write while another process holds a fresh lease (run inside the transaction,
    after SQLite's BEGIN IMMEDIATE, so no lease can be taken in between)."""
    holder = _row(session)
    ours = lease.token if lease else None
    if holder is not None and holder.token != ours and holder.fresh():
        raise RegisterInUseError(holder)


def refuse_other_writers(db: Database) -> None:
    """For a process that writes without holding a lease: every write checks the lease."""
    if has_lease_table(db):
        db.write_guard = guard


@contextmanager
def held(db: Database, who: str | None = None) -> Iterator[Lease]:
    """The lease for a command's run: refreshed from a thread while the command works (a long
    import), released at the end."""
    lease = acquire(db, who)
    stop = threading.Event()
    keeper = threading.Thread(target=_keep, args=(db, lease, stop), daemon=True)
    keeper.start()
    try:
        yield lease
    finally:
        stop.set()
        keeper.join()
        _release_quietly(db, lease)


def _release_quietly(db: Database, lease: Lease) -> None:
    if held_by(db) is not lease:
        return  # given up already
    try:
        release(db, lease)
    except StorageError:
        log.warning("the lease could not be given up; it goes stale", exc_info=True)


def _keep(db: Database, lease: Lease, stop: threading.Event) -> None:
    while not stop.wait(REFRESH_SECONDS):
        try:
            refresh(db, lease)
        except StorageError:
            # SQLite: the command's own transaction holds the write lock, so no one else can
            # write (or take the lease) either; the next round tries again.
            continue
