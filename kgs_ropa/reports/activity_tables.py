"""The small tables inside an activity section; their rows are reused by the annexes."""

from __future__ import annotations

from functools import cache
from typing import Any

from kgs_ropa.model import vocabulary as voc
from kgs_ropa.model.adequacy import ADEQUACY
from kgs_ropa.reports.labels import Lang, format_date, label
from kgs_ropa.reports.lookup import Lookup
from kgs_ropa.reports.report import Cell, Column, Table, bool_cell, list_cell, text_cell

Doc = dict[str, Any]

PURPOSE_COLUMNS = [
    ("purpose", 28),
    ("lawful_basis", 24),
    ("legitimate_interest", 20),
    ("balancing_note", 22),
    ("consent_record", 18),
    ("legal_obligation_reference", 18),
]
CATEGORY_COLUMNS = [
    ("data_category", 40),
    ("special_category", 14),
    ("art9_condition", 30),
    ("note", 20),
]
TRANSFER_COLUMNS = [
    ("country", 16),
    ("recipient", 22),
    ("mechanism", 26),
    ("adequacy", 30),
    ("documentation_reference", 22),
    ("note", 34),
]
RETENTION_COLUMNS = [
    ("data_category", 28),
    ("period", 30),
    ("start_event", 20),
    ("legal_ground", 20),
    ("criterion", 30),
]


def table(key: str, title_key: str, spec: list[tuple[str, int]], lang: Lang) -> Table:
    return Table(key, label(title_key, lang), [Column(k, label(k, lang), w) for k, w in spec])


@cache
def _section_columns(lang: Lang) -> tuple[list[Column], ...]:
    """The columns of the section tables, made once: every activity shares them."""
    specs = (PURPOSE_COLUMNS, CATEGORY_COLUMNS, TRANSFER_COLUMNS, RETENTION_COLUMNS)
    return tuple([Column(k, label(k, lang), w) for k, w in spec] for spec in specs)


def unlisted(activity: Doc, element: str, lang: Lang) -> str:
    """What an empty list of `element` means: assessed as none, or not assessed yet."""
    assessed = element in (activity.get("assessed_none") or [])
    return label("assessed_none" if assessed else "to_confirm", lang)


def automated_answer(activity: Doc, lang: Lang) -> str:
    """Automated decision-making as answered: yes, no, or "to be confirmed" (never "no" for a
    question nobody answered)."""
    answer = activity.get("automated_decision_making")
    return label("to_confirm" if answer is None else "yes" if answer else "no", lang)


def has_open_points(activity: Doc) -> bool:
    """Something in the activity is still to be confirmed: an assumption noted or marked on a
    basis or a transfer, an element not assessed, a transfer whose country is not known, or
    automated decision-making not answered."""
    assessed = set(activity.get("assessed_none") or [])
    unassessed = any(
        not activity.get(code) and code not in assessed for code in voc.ASSESSED_ELEMENTS.codes()
    )
    transfers = activity.get("transfers", [])
    unknown_country = any(not t.get("country") for t in transfers)
    assumed = any(t.get("mechanism_assumed") is True for t in transfers) or any(
        p.get("basis_assumed") is True for p in activity.get("purposes", [])
    )
    automated_open = activity.get("automated_decision_making") is None
    return (
        bool(activity.get("to_be_confirmed"))
        or unassessed
        or unknown_country
        or assumed
        or automated_open
    )


def assessed_cell(activity: Doc, element: str, cell: Cell, lang: Lang) -> Cell:
    """`cell`, or where it lists nothing, what that means (never an empty cell)."""
    return cell if cell.value else text_cell(unlisted(activity, element, lang))


def country_text(code: str | None, look: Lookup) -> str:
    """A transfer's country; an unknown one says so rather than leaving a blank."""
    return look.country(code) or label("country_to_confirm", look.lang)


def adequacy_text(country: str | None, lang: Lang) -> str:
    """The Commission's adequacy decision for a country, as an inspector would cite it."""
    decision = ADEQUACY.get(country or "")
    if decision is None:
        return ""
    parts = [format_date(decision.decided, lang), decision.scope(lang)]
    if decision.partial:
        parts.append(label("adequacy_partial", lang))
    return "; ".join(parts)


def _marked(text: str, assumed: Any, lang: Lang) -> str:
    """A basis or mechanism the register only assumes, marked so: never read as established."""
    return f"{text} ({label('assumed', lang)})" if text and assumed is True else text


def basis_text(purpose: Doc, lang: Lang) -> str:
    """A purpose's lawful basis, marked where it is only assumed."""
    basis = voc.LAWFUL_BASES.label(purpose.get("lawful_basis"), lang)
    return _marked(basis, purpose.get("basis_assumed"), lang)


def mechanism_text(transfer: Doc, lang: Lang) -> str:
    """A transfer's mechanism (safeguard or derogation), marked where it is only assumed."""
    mechanism = voc.TRANSFER_MECHANISMS.label(transfer.get("mechanism"), lang)
    return _marked(mechanism, transfer.get("mechanism_assumed"), lang)


def purpose_row(purpose: Doc, look: Lookup) -> list[Cell]:
    return [
        text_cell(look.translated(purpose, "description")),
        text_cell(basis_text(purpose, look.lang)),
        text_cell(look.translated(purpose, "legitimate_interest")),
        text_cell(look.translated(purpose, "balancing_note")),
        text_cell(look.translated(purpose, "consent_record")),
        text_cell(look.translated(purpose, "legal_obligation_reference")),
    ]


def category_row(use: Doc, look: Lookup) -> list[Cell]:
    row = look.categories.get(use["category"], {})
    marks = [label(k, look.lang) for k in ("special", "criminal") if row.get(k)]
    return [
        text_cell(look.category(use["category"])),
        list_cell(marks) if marks else bool_cell(False, look.lang),
        text_cell(voc.ART9_CONDITIONS.label(use.get("art9_condition"), look.lang)),
        text_cell(look.translated(use, "note")),
    ]


def transfer_row(transfer: Doc, look: Lookup) -> list[Cell]:
    return [
        text_cell(country_text(transfer.get("country"), look)),
        text_cell(look.translated(transfer, "recipient")),
        text_cell(mechanism_text(transfer, look.lang)),
        text_cell(adequacy_text(transfer.get("country"), look.lang)),
        text_cell(transfer.get("documentation_reference")),
        text_cell(look.translated(transfer, "note")),
    ]


def retention_row(rule: Doc, look: Lookup) -> list[Cell]:
    category = look.category(rule.get("category")) or label("whole_activity", look.lang)
    return [
        text_cell(category),
        text_cell(look.period(rule)),
        text_cell(look.translated(rule, "start_event")),
        text_cell(look.translated(rule, "legal_ground")),
        text_cell(look.translated(rule, "criterion")),
    ]


def section_tables(activity: Doc, look: Lookup) -> list[Table]:
    lang = look.lang
    purposes, categories, transfers, retention = _section_columns(lang)
    # Every activity has purposes, data and a retention period: an empty list is not given yet,
    # never "none".
    missing = label("to_confirm", lang)
    return [
        Table(
            "purposes",
            label("purposes", lang),
            purposes,
            [purpose_row(p, look) for p in activity.get("purposes", [])],
            empty=missing,
        ),
        Table(
            "data_categories",
            label("data_categories", lang),
            categories,
            [category_row(u, look) for u in activity.get("data_categories", [])],
            empty=missing,
        ),
        Table(
            "transfers",
            label("third_countries", lang),
            transfers,
            [transfer_row(t, look) for t in activity.get("transfers", [])],
            empty=unlisted(activity, "transfers", lang),
        ),
        Table(
            "retention",
            label("retention", lang),
            retention,
            [retention_row(r, look) for r in activity.get("retention", [])],
            empty=missing,
        ),
    ]
