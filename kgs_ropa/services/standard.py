"""The standard catalogue entries (model.vocabulary STANDARD_*): offered, stored when used.

A new register starts with them in its catalogues. A register loaded from a document (the
example) holds only the entries it uses; the editor's pickers still offer the others, and an
activity that picks one stores it then.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kgs_ropa.model import DataCategory, DataSubjectCategory, SecurityMeasure
from kgs_ropa.model import vocabulary as voc

SEEDS: dict[type[Any], list[voc.CatalogueSeed]] = {
    DataSubjectCategory: voc.STANDARD_DATA_SUBJECTS,
    DataCategory: voc.STANDARD_DATA_CATEGORIES,
    SecurityMeasure: voc.STANDARD_MEASURES,
}


def seed_row(model: type[Any], seed: voc.CatalogueSeed) -> Any:
    row = model(code=seed.code, label_nl=seed.nl, label_en=seed.en, dpv_id=seed.dpv)
    if model is DataCategory:
        row.special, row.criminal = seed.special, seed.criminal
    if model is SecurityMeasure:
        row.kind = seed.kind
    return row


def add_standard(session: Session, model: type[Any], code: str) -> Any | None:
    """The standard entry `code` of `model`'s catalogue, added to the session; None if none."""
    seed = next((s for s in SEEDS.get(model, []) if s.code == code), None)
    if seed is None:
        return None
    row = seed_row(model, seed)
    session.add(row)
    return row


def _as_seeded(row: Any, seed: voc.CatalogueSeed) -> bool:
    same = (row.label_nl, row.label_en, row.dpv_id) == (seed.nl, seed.en, seed.dpv)
    if isinstance(row, DataCategory):
        same = same and (row.special, row.criminal) == (seed.special, seed.criminal)
    return same and (not isinstance(row, SecurityMeasure) or row.kind == seed.kind)


def drop_unused_seeds(session: Session) -> None:
    """Remove the standard entries a new register was seeded with, where they are unchanged.

    Only for a register without activities (nothing uses them): a register document imported
    into it then comes back exactly as it was exported; the pickers still offer the entries.
    """
    for model, seeds in SEEDS.items():
        by_code = {seed.code: seed for seed in seeds}
        for row in session.scalars(select(model)):
            seed = by_code.get(row.code)
            if seed is not None and _as_seeded(row, seed):
                session.delete(row)
    session.flush()
