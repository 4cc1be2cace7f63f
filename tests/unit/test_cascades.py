"""Deleting a catalogue entry shows in the history of every activity that used it."""

from __future__ import annotations

from typing import Any

import pytest

from kgs_ropa.services import catalogues, history
from kgs_ropa.services.document import dump_register
from kgs_ropa.services.review_ops import check_history
from kgs_ropa.storage.database import Database

# (catalogue kind, where an activity document refers to it, what its history shows)
CASES = [
    ("processor", lambda a: a["processors"], "processors"),
    ("recipient", lambda a: a["recipients"], "recipients"),
    ("system", lambda a: a["systems"], "systems"),
    ("data_subject", lambda a: a["data_subjects"], "data_subjects"),
    ("measure", lambda a: a["security_measures"], "security_measures"),
    ("data_category", lambda a: [u["category"] for u in a["data_categories"]], "data_categories"),
    ("entity", lambda a: [a["controller"]] if a["controller"] else [], "controller"),
]


def _entries(db: Database, code: str) -> list[Any]:
    with db.reading() as session:
        return history.entries(session, history.HistoryFilter(activity=code))


@pytest.mark.parametrize(("kind", "uses", "field"), CASES, ids=[c[0] for c in CASES])
def test_a_deleted_entry_is_recorded_on_each_activity_that_used_it(
    example_db: Database, kind: str, uses: Any, field: str, evidence: Any
) -> None:
    with example_db.reading() as session:
        document = dump_register(session)
    rows = {r["code"]: r for r in catalogues.list_rows(example_db, kind)}
    used_by: dict[str, list[str]] = {}
    for activity in document["activities"]:
        for code in uses(activity):
            used_by.setdefault(code, []).append(activity["code"])
    code, activities = max(used_by.items(), key=lambda item: len(item[1]))
    before = {a: len(_entries(example_db, a)) for a in activities}
    catalogues.delete(example_db, kind, rows[code]["id"])
    for activity in activities:
        new = _entries(example_db, activity)[before[activity] :]
        assert any((e.field or "").startswith(field) for e in new), (activity, new)
    assert check_history(example_db)[0] is None
    evidence(
        "Deleting a catalogue entry in use",
        f"delete a {kind.replace('_', ' ')}",
        len(activities),
        "each activity that used it records the change in its own history; chain intact",
    )


def test_a_data_category_in_a_retention_rule_is_recorded(example_db: Database) -> None:
    with example_db.reading() as session:
        document = dump_register(session)
    ruled = [
        (a["code"], r["category"])
        for a in document["activities"]
        for r in a["retention"]
        if r.get("category")
    ]
    if not ruled:
        pytest.skip("the example has no retention rule for one category")
    activity, category = ruled[0]
    rows = {r["code"]: r for r in catalogues.list_rows(example_db, "data_category")}
    count = len(_entries(example_db, activity))
    catalogues.delete(example_db, "data_category", rows[category]["id"])
    new = _entries(example_db, activity)[count:]
    assert any((e.field or "").startswith("retention") for e in new), new
