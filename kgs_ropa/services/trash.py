"""Deleted activities, kept by the history: listed and put back after any number of restarts.

A delete's history entry holds the whole activity document as it was (its `before`), so the
history itself is the trash: nothing is stored twice and nothing can be emptied by accident.
An activity is in the trash while its code is not in the register; the latest delete of a code
is the version that comes back.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from kgs_ropa.model import Activity, HistoryEntry
from kgs_ropa.services import activities
from kgs_ropa.services.replay_register import CHILDREN, activity_doc
from kgs_ropa.storage.database import Database
from kgs_ropa.storage.errors import KnownError


class TrashError(KnownError):
    """The deleted activity is no longer in the trash (restored meanwhile, or its code taken)."""


@dataclass(frozen=True)
class DeletedActivity:
    entry_id: int  # the delete's history entry
    code: str
    name: str
    name_en: str
    deleted_at: datetime
    actor: str
    comment: str

    def title(self, lang: str) -> str:
        return self.name_en if lang == "en" and self.name_en else self.name


def _document(entry: HistoryEntry) -> dict[str, Any]:
    """The activity document of a delete entry (the history keeps its parts by position)."""
    values = json.loads(entry.before or "{}")
    if not isinstance(values, dict):
        return {}
    for name, _fields in CHILDREN.values():
        values[name] = values.get(name) or []  # a part list recorded as null: none
    activity = activity_doc(values)
    for name, _fields in CHILDREN.values():
        activity[name] = [activity[name][p] for p in sorted(activity[name])]
    return activity


def deleted(db: Database) -> list[DeletedActivity]:
    """The activities deleted and not back in the register, latest delete first."""
    query = (
        select(HistoryEntry)
        .where(HistoryEntry.action == "delete", HistoryEntry.entity_type == "activity")
        .order_by(HistoryEntry.id.desc())
    )
    with db.reading() as session:
        live = {code.casefold() for code in session.scalars(select(Activity.code))}
        entries = list(session.scalars(query))
    found: dict[str, DeletedActivity] = {}
    for entry in entries:
        code = entry.entity_key
        if code.casefold() in live or code.casefold() in found:
            continue
        doc = _document(entry)
        found[code.casefold()] = DeletedActivity(
            entry.id,
            code,
            str(doc.get("name") or ""),
            str(doc.get("name_en") or ""),
            entry.recorded_at,
            entry.actor,
            entry.comment,
        )
    return list(found.values())


def restore(db: Database, entry_ids: Sequence[int], comment: str = "") -> list[int]:
    """Put the deleted activities of these history entries back, all or none; their ids."""
    in_trash = {item.entry_id for item in deleted(db)}
    missing = [i for i in entry_ids if i not in in_trash]
    if missing:
        raise TrashError("this activity is no longer in the trash; refresh the list")
    with db.reading() as session:
        query = select(HistoryEntry).where(HistoryEntry.id.in_(list(entry_ids)))
        docs = [_document(entry) for entry in session.scalars(query.order_by(HistoryEntry.id))]
    return activities.restore_documents(db, docs, comment)
