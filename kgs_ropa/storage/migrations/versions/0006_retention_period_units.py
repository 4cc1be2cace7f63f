"""retention periods in days, weeks, months or years: period_months becomes amount + unit

Whole years of months become years (24 months: 2 years), as kgs_ropa.model.periods.from_months
reads the months of older documents and history entries.

Revision ID: 0004_retention_period_units
Revises: 0004_checks_mechanism_assumed
Create Date: 2026-12-02 02:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_retention_period_units"
down_revision: str | None = "0004_checks_mechanism_assumed"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

retention = sa.table(
    "retention",
    sa.column("period_months", sa.Integer),
    sa.column("period_amount", sa.Integer),
    sa.column("period_unit", sa.String),
)


def upgrade() -> None:
    with op.batch_alter_table("retention", schema=None) as batch_op:
        batch_op.add_column(sa.Column("period_amount", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("period_unit", sa.String(length=8), nullable=True))
    months = retention.c.period_months
    whole_years = sa.and_(months != 0, months % 12 == 0)
    op.execute(
        retention.update()
        .where(months.is_not(None))
        .values(
            period_amount=sa.case((whole_years, months // 12), else_=months),
            period_unit=sa.case((whole_years, "year"), else_="month"),
        )
    )
    with op.batch_alter_table("retention", schema=None) as batch_op:
        batch_op.drop_column("period_months")


def downgrade() -> None:
    with op.batch_alter_table("retention", schema=None) as batch_op:
        batch_op.add_column(sa.Column("period_months", sa.Integer(), nullable=True))
    # Days and weeks are no whole number of months: only the period in words keeps them.
    amount, unit = retention.c.period_amount, retention.c.period_unit
    op.execute(
        retention.update()
        .where(unit.in_(("month", "year")))
        .values(period_months=sa.case((unit == "year", amount * 12), else_=amount))
    )
    with op.batch_alter_table("retention", schema=None) as batch_op:
        batch_op.drop_column("period_unit")
        batch_op.drop_column("period_amount")
