"""The one rule for "which activities involve country X?".

An activity involves a country when it records a transfer to it, or uses a processor or a system
located there. The register's country filter and search, the dashboard, the impact question, the
Transfers page and `kgs-ropa country` all read `links()`, so they give the same answer.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, literal, null, select, union_all

from kgs_ropa.model import Processor, System, Transfer
from kgs_ropa.model import register as reg

# How an activity reaches a country: the kinds of link, in the order they are listed.
TRANSFER = "transfer"
PROCESSOR = "processor"
SYSTEM = "system"
KINDS = (TRANSFER, PROCESSOR, SYSTEM)


def links() -> Select[Any]:
    """Every link of an activity to a country: activity_id, country, kind, party, position,
    mechanism, documentation, assumed (the mechanism is only assumed), translations (the party's
    row's, for its name in English).

    `party` is the transfer's recipient or the processor's or system's name; `position` keeps a
    transfer's place in its activity; mechanism and documentation are a transfer's (None for a
    processor or system). A transfer without a country is listed (with country ""), so the
    Transfers page shows it; a processor or system without one involves no country.
    """
    transfers = select(
        Transfer.activity_id.label("activity_id"),
        Transfer.country.label("country"),
        literal(TRANSFER).label("kind"),
        Transfer.recipient.label("party"),
        Transfer.position.label("position"),
        Transfer.mechanism.label("mechanism"),
        Transfer.documentation_reference.label("documentation"),
        Transfer.mechanism_assumed.label("assumed"),
        Transfer.translations.label("translations"),
    )
    processors = _linked(reg.activity_processor, Processor, "processor_id", PROCESSOR)
    systems = _linked(reg.activity_system, System, "system_id", SYSTEM)
    return select(union_all(transfers, processors, systems).subquery())


def _linked(link: Any, model: Any, column: str, kind: str) -> Select[Any]:
    return (
        select(
            link.c.activity_id.label("activity_id"),
            model.country.label("country"),
            literal(kind).label("kind"),
            model.name.label("party"),
            literal(0).label("position"),
            null().label("mechanism"),
            null().label("documentation"),
            literal(False).label("assumed"),
            model.translations.label("translations"),
        )
        .join(model, model.id == link.c[column])
        .where(model.country != "")
    )


def activities_in(country: str) -> Select[Any]:
    """The ids of the activities that involve `country` (a subquery for an IN clause)."""
    every = links().subquery()
    return select(every.c.activity_id).where(every.c.country == country, every.c.country != "")


def activities_without_country() -> Select[Any]:
    """The ids of the activities with a transfer, processor or system whose country is not
    recorded: they may involve any country, so an answer of "none" would claim too much."""
    transfers = select(Transfer.activity_id).where(Transfer.country == "")
    processors = _unplaced(reg.activity_processor, Processor, "processor_id")
    systems = _unplaced(reg.activity_system, System, "system_id")
    return select(union_all(transfers, processors, systems).subquery().c[0])


def _unplaced(link: Any, model: Any, column: str) -> Select[Any]:
    return (
        select(link.c.activity_id)
        .join(model, model.id == link.c[column])
        .where(model.country == "")
    )
