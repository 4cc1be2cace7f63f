"""the writer's lease: one row naming who has the register open for writing

Revision ID: 0004_writer_lease
Revises: 0003_reliability_append_only
Create Date: 2026-12-02 02:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_writer_lease"
down_revision: str | None = "0003_reliability_append_only"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "register_lease",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("holder", sa.String(length=200), nullable=False),
        sa.Column("host", sa.String(length=255), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=64), nullable=False),
        sa.Column("since", sa.DateTime(timezone=True), nullable=False),
        sa.Column("refreshed", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_register_lease_one_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_register_lease")),
    )


def downgrade() -> None:
    op.drop_table("register_lease")
