"""Shared fixtures: a fresh register database per test, on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from kgs_ropa.services import findings_cache
from kgs_ropa.services.connect import connect
from kgs_ropa.services.document import load_register
from kgs_ropa.services.history import set_actor
from kgs_ropa.services.setup import initialise, seed_vocabularies
from kgs_ropa.services.synthetic import synthetic_document
from kgs_ropa.storage.database import Database

PG_URL = os.environ.get("KGS_ROPA_TEST_PG_URL")

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def findings_kept_apart(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The app keeps finding counts in the user's cache folder: in a test, in its own."""
    monkeypatch.setattr(findings_cache, "default_folder", lambda: tmp_path / "findings-cache")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "register.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """An initialised, empty register on SQLite."""
    database = connect(str(db_path))
    initialise(database)
    yield database
    database.dispose()


@pytest.fixture
def synthetic_register(db: Database) -> Callable[[int], Database]:
    """Loads a synthetic register of the given number of activities into `db`."""

    def load(count: int) -> Database:
        with db.transaction() as session:
            seed_vocabularies(session)
            load_register(session, synthetic_document(count))
        return db

    return load


@pytest.fixture
def example_db(db_path: Path) -> Iterator[Database]:
    """The KGS Diamond example register on SQLite."""
    database = connect(str(db_path))
    initialise(database, "kgs")
    yield database
    database.dispose()


@pytest.fixture
def pg_target() -> Iterator[str]:
    """A URL of an empty PostgreSQL database of its own (skipped without a server)."""
    if not PG_URL:
        pytest.skip("no PostgreSQL server (set KGS_ROPA_TEST_PG_URL)")
    name = f"ropa_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = PG_URL.rsplit("/", 1)[0] + f"/{name}"
    yield url
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a new register goes, on each database: a SQLite path, a PostgreSQL URL."""
    if request.param == "sqlite":
        return str(tmp_path / "register.sqlite")
    return str(request.getfixturevalue("pg_target"))


@pytest.fixture
def two_windows(any_target: str) -> Iterator[tuple[Database, Database]]:
    """Two connections to one register, as two app windows or the app and the CLI have."""
    target = any_target
    first = connect(target)
    initialise(first, "kgs")
    second = connect(target)
    yield first, second
    first.dispose()
    second.dispose()
    set_actor(None)


@pytest.fixture
def auditor(pg_target: str) -> Iterator[str]:
    """The URL of a PostgreSQL login that may only read the register (the grants of
    docs/postgresql.md for an auditor)."""
    db = connect(pg_target)
    initialise(db, "kgs")
    db.close()
    role, password = f"auditor_{uuid.uuid4().hex[:8]}", uuid.uuid4().hex
    admin = create_engine(pg_target, isolation_level="AUTOCOMMIT")
    name = pg_target.rsplit("/", 1)[1]
    with admin.connect() as connection:
        connection.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'"))
        connection.execute(text(f'GRANT CONNECT ON DATABASE "{name}" TO {role}'))
        connection.execute(text(f"GRANT USAGE ON SCHEMA public TO {role}"))
        connection.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}"))
    base, _sep, rest = pg_target.partition("://")
    host = rest.split("@", 1)[1]
    yield f"{base}://{role}:{password}@{host}"
    with admin.connect() as connection:
        connection.execute(text(f"DROP OWNED BY {role}"))
    admin.dispose()
    # The role's grants on the server as a whole (CONNECT) go with its database.
    server = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with server.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f"DROP ROLE {role}"))
    server.dispose()


@pytest.fixture
def evidence() -> Callable[[str, str, int, str], None]:
    """evidence(fault, operation, tries, result): a row of docs/reliability.md."""
    import fault_evidence as records

    return records.record


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    import fault_evidence as records

    records.write_if_asked(exitstatus == 0)
