"""checks: DPIA screening answers, assumed lawful bases, adequacy scope confirmed

Revision ID: 0002_checks_dpia_screening
Revises: 0001
Create Date: 2026-12-02 00:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_checks_dpia_screening"
down_revision: str | None = "0002_reliability_versions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FALSE = sa.false()


def upgrade() -> None:
    with op.batch_alter_table("activity", schema=None) as batch_op:
        # An existing activity has answered no screening question yet.
        batch_op.add_column(
            sa.Column("dpia_criteria", sa.JSON(), nullable=False, server_default="[]")
        )
        batch_op.add_column(sa.Column("dpia_screened_on", sa.Date(), nullable=True))
    with op.batch_alter_table("purpose", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("basis_assumed", sa.Boolean(), nullable=False, server_default=FALSE)
        )
    with op.batch_alter_table("transfer", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "adequacy_scope_confirmed", sa.Boolean(), nullable=False, server_default=FALSE
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("transfer", schema=None) as batch_op:
        batch_op.drop_column("adequacy_scope_confirmed")
    with op.batch_alter_table("purpose", schema=None) as batch_op:
        batch_op.drop_column("basis_assumed")
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_column("dpia_screened_on")
        batch_op.drop_column("dpia_criteria")
