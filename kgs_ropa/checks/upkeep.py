"""Rules on keeping an activity in order: processors, retention, storage, reviews, open points."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from kgs_ropa.checks.context import CheckContext, Doc, items, objects, text
from kgs_ropa.checks.elements import short
from kgs_ropa.checks.findings import Finding, error, warning

# "As long as necessary" and its Dutch variants say nothing a data subject or authority can check.
VAGUE = re.compile(
    r"zo ?lang (als |dit |het )?(nodig|noodzakelijk)"
    r"|niet langer( \w+)? dan (nodig|noodzakelijk)"
    r"|as long as (is |it is )?(necessary|needed|required)"
    r"|no longer than (is |it is )?(necessary|needed|required)",
    re.IGNORECASE,
)
# "As long as the law prescribes" is a criterion only when the law is named.
PRESCRIBED = re.compile(r"voorgeschreven|prescribed|required by law|wettelijk", re.IGNORECASE)
FIXED_PERIOD = re.compile(r"\d")


def processor_without_agreement(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    for i, code in enumerate(items(doc, "processors")):
        processor = ctx.processors.get(code) if isinstance(code, str) else None
        if processor and not processor.has_agreement:
            yield warning(doc, "processor.agreement", f"processors[{i}]", processor=processor.name)


def _words(value: str) -> str:
    return " ".join(value.split())


def _vague_text(rule: Doc) -> tuple[str, str]:
    """(field, text) that makes a retention rule vague, or ("", "") when it is clear enough.

    A fixed period (in months, or a number in the text) is clear whatever words surround it.
    """
    period = text(rule.get("period"))
    if rule.get("period_months") is not None or FIXED_PERIOD.search(period):
        return "", ""
    for key in ("period", "criterion"):
        value = _words(text(rule.get(key)))
        if VAGUE.search(value):
            return key, value
        if PRESCRIBED.search(value) and not text(rule.get("legal_ground")):
            return key, value
    # A named law fixes the period as well as a criterion does.
    if not text(rule.get("criterion")) and not text(rule.get("legal_ground")):
        return "period", _words(period or text(rule.get("start_event")))
    return "", ""


def _is_empty(rule: Doc) -> bool:
    return rule.get("period_months") is None and not any(
        text(rule.get(key)) for key in ("period", "criterion", "legal_ground")
    )


def retention_empty(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    for i, rule in objects(doc, "retention"):
        if _is_empty(rule):
            yield error(doc, "retention.empty", f"retention[{i}].period", n=i + 1)


def retention_vague(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    for i, rule in objects(doc, "retention"):
        if _is_empty(rule):
            continue
        key, vague = _vague_text(rule)
        if key:
            path = f"retention[{i}].{key}"
            yield warning(doc, "retention.vague", path, n=i + 1, text=short(vague, 100))


def category_without_retention(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    rules = objects(doc, "retention")
    covered = {text(rule.get("category")) for _, rule in rules}
    if not rules or "" in covered:  # no rules at all is art30.retention; "" covers everything
        return
    uses = [text(use.get("category")) for _, use in objects(doc, "data_categories")]
    missing = [ctx.category(code) for code in uses if code and code not in covered]
    if missing:
        yield warning(
            doc,
            "retention.category",
            "retention",
            categories_nl=", ".join(f'"{info.label_nl}"' for info in missing),
            categories_en=", ".join(f'"{info.label_en}"' for info in missing),
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
    open_points = _words(text(doc.get("to_be_confirmed")))
    if open_points:
        yield warning(doc, "assumption.open", "to_be_confirmed", text=short(open_points, 160))


def dpia_incomplete(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    status = text(doc.get("status"))
    dpia_status = text(doc.get("dpia_status")) or "not_started"
    if text(doc.get("dpia_required")) != "yes" or dpia_status == "completed":
        return
    # Art. 35 asks for the DPIA before the processing starts: running without one is an error.
    if status == "active":
        yield error(doc, "dpia.incomplete", "dpia_status", status=dpia_status)
    elif status != "retired":
        yield warning(doc, "dpia.incomplete", "dpia_status", status=dpia_status)


RULES = [
    processor_without_agreement,
    retention_empty,
    retention_vague,
    category_without_retention,
    missing_storage,
    review_due,
    open_assumptions,
    dpia_incomplete,
]
