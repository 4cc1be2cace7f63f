"""A new register is never half-made, and a mistyped target never becomes one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, inspect

from kgs_ropa.cli import main
from kgs_ropa.model import Base
from kgs_ropa.services.connect import connect
from kgs_ropa.services.setup import initialise
from kgs_ropa.storage import migrate
from kgs_ropa.storage.database import StorageError


def _tables(path: Path) -> set[str]:
    db = connect(str(path))
    try:
        with db.engine.connect() as connection:
            return set(inspect(connection).get_table_names())
    finally:
        db.dispose()


def test_an_interrupted_creation_leaves_no_table_behind(tmp_path: Path, evidence: Any) -> None:
    path = tmp_path / "r.sqlite"
    db = connect(str(path))

    def fail_midway(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        if statement.strip().startswith("CREATE TABLE activity "):
            raise KeyboardInterrupt  # as a kill would: after some tables, before the version

    event.listen(db.engine, "before_cursor_execute", fail_midway)
    with pytest.raises(KeyboardInterrupt):
        initialise(db)
    event.remove(db.engine, "before_cursor_execute", fail_midway)
    db.dispose()
    assert _tables(path) == set()
    db = connect(str(path))
    assert initialise(db).upgrade.after == migrate.head_revision()
    db.dispose()
    evidence(
        "Interrupted creation of a new register",
        "schema creation",
        1,
        "no table left behind; `init` then creates it",
    )


def _half_made(path: Path) -> None:
    """What a kill during creation by an older version left: some of our tables, no version."""
    db = connect(str(path))
    with db.engine.begin() as connection:
        for name in ("entity", "data_category", "activity"):
            Base.metadata.tables[name].create(connection)
    db.dispose()


def test_init_repairs_our_own_half_made_register(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], evidence: Any
) -> None:
    path = tmp_path / "r.sqlite"
    _half_made(path)
    assert main(["--db", str(path), "check"]) == 2
    assert "creation was interrupted" in capsys.readouterr().err
    assert main(["--db", str(path), "init"]) == 0
    assert "register ready" in capsys.readouterr().out
    assert "alembic_version" in _tables(path)
    assert main(["--db", str(path), "export", "json", str(tmp_path / "r.json")]) == 0
    evidence(
        "Half-made register left by an older version",
        "`check`, then `init`",
        1,
        "`check` says run init (exit 2); `init` repairs it",
    )


def test_init_leaves_a_foreign_database_alone(tmp_path: Path, evidence: Any) -> None:
    path = tmp_path / "other.sqlite"
    db = connect(str(path))
    with db.engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE activity (id INTEGER, mine TEXT)")
        connection.exec_driver_sql("INSERT INTO activity VALUES (1, 'not yours')")
    db.dispose()
    before = path.read_bytes()
    db = connect(str(path))
    with pytest.raises(StorageError, match="not a KGS ROPA register"):
        initialise(db)
    db.dispose()
    assert path.read_bytes() == before
    evidence("Foreign SQLite database", "`init`", 1, "refused, file byte-identical")


@pytest.mark.parametrize(
    "command",
    [
        ["export", "json", "OUT"],
        ["verify-history"],
        ["check"],
        ["history"],
        ["import", "json", "IN"],
    ],
)
def test_a_mistyped_target_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str], evidence: Any
) -> None:
    source = tmp_path / "in.json"
    source.write_text('{"format": "kgs-ropa-register", "format_version": 1}', encoding="utf-8")
    args = [
        str(tmp_path / "out.json") if a == "OUT" else str(source) if a == "IN" else a
        for a in command
    ]
    target = tmp_path / "typo" / "registr.sqlite"
    assert main(["--db", str(target), *args]) == 2
    err = capsys.readouterr().err
    assert "there is no register at" in err and "kgs-ropa init" in err
    assert not target.parent.exists()
    assert not (tmp_path / "out.json").exists()
    evidence("Mistyped --db path", f"`{command[0]}`", 1, "exit 2, nothing created")


def test_an_empty_file_is_not_a_register(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], evidence: Any
) -> None:
    target = tmp_path / "empty.sqlite"
    target.touch()
    assert main(["--db", str(target), "verify-history"]) == 2
    assert "an empty file, not a register" in capsys.readouterr().err
    assert target.stat().st_size == 0
    assert main(["--db", str(target), "init"]) == 0  # init makes it one
    assert main(["--db", str(target), "verify-history"]) == 0
    evidence(
        "0-byte file",
        "`verify-history`, then `init`",
        1,
        "exit 2, file untouched; `init` makes it a register",
    )


def test_init_creates_the_folder_of_a_new_register(tmp_path: Path) -> None:
    target = tmp_path / "new" / "folder" / "r.sqlite"
    assert main(["--db", str(target), "init"]) == 0
    assert target.exists()
