"""Registers for the report tests: the KGS example with hostile user text in it."""

from __future__ import annotations

import copy
from typing import Any

from kgs_ropa.services.document import load_register
from kgs_ropa.services.setup import example_document, seed_vocabularies
from kgs_ropa.storage.database import Database

# Text a user might type (or paste) that a careless export would run as a formula or markup.
HOSTILE = [
    "=cmd|' /C calc'!A0",
    "+31 525 123456",
    "-2+3",
    "@SUM(1+1)",
    "<b>not bold</b>",
    '<a href="http://example.org">not a link</a>',
    "<img src=/etc/passwd/>",
    "Smith & Zonen <BV>",
]


def hostile_document() -> dict[str, Any]:
    """The example register with the hostile strings in names, descriptions and purposes."""
    document = copy.deepcopy(example_document("kgs"))
    first = document["activities"][0]
    first["name"] = HOSTILE[0]
    first["description"] = "\n".join(HOSTILE)
    first["business_function"] = HOSTILE[1]
    first["owner"] = HOSTILE[3]
    first["purposes"][0]["description"] = HOSTILE[4]
    first["purposes"][0]["legitimate_interest"] = HOSTILE[5]
    first["note"] = HOSTILE[6] + "\x07bell"
    first["to_be_confirmed"] = HOSTILE[2]
    first["joint_controllers"] = [HOSTILE[7], "Ünïcødé 名前 €"]
    return document


def load(db: Database, document: dict[str, Any]) -> None:
    with db.transaction() as session:
        seed_vocabularies(session)
        load_register(session, document)
