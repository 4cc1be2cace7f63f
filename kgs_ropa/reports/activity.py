"""One processing activity as report cells: a register row, an overview row and a section."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cache
from typing import Any

from kgs_ropa.model import dpia
from kgs_ropa.model import vocabulary as voc
from kgs_ropa.model.links import file_name, is_url
from kgs_ropa.reports.activity_tables import (
    assessed_cell,
    automated_answer,
    basis_text,
    country_text,
    mechanism_text,
    section_tables,
)
from kgs_ropa.reports.labels import Lang, format_date, label
from kgs_ropa.reports.lookup import Lookup
from kgs_ropa.reports.report import (
    ActivitySection,
    Audience,
    Cell,
    Column,
    Table,
    date_cell,
    list_cell,
    text_cell,
)
from kgs_ropa.reports.section import section_parts

Doc = dict[str, Any]

# The register sheet's columns: the ICO controller template's order where it fits, then the
# elements the Dutch authority asks for. (key, width hint in characters)
REGISTER_COLUMNS: list[tuple[str, int]] = [
    ("code", 12),
    ("activity", 30),
    ("business_function", 18),
    ("description", 40),
    ("controller", 28),
    ("purposes", 40),
    ("joint_controllers", 20),
    ("data_subjects", 28),
    ("data_categories", 34),
    ("recipients", 30),
    ("processors", 30),
    ("third_countries", 20),
    ("transfer_safeguards", 34),
    ("retention", 36),
    ("security_measures", 36),
    ("security_note", 24),
    ("lawful_basis", 30),
    ("art9_condition", 30),
    ("legitimate_interest", 30),
    ("balancing_note", 30),
    ("rights", 30),
    ("rights_note", 24),
    ("automated_decisions", 22),
    ("sources", 28),
    ("consent_record", 24),
    ("legal_obligation_reference", 24),
    ("storage_location", 32),
    ("dpia_required", 14),
    ("dpia_screening", 30),
    ("dpia_status", 14),
    ("dpia_reference", 20),
    ("documents", 34),
    ("status", 12),
    ("owner", 18),
    ("last_reviewed_on", 14),
    ("last_reviewed_by", 18),
    ("next_review_due", 14),
    ("to_be_confirmed", 24),
    ("note", 24),
]
OVERVIEW_COLUMNS: list[tuple[str, int]] = [
    ("code", 12),
    ("activity", 34),
    ("business_function", 16),
    ("lawful_basis", 30),
    ("status", 10),
    ("next_review_due", 14),
]
# Shown in the activity section as tables rather than as one field.
SECTION_TABLE_KEYS = {
    "code",
    "activity",
    "purposes",
    "lawful_basis",
    "legitimate_interest",
    "balancing_note",
    "consent_record",
    "legal_obligation_reference",
    "data_categories",
    "art9_condition",
    "third_countries",
    "transfer_safeguards",
    "retention",
}


# Written for the organisation itself: only in exports whose audience asks for notes.
NOTE_KEYS = {"note"}


@cache
def register_columns(audience: Audience) -> list[tuple[str, int]]:
    return [(k, w) for k, w in REGISTER_COLUMNS if audience.notes or k not in NOTE_KEYS]


def columns(spec: list[tuple[str, int]], lang: Lang) -> list[Column]:
    return [Column(key, label(key, lang), width) for key, width in spec]


def _distinct(items: list[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def _numbered(purposes: list[Doc], text: Callable[[Doc], str]) -> Cell:
    """One line per purpose that has the value, numbered like the purposes: a basis, an
    interest or a record is read against its own purpose, never pooled."""
    lines = [f"{n}. {value}" for n, p in enumerate(purposes, 1) if (value := text(p))]
    return list_cell(lines)


def _purpose_text(purpose: Doc, look: Lookup) -> str:
    """A purpose with its lawful basis and, for legitimate interests, the interest."""
    lang = look.lang
    basis = basis_text(purpose, lang)
    text = f"{look.translated(purpose, 'description')} — {basis or label('to_confirm', lang)}"
    interest = look.translated(purpose, "legitimate_interest")
    if purpose.get("lawful_basis") == "legitimate_interests" and interest:
        text += f"; {label('legitimate_interest', lang).lower()}: {interest}"
    return text


def _purpose_cells(activity: Doc, look: Lookup) -> dict[str, Cell]:
    purposes = activity.get("purposes", [])
    lang = look.lang

    def each(key: str) -> Cell:
        return _numbered(purposes, lambda p: look.translated(p, key))

    return {
        "purposes": _numbered(purposes, lambda p: _purpose_text(p, look)),
        "lawful_basis": _numbered(purposes, lambda p: basis_text(p, lang)),
        "legitimate_interest": each("legitimate_interest"),
        "balancing_note": each("balancing_note"),
        "consent_record": each("consent_record"),
        "legal_obligation_reference": each("legal_obligation_reference"),
    }


def _category_text(use: Doc, look: Lookup) -> str:
    """A data category, marked special or criminal; a special one with its Art. 9(2)
    condition next to it (or "to be confirmed")."""
    row = look.categories.get(use["category"], {})
    marks = [label(k, look.lang) for k in ("special", "criminal") if row.get(k)]
    name = look.category(use["category"])
    if row.get("special"):
        condition = voc.ART9_CONDITIONS.label(use.get("art9_condition"), look.lang)
        marks.append(
            condition or f"{label('art9_condition', look.lang)}: {label('to_confirm', look.lang)}"
        )
    return f"{name} ({'; '.join(marks)})" if marks else name


def _transfer_text(transfer: Doc, look: Lookup) -> str:
    parts = [
        country_text(transfer.get("country"), look),
        mechanism_text(transfer, look.lang) or label("not_recorded", look.lang),
        transfer.get("documentation_reference") or "",
    ]
    return " - ".join(p for p in parts if p)


def _retention_text(rule: Doc, look: Lookup) -> str:
    what = look.category(rule.get("category")) or label("whole_activity", look.lang)
    parts = (look.period(rule), look.translated(rule, "start_event"))
    period = ", ".join(p for p in parts if p)
    return f"{what}: {period}"


def _source_text(source: Doc, look: Lookup) -> str:
    origin = "from_data_subject" if source.get("from_data_subject") else "from_elsewhere"
    return f"{look.translated(source, 'description')} ({label(origin, look.lang)})"


def _assessed_cells(activity: Doc, look: Lookup) -> dict[str, Cell]:
    """The elements where an empty list is "none (assessed)" or "to be confirmed"."""
    transfers = activity.get("transfers", [])
    cells = {
        "joint_controllers": list_cell(activity.get("joint_controllers", [])),
        "recipients": list_cell(look.recipient(c) for c in activity.get("recipients", [])),
        "processors": list_cell(look.processor_name(c) for c in activity.get("processors", [])),
        "third_countries": list_cell(
            _distinct([country_text(t.get("country"), look) for t in transfers])
        ),
        "transfer_safeguards": list_cell(_transfer_text(t, look) for t in transfers),
    }
    element = {"third_countries": "transfers", "transfer_safeguards": "transfers"}
    return {
        key: assessed_cell(activity, element.get(key, key), cell, look.lang)
        for key, cell in cells.items()
    }


def _detail_cells(activity: Doc, look: Lookup) -> dict[str, Cell]:
    lang = look.lang
    uses = activity.get("data_categories", [])
    return {
        "data_categories": list_cell(_category_text(u, look) for u in uses),
        "art9_condition": list_cell(
            f"{look.category(u['category'])}: "
            + voc.ART9_CONDITIONS.label(u["art9_condition"], lang)
            for u in uses
            if u.get("art9_condition")
        ),
        "retention": list_cell(_retention_text(r, look) for r in activity.get("retention", [])),
        "data_subjects": list_cell(look.subject(c) for c in activity.get("data_subjects", [])),
        "security_measures": list_cell(
            look.measure(c) for c in activity.get("security_measures", [])
        ),
        "storage_location": list_cell(look.system(c) for c in activity.get("systems", [])),
        "sources": list_cell(_source_text(s, look) for s in activity.get("sources", [])),
        "rights": list_cell(voc.RIGHTS.label(r, lang) for r in activity.get("rights", [])),
    }


def _automated(activity: Doc, look: Lookup) -> Cell:
    """Yes or no as answered; never "no" for a question nobody answered."""
    answer = activity.get("automated_decision_making")
    note = look.translated(activity, "automated_decision_note")
    text = automated_answer(activity, look.lang)
    shown = f"{text}: {note}" if note else text
    return text_cell(shown) if answer is None else Cell("bool", shown, answer)


def _screening(activity: Doc, lang: Lang) -> str:
    """The DPIA screening's conclusion and the entries that led to it; never "no" unscreened."""
    screened = activity.get("dpia_screened_on")
    if not screened:
        return label("dpia_not_screened", lang)
    criteria = [c for c in activity.get("dpia_criteria") or [] if isinstance(c, str)]
    found = dpia.matched(criteria, lang)
    outcome = label(f"dpia_{dpia.conclusion(criteria)}", lang)
    when = format_date(date.fromisoformat(screened), lang)
    return f"{outcome} ({when})" + (f": {found}" if found else "")


def document_line(link: Doc, lang: Lang) -> str:
    """A linked document as the exports list it: its kind and title, and a URL as it is; of a
    file only its name, never the folders of the computer it was linked on."""
    kind = voc.DOCUMENT_KINDS.label(link.get("kind"), lang)
    title = str(link.get("title") or "").strip()
    target = str(link.get("target") or "").strip()
    if is_url(target):
        where = target
    elif target:
        where = label("document_file", lang).format(name=file_name(target))
    else:
        where = ""
    return " — ".join(part for part in (f"{kind}: {title}" if title else kind, where) if part)


def _date(value: str | None, lang: Lang) -> Cell:
    return date_cell(date.fromisoformat(value) if value else None, lang)


def activity_cells(activity: Doc, look: Lookup) -> dict[str, Cell]:
    """Every register column of one activity, keyed like REGISTER_COLUMNS."""
    lang = look.lang
    text = text_cell
    return {
        "code": text(activity["code"]),
        "activity": text(look.translated(activity, "name")),
        "business_function": text(look.translated(activity, "business_function")),
        "description": text(look.translated(activity, "description")),
        "controller": text(look.entity_name(activity.get("controller"))),
        "security_note": text(look.translated(activity, "security_note")),
        "rights_note": text(look.translated(activity, "rights_note")),
        "automated_decisions": _automated(activity, look),
        "dpia_required": text(voc.DPIA_REQUIRED.label(activity.get("dpia_required"), lang)),
        "dpia_screening": text(_screening(activity, lang)),
        "dpia_status": text(voc.DPIA_STATUSES.label(activity.get("dpia_status"), lang)),
        "dpia_reference": text(activity.get("dpia_reference")),
        "documents": list_cell(
            document_line(link, lang) for link in activity.get("documents") or []
        ),
        "status": text(voc.ACTIVITY_STATUSES.label(activity.get("status"), lang)),
        "owner": text(activity.get("owner")),
        "last_reviewed_on": _date(activity.get("last_reviewed_on"), lang),
        "last_reviewed_by": text(activity.get("last_reviewed_by")),
        "next_review_due": _date(activity.get("next_review_due"), lang),
        "to_be_confirmed": text(look.translated(activity, "to_be_confirmed")),
        "note": text(activity.get("note")),
        **_purpose_cells(activity, look),
        **_detail_cells(activity, look),
        **_assessed_cells(activity, look),
    }


def activity_section(activity: Doc, cells: dict[str, Cell], look: Lookup) -> ActivitySection:
    """The activity's fields and tables in the order of Art. 30(1) (see section.py)."""
    title = f"{cells['code'].text} {cells['activity'].text}"
    tables = section_tables(activity, look)
    parts = section_parts(cells, _section_fields(look.audience), tables, look.lang)
    return ActivitySection(activity["code"], title, parts)


@cache
def _section_fields(audience: Audience) -> list[str]:
    return [k for k, _ in register_columns(audience) if k not in SECTION_TABLE_KEYS]


def row_of(cells: dict[str, Cell], spec: list[tuple[str, int]]) -> list[Cell]:
    return [cells[key] for key, _ in spec]


def register_table(look: Lookup) -> Table:
    spec = register_columns(look.audience)
    return Table("register", label("sheet_register", look.lang), columns(spec, look.lang))


def overview_table(lang: Lang) -> Table:
    return Table("overview", label("overview", lang), columns(OVERVIEW_COLUMNS, lang))
