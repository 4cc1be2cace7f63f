"""A review session, snapshots, as-of exports, diff and the history, driven through the CLI."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from kgs_ropa.cli import main
from kgs_ropa.model import Activity
from kgs_ropa.services.connect import connect
from kgs_ropa.services.review import add_months
from kgs_ropa.services.synthetic import synthetic_document


@pytest.fixture
def target(tmp_path: Path) -> str:
    db = str(tmp_path / "register.sqlite")
    source = tmp_path / "register.json"
    source.write_text(json.dumps(synthetic_document(6)), encoding="utf-8")
    assert main(["--db", db, "init"]) == 0
    assert main(["--db", db, "import", "json", str(source)]) == 0
    return db


def run(target: str, *args: str) -> int:
    return main(["--db", target, *args])


def activity(target: str, code: str) -> dict[str, object]:
    with sqlite3.connect(target) as connection:
        connection.row_factory = sqlite3.Row
        row = connection.execute("SELECT * FROM activity WHERE code = ?", (code,)).fetchone()
    return dict(row)


def test_a_review_session_end_to_end(
    target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        run(target, "review", "start", "2026 Q4", "--participant", "Anna", "--date", "2026-11-20")
        == 0
    )
    out = capsys.readouterr().out
    in_scope = [line.split()[0] for line in out.splitlines()[1:]]
    assert in_scope and "GEN-00001" not in in_scope  # retired: not due
    first, second, *rest = in_scope
    assert run(target, "review", "mark", first, "confirmed") == 0
    assert (
        run(
            target,
            "review",
            "mark",
            second,
            "follow-up",
            "--action",
            "Sign the processor agreement",
            "--owner",
            "Bram",
            "--due",
            "2027-01-31",
        )
        == 0
    )
    assert run(target, "review", "status") == 0
    status = capsys.readouterr().out
    assert f"2/{len(in_scope)} marked" in status and "follow-up 1" in status
    # Pausing is just stopping: a later run sees the same session.
    for code in rest:
        assert run(target, "review", "mark", code, "changed", "--note", "retention updated") == 0
    assert run(target, "review", "mark", "GEN-99999", "confirmed") == 2
    assert "not in the scope" in capsys.readouterr().err

    assert run(target, "review", "close") == 0
    closed = capsys.readouterr().out
    assert "closed" in closed and "snapshot 1" in closed
    reviewed = activity(target, first)
    today = date.today()
    assert reviewed["last_reviewed_on"] == today.isoformat()
    assert reviewed["next_review_due"] == add_months(today, 3).isoformat()
    assert run(target, "review", "follow-ups") == 0
    assert "Sign the processor agreement" in capsys.readouterr().out
    assert run(target, "review", "status") == 0
    assert "no review session is open" in capsys.readouterr().out
    assert run(target, "verify-history") == 0


def test_snapshot_export_is_the_register_of_that_time(
    target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = tmp_path / "before.json"
    assert run(target, "export", "json", str(before)) == 0
    assert run(target, "snapshot", "--label", "before the edit") == 0
    database = connect(target)  # a later edit, recorded in the history
    with database.transaction() as session:
        activity = session.scalars(select(Activity).where(Activity.code == "GEN-00002")).one()
        activity.name = "Gewijzigd"
    database.dispose()
    as_of = tmp_path / "as-of.json"
    by_id = tmp_path / "by-id.json"
    now = tmp_path / "now.json"
    assert run(target, "export", "json", str(by_id), "--snapshot", "1") == 0
    assert json.loads(by_id.read_text()) == json.loads(before.read_text())
    # The end of today: the snapshot brought forward with the edit made after it.
    capsys.readouterr()
    assert run(target, "export", "json", str(as_of), "--as-of", date.today().isoformat()) == 0
    assert "snapshot 1 and 1 later changes" in capsys.readouterr().out
    assert run(target, "export", "json", str(now)) == 0
    assert as_of.read_bytes() == now.read_bytes()
    assert run(target, "export", "json", str(as_of), "--as-of", "2000-01-01") == 2
    assert "did not exist yet" in capsys.readouterr().err


def test_diff_lists_known_edits(target: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(target, "snapshot") == 0
    with sqlite3.connect(target) as connection:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("UPDATE activity SET owner = 'Nieuwe eigenaar' WHERE code = 'GEN-00003'")
        connection.execute(
            "UPDATE purpose SET lawful_basis = 'vital_interests' WHERE position = 0 "
            "AND activity_id = (SELECT id FROM activity WHERE code = 'GEN-00003')"
        )
        connection.execute("DELETE FROM activity WHERE code = 'GEN-00006'")
    capsys.readouterr()
    assert run(target, "diff", "1", "now") == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("- GEN-00006") for line in lines)
    assert "~ GEN-00003" in " ".join(lines)
    assert any("owner:" in line and "Nieuwe eigenaar" in line for line in lines)
    assert any(line.strip().startswith("purposes[0].lawful_basis:") for line in lines)


def test_history_command_and_a_tampered_chain(
    target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert run(target, "history", "--activity", "GEN-00002", "--since", "2000-01-01") == 0
    listed = capsys.readouterr().out
    assert "create activity GEN-00002" in listed
    with sqlite3.connect(target) as connection:
        victim = connection.execute("SELECT id FROM history_entry ORDER BY id LIMIT 1 OFFSET 5")
        entry_id = victim.fetchone()[0]
        connection.execute("UPDATE history_entry SET actor = 'mallory' WHERE id = ?", (entry_id,))
    assert run(target, "verify-history") == 1
    assert f"entry {entry_id}" in capsys.readouterr().err
