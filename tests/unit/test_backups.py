"""Backups: complete, checked, rotated, made at the moments that matter; restore puts one back."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from kgs_ropa.cli import main
from kgs_ropa.services.connect import connect
from kgs_ropa.services.document import dump_register
from kgs_ropa.storage import backup

TABLES = ("activity", "history_entry", "snapshot", "review_session", "review_item")


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        counts = {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    connection.close()
    return counts


@pytest.fixture
def reviewed(tmp_path: Path) -> Path:
    """The example register with a closed review (so history, a snapshot and a session)."""
    path = tmp_path / "r.sqlite"
    for command in (["init", "--example", "kgs"], ["review", "start", "Q1"], ["review", "close"]):
        assert main(["--db", str(path), *command]) == 0
    return path


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096 * 10 + 100 : 4096 * 10 + 3000] = b"Z" * 2900
    path.write_bytes(bytes(data))


def test_a_backup_is_the_complete_register_and_checked(reviewed: Path, tmp_path: Path) -> None:
    out = tmp_path / "copies" / "b.sqlite"
    out.parent.mkdir()
    assert main(["--db", str(reviewed), "backup", str(out)]) == 0
    assert _counts(out) == _counts(reviewed)
    assert all(_counts(out)[t] > 0 for t in TABLES)
    assert backup.check_file(out)
    assert list(out.parent.iterdir()) == [out]  # no partial file left behind


def test_review_close_and_import_make_rotated_backups(
    tmp_path: Path, reviewed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "r-backups"
    assert [p.name.split("-")[1] for p in folder.iterdir()] == ["review"]
    monkeypatch.setenv(backup.ENV_KEEP, "2")
    for n in range(3):
        assert main(["--db", str(reviewed), "review", "start", f"Q{n + 2}"]) == 0
        assert main(["--db", str(reviewed), "review", "close"]) == 0
    assert len(list(folder.glob("r-review-*"))) == 2
    empty = tmp_path / "e.sqlite"
    source = tmp_path / "x.json"
    assert main(["--db", str(reviewed), "export", "json", str(source)]) == 0
    assert main(["--db", str(empty), "init"]) == 0
    assert main(["--db", str(empty), "import", "json", str(source)]) == 0
    assert len(list((tmp_path / "e-backups").glob("e-import-*"))) == 1


def test_the_daily_backup_is_made_once_a_day(reviewed: Path) -> None:
    db = connect(str(reviewed))
    try:
        assert backup.daily(db) is not None
        assert backup.daily(db) is None
    finally:
        db.dispose()


def test_restore_checks_keeps_the_current_aside_and_records_itself(
    reviewed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], evidence: Any
) -> None:
    good = tmp_path / "good.sqlite"
    assert main(["--db", str(reviewed), "backup", str(good)]) == 0
    _damage(reviewed)
    assert main(["--db", str(reviewed), "check"]) == 2
    err = capsys.readouterr().err
    assert "damaged" in err and "latest good backup: kgs-ropa restore" in err
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"no register" * 100)
    assert main(["--db", str(reviewed), "restore", str(junk)]) == 2
    assert main(["--db", str(reviewed), "restore", str(good)]) == 0
    assert "kept the register as it was" in capsys.readouterr().out
    assert main(["--db", str(reviewed), "verify-history"]) == 0
    assert main(["--db", str(reviewed), "history"]) == 0
    assert "restore register good.sqlite" in capsys.readouterr().out
    db = connect(str(reviewed))
    with db.reading() as session:
        assert len(dump_register(session)["activities"]) == 13
    db.dispose()
    assert list((tmp_path / "r-backups").glob("r-damaged-*"))
    evidence(
        "Damaged register, then restore",
        "`restore` of junk, then of a good backup",
        2,
        "junk refused (exit 2); the good backup restored, the damaged file kept aside, "
        "the restore in the history, the chain intact",
    )


def test_a_postgresql_register_is_backed_up_with_pg_dump(
    capsys: pytest.CaptureFixture[str], pg_target: str
) -> None:
    assert main(["--db", pg_target, "init"]) == 0
    assert main(["--db", pg_target, "backup", "out.sqlite"]) == 2
    assert "pg_dump" in capsys.readouterr().err
