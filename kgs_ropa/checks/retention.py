"""Rules on retention (Art. 30(1)(f) GDPR): a period someone can check, counted from an event.

A rule is clear when it gives a duration ("7 jaar", "24 months", a number of months) or a
criterion or law that fixes the end. Words such as "as long as necessary", "zolang de zakelijke
relatie voortduurt" or "voor zover nodig" fix nothing unless a duration follows. A number alone
is no duration ("art. 52 AWR" has a digit and says nothing about how long).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from kgs_ropa.checks.context import CheckContext, Doc, objects, short, text, words
from kgs_ropa.checks.findings import Finding, error, warning
from kgs_ropa.model.periods import find_period, format_period, stored
from kgs_ropa.model.texts import translation_of

_NUMBER = (
    r"\d+|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|vijftien|twintig"
    r"|one|a|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty"
)
_UNIT = (
    r"jaar|jaren|maand|maanden|week|weken|dag|dagen|uur|uren|minuut|minuten"
    r"|years?|months?|weeks?|days?|hours?|minutes?"
)
DURATION = re.compile(rf"\b({_NUMBER})\s*({_UNIT})\b", re.IGNORECASE)
# Open-ended wordings, Dutch and English: they name no end a reader can check.
VAGUE = re.compile(
    r"zo ?lang|niet langer( \w+)? dan|voor zover|gedurende de (looptijd|duur)|tot(dat)? (de|het)"
    r"|as long as|no longer than|for the duration|to the extent|while the|until the|during the",
    re.IGNORECASE,
)
# "As long as the law prescribes" is a criterion only when the law is named.
PRESCRIBED = re.compile(r"voorgeschreven|prescribed|required by law|wettelijk", re.IGNORECASE)
# Words that say where a period starts, when it is written into the period itself.
START = re.compile(r"\b(na|vanaf|sinds|vanaf het|after|from|since|following)\b", re.IGNORECASE)


def has_duration(rule: Doc) -> bool:
    if rule.get("period_amount") is not None:
        return True
    keys = ("period", "criterion", "legal_ground")
    return any(DURATION.search(text(rule.get(key))) for key in keys)


def is_empty(rule: Doc) -> bool:
    return rule.get("period_amount") is None and not any(
        text(rule.get(key)) for key in ("period", "criterion", "legal_ground")
    )


def _vague_text(rule: Doc) -> tuple[str, str]:
    """(field, text) that makes a retention rule vague, or ("", "") when it is clear enough."""
    if has_duration(rule):
        return "", ""
    legal_ground = text(rule.get("legal_ground"))
    for key in ("period", "criterion"):
        value = words(text(rule.get(key)))
        # "As long as the law prescribes" is fixed by the law, once the law is named.
        if PRESCRIBED.search(value):
            if not legal_ground:
                return key, value
        elif VAGUE.search(value):
            return key, value
    # Without a duration, only a criterion or a named law can fix the end.
    if not text(rule.get("criterion")) and not legal_ground:
        return "period", words(text(rule.get("period")) or text(rule.get("start_event")))
    return "", ""


def retention_missing(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    """No rule, or only empty rules: Art. 30(1)(f) is not answered."""
    if all(is_empty(rule) for _, rule in objects(doc, "retention")):
        yield error(doc, "art30.retention", "retention")


def retention_empty(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    for i, rule in objects(doc, "retention"):
        if is_empty(rule):
            yield error(doc, "retention.empty", f"retention[{i}].period", n=i + 1)


def retention_vague(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    for i, rule in objects(doc, "retention"):
        if is_empty(rule):
            continue
        key, vague = _vague_text(rule)
        if key:
            path = f"retention[{i}].{key}"
            english = words(translation_of(dict(rule), key, "en"))
            texts = {"text_nl": short(vague, 100), "text_en": short(english, 100)}
            yield warning(doc, "retention.vague", path, n=i + 1, **texts)


def retention_without_start(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    """A duration needs the event it runs from: "7 years" after what?"""
    for i, rule in objects(doc, "retention"):
        if not has_duration(rule) or text(rule.get("start_event")):
            continue
        if not START.search(text(rule.get("period")) + " " + text(rule.get("criterion"))):
            yield warning(doc, "retention.start", f"retention[{i}].start_event", n=i + 1)


def retention_contradicts(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    """The period in words names another length than the amount and unit ("4 weeks" / 28 days
    is the same; "28 dagen" / 2 months is not): a reader cannot tell which one holds."""
    for i, rule in objects(doc, "retention"):
        period = stored(rule)
        if period is None:
            continue
        for said in (text(rule.get("period")), *_translated_periods(rule)):
            written = _written(said)
            if written is not None and not written.same_length(period):
                yield warning(
                    doc,
                    "retention.contradicts",
                    f"retention[{i}].period",
                    n=i + 1,
                    text=short(said, 100),
                    period_nl=format_period(*period, "nl"),
                    period_en=format_period(*period, "en"),
                )
                break


# The same few wordings of a period recur across a register's rules.
_written = lru_cache(maxsize=4096)(find_period)


def _translated_periods(rule: Doc) -> list[str]:
    translations = rule.get("translations") or {}
    return [text(texts.get("period")) for texts in translations.values() if isinstance(texts, dict)]


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


RULES = [
    retention_missing,
    retention_empty,
    retention_vague,
    retention_without_start,
    retention_contradicts,
    category_without_retention,
]
