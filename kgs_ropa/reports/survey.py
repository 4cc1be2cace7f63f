"""What a report must know of all the activities it shows before it shows any of them.

A large register's activities wait in a temporary file and every walk over them unpickles them
all again, so the cover's state, the annexes' usage counts and the reference lists' codes are
gathered in one walk.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from kgs_ropa.reports.activity_tables import has_open_points
from kgs_ropa.reports.lookup import Lookup

Doc = dict[str, Any]


@dataclass
class Survey:
    drafts: list[str] = field(default_factory=list)  # codes of the draft activities
    open_points: list[str] = field(default_factory=list)  # codes with points to be confirmed
    untranslated: int = 0  # texts printed in another language than the report's
    processors: Counter[str] = field(default_factory=Counter)  # activities using each
    measures: Counter[str] = field(default_factory=Counter)  # activities using each
    codes: set[str] = field(default_factory=set)  # the activities' own codes
    subjects: set[str] = field(default_factory=set)  # data subject categories used
    categories: set[str | None] = field(default_factory=set)  # data categories used

    def add(self, activity: Doc, look: Lookup) -> None:
        code = activity["code"]
        if activity.get("status") == "draft":
            self.drafts.append(code)
        if has_open_points(activity):
            self.open_points.append(code)
        self.untranslated += look.untranslated(activity)
        self.processors.update(activity.get("processors", []))
        self.measures.update(activity.get("security_measures", []))
        self.codes.add(code)
        self.subjects.update(activity.get("data_subjects", []))
        self.categories.update(u.get("category") for u in activity.get("data_categories", []))


def survey(activities: Iterable[Doc], look: Lookup) -> Survey:
    result = Survey()
    for activity in activities:
        result.add(activity, look)
    return result
