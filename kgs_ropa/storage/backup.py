"""Backups of a SQLite register: complete files made with SQLite's online backup API.

A backup is the whole register (activities, catalogues, history, snapshots, review sessions),
written to a temporary file beside the target, checked (integrity, our schema) and only then
renamed into place. Automatic backups go to a `<name>-backups` folder beside the register and
are rotated per reason. A team on PostgreSQL backs up with pg_dump (see the README).
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kgs_ropa.storage.database import Database, is_sqlite
from kgs_ropa.storage.errors import DamagedDatabaseError, StorageError
from kgs_ropa.storage.partials import tracked

# How many automatic backups of each reason are kept (the oldest go first); $KGS_ROPA_BACKUPS.
DEFAULT_KEEP = 10
ENV_KEEP = "KGS_ROPA_BACKUPS"


class BackupError(StorageError):
    """A backup could not be made or used; the register itself was not changed."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    reason: str
    taken_at: datetime


_chosen_keep: int | None = None  # the app's setting (Settings in QSettings), given at start


def set_keep_count(count: int | None) -> None:
    """How many automatic backups of each kind to keep, as the user set it in the app."""
    global _chosen_keep
    _chosen_keep = max(1, count) if count else None


def keep_count() -> int:
    """KGS_ROPA_BACKUPS when set (scripts, the command line), else the app's setting."""
    fallback = _chosen_keep or DEFAULT_KEEP
    try:
        return max(1, int(os.environ.get(ENV_KEEP, fallback)))
    except ValueError:
        return fallback


def register_file(db: Database) -> Path:
    if not is_sqlite(db.url) or db.url.database in (None, "", ":memory:"):
        raise BackupError(
            "backups of a PostgreSQL register are made with pg_dump on the server (see the "
            "README); `kgs-ropa export json` moves a register between databases"
        )
    return Path(str(db.url.database))


def check_file(path: Path) -> str:
    """The schema revision of a register file, after SQLite's integrity check; else an error."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise BackupError(f"{path} cannot be opened ({exc})") from None
    try:
        problems = [row[0] for row in connection.execute("PRAGMA integrity_check(1)")]
        if problems != ["ok"]:
            raise DamagedDatabaseError(str(problems[0])[:160], str(path))
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        if "alembic_version" not in tables or "history_entry" not in tables:
            raise BackupError(f"{path} is not a KGS ROPA register")
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabaseError(str(exc), str(path)) from None
    finally:
        connection.close()
    if row is None:
        raise BackupError(f"{path} is a register whose creation was interrupted")
    return str(row[0])


def copy_register(source: Path, target: Path) -> None:
    """A consistent copy (online backup API), checked, then renamed into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".partial", dir=target.parent
    )
    os.close(handle)
    try:
        with tracked(Path(temporary)):  # a kill leaves it for the next start to remove
            _copy(source, Path(temporary))
            check_file(Path(temporary))
            os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def backup_to(db: Database, target: Path) -> Path:
    """`kgs-ropa backup OUT`: the whole register into one checked file."""
    source = register_file(db)
    if target.exists() and target.is_dir():
        target = target / f"{source.stem}-{_stamp()}{source.suffix}"
    copy_register(source, target)
    return target


def backup_folder(db: Database) -> Path:
    source = register_file(db)
    return source.with_name(f"{source.stem}-backups")


def _stamp(when: datetime | None = None) -> str:
    return (when or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")


def automatic(db: Database, reason: str) -> Path | None:
    """A rotated backup for `reason` (migration, review, import, daily, restore); None on
    PostgreSQL or for a file that is not there yet."""
    if not is_sqlite(db.url) or db.url.database in (None, "", ":memory:"):
        return None
    source = register_file(db)
    if not source.exists() or source.stat().st_size == 0:
        return None
    target = backup_folder(db) / f"{source.stem}-{reason}-{_stamp()}{source.suffix}"
    copy_register(source, target)
    _rotate(backup_folder(db), source.stem, reason)
    return target


def _rotate(folder: Path, stem: str, reason: str) -> None:
    made = sorted(folder.glob(f"{stem}-{reason}-*"))
    for old in made[: max(0, len(made) - keep_count())]:
        old.unlink(missing_ok=True)


def daily(db: Database, today: datetime | None = None) -> Path | None:
    """At the first start of a day: a backup unless one of today exists already."""
    if not is_sqlite(db.url) or db.url.database in (None, "", ":memory:"):
        return None
    source = register_file(db)
    day = (today or datetime.now()).strftime("%Y%m%d")
    if any(backup_folder(db).glob(f"{source.stem}-daily-{day}-*")):
        return None
    return automatic(db, "daily")


def list_backups(db: Database) -> list[BackupInfo]:
    """The automatic backups, newest first."""
    source = register_file(db)
    found = []
    for path in backup_folder(db).glob(f"{source.stem}-*{source.suffix}"):
        parts = path.stem.removeprefix(f"{source.stem}-").rsplit("-", 3)
        if len(parts) != 4:
            continue
        try:
            taken = datetime.strptime("-".join(parts[1:]), "%Y%m%d-%H%M%S-%f")
        except ValueError:
            continue
        found.append(BackupInfo(path, parts[0], taken))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def latest_good(db: Database) -> Path | None:
    """The newest automatic backup that passes the check."""
    for info in list_backups(db):
        try:
            check_file(info.path)
        except StorageError:
            continue
        return info.path
    return None


def restore_file(db: Database, source: Path) -> Path | None:
    """Replace the register by the checked copy `source`; the current file is kept aside first
    (returned). Writes through the backup API, under SQLite's lock, so it is all or nothing."""
    from kgs_ropa.storage.migrate import known_revisions, unknown_schema  # migrate is beside us

    if not source.is_file():
        raise BackupError(f"{source}: no such file")
    revision = check_file(source)
    if revision not in known_revisions():
        raise BackupError(str(unknown_schema(str(source), revision)))
    target = register_file(db)
    aside: Path | None = None
    if target.exists() and target.stat().st_size:
        try:
            aside = automatic(db, "before-restore")
        except StorageError:
            # A damaged register cannot be copied through SQLite; keep its bytes as they are.
            aside = backup_folder(db) / f"{target.stem}-damaged-{_stamp()}{target.suffix}"
            aside.parent.mkdir(parents=True, exist_ok=True)
            aside.write_bytes(target.read_bytes())
            target.unlink()
    db.dispose()
    _copy(source, target)
    return aside


def _copy(source: Path, target: Path) -> None:
    """SQLite's online backup API: page by page, under the source's read lock, consistent."""
    origin = sqlite3.connect(source)
    try:
        copy = sqlite3.connect(target)
        try:
            origin.backup(copy)
            _without_lease(copy)
        finally:
            copy.close()
    finally:
        origin.close()


def _without_lease(copy: sqlite3.Connection) -> None:
    """A copy is nobody's open register: the writer's lease (services.lease) stays behind, so a
    restored register is not shown as held by whoever had it open when the copy was made."""
    found = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'register_lease'"
    if copy.execute(found).fetchone():
        copy.execute("DELETE FROM register_lease")
        copy.commit()
