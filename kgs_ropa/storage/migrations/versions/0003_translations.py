"""free text in other languages: translations on every table with free text, export languages

Revision ID: 0003_translations
Revises: 0002_assessed_none
Create Date: 2026-12-02 00:35:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_translations"
down_revision: str | None = "0002_assessed_none"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = (
    "processor_record",
    "system",
    "processor",
    "recipient",
    "activity",
    "purpose",
    "activity_data_category",
    "data_source",
    "transfer",
    "retention",
    "cookie",
)


def upgrade() -> None:
    with op.batch_alter_table("organisation_settings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("export_languages", sa.JSON(), nullable=False, server_default="[]")
        )
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("translations", sa.JSON(), nullable=False, server_default="{}")
            )


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("translations")
    with op.batch_alter_table("organisation_settings", schema=None) as batch_op:
        batch_op.drop_column("export_languages")
