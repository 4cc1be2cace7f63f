"""What a report must know of all the activities it shows before it shows any of them.

A large register's activities wait in a temporary file and every walk over them unpickles them
all again, so the cover's state, the annexes' usage counts and the reference lists' codes are
gathered in one walk: the read's own, where the register is read from a database.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from kgs_ropa.model.texts import ORIGINAL, texts_of, translation_of
from kgs_ropa.reports.activity_tables import has_open_points
from kgs_ropa.reports.labels import Lang

Doc = dict[str, Any]


def untranslated(activity: Doc, lang: Lang) -> int:
    """How many of the activity's texts a report in `lang` prints untranslated."""
    if lang == ORIGINAL:
        return 0
    return sum(
        1
        for row, keys in texts_of(activity)
        for key in keys
        if row.get(key) and not translation_of(row, key, lang)
    )


@dataclass
class Survey:
    lang: Lang
    drafts: list[str] = field(default_factory=list)  # codes of the draft activities
    open_points: list[str] = field(default_factory=list)  # codes with points to be confirmed
    untranslated: int = 0  # texts printed in another language than the report's
    processors: Counter[str] = field(default_factory=Counter)  # activities using each
    measures: Counter[str] = field(default_factory=Counter)  # activities using each
    codes: set[str] = field(default_factory=set)  # the activities' own codes
    subjects: set[str] = field(default_factory=set)  # data subject categories used
    categories: set[str | None] = field(default_factory=set)  # data categories used

    def add(self, activity: Doc) -> None:
        code = activity["code"]
        if activity.get("status") == "draft":
            self.drafts.append(code)
        if has_open_points(activity):
            self.open_points.append(code)
        self.untranslated += untranslated(activity, self.lang)
        self.processors.update(activity.get("processors", []))
        self.measures.update(activity.get("security_measures", []))
        self.codes.add(code)
        self.subjects.update(activity.get("data_subjects", []))
        self.categories.update(u.get("category") for u in activity.get("data_categories", []))


def survey(activities: Iterable[Doc], lang: Lang) -> Survey:
    result = Survey(lang)
    for activity in activities:
        result.add(activity)
    return result
