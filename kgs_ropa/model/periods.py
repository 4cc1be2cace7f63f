"""Retention periods as an amount and a unit (days, weeks, months or years), in both languages.

The register stores a period as `period_amount` + `period_unit`; this module writes it as words
("28 dagen", "1 year"), reads one from text ("28 days", "2 jaar", "zes maanden") and converts the
months of older registers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, NamedTuple

UNITS = ("day", "week", "month", "year")
# (singular, plural) after a number: Dutch says "2 jaar", not "2 jaren".
_WORDS: dict[str, dict[str, tuple[str, str]]] = {
    "nl": {
        "day": ("dag", "dagen"),
        "week": ("week", "weken"),
        "month": ("maand", "maanden"),
        "year": ("jaar", "jaar"),
    },
    "en": {
        "day": ("day", "days"),
        "week": ("week", "weeks"),
        "month": ("month", "months"),
        "year": ("year", "years"),
    },
}
# The words a person types for each unit, both languages, with common abbreviations.
_UNIT_WORDS = {
    # Hours are read to compare ("24 hours" is 1 day), never stored as a unit.
    "hour": ("uren", "uur", "hours", "hour"),
    "day": ("dagen", "dag", "days", "day"),
    "week": ("weken", "week", "weeks", "wk", "wkn"),
    "month": ("maanden", "maand", "mnd", "months", "month"),
    "year": ("jaren", "jaar", "jr", "years", "year", "yrs", "yr"),
}
_NUMBER_WORDS = {
    **dict.fromkeys(("een", "één", "one", "a", "an"), 1),
    **{w: n for n, w in enumerate(("twee", "drie", "vier", "vijf", "zes", "zeven"), 2)},
    **{w: n for n, w in enumerate(("acht", "negen", "tien", "elf", "twaalf"), 8)},
    **{w: n for n, w in enumerate(("two", "three", "four", "five", "six", "seven"), 2)},
    **{w: n for n, w in enumerate(("eight", "nine", "ten", "eleven", "twelve"), 8)},
    "vijftien": 15,
    "fifteen": 15,
    "twintig": 20,
    "twenty": 20,
}
_UNIT_BY_WORD = {word: unit for unit, words in _UNIT_WORDS.items() for word in words}
_NUMBER = "|".join([r"\d+", *sorted(_NUMBER_WORDS, key=len, reverse=True)])
_UNIT = "|".join(sorted(_UNIT_BY_WORD, key=len, reverse=True))
_DURATION = re.compile(rf"(?<!\w)({_NUMBER})\s*({_UNIT})(?!\w)", re.IGNORECASE)
# Roughly how long a unit lasts, to compare periods across units.
UNIT_DAYS = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.4375, "year": 365.25}


class Period(NamedTuple):
    amount: int
    unit: str

    def same_length(self, other: Period) -> bool:
        """2 years is 24 months and 2 weeks is 14 days; a month is never a number of days."""
        return _base(self) == _base(other)


def _base(period: Period) -> tuple[str, int]:
    hours = {"hour": 1, "day": 24, "week": 7 * 24}
    if period.unit in hours:
        return "hour", period.amount * hours[period.unit]
    return "month", period.amount * (12 if period.unit == "year" else 1)


def unit_word(unit: str, amount: int, lang: str) -> str:
    singular, plural = _WORDS["en" if lang == "en" else "nl"][unit]
    return singular if amount == 1 else plural


def format_period(amount: int, unit: str, lang: str) -> str:
    """28 dagen / 28 days, 1 jaar / 1 year."""
    return f"{amount} {unit_word(unit, amount, lang)}"


def stored(rule: Mapping[str, Any]) -> Period | None:
    """The structured period of a retention rule document, if it has a whole one."""
    amount, unit = rule.get("period_amount"), rule.get("period_unit")
    if isinstance(amount, int) and not isinstance(amount, bool) and unit in UNITS:
        return Period(amount, str(unit))
    return None


def find_period(text: str) -> Period | None:
    """The first duration written in a text ("bewaard tot 7 jaar na ..."), or None."""
    found = _DURATION.search(text or "")
    return _period(found) if found else None


def parse_period(text: str) -> Period | None:
    """A text that is nothing but a duration ("28 days", "2 jaar", "zes maanden"), or None."""
    found = _DURATION.fullmatch((text or "").strip().rstrip("."))
    period = _period(found) if found else None
    return period if period is not None and period.unit in UNITS else None


def _period(found: re.Match[str]) -> Period:
    number, word = found.group(1).lower(), found.group(2).lower()
    amount = int(number) if number.isdigit() else _NUMBER_WORDS[number]
    return Period(amount, _UNIT_BY_WORD[word])


def describe(rule: Mapping[str, Any], words: str, lang: str) -> str:
    """A rule's period for a reader: amount and unit in the reader's words ("28 dagen"), with
    the period in words where they add something, or only those words when they give the same
    length in the user's own way ("_ga: 2 years")."""
    period = stored(rule)
    if period is None:
        return words
    structured = format_period(*period, lang)
    if not words:
        return structured
    written = find_period(words)
    if written is not None and written.same_length(period):
        return words
    return f"{structured} ({words})"


def from_months(months: int) -> Period:
    """A period of an older register, kept in months: whole years read as years.

    The migration that introduced units does the same in SQL; both must agree, or the history
    would replay to another register than the one stored.
    """
    if months and months % 12 == 0:
        return Period(months // 12, "year")
    return Period(months, "month")
