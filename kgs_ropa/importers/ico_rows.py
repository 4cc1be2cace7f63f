"""One spreadsheet row (element -> cell value) as an activity document."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kgs_ropa.importers.ico_headings import normalise
from kgs_ropa.importers.ico_sheet import (
    NO_WORDS,
    YES_WORDS,
    Catalogue,
    country_code,
    items,
    lawful_basis,
)
from kgs_ropa.model import vocabulary as voc

Doc = dict[str, Any]
Report = Callable[[str, str], None]  # (element, message)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _purposes(row: dict[str, Any], report: Report) -> list[Doc]:
    texts = items(row.get("purposes")) or items(row.get("activity"))
    bases: list[str | None] = []
    for text in items(row.get("lawful_basis")):
        basis = lawful_basis(text)
        if basis is None:
            report("lawful_basis", f"not a lawful basis (Art. 6(1)): {text!r}")
        bases.append(basis)
    interest = _text(row.get("legitimate_interest"))
    purposes = []
    for index, text in enumerate(texts):
        basis = (
            bases[index] if len(bases) == len(texts) else (bases[0] if len(bases) == 1 else None)
        )
        purposes.append(
            {
                "description": text,
                "lawful_basis": basis,
                "legitimate_interest": interest
                if basis == "legitimate_interests" or len(texts) == 1
                else "",
                "consent_record": _text(row.get("consent_record")),
            }
        )
    if len(bases) > 1 and len(bases) != len(texts):
        report(
            "lawful_basis",
            f"{len(bases)} lawful bases for {len(texts)} purposes: give one per purpose",
        )
    return purposes


def _transfers(row: dict[str, Any], report: Report) -> list[Doc]:
    safeguards = _text(row.get("transfer_safeguards"))
    mechanism = None
    for term in voc.TRANSFER_MECHANISMS:
        words = [normalise(term.nl), normalise(term.en), term.code]
        if any(w and w in normalise(safeguards) for w in words):
            mechanism = term.code
    transfers = []
    for text in items(row.get("third_countries")):
        if normalise(text) in ("none", "geen", "n a", "nvt", "no", "nee"):
            continue
        code = country_code(text)
        if code is None:
            report("third_countries", f"unknown country {text!r} (use the name or the ISO code)")
            continue
        transfers.append(
            {
                "country": code,
                "recipient": "",
                "mechanism": mechanism,
                "documentation_reference": safeguards,
                "note": "",
            }
        )
    return transfers


def _yes_no(value: Any) -> bool | None:
    text = normalise(value) if value is not None else ""
    first = text.split(" ")[0] if text else ""
    return True if first in YES_WORDS else False if first in NO_WORDS else None


def _dpia(row: dict[str, Any]) -> dict[str, str]:
    required = _yes_no(row.get("dpia_required"))
    progress = _text(row.get("dpia_status"))
    status = next(
        (
            t.code
            for t in voc.DPIA_STATUSES
            if normalise(progress) in (normalise(t.nl), normalise(t.en))
        ),
        None,
    )
    reference = _text(row.get("dpia_reference"))
    if progress and status is None:  # free text about the DPIA: kept with the reference
        reference = f"{reference}\n{progress}".strip()
    return {
        "dpia_required": {True: "yes", False: "no", None: "to_assess"}[required],
        "dpia_status": status or "not_started",
        "dpia_reference": reference,
    }


def _note(row: dict[str, Any], extras: list[str]) -> str:
    return "\n".join(p for p in (_text(row.get("note")), *extras) if p)


def activity_from_row(
    code: str, row: dict[str, Any], cats: dict[str, Catalogue], report: Report, extras: list[str]
) -> Doc:
    """The activity of one row; `extras` are "heading: value" lines for the note."""
    name = _text(row.get("activity")) or (items(row.get("purposes")) or [""])[0][:255]
    if not name:
        report("activity", "no name and no purpose: every row needs at least one of them")
    automated = _yes_no(row.get("automated_decisions"))
    automated_text = _text(row.get("automated_decisions"))

    def codes(element: str, catalogue: str) -> list[str]:
        return list(dict.fromkeys(cats[catalogue].code(t) for t in items(row.get(element))))

    return {
        "code": _text(row.get("code")) or code,
        "name": name[:255],
        "description": _text(row.get("description")),
        "business_function": _text(row.get("business_function"))[:255],
        "owner": _text(row.get("owner"))[:255],
        "status": "active",
        "joint_controllers": items(row.get("joint_controllers")),
        "purposes": _purposes(row, report),
        "data_subjects": codes("data_subjects", "data_subject_categories"),
        "data_categories": [
            {"category": c, "art9_condition": None, "note": ""}
            for c in codes("data_categories", "data_categories")
        ],
        "sources": [
            {"description": t, "description_en": "", "from_data_subject": True}
            for t in items(row.get("sources"))
        ],
        "systems": codes("storage_location", "systems"),
        "recipients": codes("recipients", "recipients"),
        "processors": codes("processors", "processors"),
        "transfers": _transfers(row, report),
        "retention": [
            {
                "category": None,
                "period": t,
                "period_months": None,
                "start_event": "",
                "legal_ground": "",
                "criterion": "",
            }
            for t in items(row.get("retention"))
        ],
        "security_measures": codes("security_measures", "security_measures"),
        "rights_note": _text(row.get("rights_note")),
        "automated_decision_making": bool(automated),
        # "Yes, scoring of ..." keeps its explanation; a bare yes or no needs none
        "automated_decision_note": automated_text if len(automated_text.split()) > 1 else "",
        "note": _note(row, extras),
        **_dpia(row),
    }
