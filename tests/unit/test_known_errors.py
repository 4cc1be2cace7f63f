"""Errors the user can fix are classified where they arise and end as a message and exit 2."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from kgs_ropa.cli import main
from kgs_ropa.services import catalogues
from kgs_ropa.services.connect import connect
from kgs_ropa.services.setup import initialise
from kgs_ropa.storage import errors, migrate
from kgs_ropa.storage.database import Database


def _sqlite_error(code: int) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError("driver text")
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


class _PgError(Exception):
    def __init__(self, sqlstate: str) -> None:
        super().__init__("server text")
        self.sqlstate = sqlstate


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (_sqlite_error(5), errors.DatabaseBusyError),
        (_sqlite_error(6), errors.DatabaseBusyError),
        (_sqlite_error(8 | (1 << 8)), errors.ReadOnlyError),  # SQLITE_READONLY_RECOVERY
        (_sqlite_error(13), errors.DiskFullError),
        (_sqlite_error(11), errors.DamagedDatabaseError),
        (_sqlite_error(26), errors.DamagedDatabaseError),
        (_sqlite_error(10 | (3 << 8)), errors.DiskError),  # SQLITE_IOERR_WRITE
        (_sqlite_error(14), errors.CannotOpenError),
        (_PgError("08006"), errors.ServerUnreachableError),
        (_PgError("28P01"), errors.AuthenticationError),
        (_PgError("42501"), errors.PermissionDeniedError),
        (_PgError("25006"), errors.ReadOnlyError),
        (_PgError("53100"), errors.DiskFullError),
        (_PgError("40P01"), errors.DatabaseBusyError),
    ],
)
def test_driver_errors_are_classified_by_their_code(error: Exception, kind: type) -> None:
    known = errors.classify(error)
    assert type(known) is kind
    assert isinstance(known, errors.KnownError)


def test_an_unknown_code_is_no_known_error() -> None:
    """A constraint violation or a syntax error is a bug, not something the user can fix."""
    assert errors.classify(_sqlite_error(19)) is None  # SQLITE_CONSTRAINT
    assert errors.classify(_PgError("42601")) is None  # syntax_error
    assert errors.classify(ValueError("x")) is None


def test_a_locked_register_is_a_known_error_and_changes_nothing(
    db: Database, db_path: Path, evidence: Any
) -> None:
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(errors.DatabaseBusyError, match="in use by another program"):
            catalogues.save_settings(db, {"note": "mine"})
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert catalogues.get_settings(db)["note"] == ""
    evidence(
        "Register locked by another program",
        "save organisation settings",
        1,
        "DatabaseBusyError after the busy timeout, a message; nothing changed",
    )


def test_a_write_transaction_takes_the_write_lock_before_it_reads(db: Database) -> None:
    """BEGIN IMMEDIATE: a second writer cannot slip in between the action's reads and writes."""
    with db.transaction() as session:
        session.execute(text("SELECT 1"))
        other = sqlite3.connect(db.url.database, timeout=0, isolation_level=None)
        with pytest.raises(sqlite3.OperationalError):
            other.execute("BEGIN IMMEDIATE")
        other.close()


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 10 + 100 : page * 10 + 3000] = b"\x5a" * 2900
    path.write_bytes(bytes(data))


def test_a_damaged_register_is_refused_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], evidence: Any
) -> None:
    path = tmp_path / "r.sqlite"
    db = connect(str(path))
    initialise(db, "kgs")
    db.dispose()
    _damage(path)
    before = path.read_bytes()
    for command in (["init"], ["snapshot", "--label", "x"], ["check"]):
        assert main(["--db", str(path), *command]) == 2
        err = capsys.readouterr().err
        assert "damaged" in err and "backup" in err and "Traceback" not in err
    assert path.read_bytes() == before
    with pytest.raises(errors.DamagedDatabaseError):
        migrate.upgrade(connect(str(path)))
    evidence(
        "Damaged database pages",
        "`init`, `snapshot`, `check`",
        3,
        "exit 2 with a message naming the file; the file untouched",
    )


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("foo://host/db", "unknown kind of database 'foo'"),
        ("postgresql+psycopg2://u@h/db", "driver for 'postgresql+psycopg2' is not installed"),
        ("postgresql+psycopg://nobody@127.0.0.1:1/x", "no connection to the database server"),
    ],
)
def test_bad_database_urls_are_messages(
    target: str, message: str, capsys: pytest.CaptureFixture[str], evidence: Any
) -> None:
    assert main(["--db", target, "check"]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    evidence(
        "Bad database URL or missing driver",
        f"`{target.split('://')[0]}://...`",
        1,
        "exit 2 with a message, no traceback",
    )


def test_a_programming_error_is_not_bad_input(
    db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import kgs_ropa.checks  # the check command imports check_register from here when it runs

    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise ValueError("a bug, not the user's input")

    monkeypatch.setattr(kgs_ropa.checks, "check_register", broken)
    code = main(["--db", str(db_path), "check"])
    assert code == 3
    assert "internal error" in capsys.readouterr().err


def test_control_characters_in_user_text_reach_the_terminal_escaped(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    initialise(db, "kgs")
    name = "Q4 \x1b[2J\x1b]0;owned\x07 \u202etxt.exe"
    assert (
        main(["--db", str(db_path), "review", "start", name, "--participant", "\x1b[31mEve"]) == 0
    )
    capsys.readouterr()
    assert main(["--db", str(db_path), "review", "status"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "\\x1b[2J" in out and "\\x1b[31mEve" in out and "\\u202e" in out
    # JSON output stays valid JSON (json.dumps escapes control characters itself).
    assert main(["--db", str(db_path), "check", "--format", "json"]) in (0, 1)
    json.loads(capsys.readouterr().out)
