"""checks: a transfer's mechanism can be marked as an assumption

Revision ID: 0004_checks_mechanism_assumed
Revises: 0004_writer_lease
Create Date: 2026-12-02 02:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_checks_mechanism_assumed"
down_revision: str | None = "0004_writer_lease"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("transfer", schema=None) as batch_op:
        # An existing transfer's mechanism was entered as established.
        batch_op.add_column(
            sa.Column("mechanism_assumed", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("transfer", schema=None) as batch_op:
        batch_op.drop_column("mechanism_assumed")
