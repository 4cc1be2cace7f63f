"""verify-history also checks that the register is what its history says."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from kgs_ropa.cli import main

TAMPERING = {
    "a raw edit of an activity row": "UPDATE activity SET name = 'x' WHERE code = 'KGS-01'",
    "a wiped history": "DELETE FROM history_entry",
    "the newest entries cut": "DELETE FROM history_entry "
    "WHERE id > (SELECT MAX(id) - 3 FROM history_entry)",
    "a raw insert of a processor": "INSERT INTO processor (code, name, service, country, role, "
    "agreement_reference, contact, note, created_at, updated_at, version) VALUES ('x', 'X', '', "
    "'', 'processor', '', '', '', '2026-01-01', '2026-01-01', 1)",
}


@pytest.mark.parametrize("what", list(TAMPERING))
def test_changes_behind_the_apps_back_are_found(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], what: str, evidence: Any
) -> None:
    path = tmp_path / "r.sqlite"
    assert main(["--db", str(path), "init", "--example", "kgs"]) == 0
    assert main(["--db", str(path), "verify-history"]) == 0
    with sqlite3.connect(path) as connection:
        connection.execute(TAMPERING[what])
    connection.close()
    capsys.readouterr()
    assert main(["--db", str(path), "verify-history"]) == 1
    assert "not what its history says" in capsys.readouterr().err
    evidence(
        "Change behind the app's back",
        what,
        1,
        "`verify-history` exit 1 naming the first record that differs",
    )


SNAPSHOT_TAMPERING = {
    "a snapshot deleted": ("DELETE FROM snapshot", "snapshot 1 was deleted"),
    "a snapshot's content edited": (
        "UPDATE snapshot SET content = replace(content, 'KGS-01', 'KGS-99')",
        "snapshot 1 does not match its fingerprint",
    ),
    "a snapshot replaced (content and fingerprint)": (
        "UPDATE snapshot SET content = '{}', fingerprint = "
        "'44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a'",
        "snapshot 1 was replaced or edited",
    ),
}


@pytest.mark.parametrize("what", list(SNAPSHOT_TAMPERING))
def test_a_snapshot_edited_or_deleted_is_found(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], what: str, evidence: Any
) -> None:
    path = tmp_path / "r.sqlite"
    assert main(["--db", str(path), "init", "--example", "kgs"]) == 0
    assert main(["--db", str(path), "snapshot", "--label", "before"]) == 0
    assert main(["--db", str(path), "verify-history"]) == 0
    statement, said = SNAPSHOT_TAMPERING[what]
    with sqlite3.connect(path) as connection:
        connection.execute(statement)
    connection.close()
    capsys.readouterr()
    assert main(["--db", str(path), "verify-history"]) == 1
    assert said in capsys.readouterr().err
    evidence(
        "Change behind the app's back",
        what,
        1,
        "`verify-history` exit 1: the chain holds each snapshot's fingerprint",
    )
