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


@pytest.fixture(params=["sqlite", "postgresql"])
def register_target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL or path of an empty register database, on each engine."""
    if request.param == "sqlite":
        yield str(tmp_path / "register.sqlite")
    else:
        yield request.getfixturevalue("pg_target")


@pytest.fixture
def evidence() -> Callable[[str, str, int, str], None]:
    """evidence(fault, operation, tries, result): a row of docs/reliability.md."""
    import fault_evidence as records

    return records.record


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    import fault_evidence as records

    records.write_if_asked(exitstatus == 0)
