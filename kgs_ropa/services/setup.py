"""Creating a register: schema, seeded vocabularies, and the KGS Diamond example."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kgs_ropa.model import (
    Activity,
    Contact,
    DataCategory,
    DataSubjectCategory,
    Entity,
    OrganisationSettings,
    SecurityMeasure,
)
from kgs_ropa.model import vocabulary as voc
from kgs_ropa.services.document import load_register
from kgs_ropa.storage.database import Database, StorageError
from kgs_ropa.storage.migrate import UpgradeResult, upgrade

EXAMPLES = {"kgs": "kgs_diamond.json"}


class RegisterNotEmptyError(StorageError):
    """Loading into a register that already holds activities: refused, nothing changed."""


@dataclass(frozen=True)
class InitResult:
    upgrade: UpgradeResult
    example: str | None
    activities: int


def seed_vocabularies(session: Session) -> None:
    """Add the standard catalogue entries that are missing (never overwrites the user's)."""
    catalogues: list[tuple[type[Any], list[voc.CatalogueSeed]]] = [
        (DataSubjectCategory, voc.STANDARD_DATA_SUBJECTS),
        (DataCategory, voc.STANDARD_DATA_CATEGORIES),
        (SecurityMeasure, voc.STANDARD_MEASURES),
    ]
    for model, seeds in catalogues:
        existing = set(session.scalars(select(model.code)))
        for seed in seeds:
            if seed.code in existing:
                continue
            row = model(code=seed.code, label_nl=seed.nl, label_en=seed.en, dpv_id=seed.dpv)
            if model is DataCategory:
                row.special, row.criminal = seed.special, seed.criminal
            if model is SecurityMeasure:
                row.kind = seed.kind
            session.add(row)
    if session.scalars(select(OrganisationSettings)).first() is None:
        session.add(OrganisationSettings())


def example_document(name: str) -> Any:
    if name not in EXAMPLES:
        raise StorageError(f"unknown example {name!r} (known: {', '.join(EXAMPLES)})")
    text = resources.files("kgs_ropa.resources.example").joinpath(EXAMPLES[name]).read_text("utf-8")
    return json.loads(text)


def activity_count(session: Session) -> int:
    return session.scalar(select(func.count(Activity.id))) or 0


def initialise(
    db: Database, example: str | None = None, replace_organisation: bool = False
) -> InitResult:
    """Create or upgrade the database; with `example`, load it into an empty register.

    An organisation already entered (controller, contacts) would stand beside the example's
    as a second controller: `replace_organisation` removes it first, in the same transaction.
    """
    result = upgrade(db)
    with db.transaction() as session:
        if example is not None:
            if activity_count(session):
                raise RegisterNotEmptyError(
                    f"{db.display_name} already holds a register; the example is only loaded "
                    "into an empty one"
                )
            if replace_organisation:
                for model in (Contact, Entity):
                    for row in session.scalars(select(model)):
                        session.delete(row)
                session.flush()
            seed_vocabularies(session)
            load_register(session, example_document(example))
        seed_vocabularies(session)
        count = activity_count(session)
    return InitResult(result, example, count)
