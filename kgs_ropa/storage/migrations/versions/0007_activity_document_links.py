"""activity: linked documents (processing agreements, DPIAs, balancing tests, consent records)

Revision ID: 0004_document_links
Revises: 0004_retention_period_units
Create Date: 2026-12-02 03:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_document_links"
down_revision: str | None = "0004_retention_period_units"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Existing activities link no documents yet.
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.add_column(sa.Column("documents", sa.JSON(), nullable=False, server_default="[]"))


def downgrade() -> None:
    # SQLite drops the column in place: recreating the table would cascade-delete every
    # activity's purposes, transfers and retention rules (foreign keys are on).
    with op.batch_alter_table("activity", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("documents")
