"""PostgreSQL: the history cannot be changed or deleted, whatever the login."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text

from kgs_ropa.services.connect import connect
from kgs_ropa.services.setup import initialise
from kgs_ropa.storage.errors import PermissionDeniedError

pytestmark = pytest.mark.postgres


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE history_entry SET actor = 'mallory'",
        "DELETE FROM history_entry",
        "TRUNCATE history_entry",
        "DELETE FROM snapshot",
    ],
)
def test_the_history_is_append_only(pg_target: str, statement: str, evidence: Any) -> None:
    db = connect(pg_target)
    try:
        initialise(db, "kgs")
        with db.transaction() as session:
            session.execute(
                text(
                    "INSERT INTO snapshot (taken_at, label, reason, fingerprint, "
                    "history_hash, content) VALUES (now(), '', 'manual', 'f', '', '{}')"
                )
            )
        with pytest.raises(PermissionDeniedError), db.transaction() as session:
            session.execute(text(statement))
        with db.reading() as session:
            assert session.execute(text("SELECT count(*) FROM history_entry")).scalar()
    finally:
        db.dispose()
    evidence(
        "Rewriting the history on PostgreSQL",
        f"`{statement.split(' ')[0]}`",
        1,
        "refused by the append-only trigger (a known error); the history unchanged",
    )
