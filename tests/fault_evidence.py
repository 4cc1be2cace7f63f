"""Faults the suite tries, recorded as it runs; written to docs/reliability.md on request.

Tests call the `evidence` fixture with what they did and what came of it. With
KGS_ROPA_EVIDENCE=docs/reliability.md set, the end of the session writes that file from the
records (only a run that passed writes it), so the document says what was tried, not what
was hoped.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ENV = "KGS_ROPA_EVIDENCE"

HEADER = """# Reliability: the faults tried and what came of them

Produced by the test suite (`KGS_ROPA_EVIDENCE=docs/reliability.md python -m pytest`); every row
is a test that ran and passed on {day}. "Tries" counts the separate attempts within the test
(kills at random moments, payloads, sessions); the result is what the test asserts after each.

| Fault | Operation | Tries | Result |
|---|---|---:|---|
"""

FOOTER = """
## What the change history can and cannot prove

Every change is an entry in a hash chain: each entry's hash covers its content and the hash before
it, so editing, deleting or reordering stored entries breaks the chain at that entry
(`kgs-ropa verify-history`). The chain cannot prove anything against someone who can write to the
database file and recompute every hash after an edit: the file alone holds no secret. What anchors
it outside the file is the head hash that every export and every review close prints: kept by the
privacy officer (or handed to the authority with an export), it fixes the history up to that point;
a later chain that does not contain that hash was rewritten.

## Every read is one moment of the register

Every write is one transaction (SQLite: BEGIN IMMEDIATE, the write lock taken before the action's
first read). Every read that leaves the app (an export, the inquiry pack, `check`, the findings, a
notice, the impact answer, `diff`, `verify-history`) is one reading session (`Database.reading`),
and a reading session is one snapshot: what it hands on is the register as it was at one moment,
even when someone saves in between two of its statements (another window, the command line, a
colleague on the team database). A streamed export reads all its chunks in one session.

- PostgreSQL: the session's transaction is REPEATABLE READ and READ ONLY. It never waits for a
  writer, never holds one up and never fails to serialise.
- SQLite (a rollback journal, not WAL, because of network shares): the session begins with
  BEGIN DEFERRED and holds the file's shared lock from its first statement to its end. A save
  that commits meanwhile waits for the read (up to the busy timeout of 5 seconds, then it is
  refused with a message and nothing is lost). So a session only reads: the rules of `check`,
  a replay of the history, rendering and dialogs come after it has ended. At 10,000 activities
  a dump (`check`, the app's findings) held the lock about 1 second and a streamed export's
  read 1.2-2 seconds; at 50,000, 5.8 and 13.3 seconds (`python -m scripts.bench_read_lock`,
  docs/performance.md).

A snapshot taken inside a write (at a review's close, or `snapshot`) reads in the write's own
transaction: on SQLite no one else can write meanwhile; on PostgreSQL (READ COMMITTED) it first
takes the history's lock, which every change takes before it commits, so no change of the app
commits during that read. A change behind the app's back (an SQL editor) is not held up by it.

## Known limits

- A SQLite register on a network share: SQLite's locking is unreliable there; the app and the
  command line warn about it. Keep the file on a local disk or use PostgreSQL for a team.
- A SQLite register read for longer than the busy timeout of 5 seconds (measured: a streamed
  export's read of 50,000 activities, 13.3 seconds) makes a save at that moment fail with "the
  register is in use"; nothing is lost and the save can be made again once the read has ended.
  Below that a save waits for the read (about 1 second at 10,000 activities).
- One writer per register: the lease row in the register (docs/postgresql.md, "One writer at a
  time") is seen from every computer and every spelling of the path (a hard link, `..`, a mapped
  drive, `localhost` for `127.0.0.1`), because it is in the register, not beside it. It relies on
  the writers' clocks (stale after 3 minutes); a holder of this same computer whose process is gone
  is stale at once (POSIX; on Windows after the 3 minutes). Between the check and a write, SQLite's
  BEGIN IMMEDIATE holds the file's write lock, so no one takes the lease in between; on PostgreSQL
  a lease taken at that very moment is caught by the version counters of the records.
- A PostgreSQL register is backed up with pg_dump on the server (README), not by the app.
"""


@dataclass(frozen=True)
class Record:
    fault: str
    operation: str
    tries: int
    result: str


RECORDS: list[Record] = []


def record(fault: str, operation: str, tries: int, result: str) -> None:
    RECORDS.append(Record(fault, operation, tries, result))


def write_if_asked(passed: bool) -> None:
    target = os.environ.get(ENV)
    if not target or not passed or not RECORDS:
        return
    rows = sorted(set(RECORDS), key=lambda r: (r.fault, r.operation))
    lines = [f"| {r.fault} | {r.operation} | {r.tries} | {r.result} |" for r in rows]
    text = HEADER.format(day=date.today().isoformat()) + "\n".join(lines) + "\n" + FOOTER
    Path(target).write_text(text, encoding="utf-8")
