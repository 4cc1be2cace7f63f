"""Rules on keeping an activity in order: processors, storage, reviews, open points."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from kgs_ropa.checks.context import CheckContext, Doc, items, short, text, words
from kgs_ropa.checks.findings import Finding, warning
from kgs_ropa.model.texts import translation_of

LEADING_TBC = re.compile(r"^(nog )?(te bevestigen|to be confirmed)\s*:\s*", re.IGNORECASE)


def processor_without_agreement(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    for i, code in enumerate(items(doc, "processors")):
        processor = ctx.processors.get(code) if isinstance(code, str) else None
        if processor and not processor.has_agreement:
            yield warning(
                doc,
                "processor.agreement",
                f"processors[{i}]",
                processor_nl=processor.name,
                processor_en=processor.name_en,
            )


def missing_storage(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    if not items(doc, "systems"):
        yield warning(doc, "storage.missing", "systems")


def _date(value: object) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def review_due(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    if text(doc.get("status")) == "retired":
        return
    due = _date(doc.get("next_review_due"))
    if due is None:
        yield warning(doc, "review.unscheduled", "next_review_due")
    elif due < ctx.today:
        yield warning(doc, "review.overdue", "next_review_due", due=due.isoformat())


def open_assumptions(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    # The message says "to be confirmed" itself: a leading "Te bevestigen:" is not repeated.
    open_points = LEADING_TBC.sub("", words(text(doc.get("to_be_confirmed"))), count=1)
    if open_points:
        english = words(translation_of(dict(doc), "to_be_confirmed", "en"))
        yield warning(
            doc,
            "assumption.open",
            "to_be_confirmed",
            text_nl=short(open_points, 160),
            text_en=short(LEADING_TBC.sub("", english, count=1), 160) if english else "",
        )


RULES = [
    processor_without_agreement,
    missing_storage,
    review_due,
    open_assumptions,
]
