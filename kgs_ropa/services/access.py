"""Whether this process may write the register, asked once when it is opened.

A read-only login (an auditor on PostgreSQL), a read-only file or another writer's lease would
otherwise show only at the first save; known at open, the app shows the register read-only from
the start and says why.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from kgs_ropa.services.lease import Holder
from kgs_ropa.storage.database import Database, is_sqlite

# A login that may not add or change activities, or not append to the history, cannot save.
_PG_CAN_WRITE = text(
    "SELECT has_table_privilege('activity', 'INSERT') "
    "AND has_table_privilege('activity', 'UPDATE') "
    "AND has_table_privilege('history_entry', 'INSERT')"
)
_TEXTS = {
    "file": "the file {} is read-only",
    "folder": "the folder {} is read-only",
    "server": "the database server {} accepts only reads",
    "login": "the database login {} may only read this register",
    "holder": "it is open for writing by {}",
    "lost": "this window's hold on it lapsed and it is now open for writing by {}",
}


@dataclass(frozen=True)
class ReadOnlyReason:
    """Why the register is open read-only: a kind (the app words each kind in the interface
    language) and what it concerns (a path, a login, the lease's holder)."""

    kind: str
    subject: str
    holder: Holder | None = None

    def __str__(self) -> str:
        return _TEXTS[self.kind].format(self.subject)


def held_by(holder: Holder, lost: bool = False) -> ReadOnlyReason:
    return ReadOnlyReason("lost" if lost else "holder", holder.describe(), holder)


def why_read_only(db: Database) -> ReadOnlyReason | None:
    """Why nothing can be written here, or None."""
    if is_sqlite(db.url):
        return _sqlite_read_only(db.url.database)
    with db.engine.connect() as connection:
        if connection.exec_driver_sql("SHOW transaction_read_only").scalar() == "on":
            return ReadOnlyReason("server", db.url.host or "")
        if not connection.execute(_PG_CAN_WRITE).scalar():
            return ReadOnlyReason("login", db.url.username or "")
    return None


def _sqlite_read_only(database: str | None) -> ReadOnlyReason | None:
    if database in (None, "", ":memory:"):
        return None
    path = Path(str(database))
    if not path.exists():
        return None  # a new register, created where the user may write
    if not os.access(path, os.W_OK):
        return ReadOnlyReason("file", str(path))
    # SQLite writes its rollback journal beside the file: a read-only folder stops every save.
    if not os.access(path.parent, os.W_OK):
        return ReadOnlyReason("folder", str(path.parent))
    return None
