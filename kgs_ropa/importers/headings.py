"""Which register field a column heading stands for: exactly, by the templates' own headings,
or as a suggestion the user has to confirm (never applied silently)."""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass

from kgs_ropa.importers.heading_sets import TEMPLATES

_BRACKETS = re.compile(r"\([^)]*\)")
_NON_WORD = re.compile(r"[^a-z0-9]+")
# How alike a heading must be to a known one to be offered as a suggestion.
SUGGEST_CUTOFF = 0.8


def normalise(text: object) -> str:
    """Lower case, accents off, bracketed asides and punctuation out, single spaces."""
    plain = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    plain = _BRACKETS.sub(" ", plain.lower())
    return " ".join(_NON_WORD.sub(" ", plain).split())


def plain_text(text: object) -> str:
    """As normalise(), but keeping what is in brackets: "6(1)(b)" becomes "6 1 b", and
    "CRM (Salesforce)" stays apart from "CRM"."""
    return normalise(str(text).replace("(", " ").replace(")", " "))


def _exact_tables() -> dict[str, dict[str, str]]:
    return {
        key: {normalise(h): field for h, field in headings.items()}
        for key, (_, headings) in TEMPLATES.items()
    }


EXACT = _exact_tables()
# Every known heading of every template, for suggestions.
_KNOWN = {h: field for table in EXACT.values() for h, field in table.items()}


@dataclass(frozen=True)
class Recognised:
    field: str | None  # the field applied; None: the column is kept in the note
    exact: bool  # True: one of a template's own headings
    suggestion: str | None = None  # a field offered for the user to confirm


def recognise(heading: object, template: str | None) -> Recognised:
    """The field `heading` feeds, preferring the detected template's own headings."""
    text = normalise(heading) if heading is not None else ""
    if not text:
        return Recognised(None, False)
    if template is not None and text in EXACT[template]:
        return Recognised(EXACT[template][text], True)
    if text in _KNOWN:
        return Recognised(_KNOWN[text], True)
    return Recognised(None, False, suggest(text))


_STOP = {"of", "the", "to", "for", "and", "or", "de", "van", "het", "des", "du", "la", "le", "et"}


def _words(text: str) -> set[str]:
    return {w for w in text.split() if w not in _STOP and len(w) > 1}


def suggest(text: str) -> str | None:
    """A field for a heading no template has: a close spelling, else the known heading that
    shares most of its words with it (at least half of them)."""
    close = difflib.get_close_matches(text, list(_KNOWN), n=1, cutoff=SUGGEST_CUTOFF)
    if close:
        return _KNOWN[close[0]]
    words = _words(text)
    best, score = None, 0.5
    for known, field in _KNOWN.items():
        theirs = _words(known)
        share = len(words & theirs) / len(theirs) if theirs else 0.0
        if share > score or (share == score and best is None and share > 0):
            best, score = field, share
    return best if best != "note" else None


def detect_template(headings: list[object]) -> tuple[str | None, int]:
    """The template whose own headings this row has most of, and how many headings of the row
    any template has."""
    texts = {normalise(h) for h in headings if h is not None}
    best, count = None, 0
    for key, table in EXACT.items():
        hits = len(texts & table.keys())
        if hits > count:
            best, count = key, hits
    return best, len(texts & _KNOWN.keys())
