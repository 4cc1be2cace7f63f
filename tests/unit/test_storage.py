"""Storage: where the database is, its pragmas, and the migrations that shape it."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from kgs_ropa.model import Base
from kgs_ropa.services.connect import connect
from kgs_ropa.services.document import dump_register, load_register
from kgs_ropa.services.setup import initialise, seed_vocabularies
from kgs_ropa.services.synthetic import synthetic_document
from kgs_ropa.storage import migrate
from kgs_ropa.storage.database import Database, StorageError, resolve_url


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_one_head() -> None:
    script = ScriptDirectory.from_config(migrate._alembic_config())
    assert len(script.get_heads()) == 1


def test_the_head_read_without_alembic_is_alembics() -> None:
    """The quick check at every start reads the same head as Alembic does."""
    assert migrate._scripts_head() == migrate.head_revision()


def schema_drift(db: Database) -> list[object]:
    with db.engine.connect() as connection:
        return list(compare_metadata(MigrationContext.configure(connection), Base.metadata))


def test_upgrade_from_empty_matches_the_models(tmp_path: Path) -> None:
    db = connect(str(tmp_path / "r.sqlite"))
    result = migrate.upgrade(db)
    assert result.before is None and result.after == migrate.head_revision()
    assert schema_drift(db) == []


def test_upgrade_is_idempotent(db: Database) -> None:
    assert not migrate.upgrade(db).changed


def test_upgrade_keeps_data_and_backs_up_the_file(tmp_path: Path) -> None:
    """From the first revision, with rows in it, to head: rows kept, a backup made."""
    path = tmp_path / "old.sqlite"
    db = connect(str(path))
    first = list(ScriptDirectory.from_config(migrate._alembic_config()).walk_revisions())[-1]
    from alembic import command

    with db.engine.begin() as connection:
        command.upgrade(migrate._alembic_config(connection), first.revision)
        connection.execute(
            text(
                "INSERT INTO activity (code, name, name_en, description, business_function, "
                "owner, status, joint_controllers, rights, rights_note, security_note, "
                "automated_decision_making, automated_decision_note, dpia_required, dpia_status, "
                "dpia_reference, last_reviewed_by, review_interval_months, to_be_confirmed, note, "
                "created_at, updated_at) VALUES ('OLD-1', 'Oude verwerking', '', '', '', '', "
                "'active', '[]', '[]', '', '', 0, '', 'no', 'not_applicable', '', '', 3, '', '', "
                "'2024-01-01 00:00:00', '2024-01-01 00:00:00')"
            )
        )
    head = migrate.head_revision()
    result = migrate.upgrade(db)
    assert result.after == head
    if first.revision != head:
        assert result.backup is not None and result.backup.exists()
    with db.reading() as session:
        names = [a["name"] for a in dump_register(session)["activities"]]
    assert names == ["Oude verwerking"]
    assert schema_drift(db) == []


def test_a_database_from_a_newer_version_is_refused_untouched(db: Database, db_path: Path) -> None:
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.dispose()
    before = file_hash(db_path)
    with pytest.raises(migrate.NewerDatabaseError, match="newer version"):
        migrate.upgrade(connect(str(db_path)))
    assert file_hash(db_path) == before


def test_a_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER)")
    connection.close()
    with pytest.raises(StorageError, match="not a KGS ROPA register"):
        migrate.upgrade(connect(str(path)))


def test_a_file_that_is_no_database_gives_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StorageError, match="damaged or not a database"):
        migrate.upgrade(connect(str(path)))
    assert path.read_bytes().startswith(b"this is not")


def test_foreign_keys_are_enforced(db: Database) -> None:
    with db.reading() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_targets_resolve_to_urls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_url(str(tmp_path / "x.sqlite")).get_backend_name() == "sqlite"
    pg = resolve_url("postgresql+psycopg://user@127.0.0.1/ropa")
    assert pg.get_backend_name() == "postgresql"
    monkeypatch.setenv("KGS_ROPA_DB", str(tmp_path / "env.sqlite"))
    assert resolve_url(None).database == str(tmp_path / "env.sqlite")
    with pytest.raises(StorageError, match="not a valid database URL"):
        resolve_url("nonsense://::/")


def test_default_database_lives_in_the_user_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KGS_ROPA_DB", raising=False)
    path = Path(resolve_url(None).database or "")
    assert path.name == "register.sqlite" and "kgs-ropa" in path.parts
    assert path.is_absolute()


@pytest.mark.postgres
def test_the_register_works_on_postgresql(pg_target: str) -> None:
    db = connect(pg_target)
    initialise(db)
    assert schema_drift(db) == []
    document = synthetic_document(25)
    with db.transaction() as session:
        seed_vocabularies(session)
        load_register(session, document)
    with db.reading() as session:
        dumped = dump_register(session)
    assert [a["code"] for a in dumped["activities"]] == sorted(
        a["code"] for a in document["activities"]
    )
    db.dispose()


def _document_with(activity: dict[str, object], catalogues: dict[str, object] | None = None):  # type: ignore[no-untyped-def]
    document = synthetic_document(0)
    document["activities"] = [{"code": "A-1", "name": "Verwerking", **activity}]
    if catalogues is not None:
        document["catalogues"] = catalogues
    return document


@pytest.mark.parametrize(
    ("activity", "catalogues", "message"),
    [
        (
            {"data_subjects": ["applicant", "applicant"]},
            None,
            "activities[0].data_subjects[1]: data subject category 'applicant' is listed twice",
        ),
        (
            {"data_categories": [{"category": "name"}, {"category": "name"}]},
            None,
            "activities[0].data_categories[1]: data category 'name' is listed twice",
        ),
        (
            {},
            {"systems": [{"code": "crm", "name": "CRM"}, {"code": "crm", "name": "CRM 2"}]},
            "catalogues.systems[1]: system 'crm' is listed twice",
        ),
    ],
)
def test_a_code_listed_twice_is_bad_input(
    db: Database, activity: dict[str, object], catalogues: dict[str, object] | None, message: str
) -> None:
    from kgs_ropa.services.document import DocumentError

    with pytest.raises(DocumentError) as caught, db.transaction() as session:
        load_register(session, _document_with(activity, catalogues))
    assert str(caught.value) == message


def test_an_activity_without_a_name_is_bad_input(db: Database) -> None:
    from kgs_ropa.services.document import DocumentError

    document = _document_with({})
    document["activities"][0]["name"] = "   "
    with pytest.raises(DocumentError) as caught, db.transaction() as session:
        load_register(session, document)
    assert str(caught.value) == "activities[0].name: must not be empty"


def test_the_short_name_holds_no_folder_server_or_login(tmp_path: Path) -> None:
    """What a document that may go to the authority calls the register (the history PDF)."""
    file = Database.open(str(tmp_path / "registers" / "kgs.sqlite"))
    server = Database.open("postgresql+psycopg://anna:secret@db.intra:5432/ropa")
    assert (file.short_name, server.short_name) == ("kgs.sqlite", "ropa")
    file.dispose()
    server.dispose()
