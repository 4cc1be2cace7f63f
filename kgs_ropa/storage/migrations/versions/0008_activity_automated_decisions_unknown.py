"""activity: automated decision-making becomes unknown / no / yes (unknown is not "no")

The column was a boolean that defaulted to false, so false was written for every activity whether
or not anybody answered the question. An existing false can only be told apart from "never
answered" when the activity's history shows an update of the field (someone changed it in the
editor, or an import or a replace changed it on an existing activity): such a false is kept.
Every other false becomes unknown (NULL) and is exported "to be confirmed", also that of an
activity created by an import with false in its file (its history records the creation, not
the answer): unknown is the safe side. True is always kept: it was always set on purpose.

Each value changed here is appended to the change history (actor "schema upgrade"), chained
like any other entry, so the history replays to the migrated register and shows why it changed.

Revision ID: 0004_automated_decisions_unknown
Revises: 0004_document_links
Create Date: 2026-12-02 06:00:00
"""

import hashlib
import json
import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0004_automated_decisions_unknown"
down_revision: str | None = "0004_document_links"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FIELD = "automated_decision_making"
ACTOR = "schema upgrade"
COMMENT = "automated decision-making: false never set explicitly becomes not assessed"

activity = sa.table(
    "activity", sa.column("id", sa.Integer), sa.column("code", sa.String), sa.column(FIELD)
)
history = sa.table(
    "history_entry",
    sa.column("recorded_at", sa.DateTime(timezone=True)),
    *(
        sa.column(name)
        for name in (
            "id",
            "actor",
            "action",
            "entity_type",
            "entity_key",
            "activity_id",
            "field",
            "before",
            "after",
            "comment",
            "prev_hash",
            "hash",
        )
    ),
)


def _set_nullable(nullable: bool) -> None:
    """On SQLite a changed NOT NULL needs the table recreated, and dropping the old activity
    table would cascade-delete every activity's purposes, transfers and retention rules (foreign
    keys are on): the column is replaced in place instead (ADD, copy, DROP, RENAME COLUMN)."""
    if op.get_bind().dialect.name != "sqlite":
        op.alter_column("activity", FIELD, existing_type=sa.Boolean(), nullable=nullable)
        return
    if sqlite3.sqlite_version_info < (3, 35):  # DROP COLUMN came with SQLite 3.35 (2021)
        raise RuntimeError(
            f"This upgrade needs SQLite 3.35 or newer; this Python has {sqlite3.sqlite_version}. "
            "Install a current Python (3.11 from python.org has a newer SQLite)."
        )
    new = f"{FIELD}_answer"
    default = None if nullable else sa.false()  # NOT NULL needs a value for existing rows
    with op.batch_alter_table("activity", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column(new, sa.Boolean(), nullable=nullable, server_default=default))
    op.execute(f"UPDATE activity SET {new} = {FIELD}")
    with op.batch_alter_table("activity", schema=None, recreate="never") as batch_op:
        batch_op.drop_column(FIELD)
    op.execute(f"ALTER TABLE activity RENAME COLUMN {new} TO {FIELD}")


def upgrade() -> None:
    _set_nullable(True)
    bind = op.get_bind()
    answered = sa.select(history.c.activity_id).where(
        history.c.entity_type == "activity",
        history.c.field == FIELD,
        history.c.activity_id.is_not(None),
    )
    unknown = bind.execute(
        sa.select(activity.c.id, activity.c.code)
        .where(activity.c[FIELD].is_(False), activity.c.id.not_in(answered))
        .order_by(activity.c.code)
    ).all()
    if not unknown:
        return
    op.execute(
        activity.update().where(activity.c.id.in_([r.id for r in unknown])).values({FIELD: None})
    )
    _record(bind, unknown)


def _entry_hash(prev_hash: str, entry: dict[str, Any]) -> str:
    """The chain's hash as services.history.entry_hash makes it, frozen here as a migration must
    be (and the storage layer imports no services)."""
    stamp = entry["recorded_at"].astimezone(UTC).replace(tzinfo=None)
    keys = ("actor", "action", "entity_type", "entity_key", "activity_id", "field")
    content = [
        stamp.isoformat(timespec="microseconds"),
        *(entry[key] for key in keys),
        entry["before"],
        entry["after"],
        entry["comment"],
    ]
    canonical = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(f"{prev_hash}\n{canonical}".encode()).hexdigest()


def _record(bind: sa.Connection, rows: Sequence[sa.Row[tuple[int, str]]]) -> None:
    """One history entry per activity changed, chained after the newest entry."""
    prev = (
        bind.execute(sa.select(history.c.hash).order_by(history.c.id.desc()).limit(1)).scalar()
        or ""
    )
    now = datetime.now(UTC)
    entries = []
    for row in rows:
        entry = {
            "recorded_at": now,
            "actor": ACTOR,
            "action": "update",
            "entity_type": "activity",
            "entity_key": row.code,
            "activity_id": row.id,
            "field": FIELD,
            "before": json.dumps(False),
            "after": None,
            "comment": COMMENT,
            "prev_hash": prev,
        }
        entry["hash"] = prev = _entry_hash(prev, entry)
        entries.append(entry)
    bind.execute(history.insert(), entries)


def downgrade() -> None:
    # Unknown goes back to the old default; the history keeps what the upgrade recorded.
    op.execute(activity.update().where(activity.c[FIELD].is_(None)).values({FIELD: False}))
    _set_nullable(False)
