"""Where the register lives: resolving the target, the engine, one transaction per action."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from platformdirs import user_data_path
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext, make_url
from sqlalchemy.engine.url import URL
from sqlalchemy.exc import NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from kgs_ropa.storage.errors import (
    ConcurrentChangeError,
    ReadOnlyError,
    StorageError,
    classify,
)

APP_NAME = "kgs-ropa"
ENV_DB = "KGS_ROPA_DB"

__all__ = ["Database", "StorageError", "default_database_path", "is_sqlite", "resolve_url"]


def default_database_path() -> Path:
    # %LOCALAPPDATA%\kgs-ropa on Windows (not roaming), ~/.local/share/kgs-ropa on Linux.
    return user_data_path(APP_NAME, appauthor=False, roaming=False) / "register.sqlite"


def is_url(target: str) -> bool:
    """A SQLAlchemy URL, not a file path: "C:\\reg.sqlite" has a colon but no "://"."""
    return "://" in target


def resolve_url(target: str | None = None) -> URL:
    """A file path means SQLite; anything with '://' is a SQLAlchemy URL."""
    target = target or os.environ.get(ENV_DB) or str(default_database_path())
    if is_url(target):
        try:
            return make_url(target)
        except Exception as exc:
            raise StorageError(f"not a valid database URL: {target!r} ({exc})") from exc
    path = Path(target).expanduser().resolve()
    return URL.create("sqlite+pysqlite", database=str(path))


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


CONNECT_TIMEOUT = 10  # seconds

# Execution option naming how a SQLite transaction begins; without it a statement runs
# unwrapped (its own snapshot): the engine's bare connections (lease, migrations) do.
SQLITE_BEGIN = "sqlite_begin"


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite's own BEGIN comes late (after the reads, never before DDL): we emit it ourselves,
    # the SQLAlchemy recipe for pysqlite ("Serializable isolation / Transactional DDL").
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # SQLite leaves foreign keys off on every new connection.
    cursor.execute("PRAGMA foreign_keys=ON")
    # Wait for another writer (a second window, the CLI) instead of failing at once.
    cursor.execute("PRAGMA busy_timeout=5000")
    # Rollback journal, not WAL: WAL breaks on network shares, where some users keep files.
    cursor.execute("PRAGMA journal_mode=DELETE")
    # FULL: a power cut or a killed process never loses a committed action.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    """BEGIN IMMEDIATE for a write: the write lock is taken before the action's first read, so
    what it read cannot change before it writes ("one transaction per action", literally).
    BEGIN DEFERRED for a read: its first statement takes the shared lock, held to its end."""
    mode = connection.get_execution_options().get(SQLITE_BEGIN)
    if mode:
        connection.exec_driver_sql(f"BEGIN {mode}")


def _classify(context: ExceptionContext) -> BaseException | None:
    """Driver errors become known errors where they arise, by their code (storage.errors)."""
    if context.is_pre_ping:
        return None  # the pool handles a dead connection itself
    return classify(context.original_exception, context.is_disconnect)


def _create_engine(url: URL, **options: Any) -> Engine:
    """create_engine, with an unknown kind of database or a missing driver said plainly."""
    try:
        return create_engine(url, **options)
    except NoSuchModuleError:
        raise StorageError(
            f"unknown kind of database {url.drivername!r} in the URL; KGS ROPA works with a "
            "SQLite file or postgresql+psycopg://..."
        ) from None
    except ImportError as exc:
        raise StorageError(
            f"the database driver for {url.drivername!r} is not installed ({exc.name}); use "
            "postgresql+psycopg://... for PostgreSQL"
        ) from None


def make_engine(url: URL) -> Engine:
    if is_sqlite(url):
        engine = _create_engine(url)
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_begin)
    else:
        # A server that does not answer (network gone) fails a connect in seconds, not after
        # the system's TCP timeout: the window waits on it (libpq's connect_timeout; the URL's
        # own ?connect_timeout= wins).
        timeout = {} if "connect_timeout" in url.query else {"connect_timeout": CONNECT_TIMEOUT}
        engine = _create_engine(url, pool_pre_ping=True, connect_args=timeout)
    event.listen(engine, "handle_error", _classify)
    return engine


def writer(engine: Engine) -> Engine:
    """The engine for write transactions (BEGIN IMMEDIATE on SQLite; the option is inert on
    PostgreSQL)."""
    return engine.execution_options(**{SQLITE_BEGIN: "IMMEDIATE"})


def reader(engine: Engine) -> Engine:
    """The engine for reading sessions: each one transaction that sees the register as it was
    at its first statement, whatever others commit meanwhile.

    SQLite: BEGIN DEFERRED, so the read holds the shared lock to its end and a writer's commit
    waits for it (busy_timeout): a reading session must be short. PostgreSQL: REPEATABLE READ
    (one snapshot for the transaction, not one per statement) and READ ONLY, which never waits
    for a writer, never holds one up and never fails to serialise."""
    if engine.dialect.name == "sqlite":
        return engine.execution_options(**{SQLITE_BEGIN: "DEFERRED"})
    return engine.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)


class Database:
    """An engine plus a session factory; services open one transaction per user action."""

    def __init__(self, url: URL) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._sessions = sessionmaker(writer(self.engine), expire_on_commit=False)
        self._readers = sessionmaker(reader(self.engine), expire_on_commit=False)
        # Why this register is open read-only (another writer's lease, a read-only login or
        # file; its str() says it), or None. Read-only: every write is refused before it starts.
        self.read_only: object | None = None
        # Run first in every write transaction: refuses when another process holds the
        # register (services.lease installs it).
        self.write_guard: Callable[[Session], None] | None = None
        self._on_close: list[Callable[[], None]] = []

    @property
    def session_factories(self) -> tuple[sessionmaker[Session], sessionmaker[Session]]:
        """The writers' and the readers' factory: the composition root attaches the history
        hook to these (services.connect), so it runs in this register's sessions only."""
        return self._sessions, self._readers

    @classmethod
    def open(cls, target: str | None = None) -> Database:
        return cls(resolve_url(target))

    @property
    def display_name(self) -> str:
        return self.url.database or "" if is_sqlite(self.url) else self.url.render_as_string()

    @property
    def short_name(self) -> str:
        """The register's name for a document that may leave the machine: the file's name
        without its folders, or the database's name without server, port or login."""
        if is_sqlite(self.url):
            return Path(self.url.database or "").name
        return self.url.database or ""

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any error."""
        if self.read_only is not None:
            raise ReadOnlyError(str(self.read_only))
        try:
            with self._sessions() as session, session.begin():
                if self.write_guard is not None:
                    self.write_guard(session)
                yield session
        except StaleDataError as exc:
            # The UPDATE found another version: someone committed in between read and write.
            raise ConcurrentChangeError(
                "Someone else changed this record while you were saving it; nothing was saved. "
                "Reload it and make your change again."
            ) from exc

    @contextmanager
    def reading(self, snapshot: bool = True) -> Iterator[Session]:
        """One snapshot of the register (see reader()): read, leave, then do the slow work.
        Its transaction ends with the block (rolled back: it wrote nothing).

        snapshot=False is for the app's own background reads of the whole register (its
        findings), which are read again after every save: on SQLite each statement then runs on
        its own and holds no lock between them, so a save in the window never waits for such a
        read (at 50,000 activities it lasts longer than a save would wait). The caller tells a
        read that a save overlapped by the history's head (findings_cache). PostgreSQL's
        snapshot holds no writer up, so it is kept there."""
        if snapshot or not is_sqlite(self.url):
            with self._readers() as session:
                yield session
        else:
            with self._readers(bind=self.engine) as session:
                yield session

    def at_close(self, action: Callable[[], None]) -> None:
        """Run `action` when the register is closed (before its connections go)."""
        self._on_close.append(action)

    def close(self) -> None:
        """Done with the register (the app quits, a command ends): what this process holds in
        it is given up (the writer's lease), then the connections go."""
        try:
            while self._on_close:
                self._on_close.pop()()
        finally:
            self.dispose()

    def dispose(self) -> None:
        """The connections go (they come back at the next use)."""
        self.engine.dispose()
