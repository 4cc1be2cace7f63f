"""One test per check: the finding appears on the bad input and disappears once it is fixed."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kgs_ropa.checks import (
    MESSAGES,
    CheckContext,
    Finding,
    check_activity,
    check_register,
)
from kgs_ropa.checks.messages import render
from kgs_ropa.services.synthetic import synthetic_document

TODAY = date(2026, 11, 25)
Doc = dict[str, Any]


def register(**organisation: Any) -> Doc:
    """A small register document whose catalogues the test activities refer to."""
    return {
        "format": "kgs-ropa-register",
        "format_version": 1,
        "organisation": {
            "acts_as_processor": False,
            "entities": [
                {
                    "code": "holding",
                    "name": "KGS Diamond Holding BV",
                    "role": "controller",
                    "country": "NL",
                    "address": "Industriestraat 2, 8081 HG Elburg",
                }
            ],
            "contacts": [
                {"role": "privacy_officer", "name": "P. Officer", "email": "privacy@example.com"}
            ],
            "processor_records": [],
            **organisation,
        },
        "catalogues": {
            "data_categories": [
                {"code": "name", "label_nl": "Naam", "label_en": "Name"},
                {"code": "email", "label_nl": "E-mailadres", "label_en": "Email address"},
                {
                    "code": "health",
                    "label_nl": "Gezondheid",
                    "label_en": "Health",
                    "special": True,
                },
                {
                    "code": "criminal",
                    "label_nl": "Strafrechtelijk",
                    "label_en": "Criminal",
                    "criminal": True,
                },
            ],
            "processors": [
                {
                    "code": "crm",
                    "name": "CRM BV",
                    "country": "NL",
                    "agreement_signed_on": "2024-01-01",
                },
                {"code": "no_dpa", "name": "Bezorger BV", "country": "NL"},
                {
                    "code": "analytics",
                    "name": "Analytics Inc",
                    "country": "US",
                    "agreement_reference": "DPA-7",
                },
            ],
            "recipients": [
                {"code": "staff", "name": "Medewerkers", "name_en": "Staff", "type": "internal"},
                {
                    "code": "group_us",
                    "name": "Groepsmaatschappij VS",
                    "name_en": "Group company US",
                    "type": "group_company",
                    "country": "US",
                },
            ],
            "systems": [
                {"code": "erp", "name": "ERP", "country": "NL"},
                {"code": "no_country", "name": "Gedeelde map"},
                {"code": "cloud_us", "name": "Cloud CRM", "country": "US"},
            ],
        },
        "activities": [],
        "cookies": [
            {"name": "_ga", "type": "analytical", "activity": "A01"},
            {"name": "session", "type": "technical", "activity": "A02"},
        ],
    }


def good_activity() -> Doc:
    """An activity every rule is content with."""
    return {
        "code": "A01",
        "name": "Orderafhandeling",
        "name_en": "Order handling",
        "status": "active",
        "business_function": "Verkoop",
        "controller": "holding",
        "purposes": [
            {
                "description": "Bestellingen verwerken",
                "description_en": "Processing orders",
                "lawful_basis": "contract",
                "legitimate_interest": "",
                "balancing_note": "",
                "consent_record": "",
                "legal_obligation_reference": "",
            }
        ],
        "data_subjects": ["customer_contact"],
        "data_categories": [{"category": "name", "art9_condition": None, "note": ""}],
        "sources": [],
        "systems": ["erp"],
        "recipients": ["staff"],
        "processors": ["crm"],
        "transfers": [],
        "assessed_none": ["transfers"],
        "retention": [
            {
                "category": None,
                "period": "7 jaar",
                "period_amount": 7,
                "period_unit": "year",
                "start_event": "einde boekjaar",
                "legal_ground": "art. 52 AWR",
                "criterion": "",
            }
        ],
        "security_measures": ["firewall"],
        "security_note": "",
        "automated_decision_making": False,
        "dpia_required": "no",
        "dpia_status": "not_applicable",
        "dpia_criteria": ["edpb_large_scale"],
        "dpia_screened_on": "2026-10-01",
        "next_review_due": "2027-02-01",
        "to_be_confirmed": "",
    }


def check(activity: Doc) -> list[Finding]:
    # A case may move "today" (an expired decision): the key is the test's, not the document's.
    today = date.fromisoformat(activity.pop("_today", TODAY.isoformat()))
    return check_activity(activity, CheckContext.from_document(register(), today))


Change = Callable[[Doc], None]


def setting(**values: Any) -> Change:
    return lambda a: a.update(copy.deepcopy(values))


def purpose(**values: Any) -> Change:
    return lambda a: a["purposes"][0].update(values)


def retention(**values: Any) -> Change:
    return lambda a: a["retention"][0].update(
        {"period_amount": None, "period_unit": None, **values}
    )


def no_change(activity: Doc) -> None:
    """The good activity is the fixed one."""


def transfer(country: str, mechanism: str | None, reference: str = "") -> Doc:
    return {
        "country": country,
        "recipient": "Groepsmaatschappij",
        "mechanism": mechanism,
        "documentation_reference": reference,
        "note": "",
    }


def category(code: str, condition: str | None = None, note: str = "") -> Doc:
    return {"category": code, "art9_condition": condition, "note": note}


@dataclass(frozen=True)
class Case:
    code: str
    severity: str
    field: str
    bad: Change
    fixed: Change = no_change


LI = {"lawful_basis": "legitimate_interests", "legitimate_interest": "Klantcontact"}
CASES = {
    "name": Case("activity.name", "error", "name", setting(name="  ")),
    "controller": Case("art30.controller", "error", "controller", setting(controller=None)),
    "purposes": Case("art30.purposes", "error", "purposes", setting(purposes=[])),
    "purpose description": Case(
        "art30.purpose_description", "error", "purposes[0].description", purpose(description="")
    ),
    "data subjects": Case(
        "art30.data_subjects", "error", "data_subjects", setting(data_subjects=[])
    ),
    "data categories": Case(
        "art30.data_categories", "error", "data_categories", setting(data_categories=[])
    ),
    "recipients": Case(
        "art30.recipients",
        "error",
        "recipients",
        setting(recipients=[]),
        setting(recipients=[], assessed_none=["transfers", "recipients"]),
    ),
    "retention": Case("art30.retention", "error", "retention", setting(retention=[])),
    "owner": Case(
        "activity.owner",
        "warning",
        "owner",
        setting(business_function=""),
        setting(business_function="", owner="J. de Vries"),
    ),
    "automated decision-making not assessed": Case(
        "activity.automated_unknown",
        "warning",
        "automated_decision_making",
        setting(automated_decision_making=None),
        setting(automated_decision_making=None, status="draft"),
    ),
    "active on assumed basis": Case(
        "basis.assumed_active",
        "error",
        "status",
        purpose(basis_assumed=True),
        setting(
            status="draft", purposes=[{**good_activity()["purposes"][0], "basis_assumed": True}]
        ),
    ),
    "analytics cookies on legitimate interests": Case(
        "cookies.consent",
        "warning",
        "purposes[0].lawful_basis",
        purpose(**LI, balancing_note="LIA 2025"),
        purpose(lawful_basis="consent", consent_record="Cookiebanner, logboek bij de CMP"),
    ),
    "security": Case(
        "art30.security",
        "error",
        "security_measures",
        setting(security_measures=[]),
        setting(security_measures=[], security_note="Versleutelde toegang, firewalls"),
    ),
    "lawful basis": Case(
        "basis.missing", "error", "purposes[0].lawful_basis", purpose(lawful_basis=None)
    ),
    "legitimate interest": Case(
        "basis.interest",
        "warning",
        "purposes[0].legitimate_interest",
        purpose(**{**LI, "legitimate_interest": "", "balancing_note": "LIA 2025"}),
        purpose(**LI, balancing_note="LIA 2025"),
    ),
    "balancing note": Case(
        "basis.balancing",
        "warning",
        "purposes[0].balancing_note",
        purpose(**LI),
        purpose(**LI, balancing_note="Belangenafweging, zie LIA 2025"),
    ),
    "consent record": Case(
        "basis.consent_record",
        "warning",
        "purposes[0].consent_record",
        purpose(lawful_basis="consent"),
        purpose(lawful_basis="consent", consent_record="Opt-in in de nieuwsbriefsoftware"),
    ),
    "legal obligation": Case(
        "basis.legal_reference",
        "warning",
        "purposes[0].legal_obligation_reference",
        purpose(lawful_basis="legal_obligation"),
        purpose(lawful_basis="legal_obligation", legal_obligation_reference="art. 52 AWR"),
    ),
    "art 9 condition": Case(
        "art9.condition",
        "error",
        "data_categories[1].art9_condition",
        setting(data_categories=[category("name"), category("health")]),
        setting(data_categories=[category("name"), category("health", "explicit_consent")]),
    ),
    "art 10 data": Case(
        "art10.criminal",
        "warning",
        "data_categories[1].note",
        setting(data_categories=[category("name"), category("criminal")]),
        setting(data_categories=[category("name"), category("criminal", note="art. 33 UAVG")]),
    ),
    "transfers not assessed": Case(
        "transfer.unassessed",
        "warning",
        "assessed_none",
        setting(assessed_none=[]),
        setting(assessed_none=["transfers"]),
    ),
    "transfer country": Case(
        "transfer.country",
        "error",
        "transfers[0].country",
        setting(transfers=[transfer("", "bcr", "BCR 2024")]),
        setting(transfers=[transfer("CH", "adequacy")]),
    ),
    "transfer mechanism": Case(
        "transfer.mechanism",
        "error",
        "transfers[0].mechanism",
        setting(transfers=[transfer("CN", None)]),
        setting(transfers=[transfer("CN", "scc", "SCC module 1, 2024")]),
    ),
    "no adequacy decision": Case(
        "transfer.no_adequacy",
        "error",
        "transfers[0].mechanism",
        setting(transfers=[transfer("CN", "adequacy")]),
        setting(transfers=[transfer("CH", "adequacy")]),
    ),
    "partial adequacy decision": Case(
        "transfer.partial_adequacy",
        "warning",
        "transfers[0].mechanism",
        setting(transfers=[transfer("US", "adequacy")]),
        setting(transfers=[transfer("US", "scc", "SCC module 2")]),
    ),
    "active on an assumed transfer mechanism": Case(
        "transfer.assumed_active",
        "error",
        "transfers[0].mechanism_assumed",
        setting(transfers=[{**transfer("CH", "adequacy"), "mechanism_assumed": True}]),
        setting(transfers=[transfer("CH", "adequacy")]),
    ),
    "active on an assumed transfer mechanism, set back to draft": Case(
        "transfer.assumed_active",
        "error",
        "transfers[0].mechanism_assumed",
        setting(transfers=[{**transfer("CH", "adequacy"), "mechanism_assumed": True}]),
        setting(
            status="draft", transfers=[{**transfer("CH", "adequacy"), "mechanism_assumed": True}]
        ),
    ),
    "draft on an assumed transfer mechanism": Case(
        "transfer.assumed",
        "warning",
        "transfers[0].mechanism_assumed",
        setting(
            status="draft", transfers=[{**transfer("CH", "adequacy"), "mechanism_assumed": True}]
        ),
        setting(status="draft", transfers=[transfer("CH", "adequacy")]),
    ),
    "transfer within the EEA": Case(
        "transfer.eea",
        "warning",
        "transfers[0].country",
        setting(transfers=[transfer("DE", None)]),
    ),
    "expired adequacy decision": Case(
        "transfer.adequacy_expired",
        "error",
        "transfers[0].mechanism",
        lambda a: a.update(transfers=[transfer("GB", "adequacy")], _today="2032-01-01"),
        lambda a: a.update(transfers=[transfer("GB", "adequacy")]),
    ),
    "processor or system without country": Case(
        "party.country",
        "warning",
        "systems[1]",
        setting(systems=["erp", "no_country"]),
    ),
    "unlisted transfer (system)": Case(
        "transfer.unlisted",
        "warning",
        "systems[1]",
        setting(systems=["erp", "cloud_us"]),
        setting(systems=["erp", "cloud_us"], transfers=[transfer("US", "scc", "SCC 2")]),
    ),
    "transfer documentation": Case(
        "transfer.documentation",
        "warning",
        "transfers[0].documentation_reference",
        setting(transfers=[transfer("IN", "art49_derogation")]),
        setting(transfers=[transfer("IN", "art49_derogation", "Uitdrukkelijke toestemming")]),
    ),
    "unlisted transfer (processor)": Case(
        "transfer.unlisted",
        "warning",
        "processors[1]",
        setting(processors=["crm", "analytics"]),
        setting(processors=["crm", "analytics"], transfers=[transfer("US", "scc", "SCC 2")]),
    ),
    "processor agreement": Case(
        "processor.agreement", "warning", "processors[0]", setting(processors=["no_dpa"])
    ),
    "empty retention rule": Case(
        "retention.empty", "error", "retention[0].period", retention(period="", legal_ground="")
    ),
    "vague retention": Case(
        "retention.vague",
        "warning",
        "retention[0].period",
        retention(period="Niet langer dan nodig is", legal_ground=""),
    ),
    "retention without start": Case(
        "retention.start",
        "warning",
        "retention[0].start_event",
        retention(period="2 jaar", start_event=""),
        retention(period="2 jaar na het laatste contact", start_event=""),
    ),
    "period in words contradicts amount and unit": Case(
        "retention.contradicts",
        "warning",
        "retention[0].period",
        retention(period="28 dagen", period_amount=2, period_unit="month"),
        retention(period="4 weken", period_amount=28, period_unit="day"),
    ),
    "period in hours contradicts days": Case(
        "retention.contradicts",
        "warning",
        "retention[0].period",
        retention(period="_gid: 24 hours", period_amount=24, period_unit="day"),
        retention(period="_gid: 24 hours", period_amount=1, period_unit="day"),
    ),
    "retention per category": Case(
        "retention.category",
        "warning",
        "retention",
        setting(
            data_categories=[category("name"), category("email")],
            retention=[
                {"category": "name", "period": "2 jaar", "period_amount": 2, "period_unit": "year"}
            ],
        ),
        setting(
            data_categories=[category("name"), category("email")],
            retention=[
                {"category": "name", "period": "2 jaar", "period_amount": 2, "period_unit": "year"},
                {
                    "category": "email",
                    "period": "2 jaar",
                    "period_amount": 2,
                    "period_unit": "year",
                },
            ],
        ),
    ),
    "storage location": Case("storage.missing", "warning", "systems", setting(systems=[])),
    "review overdue": Case(
        "review.overdue", "warning", "next_review_due", setting(next_review_due="2026-11-24")
    ),
    "review unscheduled": Case(
        "review.unscheduled", "warning", "next_review_due", setting(next_review_due=None)
    ),
    "open assumption": Case(
        "assumption.open",
        "warning",
        "to_be_confirmed",
        setting(to_be_confirmed="Bewaartermijn van de CRM-gegevens"),
    ),
    "DPIA screening": Case(
        "dpia.screening",
        "warning",
        "dpia_screened_on",
        setting(dpia_screened_on=None),
    ),
    "DPIA required by the AP list": Case(
        "dpia.required_ap",
        "error",
        "dpia_criteria",
        setting(dpia_criteria=["ap_location"]),
        setting(
            dpia_criteria=["ap_location"],
            dpia_required="yes",
            dpia_status="completed",
            dpia_reference="DPIA locatiegegevens 2026, v1.2",
        ),
    ),
    "DPIA likely required by two EDPB criteria": Case(
        "dpia.required_edpb",
        "error",
        "dpia_criteria",
        setting(dpia_criteria=["edpb_monitoring", "edpb_large_scale"]),
        setting(dpia_criteria=["edpb_monitoring"]),
    ),
    "DPIA reference": Case(
        "dpia.reference",
        "warning",
        "dpia_reference",
        setting(dpia_required="yes", dpia_status="completed", dpia_reference="te bevestigen"),
        setting(dpia_required="yes", dpia_status="completed", dpia_reference="DPIA-2026-03"),
    ),
    "DPIA not completed": Case(
        "dpia.incomplete",
        "error",
        "dpia_status",
        setting(dpia_required="yes", dpia_status="in_progress"),
        setting(dpia_required="yes", dpia_status="completed"),
    ),
}


def build(*changes: Change) -> Doc:
    activity = good_activity()
    for change in changes:
        change(activity)
    return activity


def codes(findings: list[Finding]) -> set[str]:
    return {f.code for f in findings}


def test_the_good_activity_has_no_findings() -> None:
    assert check(good_activity()) == []


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_rule_finds_the_problem_and_not_the_fix(case: Case) -> None:
    found = [f for f in check(build(case.bad)) if f.code == case.code]
    assert [(f.severity, f.field, f.activity) for f in found] == [
        (case.severity, case.field, "A01")
    ]
    assert case.code not in codes(check(build(case.fixed)))


REGISTER_CASES = {
    "controller entity": (
        "register.controller",
        "error",
        {"entities": [{"code": "holding", "name": "KGS Diamond Holding BV", "address": ""}]},
    ),
    "privacy contact": (
        "register.privacy_contact",
        "warning",
        {"contacts": [{"role": "privacy_officer", "name": "P. Officer"}]},
    ),
    "processor records": ("register.processor_records", "error", {"acts_as_processor": True}),
    "contact email": (
        "contact.email",
        "error",
        {"contacts": [{"role": "privacy_officer", "name": "Jan", "email": "jan@", "phone": "1"}]},
    ),
}


@pytest.mark.parametrize("case", REGISTER_CASES.values(), ids=REGISTER_CASES.keys())
def test_register_rule_finds_the_problem_and_not_the_fix(case: tuple[str, str, Doc]) -> None:
    code, severity, bad = case
    found = [f for f in check_register(register(**bad), TODAY) if f.code == code]
    assert [(f.severity, f.activity) for f in found] == [(severity, None)]
    assert code not in codes(check_register(register(), TODAY))


def test_processor_records_satisfy_art_30_2() -> None:
    records = [{"code": "client-1", "client_controller": "Klant BV"}]
    document = register(acts_as_processor=True, processor_records=records)
    assert codes(check_register(document, TODAY)) == set()


def test_every_message_code_has_a_test() -> None:
    tested = {case.code for case in CASES.values()} | {c[0] for c in REGISTER_CASES.values()}
    tested.add("text.untranslated")  # its own test: it needs the organisation's setting
    assert tested == set(MESSAGES)


def test_every_message_code_is_documented() -> None:
    docs = (Path(__file__).parents[2] / "docs" / "checks.md").read_text(encoding="utf-8")
    assert [code for code in MESSAGES if f"`{code}`" not in docs] == []


# ------------------------------------------------------------ variants of the rules above


PROMISE = (
    '"We zorgen er altijd voor dat we onze belangen afwegen tegen uw rechten, wat betekent dat '
    'we uw gegevens zorgvuldig verwerken."'
)


@pytest.mark.parametrize(
    "value",
    ["te bevestigen", "Te bevestigen: de afweging", "TBC", "Aangenomen", "assumed", "n.v.t.", "-"]
    + [PROMISE, f"Algemene toezegging ({PROMISE})", f"{PROMISE}; {PROMISE}"],
)
@pytest.mark.parametrize(
    ("code", "documented"),
    [
        ("basis.balancing", purpose(**LI, balancing_note="{}")),
        ("basis.consent_record", purpose(lawful_basis="consent", consent_record="{}")),
        (
            "basis.legal_reference",
            purpose(lawful_basis="legal_obligation", legal_obligation_reference="{}"),
        ),
        ("transfer.documentation", setting(transfers=[transfer("IN", "scc", "{}")])),
        ("dpia.reference", setting(dpia_status="completed", dpia_reference="{}")),
    ],
    ids=["balancing", "consent", "legal", "transfer", "dpia"],
)
def test_placeholders_and_quotes_are_no_documentation(
    value: str, code: str, documented: Change
) -> None:
    def filled(activity: Doc) -> None:
        documented(activity)
        text = json.dumps(activity).replace('"{}"', json.dumps(value))
        activity.clear()
        activity.update(json.loads(text))

    assert code in codes(check(build(filled)))


def test_a_processor_agreement_reference_that_is_a_placeholder_does_not_count() -> None:
    document = register()
    document["catalogues"]["processors"][0] = {
        "code": "crm",
        "name": "CRM BV",
        "country": "NL",
        "agreement_reference": "Te bevestigen",
    }
    context = CheckContext.from_document(document, TODAY)
    assert "processor.agreement" in codes(check_activity(good_activity(), context))


def test_empty_retention_rows_are_no_retention() -> None:
    empty = {"category": None, "period": "", "period_amount": None, "legal_ground": ""}
    found = codes(check(build(setting(retention=[empty, dict(empty)]))))
    assert {"art30.retention", "retention.empty"} <= found


@pytest.mark.parametrize(
    "change",
    [
        retention(period="Zolang de zakelijke relatie voortduurt", legal_ground=""),
        retention(period="Voor zover nodig voor de uitvoering van de overeenkomst"),
        retention(period="As long as necessary after the end of the contract", legal_ground=""),
        retention(period="For as long as the customer relationship lasts", legal_ground=""),
        retention(period="Tot het einde van de klantrelatie", legal_ground=""),
        retention(period="Versie 2 van ons beleid", legal_ground=""),
    ],
    ids=["relatie voortduurt", "voor zover nodig", "after an end event", "lasts", "tot", "digit"],
)
def test_open_ended_wordings_without_a_period_are_vague(change: Change) -> None:
    assert "retention.vague" in codes(check(build(change)))


@pytest.mark.parametrize(
    "change",
    [
        retention(period="Zolang de zakelijke relatie voortduurt, plus twee jaar"),
        retention(period="As long as the contract runs and 6 months after its end"),
    ],
    ids=["nl", "en"],
)
def test_an_end_event_with_a_period_after_it_is_clear(change: Change) -> None:
    assert "retention.vague" not in codes(check(build(change)))


def test_dpia_screening_conclusions() -> None:
    from kgs_ropa.model import dpia

    assert dpia.conclusion(["ap_camera"]) == dpia.REQUIRED_AP
    assert dpia.conclusion(["edpb_scoring", "edpb_matching"]) == dpia.REQUIRED_EDPB
    assert dpia.conclusion(["edpb_scoring"]) == dpia.NOT_REQUIRED
    assert dpia.conclusion([]) == dpia.NOT_REQUIRED
    assert len(dpia.AP_LIST.terms) == 17 and len(dpia.EDPB_CRITERIA.terms) == 9


def test_unscreened_answers_draw_no_conclusion() -> None:
    activity = build(setting(dpia_screened_on=None, dpia_criteria=["ap_location"]))
    assert codes(check(activity)) == {"dpia.screening"}


def test_low_impact_analytics_may_rest_on_legitimate_interests() -> None:
    document = register()
    document["cookies"][0]["type"] = "analytical_low_impact"
    context = CheckContext.from_document(document, TODAY)
    activity = build(purpose(**LI, balancing_note="LIA 2025"))
    assert "cookies.consent" not in codes(check_activity(activity, context))


def test_a_confirmed_scope_satisfies_a_partial_adequacy_decision() -> None:
    covered = {**transfer("US", "adequacy"), "adequacy_scope_confirmed": True}
    assert codes(check(build(setting(transfers=[covered])))) == set()


@pytest.mark.parametrize(
    "change",
    [
        retention(period="Zolang nodig voor de doeleinden"),
        retention(period="as long as necessary"),
        retention(period="We slaan uw gegevens niet langer op dan nodig is"),
        retention(period="zolang als voorgeschreven door deze verplichtingen", legal_ground=""),
        retention(period="tot de relatie eindigt", legal_ground="", criterion=""),
    ],
    ids=["zolang nodig", "as long as necessary", "KGS statement", "prescribed", "no period"],
)
def test_vague_retention_wordings(change: Change) -> None:
    assert "retention.vague" in codes(check(build(change)))


@pytest.mark.parametrize(
    "change",
    [
        retention(period="", criterion="Tot het einde van de klantrelatie plus 2 jaar"),
        retention(period="zolang als voorgeschreven", legal_ground="art. 52 AWR: 7 jaar"),
        retention(period="24 maanden na het laatste contact"),
        retention(period="Zolang nodig, uiterlijk 2 jaar na het laatste contact"),
        retention(period="7 jaar (wettelijke bewaarplicht)", legal_ground=""),
    ],
    ids=["criterion", "prescribed with its law", "period in words", "capped", "statutory"],
)
def test_clear_retention_wordings(change: Change) -> None:
    assert "retention.vague" not in codes(check(build(change)))


def test_vague_criterion_points_at_the_criterion() -> None:
    activity = build(retention(period="", criterion="as long as needed", legal_ground=""))
    [finding] = [f for f in check(activity) if f.code == "retention.vague"]
    assert finding.field == "retention[0].criterion"


def test_unlisted_transfer_of_a_recipient() -> None:
    found = check(build(setting(recipients=["staff", "group_us"])))
    assert [f.field for f in found if f.code == "transfer.unlisted"] == ["recipients[1]"]


def test_dpia_of_a_draft_is_a_warning_and_of_a_retired_activity_nothing() -> None:
    dpia = setting(dpia_required="yes", dpia_status="not_started")
    draft = check(build(dpia, setting(status="draft")))
    assert [f.severity for f in draft if f.code == "dpia.incomplete"] == ["warning"]
    assert "dpia.incomplete" not in codes(check(build(dpia, setting(status="retired"))))


def test_a_retired_activity_needs_no_review() -> None:
    assert check(build(setting(status="retired", next_review_due=None))) == []


def test_eea_transfer_needs_no_mechanism() -> None:
    assert codes(check(build(setting(transfers=[transfer("DE", None)])))) == {"transfer.eea"}


# ------------------------------------------------------------ messages and robustness


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_messages_name_the_problem_in_both_languages(lang: str) -> None:
    bad = [build(case.bad) for case in CASES.values()]
    findings = [f for activity in bad for f in check(activity)]
    for finding in findings:
        text = finding.message(lang)
        assert "{" not in text and "?" not in text and text.endswith("."), text
    assert render("basis.missing", {"n": 1, "purpose_nl": "Orders", "purpose_en": ""}, "en") == (
        'Purpose 1 "Orders" has no lawful basis (Art. 6(1) GDPR).'
    )


def test_messages_differ_per_language() -> None:
    finding = check(build(CASES["partial adequacy decision"].bad))[0]
    assert "Verenigde Staten" in finding.message("nl")
    assert "EU-US Data Privacy Framework" in finding.message("en")
    assert finding.message("nl") != finding.message("en")


def test_findings_are_plain_json() -> None:
    finding = check(build(CASES["lawful basis"].bad))[0]
    data = json.loads(json.dumps(finding.as_dict("en")))
    assert data["field"] == "purposes[0].lawful_basis"
    assert data["message"].startswith('Purpose 1 "Processing orders"')


def test_half_typed_activity_does_not_break_the_checks() -> None:
    junk: Doc = {
        "code": "X",
        "purposes": [None, "text", {"lawful_basis": 3}],
        "transfers": "none",
        "retention": [{"period_amount": "x", "period_unit": 3, "period": None}],
        "processors": [None, "unknown"],
        "next_review_due": "2026-13-45",
        "data_categories": [{"category": None}],
    }
    found = codes(check(junk))
    assert {"art30.controller", "basis.missing", "review.unscheduled"} <= found


def test_standard_categories_are_known_without_a_catalogue() -> None:
    context = CheckContext.from_document({}, TODAY)
    activity = build(setting(data_categories=[category("health")]))
    assert "art9.condition" in codes(check_activity(activity, context))


def test_synthetic_register_findings_point_at_its_activities() -> None:
    document = synthetic_document(40)
    findings = check_register(document, TODAY)
    known = {a["code"] for a in document["activities"]}
    assert findings and all(f.activity in known for f in findings if f.activity)


def test_untranslated_text_only_when_the_organisation_exports_in_english() -> None:
    activity = good_activity()
    activity["description"] = "Bestellingen afhandelen"
    assert "text.untranslated" not in {f.code for f in check(activity)}
    document = register()
    document["organisation"]["export_languages"] = ["en"]
    context = CheckContext.from_document(document, TODAY)
    found = [f for f in check_activity(activity, context) if f.code == "text.untranslated"]
    assert len(found) == 1 and found[0].params["lang"] == "en"
    count = found[0].params["count"]
    activity["translations"] = {"en": {"description": "Handling orders"}}
    found = [f for f in check_activity(activity, context) if f.code == "text.untranslated"]
    assert found[0].params["count"] == int(count) - 1


def test_a_transfer_finding_names_the_recipient_in_the_message_language() -> None:
    recipient = {"translations": {"en": {"recipient": "Group company"}}}
    bad = setting(
        transfers=[{**transfer("CH", "adequacy"), **recipient, "mechanism_assumed": True}]
    )
    [finding] = [f for f in check(build(bad)) if f.code == "transfer.assumed_active"]
    assert '"Group company"' in finding.message("en")
    assert '"Groepsmaatschappij"' in finding.message("nl")


def test_quoted_register_text_follows_the_message_language() -> None:
    """A vague retention rule and an open assumption are quoted in English where the register
    has them in English, and in Dutch otherwise."""
    activity = build(retention(period="Zolang nodig"))
    activity["retention"][0]["translations"] = {"en": {"period": "As long as needed"}}
    activity.update(
        to_be_confirmed="Te bevestigen: de bewaartermijn",
        translations={"en": {"to_be_confirmed": "To be confirmed: the retention period"}},
    )
    found = {f.code: f for f in check(activity)}
    assert '"As long as needed"' in found["retention.vague"].message("en")
    assert '"Zolang nodig"' in found["retention.vague"].message("nl")
    assert found["assumption.open"].message("en") == 'To be confirmed: "the retention period".'
    assert found["assumption.open"].message("nl") == 'Nog te bevestigen: "de bewaartermijn".'
    del activity["translations"]
    [open_point] = [f for f in check(activity) if f.code == "assumption.open"]
    assert "de bewaartermijn" in open_point.message("en")  # no translation: the original
