"""One spreadsheet row (field -> its columns' cells) as an activity document.

Every non-empty cell lands in a field, or in the activity's note as "heading: value"; a value
that cannot be read is reported against its column, never dropped."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kgs_ropa.importers.heading_sets import HEADING_IS_ITEM
from kgs_ropa.importers.headings import normalise
from kgs_ropa.importers.sheet_values import (
    NO_WORDS,
    YES_WORDS,
    Catalogue,
    art9_condition,
    country_code,
    items,
    lawful_bases,
    mechanism,
    yes_no,
)
from kgs_ropa.message import QT_TRANSLATE_NOOP, Message, message, quoted
from kgs_ropa.model import vocabulary as voc
from kgs_ropa.model.periods import parse_period

Doc = dict[str, Any]
Cells = dict[str, list[tuple[str, Any]]]  # field -> (heading, value) of each column feeding it
Report = Callable[[str, Message], None]  # (field, what is wrong)
_ITEM_HEADINGS = {normalise(h) for h in HEADING_IS_ITEM}
_NOTHING = {
    "none",
    "geen",
    "n a",
    "nvt",
    "no",
    "nee",
    "non",
    "neant",
    "aucun",
    "aucune",
    "sans objet",
    "not applicable",
    "niet van toepassing",
}
MAX_NAME = 255


def text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


class Row:
    """The cells of one row by field, and the note lines it collects."""

    def __init__(self, cells: Cells, report: Report) -> None:
        self.cells, self.report = cells, report
        self.notes: list[str] = [f"{h}: {text(v)}" for h, v in cells.get("note", [])]

    def one(self, name: str) -> str:
        return next((text(v) for _, v in self.cells.get(name, [])), "")

    def heading(self, name: str) -> str:
        return next((h for h, _ in self.cells.get(name, [])), name)

    def to_note(self, name: str) -> None:
        self.notes += [f"{h}: {text(v)}" for h, v in self.cells.get(name, [])]

    def items(self, name: str) -> list[tuple[str, str]]:
        """(heading, item) of every column feeding a list field, a cell split into lines.

        In a checkbox column the heading is the item: "yes" ticks it, other text details it,
        "no" goes to the note."""
        result = []
        for heading, value in self.cells.get(name, []):
            if normalise(heading) in _ITEM_HEADINGS:
                answer = yes_no(value)
                if answer is False:
                    self.notes.append(f"{heading}: {text(value)}")
                elif answer is True and len(text(value).split()) == 1:
                    result.append((heading, heading))
                else:
                    result.append((heading, f"{heading}: {text(value)}"))
                continue
            if normalise(value) in _NOTHING or normalise(value) in NO_WORDS:
                self.notes.append(f"{heading}: {text(value)}")  # "None": nothing to list
                continue
            result += [(heading, part) for part in items(_after_yes(text(value)))]
        return result

    def texts(self, name: str) -> list[str]:
        return [item for _, item in self.items(name)]


def _after_yes(value: str) -> str:
    """ "Oui : données de santé" lists "données de santé"; the yes is what listing it says."""
    first, sep, rest = value.partition(" ")
    if normalise(first) in YES_WORDS and sep and rest.strip(" :-–"):
        return rest.strip().lstrip(":-–").strip()
    return value


def _purposes(row: Row, name: str) -> list[Doc]:
    texts = row.texts("purposes") or ([name] if name else [])
    basis_cell = row.one("lawful_basis")
    bases = lawful_bases(basis_cell) if basis_cell else []
    if basis_cell and not bases:
        row.report(
            "lawful_basis",
            message(
                QT_TRANSLATE_NOOP("ServiceMessages", "not a lawful basis (Art. 6(1)): {value}"),
                value=quoted(basis_cell),
            ),
        )
    lines = [lawful_bases(line) for line in items(basis_cell)]
    pairs: list[tuple[str, str | None]]
    if len(texts) > 1 and len(lines) == len(texts) and all(len(b) == 1 for b in lines):
        pairs = [(t, b[0]) for t, b in zip(texts, lines, strict=True)]
    elif len(bases) <= 1:
        pairs = [(t, bases[0] if bases else None) for t in texts]
    elif len(texts) == 1:  # one purpose on several bases: one purpose per basis
        pairs = [(texts[0], b) for b in bases]
    else:
        row.report(
            "lawful_basis",
            message(
                QT_TRANSLATE_NOOP(
                    "ServiceMessages",
                    "{bases} lawful bases for {purposes} purposes: give one basis per line, "
                    "in the order of the purposes",
                ),
                bases=len(bases),
                purposes=len(texts),
            ),
        )
        pairs = [(t, None) for t in texts]
    purposes = [
        {"description": t, "lawful_basis": b, "legitimate_interest": "", "balancing_note": ""}
        for t, b in pairs
    ]
    _attach(row, purposes, "legitimate_interest", "legitimate_interests", "legitimate_interest")
    _attach(row, purposes, "lia_reference", "legitimate_interests", "balancing_note")
    _attach(row, purposes, "consent_record", "consent", "consent_record")
    return purposes


def _attach(row: Row, purposes: list[Doc], name: str, basis: str, key: str) -> None:
    """A cell that belongs to the purposes on one basis; to the note when there is none."""
    value = row.one(name)
    if not value:
        return
    fitting = [p for p in purposes if p["lawful_basis"] == basis]
    for purpose in fitting:
        purpose[key] = value
    if not fitting:
        row.to_note(name)


def _retention(text: str) -> Doc:
    """ "28 days" or "2 jaar" becomes an amount and a unit (the exports write it in the reader's
    language); any other wording stays as written, since a period inside a sentence may hold
    only under what the sentence says."""
    period = parse_period(text)
    return {
        "category": None,
        "period": "" if period else text,
        "period_amount": period.amount if period else None,
        "period_unit": period.unit if period else None,
        "start_event": "",
        "legal_ground": "",
        "criterion": "",
    }


def _transfers(row: Row) -> list[Doc]:
    safeguards = row.one("transfer_safeguards")
    documentation = row.one("transfer_documentation")
    transfers = []
    for heading, item in row.items("third_countries"):
        if normalise(item) in _NOTHING:
            row.notes.append(f"{heading}: {item}")
            continue
        code = country_code(item)
        if code is None:
            unknown = message(
                QT_TRANSLATE_NOOP(
                    "ServiceMessages", "unknown country {value} (use its name or ISO code)"
                ),
                value=quoted(item),
            )
            row.report("third_countries", unknown)
            continue
        transfers.append(
            {
                "country": code,
                "recipient": "",
                "mechanism": mechanism(safeguards),
                "documentation_reference": documentation or safeguards,
                "note": safeguards if documentation else "",
            }
        )
    if not transfers:  # safeguards without a country: kept, not dropped
        row.to_note("transfer_safeguards")
        row.to_note("transfer_documentation")
    return transfers


def _dpia(row: Row) -> dict[str, str]:
    required = yes_no(row.one("dpia_required"))
    if row.one("dpia_required") and len(row.one("dpia_required").split()) > 1:
        row.to_note("dpia_required")  # "Yes - high risk screening": the reason is kept
    progress = row.one("dpia_status")
    status = next(
        (
            str(t.code)
            for t in voc.DPIA_STATUSES
            if normalise(progress) in (normalise(t.nl), normalise(t.en))
        ),
        None,
    )
    if progress and status is None:
        row.to_note("dpia_status")
    return {
        "dpia_required": {True: "yes", False: "no", None: "to_assess"}[required],
        "dpia_status": status or "not_started",
        "dpia_reference": row.one("dpia_reference"),
    }


def _categories(row: Row, cats: dict[str, Catalogue]) -> list[Doc]:
    uses: dict[str, Doc] = {}
    for _heading, item in row.items("data_categories"):
        code = cats["data_categories"].code(item)
        uses.setdefault(code, {"category": code, "art9_condition": None, "note": ""})
    condition_text = row.one("art9_condition")
    if condition_text:
        special = [u for c, u in uses.items() if cats["data_categories"].is_special(c)]
        condition = art9_condition(condition_text)
        if not special or normalise(condition_text) in _NOTHING:
            row.to_note("art9_condition")
        elif condition is None:
            row.report(
                "art9_condition",
                message(
                    QT_TRANSLATE_NOOP("ServiceMessages", "not an Art. 9(2) condition: {value}"),
                    value=quoted(condition_text),
                ),
            )
        else:
            for use in special:
                use["art9_condition"] = condition
                use["note"] = condition_text
    return list(uses.values())


def _processors(row: Row, cats: dict[str, Catalogue], activity_name: str) -> list[str]:
    catalogue = cats["processors"]
    names = row.texts("processors")
    links = items(row.one("processor_contract"))
    codes = [catalogue.code(n) for n in names]
    if links and not names:  # the ICO template has the contract, not the processor's name
        for link in links:
            code = catalogue.unnamed(f"Processor under contract for {activity_name}"[:MAX_NAME])
            catalogue.add_reference(code, link)
            codes.append(code)
    elif links and len(links) == len(names):
        for code, link in zip(codes, links, strict=True):
            catalogue.add_reference(code, link)
    elif links:
        row.to_note("processor_contract")
    return list(dict.fromkeys(codes))


_SUBJECT_WORDS = ("data subject", "individual", "betrokkene", "personne concernee", "themselves")


def _from_subject(source: str) -> bool:
    plain = normalise(source)
    return any(w in plain for w in _SUBJECT_WORDS)


def _limited(row: Row, name: str) -> str:
    value = row.one(name)
    if len(value) > MAX_NAME:
        row.report(name, _too_long())
    return value


def _too_long() -> Message:
    return message(
        QT_TRANSLATE_NOOP("ServiceMessages", "longer than {most} characters"), most=MAX_NAME
    )


def activity_from_row(code: str, cells: Cells, cats: dict[str, Catalogue], report: Report) -> Doc:
    """The activity of one row of a spreadsheet register."""
    row = Row(cells, report)
    purposes = row.texts("purposes")
    name = row.one("activity") or (purposes[0][:MAX_NAME] if purposes else "")
    if not name:
        report(
            "activity",
            Message(
                QT_TRANSLATE_NOOP(
                    "ServiceMessages",
                    "no name and no purpose: every row needs at least one of them",
                )
            ),
        )
    if len(name) > MAX_NAME:
        report("activity", _too_long())
    automated = row.one("automated_decisions")
    # An empty cell, or words that are no yes or no, leave the question not assessed.
    answer = yes_no(automated) if automated else None

    def codes(field: str, catalogue: str) -> list[str]:
        return list(dict.fromkeys(cats[catalogue].code(t) for t in row.texts(field)))

    activity = {
        "code": row.one("code") or code,
        "name": name,
        "description": row.one("description"),
        "business_function": _limited(row, "business_function"),
        "owner": _limited(row, "owner"),
        "status": "active",
        "joint_controllers": row.texts("joint_controllers"),
        "purposes": _purposes(row, name),
        "data_subjects": codes("data_subjects", "data_subject_categories"),
        "data_categories": _categories(row, cats),
        "sources": [
            {"description": t, "description_en": "", "from_data_subject": _from_subject(t)}
            for t in row.texts("sources")
        ],
        "systems": codes("storage_location", "systems"),
        "recipients": codes("recipients", "recipients"),
        "processors": _processors(row, cats, name),
        "transfers": _transfers(row),
        "retention": [_retention(t) for t in row.texts("retention")],
        "security_measures": codes("security_measures", "security_measures"),
        "rights_note": row.one("rights_note"),
        "automated_decision_making": answer,
        # "Yes, scoring of ..." keeps its explanation, as do words that answer neither way;
        # a bare yes or no needs none
        "automated_decision_note": (
            automated if answer is None or len(automated.split()) > 1 else ""
        ),
        **_dpia(row),
    }
    activity["note"] = "\n".join(row.notes)
    return activity
