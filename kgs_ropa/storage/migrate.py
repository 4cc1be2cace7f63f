"""Bring a database to the current schema: create, or back up then upgrade, or refuse if newer."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import DBAPIError

from kgs_ropa.storage.backup import automatic as automatic_backup
from kgs_ropa.storage.database import Database, StorageError, is_sqlite, writer
from kgs_ropa.storage.errors import DamagedDatabaseError, DatabaseError, IncompleteRegisterError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class NewerDatabaseError(StorageError):
    """The database was made by a newer version of the app; it is left untouched."""


class UnknownSchemaError(StorageError):
    """The database's schema is none this version knows, and not a newer one: left untouched."""


class NoRegisterError(StorageError):
    """There is no register at the target (a mistyped path, an empty file): nothing was created."""


class HalfMadeRegisterError(StorageError):
    """Our own register whose creation was interrupted (by an older version); `init` repairs it."""


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


def require_register(db: Database) -> None:
    """Refuse a target that holds no register, before anything could create one there.

    Only `init` and the app's first start on its default location create a register.
    """
    init_hint = "Check the path or URL, or create a register there with `kgs-ropa init`."
    if is_sqlite(db.url) and db.url.database not in (None, "", ":memory:"):
        path = Path(str(db.url.database))
        if not path.exists():
            raise NoRegisterError(f"there is no register at {path}. {init_hint}")
        if path.is_file() and path.stat().st_size == 0:
            raise NoRegisterError(f"{path} is an empty file, not a register. {init_hint}")
    if not has_tables(db):
        raise NoRegisterError(f"{db.display_name} holds no register yet. {init_hint}")


def prepare_new(db: Database) -> None:
    """The folder of a new SQLite register (for `init` and the app's first start only)."""
    if is_sqlite(db.url) and db.url.database not in (None, "", ":memory:"):
        Path(str(db.url.database)).parent.mkdir(parents=True, exist_ok=True)


def _half_made(connection: Connection) -> bool:
    """Only our tables, every one of them empty: what an interrupted creation leaves."""
    from kgs_ropa.model import Base  # the models sit above storage; needed only here

    names = set(inspect(connection).get_table_names())
    ours = set(Base.metadata.tables) | {"alembic_version"}
    if not names or not names <= ours:
        return False
    return all(
        connection.exec_driver_sql(f'SELECT 1 FROM "{name}" LIMIT 1').first() is None
        for name in names
    )


def _drop_half_made(connection: Connection) -> None:
    from kgs_ropa.model import Base

    Base.metadata.drop_all(connection, checkfirst=True)
    connection.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")


def check_integrity(db: Database) -> None:
    """SQLite's quick check (seconds for a large register): a damaged file is refused untouched."""
    if not is_sqlite(db.url):
        return
    with db.engine.connect() as connection:
        problems = [row[0] for row in connection.exec_driver_sql("PRAGMA quick_check")]
    if problems != ["ok"]:
        lines = [line for p in problems for line in str(p).splitlines() if "***" not in line]
        first = lines[0][:160] if lines else "integrity check failed"
        raise DamagedDatabaseError(first, db.display_name)


def _integrity(db: Database) -> None:
    try:
        check_integrity(db)
    except DatabaseError as exc:
        raise (exc if exc.where else exc.at(db.display_name)) from exc


def check_compatible(db: Database) -> str | None:
    """The current revision, or NewerDatabaseError when this version does not know it.

    A damaged SQLite file is refused first (DamagedDatabaseError), before anything writes to it.
    """
    try:
        _integrity(db)
        revision = current_revision(db)
    except DatabaseError as exc:
        raise (exc if exc.where else exc.at(db.display_name)) from exc
    if revision is None and has_tables(db):
        with db.engine.connect() as connection:
            if _half_made(connection):
                raise HalfMadeRegisterError(
                    f"{db.display_name} is a KGS ROPA register whose creation was interrupted "
                    "(it holds no data). Run `kgs-ropa init` on it to finish creating it."
                )
        raise StorageError(
            f"{db.display_name} is not a KGS ROPA register (it has tables but no schema version)"
        )
    if revision is not None and revision not in known_revisions():
        raise unknown_schema(db.display_name, revision)
    return revision


def _number(revision: str) -> int | None:
    """Our revisions start with their place in the chain: "0003_reliability_append_only"."""
    match = re.match(r"(\d+)_", revision)
    return int(match[1]) if match else None


def unknown_schema(name: str, revision: str) -> StorageError:
    """The error for a schema this version does not know: newer only when it is numbered
    past our own head; an older or unnumbered one is said to be what it is."""
    number, ours = _number(revision), [_number(r) for r in known_revisions()]
    newest = max((n for n in ours if n is not None), default=0)
    if number is not None and number > newest:
        return NewerDatabaseError(
            f"{name} was made by a newer version of KGS ROPA (schema {revision}). "
            "Install the newer version to open it; the database was not changed."
        )
    if number is not None:
        return UnknownSchemaError(
            f"{name} has an older schema ({revision}) that this version cannot upgrade: it "
            "was made by a test or development build. Export it to JSON with the version that "
            "made it and import that here; the database was not changed."
        )
    return UnknownSchemaError(
        f"{name} has a schema no version of KGS ROPA made ({revision}); the database was "
        "not changed."
    )


_REVISION = re.compile(r'^(down_)?revision(?::[^=]*)?=\s*(?:"([^"]*)"|None)\s*$', re.MULTILINE)


def _scripts_head() -> str | None:
    """The head revision read from the migration files' own lines, without importing Alembic
    (a quarter of a command's start); None when they are anything but one plain chain."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        found = {bool(m[1]): m[2] for m in _REVISION.finditer(script.read_text("utf-8"))}
        if False not in found or True not in found or not found[False]:
            return None  # not a plain migration script: let Alembic read it
        revisions.add(found[False])
        if found[True]:
            parents.add(found[True])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _at_head(db: Database) -> str | None:
    """The head revision if the database is at it (nothing to do), else None. A damaged file
    is refused here too, before anything reads it further."""
    head = _scripts_head()
    if head is None:
        return None
    _integrity(db)
    try:
        with db.engine.connect() as connection:
            current = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except DBAPIError:  # no version table yet, or no database: Alembic decides
        return None
    if [row[0] for row in current] != [head]:
        return None
    _complete(db)
    return head


def _complete(db: Database) -> None:
    """Refuse a register at the current schema that lacks one of its tables (dropped behind
    the app's back): SQLite reports that only as a generic error once a query needs it."""
    from kgs_ropa.model import Base  # the models sit above storage; needed only here

    with db.engine.connect() as connection:
        names = set(inspect(connection).get_table_names())
    missing = sorted(set(Base.metadata.tables) - names)
    if missing:
        raise IncompleteRegisterError(f"no table {', '.join(missing)}", db.display_name)


def upgrade(db: Database, repair: bool = False) -> UpgradeResult:
    """Create an empty schema or upgrade an older one (after a backup). Idempotent.

    With `repair` (init), an interrupted creation of our own register is cleared and redone.
    """
    head = _at_head(db)
    if head is not None:
        return UpgradeResult(head, head, None)
    from alembic import command

    try:
        before = check_compatible(db)
    except HalfMadeRegisterError:
        if not repair:
            raise
        before = None
    head = head_revision()
    if before == head:
        return UpgradeResult(before, head, None)
    backup = automatic_backup(db, f"schema-{before}") if before is not None else None
    # One transaction (DDL included): a kill leaves the file as it was, never half-made.
    with writer(db.engine).begin() as connection:
        if before is None and repair and _half_made(connection):
            _drop_half_made(connection)
        command.upgrade(_alembic_config(connection), "head")
    return UpgradeResult(before, head, backup)
