"""Backing up and restoring a register, with the restore recorded in its history."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kgs_ropa.services import history
from kgs_ropa.services.history_capture import Change
from kgs_ropa.storage import backup
from kgs_ropa.storage.database import Database
from kgs_ropa.storage.migrate import upgrade

# The history entry of a restore: no register row, so replay and diff pass over it.
RESTORE = "restore"
REGISTER = history.MARKER


@dataclass(frozen=True)
class Restored:
    source: Path
    kept_aside: Path | None


def back_up(db: Database, target: Path) -> Path:
    return backup.backup_to(db, target)


def restore(db: Database, source: Path) -> Restored:
    """Check `source`, keep the current register aside, put the copy in its place, bring it to
    the current schema and record the restore in its history."""
    aside = backup.restore_file(db, source)
    upgrade(db)
    note = {"from": source.name, "kept_aside": aside.name if aside else None}
    with db.transaction() as session:
        history.append(session, [Change(RESTORE, REGISTER, source.name, None, None, None, note)])
    return Restored(source, aside)
