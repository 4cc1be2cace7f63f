"""Messages that say what happened: an older schema is not "newer", a missing table is not a
full disk, a concurrent import is not a duplicate code, and a full disk is one line, exit 2."""

from __future__ import annotations

import builtins
import errno
import io
import json
import sqlite3
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from kgs_ropa.cli import main
from kgs_ropa.importers import file_import
from kgs_ropa.model import Activity
from kgs_ropa.services.connect import connect
from kgs_ropa.services.document import dump_register
from kgs_ropa.services.setup import initialise
from kgs_ropa.storage import migrate
from kgs_ropa.storage.database import Database


def _set_revision(db: Database, revision: str) -> None:
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
    db.dispose()


@pytest.mark.parametrize(
    ("revision", "said"),
    [
        ("0002_abandoned_draft", "has an older schema (0002_abandoned_draft)"),
        ("experimental", "has a schema no version of KGS ROPA made"),
        ("9999_future", "was made by a newer version of KGS ROPA"),
    ],
)
def test_an_unknown_schema_is_called_what_it_is(
    db: Database,
    db_path: Path,
    revision: str,
    said: str,
    capsys: pytest.CaptureFixture[str],
    evidence: Callable[..., None],
) -> None:
    _set_revision(db, revision)
    before = db_path.read_bytes()
    with pytest.raises(migrate.StorageError) as caught:
        migrate.upgrade(connect(str(db_path)))
    assert said in str(caught.value)
    assert isinstance(caught.value, migrate.NewerDatabaseError) == revision.startswith("9999")
    assert main(["--db", str(db_path), "check"]) == 2
    assert said in capsys.readouterr().err
    assert db_path.read_bytes() == before
    evidence(
        "Unknown schema version",
        f"`check` on schema {revision}",
        1,
        "called what it is (only a higher number is 'newer'); exit 2, file untouched",
    )


def test_a_missing_table_is_named_not_blamed_on_the_disk(
    example_db: Database,
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
    evidence: Callable[..., None],
) -> None:
    example_db.dispose()
    with sqlite3.connect(db_path) as connection:
        connection.execute("DROP TABLE activity_processor")
    connection.close()
    for command in (["check"], ["export", "json", str(db_path.with_suffix(".json"))]):
        assert main(["--db", str(db_path), *command]) == 2
        err = capsys.readouterr().err
        assert "the register is incomplete: a table is missing (no table activity_processor)" in err
        assert "disk" not in err and "Traceback" not in err
    evidence(
        "A table of the register dropped",
        "`check`, `export json`",
        2,
        "exit 2 naming the missing table and the backup to restore; nothing written",
    )


@pytest.mark.postgres
def test_a_concurrent_import_is_not_called_a_duplicate_code(
    example_db: Database, pg_target: str, tmp_path: Path, evidence: Callable[..., None]
) -> None:
    with example_db.reading() as session:
        document = dump_register(session)
    path = tmp_path / "register.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    code = document["activities"][0]["code"]
    target = connect(pg_target)
    initialise(target)
    real_plan = file_import.plan_import

    def plan_then_a_rival_writes(*args: Any, **kwargs: Any) -> Any:
        plan = real_plan(*args, **kwargs)
        # Someone else adds an activity with one of the document's codes meanwhile.
        with target.engine.connect() as rival, rival.begin():
            rival.execute(Activity.__table__.insert().values(code=code, name="rival", version=1))
        return plan

    file_import.plan_import = plan_then_a_rival_writes  # type: ignore[assignment]
    try:
        with pytest.raises(file_import.ConcurrentImportError) as caught:
            file_import.import_file(target, path)
    finally:
        file_import.plan_import = real_plan  # type: ignore[assignment]
    message = str(caught.value)
    assert "someone else added records with the same codes" in message
    assert "duplicate" not in message
    with target.reading() as session:
        assert [a.name for a in session.query(Activity)] == ["rival"]  # nothing imported
    target.dispose()
    evidence(
        "Concurrent import of the same codes",
        "`import json` (PostgreSQL)",
        1,
        "refused as a change made meanwhile, not as a duplicate code; nothing of it written",
    )


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    """Writes to files ending in .partial fail with ENOSPC; unraisable errors collected."""
    real_open = io.open

    class Full(io.FileIO):
        def write(self, data: Any) -> int:
            raise OSError(errno.ENOSPC, "No space left on device", self.name)

    def fake_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if str(file).endswith(".partial") and ("w" in mode or "a" in mode):
            real_open(file, "wb").close()
            raw = Full(str(file), "w")
            if "b" in mode:
                return raw
            return io.TextIOWrapper(raw, encoding=kwargs.get("encoding") or "utf-8")
        return real_open(file, mode, *args, **kwargs)

    unraisable: list[Any] = []
    monkeypatch.setattr(builtins, "open", fake_open)
    monkeypatch.setattr(io, "open", fake_open)
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    yield unraisable
    __import__("gc").collect()


@pytest.mark.parametrize("kind", ["pdf", "xlsx", "xlsx-editable", "json"])
def test_an_export_onto_a_full_disk_is_one_message(
    example_db: Database,
    db_path: Path,
    tmp_path: Path,
    kind: str,
    full_disk: list[Any],
    capsys: pytest.CaptureFixture[str],
    evidence: Callable[..., None],
) -> None:
    out = tmp_path / f"register.{kind}"
    assert main(["--db", str(db_path), "export", kind, str(out)]) == 2
    __import__("gc").collect()
    err = capsys.readouterr().err
    assert err == f"kgs-ropa export: {out}: No space left on device\n"
    assert full_disk == []  # no "Exception ignored" from a half-saved workbook
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("register.")) == [
        "register.sqlite"
    ]
    evidence(
        "Full disk (ENOSPC on every write)",
        f"`export {kind}`",
        1,
        "exit 2 with one line naming the file; no traceback, no partial file left",
    )


def test_review_close_onto_a_full_disk_says_the_review_is_closed(
    example_db: Database,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    evidence: Callable[..., None],
) -> None:
    target = ["--db", str(db_path)]
    assert main([*target, "review", "start", "2026 Q4", "--participant", "Anna"]) == 0
    report = tmp_path / "review.pdf"
    with monkeypatch.context() as patch:
        patch.setattr(io, "open", _failing_partial_open(io.open))
        patch.setattr(builtins, "open", io.open)
        assert main([*target, "review", "close", "--report", str(report)]) == 2
    err = capsys.readouterr().err
    assert "the review '2026 Q4' is closed; only its report could not be written" in err
    assert "No space left on device" in err and "Traceback" not in err
    assert f"kgs-ropa review report --session '2026 Q4' {report}" in err
    assert not report.exists()
    assert main([*target, "review", "status"]) == 0
    assert "no review session is open" in capsys.readouterr().out
    assert main([*target, "review", "report", "--session", "2026 Q4", str(report)]) == 0
    assert report.read_bytes().startswith(b"%PDF")
    evidence(
        "Full disk (ENOSPC on every write)",
        "`review close --report`",
        1,
        "exit 2 saying the review is closed and only the report failed, with the command "
        "that writes it again (which then works)",
    )


def _failing_partial_open(real_open: Any) -> Any:
    def fake_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if str(file).endswith(".partial") and "w" in mode:
            raise OSError(errno.ENOSPC, "No space left on device", str(file))
        return real_open(file, mode, *args, **kwargs)

    return fake_open
