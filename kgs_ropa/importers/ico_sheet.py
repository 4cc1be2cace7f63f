"""A register kept in a spreadsheet, one row per processing activity under ICO-style headings
(English or Dutch), turned into a register document. Catalogue entries the sheet names that the
standard lists do not have are created; values that cannot be understood are problems."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook

from kgs_ropa.importers.ico_headings import element_of, normalise
from kgs_ropa.model import countries
from kgs_ropa.model import vocabulary as voc
from kgs_ropa.services.document import FORMAT, FORMAT_VERSION

Doc = dict[str, Any]
HEADER_SEARCH_ROWS = 30
MAX_ROWS = 100_000
MIN_HEADINGS = 3
_SPLIT = re.compile(r"\s*(?:\n|;|•)\s*")
# Words that identify an Art. 6(1) basis in free text, checked after the vocabulary labels.
_BASIS_WORDS = [
    ("consent", ["consent", "toestemming", "6 1 a", "sub a"]),
    ("contract", ["contract", "overeenkomst", "6 1 b", "sub b"]),
    ("legal_obligation", ["legal obligation", "wettelijke verplichting", "6 1 c", "sub c"]),
    ("vital_interests", ["vital", "vitaal", "6 1 d", "sub d"]),
    ("public_task", ["public task", "algemeen belang", "6 1 e", "sub e"]),
    ("legitimate_interests", ["legitimate", "gerechtvaardigd", "6 1 f", "sub f"]),
]
# The elements a spreadsheet row is read into; any other column goes into the activity's note.
SUPPORTED = {
    "code",
    "activity",
    "business_function",
    "description",
    "purposes",
    "joint_controllers",
    "data_subjects",
    "data_categories",
    "recipients",
    "processors",
    "third_countries",
    "transfer_safeguards",
    "retention",
    "security_measures",
    "lawful_basis",
    "legitimate_interest",
    "rights_note",
    "automated_decisions",
    "sources",
    "storage_location",
    "dpia_required",
    "dpia_status",
    "dpia_reference",
    "consent_record",
    "owner",
    "note",
}
YES_WORDS = {"yes", "ja", "y", "j", "true", "waar", "1"}
NO_WORDS = {"no", "nee", "n", "false", "onwaar", "0", "none", "geen"}


@dataclass
class Mapping:
    sheet: str
    header_row: int
    columns: dict[int, str]  # column index (0-based) -> element
    to_note: dict[int, str] = field(default_factory=dict)  # column index -> heading

    def describe(self, headings: list[Any]) -> list[str]:
        targets = {**{i: f"note (as '{h}: ...')" for i, h in self.to_note.items()}, **self.columns}
        return [
            f"{get_column_letter(i + 1)} {headings[i]!s} -> {target}"
            for i, target in sorted(targets.items())
        ]


def items(value: Any) -> list[str]:
    return [part for part in _SPLIT.split(str(value or "").strip()) if part]


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalise(text)).strip("-")[:40] or "item"


def find_mapping(wb: Workbook) -> tuple[Mapping, list[Any]] | None:
    """The first sheet and row whose cells read as register headings."""
    for ws in wb.worksheets:
        if ws.title.startswith("_"):
            continue
        for number, row in enumerate(ws.iter_rows(max_row=HEADER_SEARCH_ROWS, values_only=True), 1):
            known = {i: e for i, h in enumerate(row) if (e := element_of(h)) is not None}
            if len(set(known.values())) >= MIN_HEADINGS and (
                "activity" in known.values() or "purposes" in known.values()
            ):
                columns = {i: e for i, e in known.items() if e in SUPPORTED}
                to_note = {
                    i: str(h).strip()
                    for i, h in enumerate(row)
                    if h is not None and str(h).strip() and i not in columns
                }
                return Mapping(ws.title, number, columns, to_note), list(row)
    return None


def lawful_basis(text: str) -> str | None:
    for term in voc.LAWFUL_BASES:
        if normalise(text) in (normalise(term.nl), normalise(term.en), term.code.replace("_", " ")):
            return str(term.code)
    # "Art. 6(1)(f)": keep what is in brackets, punctuation as spaces
    plain = " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())
    for code, words in _BASIS_WORDS:
        if any(w in plain for w in words):
            return code
    return None


def country_code(text: str) -> str | None:
    return countries.resolve_country(text)


class Catalogue:
    """One catalogue of the document being built: standard rows by label, new rows added."""

    def __init__(self, rows: list[Doc], make: Any) -> None:
        self.rows = rows
        self.make = make
        self.by_label: dict[str, str] = {
            normalise(r.get(k) or ""): r["code"]
            for r in rows
            for k in ("label_nl", "label_en", "name", "code")
        }

    def code(self, text: str) -> str:
        key = normalise(text)
        if key not in self.by_label:
            code = slug(text)
            while any(r["code"] == code for r in self.rows):
                code += "-x"
            self.rows.append(self.make(code, text))
            self.by_label[key] = code
        return self.by_label[key]


def _recipient_type(text: str) -> str:
    plain = normalise(text)
    for kind, words in [
        ("processor", ["verwerker", "processor", "leverancier", "supplier"]),
        ("internal", ["intern", "internal", "medewerker", "staff", "employee"]),
        ("group_company", ["groep", "group"]),
        ("authority", ["belasting", "overheid", "authority", "politie", "police", "tax"]),
    ]:
        if any(w in plain for w in words):
            return kind
    return "third_party"


def catalogues() -> dict[str, Catalogue]:
    def seeded(seeds: list[voc.CatalogueSeed]) -> list[Doc]:
        return [
            {"code": s.code, "label_nl": s.nl, "label_en": s.en, "dpv_id": s.dpv} for s in seeds
        ]

    def labelled(code: str, text: str) -> Doc:
        return {"code": code, "label_nl": text, "label_en": "", "dpv_id": None}

    return {
        "data_subject_categories": Catalogue(seeded(voc.STANDARD_DATA_SUBJECTS), labelled),
        "data_categories": Catalogue(seeded(voc.STANDARD_DATA_CATEGORIES), labelled),
        "security_measures": Catalogue(seeded(voc.STANDARD_MEASURES), labelled),
        "recipients": Catalogue(
            [], lambda c, t: {"code": c, "name": t, "type": _recipient_type(t)}
        ),
        "processors": Catalogue([], lambda c, t: {"code": c, "name": t}),
        "systems": Catalogue([], lambda c, t: {"code": c, "name": t, "location": t}),
    }


def empty_document(cats: dict[str, Catalogue]) -> Doc:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "organisation": {"entities": [], "contacts": []},
        "catalogues": {key: cat.rows for key, cat in cats.items()},
        "activities": [],
        "cookies": [],
    }
