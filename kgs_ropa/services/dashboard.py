"""The dashboard's figures: a few grouped counts, each one query."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select

from kgs_ropa.model import Activity, Purpose
from kgs_ropa.model.countries import is_third_country
from kgs_ropa.services import country_links
from kgs_ropa.storage.database import Database

# A review falling due within this many days counts as "due soon".
DUE_SOON_DAYS = 30


@dataclass(frozen=True)
class Figures:
    by_status: dict[str, int]
    by_lawful_basis: dict[str, int]
    reviews_overdue: int
    reviews_due_soon: int
    reviews_unplanned: int
    # Activities involving each third country (services.country_links); "" = a transfer
    # that names no country.
    transfers_by_country: dict[str, int]
    findings_by_severity: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.by_status.values())


def _counts(connection: Any, query: Any) -> dict[str, int]:
    return {str(key or ""): int(n) for key, n in connection.execute(query)}


def figures(db: Database, today: date) -> Figures:
    """Counts over the register; retired activities count in by_status only."""
    live = Activity.status != "retired"
    soon = today + timedelta(days=DUE_SOON_DAYS)
    due = Activity.next_review_due
    with db.engine.connect() as connection:
        by_status = _counts(
            connection, select(Activity.status, func.count()).group_by(Activity.status)
        )
        by_basis = _counts(
            connection,
            select(Purpose.lawful_basis, func.count(func.distinct(Purpose.activity_id)))
            .join(Activity, Activity.id == Purpose.activity_id)
            .where(live)
            .group_by(Purpose.lawful_basis),
        )
        reviews = connection.execute(
            select(
                func.count().filter(due < today),
                func.count().filter(due >= today, due <= soon),
                func.count().filter(due.is_(None)),
            ).where(live)
        ).one()
        every = country_links.links().subquery()
        by_country = _counts(
            connection,
            select(every.c.country, func.count(func.distinct(every.c.activity_id)))
            .join(Activity, Activity.id == every.c.activity_id)
            .where(live)
            .group_by(every.c.country),
        )
    # Third countries only, plus transfers that name none: the EEA is no transfer.
    by_country = {c: n for c, n in by_country.items() if not c or is_third_country(c)}
    return Figures(by_status, by_basis, reviews[0], reviews[1], reviews[2], by_country)
