"""version counters on every editable record (optimistic concurrency)

Revision ID: 0002_reliability_versions
Revises: 0001
Create Date: 2026-12-01 23:59:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_reliability_versions"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The editable tables as they stood at this revision; later tables are created with the column.
TABLES = (
    "entity",
    "contact",
    "organisation_settings",
    "processor_record",
    "data_subject_category",
    "data_category",
    "system",
    "processor",
    "recipient",
    "security_measure",
    "activity",
    "purpose",
    "activity_data_category",
    "data_source",
    "transfer",
    "retention",
    "cookie",
    "review_session",
    "review_item",
)


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
