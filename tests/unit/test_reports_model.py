"""The format-neutral report: labels, dates and vocabulary in each language, the fingerprint,
the inquiry subset, and one label table for every renderer."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

from kgs_ropa.checks import check_register
from kgs_ropa.reports.build import build_report, fingerprint
from kgs_ropa.reports.labels import LABELS, format_date
from kgs_ropa.reports.report import Audience
from kgs_ropa.services.setup import example_document

TODAY = date(2026, 11, 25)


def test_dates_are_formatted_once_per_language() -> None:
    assert format_date(date(2026, 3, 5), "nl") == "05-03-2026"
    assert format_date(date(2026, 3, 5), "en") == "2026-03-05"


def test_every_label_has_both_languages() -> None:
    assert all(nl and en for nl, en in LABELS.values())


def test_vocabulary_and_headings_follow_the_language() -> None:
    document = example_document("kgs")
    dutch = build_report(document, "nl", today=TODAY)
    english = build_report(document, "en", today=TODAY)
    column = [c.key for c in dutch.register.columns].index("lawful_basis")
    assert dutch.register.columns[column].title == "Rechtsgrond (art. 6)"
    assert english.register.columns[column].title == "Lawful basis (Art. 6)"
    assert (
        "Uitvoering van een overeenkomst (art. 6 lid 1 sub b)"
        in dutch.register.rows[0][column].text
    )
    assert "Performance of a contract (Art. 6(1)(b))" in english.register.rows[0][column].text
    assert dutch.meta.export_date_text == "25-11-2026"
    assert english.meta.export_date_text == "2026-11-25"


def test_fingerprint_depends_on_content_not_key_order() -> None:
    document = example_document("kgs")
    reordered = dict(reversed(list(copy.deepcopy(document).items())))
    assert fingerprint(document) == fingerprint(reordered)
    changed = copy.deepcopy(document)
    changed["activities"][0]["name"] += "."
    assert fingerprint(changed) != fingerprint(document)


def test_subset_keeps_its_findings_and_the_fingerprint_of_the_whole() -> None:
    document = example_document("kgs")
    findings = check_register(document, TODAY)
    internal = Audience(findings=True)
    whole = build_report(document, "en", today=TODAY, findings=findings, audience=internal)
    subset = build_report(
        document,
        "en",
        today=TODAY,
        findings=findings,
        activity_codes=["KGS-04"],
        audience=internal,
    )
    assert subset.meta.is_subset and subset.meta.activity_count == 1
    assert subset.meta.fingerprint == whole.meta.fingerprint
    assert subset.findings is not None
    assert {row[1].text for row in subset.findings.rows} <= {"KGS-04"}
    assert [a["code"] for a in subset.document["activities"]] == ["KGS-04"]
    transfers = next(t for t in subset.annexes if t.key == "transfers")
    assert {row[0].text for row in transfers.rows} <= {"KGS-04"}


def test_sections_hold_every_element_once() -> None:
    report = build_report(example_document("kgs"), "nl", today=TODAY)
    section = report.activities[0]
    names = [name for name, _ in section.fields]
    assert len(names) == len(set(names))
    assert [t.key for t in section.tables] == [
        "purposes",
        "data_categories",
        "transfers",
        "retention",
    ]
    assert not build_report(example_document("kgs"), "nl", today=TODAY, sections=False).activities


def _cell(report: Any, key: str, row: int = 0) -> str:
    column = [c.key for c in report.register.columns].index(key)
    return str(list(report.register.rows)[row][column].text)


def test_unknown_is_not_none() -> None:
    """An empty list never assessed reads "to be confirmed"; one assessed as empty reads
    "none (assessed)"; a transfer to a country not known yet says so."""
    document = copy.deepcopy(example_document("kgs"))
    activity = document["activities"][0]
    activity.update(transfers=[], processors=[], joint_controllers=[], assessed_none=["processors"])
    for lang, open_, none in (
        ("nl", "te bevestigen", "geen (beoordeeld)"),
        ("en", "to be confirmed", "none (assessed)"),
    ):
        report = build_report(document, lang, today=TODAY)
        assert _cell(report, "third_countries") == open_
        assert _cell(report, "transfer_safeguards") == open_
        assert _cell(report, "joint_controllers") == open_
        assert _cell(report, "processors") == none
        section = next(iter(report.activities))
        transfers = next(t for t in section.tables if t.key == "transfers")
        assert not transfers.rows and transfers.empty == open_
    activity["transfers"] = [{"country": "", "recipient": "Groep", "mechanism": None}]
    report = build_report(document, "en", today=TODAY)
    assert _cell(report, "third_countries") == "country to be confirmed"
    annex = next(t for t in report.annexes if t.key == "transfers")
    assert "country to be confirmed" in [c.text for c in list(annex.rows)[0]]


def test_every_purpose_with_its_own_basis() -> None:
    document = copy.deepcopy(example_document("kgs"))
    activity = document["activities"][0]
    activity["purposes"] = [
        {"description": "Orders", "lawful_basis": "contract"},
        {
            "description": "Fraud",
            "lawful_basis": "legitimate_interests",
            "legitimate_interest": "Preventing fraud",
        },
        {"description": "Tax", "lawful_basis": "contract"},
    ]
    report = build_report(document, "nl", today=TODAY)
    purposes = _cell(report, "purposes").splitlines()
    assert purposes[0].startswith("1. Orders — Uitvoering van een overeenkomst")
    assert purposes[1].startswith("2. Fraud — Gerechtvaardigd belang")
    assert "gerechtvaardigd belang: Preventing fraud" in purposes[1]
    bases = _cell(report, "lawful_basis").splitlines()
    assert len(bases) == 3 and bases[2].startswith("3. Uitvoering")  # not pooled
    assert _cell(report, "legitimate_interest") == "2. Preventing fraud"


def test_art9_condition_next_to_the_special_category() -> None:
    document = copy.deepcopy(example_document("kgs"))
    document["catalogues"]["data_categories"].append(
        {"code": "health_x", "label_nl": "Gezondheid", "label_en": "Health", "special": True}
    )
    activity = document["activities"][0]
    activity["data_categories"] = [
        {"category": "health_x", "art9_condition": "explicit_consent", "note": ""},
    ]
    text = _cell(build_report(document, "en", today=TODAY), "data_categories")
    assert text.startswith("Health (") and "Art. 9(2)(a)" in text
    activity["data_categories"][0]["art9_condition"] = None
    text = _cell(build_report(document, "en", today=TODAY), "data_categories")
    assert "to be confirmed" in text


def test_cover_names_drafts_and_open_points() -> None:
    document = copy.deepcopy(example_document("kgs"))
    for activity in document["activities"]:
        activity["status"] = "active"
        activity.update(
            to_be_confirmed="",
            assessed_none=["joint_controllers", "recipients", "processors", "transfers"],
            transfers=[],
            status="active",
        )
        for purpose in activity["purposes"]:
            purpose["basis_assumed"] = False
    document["activities"][2]["status"] = "draft"
    document["activities"][4]["to_be_confirmed"] = "Bewaartermijn"
    meta = build_report(document, "en", today=TODAY).meta
    lines = meta.status_lines()
    assert lines[0] == "Draft activities (not yet adopted): 1 - KGS-03"
    assert lines[1] == "Activities with points still to be confirmed: 1 - KGS-05"
    # An assumed lawful basis or transfer mechanism is a point still to be confirmed.
    document["activities"][0]["purposes"][0]["basis_assumed"] = True
    document["activities"][1]["transfers"] = [
        {"country": "CH", "mechanism": "adequacy", "mechanism_assumed": True}
    ]
    lines = build_report(document, "en", today=TODAY).meta.status_lines()
    assert lines[1] == "Activities with points still to be confirmed: 3 - KGS-01, KGS-02, KGS-05"
    status = [c.key for c in build_report(document, "en", today=TODAY).overview.columns]
    assert "status" in status


def test_english_marks_untranslated_text_and_counts_it() -> None:
    document = copy.deepcopy(example_document("kgs"))
    activity = document["activities"][0]
    activity["business_function"] = "Verkoop"
    activity["translations"] = {}
    report = build_report(document, "en", today=TODAY)
    assert _cell(report, "business_function") == "[nl] Verkoop"
    before = report.meta.untranslated
    activity["translations"] = {"en": {"business_function": "Sales"}}
    report = build_report(document, "en", today=TODAY)
    assert _cell(report, "business_function") == "Sales"
    assert report.meta.untranslated == before - 1
    assert build_report(document, "nl", today=TODAY).meta.untranslated == 0
    assert _cell(build_report(document, "nl", today=TODAY), "business_function") == "Verkoop"


def test_an_assumed_basis_or_mechanism_is_marked_as_an_assumption() -> None:
    """KGS-13's candidate Art. 49(1) derogation and its assumed bases are never read as
    established: every export that names them says they are assumed."""
    document = example_document("kgs")
    row = [a["code"] for a in document["activities"]].index("KGS-13")
    for lang, mark in (("nl", "(aangenomen, te bevestigen)"), ("en", "(assumed, to be confirmed)")):
        report = build_report(document, lang, today=TODAY)
        safeguards = _cell(report, "transfer_safeguards", row)
        assert "49" in safeguards and mark in safeguards
        bases = _cell(report, "lawful_basis", row).splitlines()
        assert mark in bases[0] and mark not in bases[1]  # purpose 2's contract is stated
    confirmed = copy.deepcopy(document)
    confirmed["activities"][row]["transfers"][0]["mechanism_assumed"] = False
    report = build_report(confirmed, "en", today=TODAY)
    assert "assumed" not in _cell(report, "transfer_safeguards", row)
