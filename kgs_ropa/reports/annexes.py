"""Annex tables (processors, transfers, retention, measures, cookies) and reference lists."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Container, Iterable, Sequence
from datetime import date
from typing import Any

from kgs_ropa.model import countries
from kgs_ropa.model import vocabulary as voc
from kgs_ropa.model.adequacy import ADEQUACY, Adequacy
from kgs_ropa.reports.activity_tables import (
    RETENTION_COLUMNS,
    TRANSFER_COLUMNS,
    retention_row,
    table,
    transfer_row,
    unlisted,
)
from kgs_ropa.reports.finding_fields import finding_field
from kgs_ropa.reports.labels import Lang, label
from kgs_ropa.reports.lookup import Lookup
from kgs_ropa.reports.report import EMPTY, Cell, Table, date_cell, number_cell, text_cell
from kgs_ropa.reports.stream import Lazy, each_activity
from kgs_ropa.reports.survey import Survey

Doc = dict[str, Any]
_OF_ACTIVITY = [("code", 12), ("activity", 28)]


def _iso(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


_PROCESSOR_SPEC = [
    ("code", 12),
    ("name", 26),
    ("service", 28),
    ("country", 16),
    ("agreement_signed_on", 16),
    ("agreement_reference", 20),
    ("contact", 22),
    ("note", 34),
    ("used_by", 12),
]


def _processor_cells(code: str, row: Doc, look: Lookup, used: int) -> dict[str, Cell]:
    return {
        "code": text_cell(code),
        "name": text_cell(look.translated(row, "name")),
        "service": text_cell(look.translated(row, "service")),
        "country": text_cell(look.country(row.get("country"))),
        "agreement_signed_on": date_cell(_iso(row.get("agreement_signed_on")), look.lang),
        "agreement_reference": text_cell(row.get("agreement_reference")),
        "contact": text_cell(row.get("contact")),
        "note": text_cell(row.get("note")),
        "used_by": number_cell(used),
    }


def processors_table(look: Lookup, used: Counter[str], selected: set[str]) -> Table:
    notes = look.audience.notes
    spec = [(k, w) for k, w in _PROCESSOR_SPEC if notes or k != "note"]
    result = table("processors", "sheet_processors", spec, look.lang)
    for code, row in look.processors.items():
        if code in selected:
            cells = _processor_cells(code, row, look, used[code])
            result.rows.append([cells[k] for k, _ in spec])
    return result


def _per_activity(
    key: str, title: str, spec: list[tuple[str, int]], look: Lookup, activities: Sequence[Doc]
) -> Table:
    result = table(key, title, _OF_ACTIVITY + spec, look.lang)
    row_of = transfer_row if key == "transfers" else retention_row

    def of_activity(activity: Doc) -> list[list[Cell]]:
        head = [text_cell(activity["code"]), text_cell(look.translated(activity, "name"))]
        rows = [head + row_of(item, look) for item in activity.get(key, [])]
        if key == "transfers" and not rows:
            rows.append(head + _open_question(activity, len(spec), look.lang))
        return rows

    result.of_activity = of_activity
    result.rows = each_activity(activities, of_activity)
    return result


def _open_question(activity: Doc, width: int, lang: Lang) -> list[Cell]:
    """An activity without transfers in the transfers annex: assessed as none, or still open
    (left out, the annex would read as "no transfers" for both)."""
    return [text_cell(unlisted(activity, "transfers", lang))] + [EMPTY] * (width - 1)


def measures_table(look: Lookup, used: Counter[str], selected: set[str]) -> Table:
    spec = [("code", 16), ("measure", 44), ("kind", 16), ("dpv", 28), ("used_by", 12)]
    result = table("security_measures", "sheet_measures", spec, look.lang)
    for code, row in look.measures.items():
        if code in selected:
            result.rows.append(
                [
                    text_cell(code),
                    text_cell(look.measure(code)),
                    text_cell(voc.MEASURE_KINDS.label(row.get("kind"), look.lang)),
                    text_cell(row.get("dpv_id")),
                    number_cell(used[code]),
                ]
            )
    return result


def cookies_table(look: Lookup, cookies: list[Doc]) -> Table:
    spec = [("name", 20), ("provider", 20), ("purpose", 36), ("period", 16), ("type", 18)]
    result = table("cookies", "sheet_cookies", spec + [("activity", 14)], look.lang)
    for cookie in cookies:
        result.rows.append(
            [
                text_cell(cookie.get("name")),
                text_cell(cookie.get("provider")),
                text_cell(look.translated(cookie, "purpose")),
                text_cell(look.translated(cookie, "retention")),
                text_cell(voc.COOKIE_TYPES.label(cookie.get("type"), look.lang)),
                text_cell(cookie.get("activity")),
            ]
        )
    return result


def processor_records_table(records: list[Doc], look: Lookup) -> Table:
    keys = [
        "code",
        "client_controller",
        "client_contact",
        "client_representative",
        "client_dpo",
        "processing_categories",
        "transfers",
        "security_measures",
    ]
    spec = [(k, 24) for k in keys]
    result = table("processor_records", "sheet_processor_records", spec, look.lang)
    texts = {"processing_categories", "transfers", "security_measures"}
    result.rows = [
        [text_cell(look.translated(r, k) if k in texts else r.get(k)) for k in keys]
        for r in records
    ]
    return result


def annex_tables(
    document: Doc, look: Lookup, activities: Sequence[Doc], used: Survey
) -> list[Table]:
    """The annexes of `activities`: the catalogue entries they use (every entry only where
    the audience asks for whole catalogues). The per-activity annexes are made as walked."""
    used_processors, used_measures = used.processors, used.measures
    processors, measures = set(used_processors), set(used_measures)
    cookies = [c for c in document.get("cookies", []) if c.get("activity") in used.codes]
    if look.audience.whole_catalogues:
        processors, measures = set(look.processors), set(look.measures)
        cookies = list(document.get("cookies", []))
    tables = [
        processors_table(look, used_processors, processors),
        _per_activity("transfers", "sheet_transfers", TRANSFER_COLUMNS, look, activities),
        _per_activity("retention", "sheet_retention", RETENTION_COLUMNS, look, activities),
        measures_table(look, used_measures, measures),
        cookies_table(look, cookies),
    ]
    records = document.get("organisation", {}).get("processor_records", [])
    if records:
        tables.append(processor_records_table(records, look))
    return tables


_FINDING_SPEC = [
    ("severity", 12),
    ("code", 12),
    ("finding_code", 22),
    ("field", 28),
    ("message", 70),
]


def _finding_row(finding: Any, lang: Lang, rule_codes: bool = True) -> list[Cell]:
    severity = finding.severity
    row = [
        text_cell(label(severity, lang) if severity in ("error", "warning") else severity),
        text_cell(finding.activity),
        text_cell(finding.code),
        text_cell(finding_field(finding.field, lang)),
        text_cell(finding.message(lang)),
    ]
    return row if rule_codes else [*row[:2], *row[3:]]


def findings_table(findings: Iterable[Any], lang: Lang, rule_codes: bool = True) -> Table:
    """The findings with the field in the reader's words; `rule_codes` False leaves out the
    check's internal rule code (a report for people rather than for a tool)."""
    spec = _FINDING_SPEC if rule_codes else [c for c in _FINDING_SPEC if c[0] != "finding_code"]
    result = table("findings", "sheet_findings", spec, lang)
    result.rows = [_finding_row(finding, lang, rule_codes) for finding in findings]
    return result


def lazy_findings_table(findings: Callable[[], Iterable[Any]], lang: Lang) -> Table:
    """The findings table with rows made (and the checks run) as a renderer walks them."""
    result = table("findings", "sheet_findings", _FINDING_SPEC, lang)
    result.rows = Lazy(lambda: (_finding_row(finding, lang) for finding in findings()))
    return result


def _vocabulary_table(key: str, vocabulary: voc.Vocabulary, lang: Lang) -> Table:
    result = table(key, key, [("code", 22), ("label", 60), ("dpv", 24)], lang)
    result.rows = [
        [text_cell(t.code), text_cell(t.label(lang)), text_cell(t.dpv)] for t in vocabulary
    ]
    return result


def _catalogue_table(key: str, rows: Sequence[Doc], look: Lookup) -> Table:
    spec = [("code", 22), ("label", 60), ("dpv", 24), ("special_category", 14)]
    result = table(key, key, spec, look.lang)
    for row in rows:
        marks = [label(k, look.lang) for k in ("special", "criminal") if row.get(k)]
        result.rows.append(
            [
                text_cell(row["code"]),
                text_cell(look.catalogue_label(row, row["code"])),
                text_cell(row.get("dpv_id")),
                text_cell(", ".join(marks)),
            ]
        )
    return result


def _scope(decision: Adequacy, lang: Lang) -> str:
    partial = f"; {label('adequacy_partial', lang)}" if decision.partial else ""
    return decision.scope(lang) + partial


def _adequacy_table(lang: Lang) -> Table:
    spec = [
        ("country", 22),
        ("scope", 44),
        ("decided", 16),
        ("decision_reference", 44),
        ("adequacy_review", 26),
    ]
    result = table("ref_adequacy", "ref_adequacy", spec, lang)
    for code, decision in ADEQUACY.items():
        celex = f" (CELEX {decision.celex})" if decision.celex else ""
        result.rows.append(
            [
                text_cell(countries.country_label(code, lang)),
                text_cell(_scope(decision, lang)),
                date_cell(decision.decided, lang),
                text_cell(decision.reference + celex),
                text_cell(decision.review(lang)),
            ]
        )
    return result


def _used_catalogue(rows: dict[str, Doc], used: Container[str | None], look: Lookup) -> list[Doc]:
    """The catalogue rows the exported activities refer to (all, where the audience asks)."""
    if look.audience.whole_catalogues:
        return list(rows.values())
    return [row for code, row in rows.items() if code in used]


def reference_tables(look: Lookup, used: Survey) -> list[Table]:
    lang = look.lang
    subjects, categories = used.subjects, used.categories
    return [
        _vocabulary_table("ref_lawful_bases", voc.LAWFUL_BASES, lang),
        _vocabulary_table("ref_art9", voc.ART9_CONDITIONS, lang),
        _vocabulary_table("ref_mechanisms", voc.TRANSFER_MECHANISMS, lang),
        _vocabulary_table("ref_recipient_types", voc.RECIPIENT_TYPES, lang),
        _vocabulary_table("ref_rights", voc.RIGHTS, lang),
        _adequacy_table(lang),
        _catalogue_table("data_subjects", _used_catalogue(look.subjects, subjects, look), look),
        _catalogue_table(
            "data_categories", _used_catalogue(look.categories, categories, look), look
        ),
    ]
