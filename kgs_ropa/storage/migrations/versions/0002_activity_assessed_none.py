"""activity: elements assessed as "there is none" (unknown is not none)

Revision ID: 0002_assessed_none
Revises: 0001
Create Date: 2026-12-02 00:05:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_assessed_none"
down_revision: str | None = "0002_checks_dpia_screening"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Existing activities start with nothing assessed: an empty list recorded before this
    # column existed never said "there is none", so it now reads "to be confirmed".
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("assessed_none", sa.JSON(), nullable=False, server_default="[]")
        )


def downgrade() -> None:
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_column("assessed_none")
