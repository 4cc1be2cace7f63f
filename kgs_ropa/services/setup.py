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
    Entity,
    OrganisationSettings,
)
from kgs_ropa.services import standard
from kgs_ropa.services.document import load_register
from kgs_ropa.services.examples import EXAMPLES
from kgs_ropa.storage.database import Database, StorageError
from kgs_ropa.storage.migrate import UpgradeResult, prepare_new, upgrade


class RegisterNotEmptyError(StorageError):
    """Loading into a register that already holds activities: refused, nothing changed."""


@dataclass(frozen=True)
class InitResult:
    upgrade: UpgradeResult
    example: str | None
    activities: int


def seed_vocabularies(session: Session) -> None:
    """Fill an empty catalogue with its standard entries (never overwrites the user's).

    Only an empty catalogue: a register loaded from a document (the example) keeps just the
    entries it uses, and the pickers offer the rest (services.standard).
    """
    for model, seeds in standard.SEEDS.items():
        if session.scalars(select(model.id).limit(1)).first() is None:
            session.add_all(standard.seed_row(model, seed) for seed in seeds)
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
    """Create (or finish creating) or upgrade the database; with `example`, load it into an
    empty register. The one way a register comes into being: `init` and the app's first start.

    An organisation already entered (controller, contacts) would stand beside the example's
    as a second controller: `replace_organisation` removes it first, in the same transaction.
    """
    prepare_new(db)
    result = upgrade(db, repair=True)
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
            load_register(session, example_document(example))
        seed_vocabularies(session)
        count = activity_count(session)
    return InitResult(result, example, count)
