"""Bring a database to the current schema: create, or back up then upgrade, or refuse if newer."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, inspect

from kgs_ropa.storage.database import Database, StorageError, is_sqlite

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class NewerDatabaseError(StorageError):
    """The database was made by a newer version of the app; it is left untouched."""


@dataclass(frozen=True)
class UpgradeResult:
    before: str | None
    after: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.before != self.after


def _alembic_config(connection: Connection | None = None):  # type: ignore[no-untyped-def]
    from alembic.config import Config  # imported lazily: Alembic is off the start-up path

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(_alembic_config()).walk_revisions()}


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def has_tables(db: Database) -> bool:
    with db.engine.connect() as connection:
        return bool(inspect(connection).get_table_names())


def backup_sqlite(db: Database, label: str) -> Path | None:
    """A consistent copy through SQLite's online backup API, next to the database file."""
    if not is_sqlite(db.url) or not db.url.database or db.url.database == ":memory:":
        return None
    source_path = Path(db.url.database)
    if not source_path.exists():
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = source_path.with_name(f"{source_path.stem}.backup-{label}-{stamp}{source_path.suffix}")
    source = sqlite3.connect(source_path)
    try:
        with sqlite3.connect(target) as copy:
            source.backup(copy)
        copy.close()
    finally:
        source.close()
    return target


def check_compatible(db: Database) -> str | None:
    """The current revision, or NewerDatabaseError when this version does not know it."""
    try:
        revision = current_revision(db)
    except Exception as exc:
        raise StorageError(f"cannot open the database {db.display_name}: {exc}") from exc
    if revision is None and has_tables(db):
        raise StorageError(
            f"{db.display_name} is not a KGS ROPA register (it has tables but no schema version)"
        )
    if revision is not None and revision not in known_revisions():
        raise NewerDatabaseError(
            f"{db.display_name} was made by a newer version of KGS ROPA (schema {revision}). "
            "Install the newer version to open it; the database was not changed."
        )
    return revision


def upgrade(db: Database) -> UpgradeResult:
    """Create an empty schema or upgrade an older one (after a backup). Idempotent."""
    from alembic import command

    before = check_compatible(db)
    head = head_revision()
    if before == head:
        return UpgradeResult(before, head, None)
    backup = backup_sqlite(db, f"schema-{before}") if before is not None else None
    with db.engine.begin() as connection:
        command.upgrade(_alembic_config(connection), "head")
    return UpgradeResult(before, head, backup)
