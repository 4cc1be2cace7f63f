"""The KGS Diamond example register against the privacy statement it is derived from.

The tables below list the statement's facts in its own (Dutch) words, each with the part of the
register where it must appear. A fact the statement gives and the register lacks fails here; so
does a fact the register states that the statement never gave (a DPO, an email address, a
system, a transfer mechanism, a fixed retention period) unless it is marked "Te bevestigen".
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from kgs_ropa.cli import main
from kgs_ropa.model import vocabulary as voc
from kgs_ropa.services import activities
from kgs_ropa.services.connect import connect
from kgs_ropa.services.document import dump_register
from kgs_ropa.services.setup import RegisterNotEmptyError, initialise
from kgs_ropa.storage.database import Database

TBC = "Te bevestigen"
ACTIVITY_CODES = [f"KGS-{n:02d}" for n in range(1, 14)]

# (fact, where in the register, phrase from the statement). `where` is a dotted path: a first
# part "KGS-nn" selects that activity, anything else is a key of the document.
FACTS: list[tuple[str, str, str]] = [
    # Verantwoordelijke en inleiding
    ("controller", "organisation.entities", "KGS DIAMOND HOLDING BV"),
    ("controller address", "organisation.entities", "Industriestraat 2, 8081 HG Elburg (GLD)"),
    ("controller country", "organisation.entities", "The Netherlands"),
    (
        "contact for questions",
        "organisation.contacts",
        "Verantwoordelijke voor de privacyverklaring",
    ),
    ("speaks for the group", "organisation.note", "KGS DIAMOND GROUP"),
    ("B2B customers", "organisation.note", "onze belangrijkste klanten andere professionele"),
    ("representatives", "organisation.note", "uitgevoerd door vertegenwoordigers van genoemde"),
    ("only when needed", "organisation.note", "alleen als dat echt nodig is"),
    ("with care, under the GDPR", "organisation.note", "in elk geval zorgvuldig verwerken"),
    ("never sold", "organisation.note", "We zullen uw gegevens nooit verkopen aan derden"),
    ("other purposes", "organisation.note", "ook voor andere doeleinden gebruiken"),
    # Welke persoonsgegevens verwerken wij?
    ("list not exhaustive", "organisation.note", "onder andere"),
    ("category name", "catalogues.data_categories", "Naam"),
    ("category company", "catalogues.data_categories", "uw functie in het bedrijf"),
    ("category address", "catalogues.data_categories", "Adresgegevens"),
    ("category email", "catalogues.data_categories", "E-mailadres"),
    ("category phone", "catalogues.data_categories", "Telefoonnummer"),
    ("category purchases", "catalogues.data_categories", "Aankoopgeschiedenis"),
    ("category customer no.", "catalogues.data_categories", "Klantnummer"),
    ("category financial", "catalogues.data_categories", "creditcardnummers"),
    ("category tax number", "catalogues.data_categories", "belastingregistratienummer"),
    ("category website", "catalogues.data_categories", "Activiteit op onze website"),
    ("category other", "catalogues.data_categories", "actief meedeelt in schriftelijke"),
    ("category contact forms", "catalogues.data_categories", "elektronische contactformulieren"),
    # Wanneer verzamelen wij uw persoonsgegevens?
    ("moment: buying", "KGS-01.sources", "via e-mail, online, telefonisch of persoonlijk"),
    ("moment: suppliers", "KGS-07.sources", "als vertegenwoordiger van onze handelspartners"),
    ("moment: support", "KGS-02.sources", "onze klantenservice of onze verkoop voor ondersteuning"),
    ("moment: social media", "KGS-12.sources", "contact met ons opneemt op sociale media"),
    ("moment: application", "KGS-09.sources", "als een open sollicitatie"),
    ("moment: vacancy", "KGS-09.sources", "als reactie op een vacature"),
    ("moment: promotions", "KGS-04.sources", "om deel te nemen aan promoties"),
    ("moment: trade fairs", "KGS-08.sources", "bijvoorbeeld op beurzen"),
    # Om u onze producten en diensten te kunnen leveren
    ("order entry", "KGS-01.purposes", "bestelling correct in ons systeem in e voeren"),
    ("payment", "KGS-01.purposes", "betaling te verwerken"),
    ("delivery", "KGS-01.purposes", "goederen op het juiste adres af te leveren"),
    ("order communication", "KGS-01.purposes", "over elk van uw verzoeken"),
    ("contract basis", "KGS-01.note", "noodzakelijk zijn voor de uitvoering van onze contracten"),
    # Om met u of uw bedrijf te communiceren
    ("contact to deliver", "KGS-02.purposes", "bellen, e-mailen of anderszins contact met u"),
    (
        "product information",
        "KGS-02.purposes",
        "informeren over onze producten en onze oplossingen",
    ),
    ("range changes", "KGS-02.purposes", "wijzigingen in ons bestaande assortiment"),
    ("customer service", "KGS-02.purposes", "via onze klantenservice"),
    ("contact form", "KGS-08.purposes", "via ons online contactformulier"),
    ("interest", "KGS-02.purposes", "moeten we kunnen communiceren met onze (potentiële) klanten"),
    ("balancing", "KGS-02.purposes", "We zorgen er altijd voor dat we onze belangen afwegen"),
    # Om onze operationele activiteiten te verbeteren
    ("purchase history", "KGS-03.purposes", "aankoopgeschiedenis, zodat we onze service"),
    ("ongoing relationship", "KGS-03.purposes", "voortdurende contractuele relatie"),
    ("tailored service", "KGS-03.purposes", "op maat gemaakte en efficiënte service"),
    # Om ons promotiemateriaal op maat te maken
    ("newsletters", "KGS-04.purposes", "Promotionele e-mails, nieuwsbrieven"),
    ("tailored promotions", "KGS-04.description", "aankoopgeschiedenis of voorkeursinstellingen"),
    ("earlier buyers", "KGS-04.purposes", "Als u eerder bij ons heeft gekocht"),
    ("offers", "KGS-04.purposes", "nieuwsbrieven en productaanbiedingen"),
    ("documented consent", "KGS-04.purposes", "gedocumenteerde toestemming"),
    # Om juridische zaken te behandelen
    ("tax returns", "KGS-05.purposes", "om onze belastingaangiften in te dienen"),
    ("fraud", "KGS-06.purposes", "Fraude op te sporen"),
    ("law enforcement", "KGS-06.purposes", "verzoeken van wetshandhavingsinstanties"),
    ("proceedings", "KGS-06.purposes", "In gerechtelijke procedures"),
    ("rights and property", "KGS-06.purposes", "onze rechten of eigendommen te beschermen"),
    ("court order", "KGS-06.purposes", "te voldoen aan een gerechtelijk bevel"),
    ("in some cases", "KGS-06.description", "In bepaalde gevallen is de rechtmatige reden"),
    # Hoe lang slaan wij uw persoonsgegevens veilig op?
    ("no longer than needed", "KGS-01.retention", "niet langer op dan nodig is"),
    ("varies by type", "KGS-01.retention", "variëren afhankelijk van het type gegevens"),
    ("internal retention register", "KGS-01.retention", "intern register met bewaartermijnen"),
    ("legal retention", "KGS-05.retention", "zolang als voorgeschreven door deze verplichtingen"),
    ("business relation", "KGS-01.retention", "zolang de zakelijke relatie voortduurt"),
    ("prospect", "KGS-01.retention", "voor zover hier wij hierop vooruitzicht hebben"),
    ("interests weighed", "KGS-01.retention", "onze legitieme zakelijke belangen en uw rechten"),
    # Met wie delen wij uw persoonsgegevens?
    ("processors", "catalogues.processors", "die optreden als gegevensverwerkers"),
    ("processor contracts", "catalogues.processors", "juiste uitvoering van contracten"),
    ("no onward sharing", "catalogues.processors", "Het is hen niet toegestaan uw gegevens"),
    ("delivery services", "KGS-01.processors", "delivery_services"),
    ("payment processors", "KGS-01.processors", "payment_processors"),
    ("CRM tools", "catalogues.recipients", 'Customer Relationship Management ("CRM") tools'),
    ("CRM software", "catalogues.systems", "klantendatabase en administratie te organiseren"),
    ("group sharing", "KGS-13.purposes", "elk bedrijf binnen de KGS Diamond Group"),
    ("shared processes", "KGS-13.purposes", "gedeelde bedrijfsprocessen"),
    ("authorities", "catalogues.recipients", "relevante autoriteiten of wetshandhavingsinstanties"),
    ("outside the EEA", "KGS-13.transfers", "buiten de Europese Economische Ruimte"),
    ("EEA: order", "KGS-01.transfers", "als dit nodig is om uw bestelling uit te voeren"),
    ("EEA: agreed", "KGS-13.purposes", "vooraf akkoord"),
    # Hoe beschermen wij uw persoonsgegevens?
    ("threats", "KGS-01.security_note", "onvrijwillige publicatie en ongeautoriseerde wijzigingen"),
    ("encrypted access", "KGS-01.security_measures", "encrypted_access"),
    ("firewalls", "KGS-01.security_measures", "firewall"),
    ("server segregation", "KGS-01.security_measures", "server_segregation"),
    ("need to know", "KGS-01.security_measures", "need_to_know"),
    ("third-party contracts", "KGS-01.security_measures", "processor_contracts"),
    ("misuse reports", "KGS-11.purposes", "misbruik van uw gegevens plaatsvindt"),
    ("contact about misuse", "KGS-11.description", "neem dan contact met ons op via de"),
    ("group: above purposes", "KGS-04.recipients", "kgs_group"),
    # Gebruik van cookies
    ("limited cookies", "KGS-10.description", "beperkt gebruik van cookies"),
    ("cookie kinds", "KGS-10.description", "alleen technische en functionele cookies"),
    ("no personal data", "KGS-10.description", "analytische cookies die geen persoonlijke"),
    ("unique visitors", "KGS-10.purposes", "unieke bezoekers naar verschillende pagina's"),
    ("opt out", "KGS-10.rights_note", "door de instellingen van uw webbrowser te wijzigen"),
    # Uw rechten
    ("information", "KGS-11.rights_note", "Recht op informatie"),
    ("access", "KGS-11.rights_note", "Recht van toegang"),
    ("rectification", "KGS-11.rights_note", "corrigeren, wijzigen, blokkeren of aan te vullen"),
    ("erasure", "KGS-11.rights_note", "Recht op verwijdering"),
    ("forgotten", "KGS-11.rights_note", "binnen een redelijke termijn verwijderen"),
    ("restriction", "KGS-11.rights_note", "tijdelijk niet beschikbaar zullen maken"),
    ("direct marketing", "KGS-11.rights_note", "absolute recht"),
    ("objection", "KGS-11.rights_note", "bezwaar maken tegen de verwerking"),
    ("portability", "KGS-11.rights_note", "een onderneming die soortgelijke diensten aanbiedt"),
    ("direct marketing stop", "KGS-04.rights_note", "direct-marketingdoeleinden"),
    ("ID copy", "KGS-11.purposes", "kopie van uw identiteitsbewijs"),
    ("ID copy category", "KGS-11.data_categories", "identity_document"),
    ("four weeks", "KGS-11.rights_note", "altijd binnen vier weken"),
    ("complaint", "KGS-11.rights_note", "klacht in te dienen bij de Autoriteit Persoonsgegevens"),
]

# (activity, phrase in one of its purposes, the lawful basis the statement gives or implies)
BASES: list[tuple[str, str, str]] = [
    ("KGS-01", "in ons systeem in e voeren", "contract"),
    ("KGS-01", "betaling te verwerken", "contract"),
    ("KGS-02", "anderszins contact met u opnemen", "contract"),
    ("KGS-02", "wijzigingen in ons bestaande assortiment", "legitimate_interests"),
    ("KGS-02", "via onze klantenservice", "legitimate_interests"),
    ("KGS-03", "voortdurende contractuele relatie:", "contract"),
    ("KGS-03", "geen voortdurende contractuele relatie", "legitimate_interests"),
    ("KGS-04", "eerder bij ons heeft gekocht", "legitimate_interests"),
    ("KGS-04", "gedocumenteerde toestemming", "consent"),
    ("KGS-05", "belastingaangiften", "legal_obligation"),
    ("KGS-06", "wetshandhavingsinstanties", "legal_obligation"),
    ("KGS-06", "gerechtelijk bevel", "legal_obligation"),
    ("KGS-06", "rechten of eigendommen", "legitimate_interests"),
    ("KGS-08", "online contactformulier", "legitimate_interests"),
    ("KGS-13", "nodig is om uw bestelling uit te voeren", "contract"),
    # The agreement in advance concerns the transfer (a candidate Art. 49(1) derogation), not an
    # Art. 6(1)(a) consent: the purpose is fulfilling the order.
    ("KGS-13", "vooraf akkoord", "contract"),
]

STATEMENT_CATEGORIES = [
    "name",
    "company_details",
    "address",
    "email",
    "phone",
    "purchase_history",
    "customer_number",
    "financial_details",
    "website_activity",
    "correspondence",
]
COOKIE_REASON = (
    "Wordt gebruikt om unieke gebruikers te onderscheiden, om unieke bezoeken aan pagina's op onze "
    "website bij te houden. Wordt gebruikt om verzoeksnelheid te vertragen"
)
NO_AUTOMATED = "We gebruiken geen programma's of systemen die geautomatiseerde beslissingen"
STATEMENT_SYSTEMS = {"order_system", "crm", "google_analytics"}


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The example as loaded by `init --example kgs`, loaded once: these tests only read it."""
    db = connect(str(tmp_path_factory.mktemp("example") / "register.sqlite"))
    initialise(db, "kgs")
    with db.reading() as session:
        yield dump_register(session)
    db.dispose()


def activity(document: dict[str, Any], code: str) -> dict[str, Any]:
    return next(a for a in document["activities"] if a["code"] == code)


def section(document: dict[str, Any], where: str) -> Any:
    first, *rest = where.split(".")
    node = activity(document, first) if first.startswith("KGS-") else document[first]
    for key in rest:
        node = node[key]
    return node


def strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from strings(value)


def text_of(node: Any) -> str:
    return "\n".join(" ".join(s.split()) for s in strings(node))


def test_the_example_loads_with_every_activity(
    example_db: Database, document: dict[str, Any]
) -> None:
    with example_db.reading() as session:
        assert dump_register(session) == document
    assert [a["code"] for a in document["activities"]] == ACTIVITY_CODES
    active = {a["code"] for a in document["activities"] if a["status"] == "active"}
    assert active == {"KGS-02", "KGS-03", "KGS-08"}
    assert {a["controller"] for a in document["activities"]} == {"kgs_holding"}
    assert [c["name"] for c in document["cookies"]] == ["_ga", "_gid", "_gad"]


@pytest.mark.parametrize(("fact", "where", "phrase"), FACTS, ids=[f[0] for f in FACTS])
def test_every_fact_of_the_statement_is_in_the_register(
    document: dict[str, Any], fact: str, where: str, phrase: str
) -> None:
    assert phrase in text_of(section(document, where)), f"{fact}: {phrase!r} not in {where}"


@pytest.mark.parametrize(("code", "phrase", "basis"), BASES, ids=[f"{b[0]} {b[2]}" for b in BASES])
def test_each_purpose_has_the_statement_s_lawful_basis(
    document: dict[str, Any], code: str, phrase: str, basis: str
) -> None:
    matching = [p for p in activity(document, code)["purposes"] if phrase in p["description"]]
    assert matching, f"{code}: no purpose mentions {phrase!r}"
    assert {p["lawful_basis"] for p in matching} == {basis}


def test_every_activity_has_purposes_with_lawful_bases(document: dict[str, Any]) -> None:
    for item in document["activities"]:
        assert item["purposes"], item["code"]
        for purpose in item["purposes"]:
            assert purpose["lawful_basis"] in voc.LAWFUL_BASES, (item["code"], purpose)
            assert purpose["description_en"], (item["code"], purpose["description"])
            if purpose["lawful_basis"] == "legitimate_interests":
                assert purpose["legitimate_interest"] and purpose["balancing_note"]
            if purpose["lawful_basis"] == "consent":
                assert (
                    "toestemming" in purpose["consent_record"]
                    or "akkoord" in purpose["consent_record"]
                )


def test_balancing_without_a_real_test_is_to_be_confirmed(document: dict[str, Any]) -> None:
    for item in document["activities"]:
        if any(p["lawful_basis"] == "legitimate_interests" for p in item["purposes"]):
            assert "belangenafweging" in item["to_be_confirmed"], item["code"]


def test_every_category_the_statement_names_is_used(document: dict[str, Any]) -> None:
    used = {u["category"] for a in document["activities"] for u in a["data_categories"]}
    assert set(STATEMENT_CATEGORIES) | {"identity_document", "preferences"} <= used


def test_cookies_are_the_statement_s_list(document: dict[str, Any]) -> None:
    cookies = {c["name"]: c for c in document["cookies"]}
    retention = {"_ga": "2 years", "_gid": "24 hours", "_gad": "1 minute"}
    for name, period in retention.items():
        assert cookies[name]["provider"] == "Google Analytics"
        assert cookies[name]["retention"] == period
        assert cookies[name]["purpose"] == COOKIE_REASON
        assert cookies[name]["purpose_en"]
        assert cookies[name]["activity"] == "KGS-10"
        assert cookies[name]["type"] == "analytical"


def test_the_requests_activity_lists_every_right(document: dict[str, Any]) -> None:
    assert set(activity(document, "KGS-11")["rights"]) == set(voc.RIGHTS.codes())
    for item in document["activities"]:
        assert {"information", "access", "complaint"} <= set(item["rights"]), item["code"]
        assert item["rights_note"], item["code"]


def test_no_automated_decisions_and_no_dpia_yet(document: dict[str, Any]) -> None:
    for item in document["activities"]:
        assert item["automated_decision_making"] is False
        assert NO_AUTOMATED in item["automated_decision_note"]
        assert item["dpia_required"] == "to_assess"


def test_labels_have_english_translations(document: dict[str, Any]) -> None:
    for item in document["activities"]:
        assert item["name_en"], item["code"]
        assert all(s["description_en"] for s in item["sources"]), item["code"]
    for key in ("data_categories", "data_subject_categories", "security_measures"):
        assert all(row["label_en"] for row in document["catalogues"][key]), key
    assert all(row["name_en"] for row in document["catalogues"]["recipients"])


def test_nothing_the_statement_does_not_give(document: dict[str, Any]) -> None:
    organisation = document["organisation"]
    assert len(organisation["entities"]) == 1
    holding = organisation["entities"][0]
    assert (holding["email"], holding["phone"], holding["registration_number"]) == ("", "", "")
    assert TBC in holding["note"]
    assert {c["role"] for c in organisation["contacts"]} == {"controller_contact"}
    assert all(
        not c["email"] and not c["phone"] and TBC in c["note"] for c in organisation["contacts"]
    )
    text = text_of(document)
    assert "@" not in text and "http" not in text
    catalogues = document["catalogues"]
    assert {s["code"] for s in catalogues["systems"]} == STATEMENT_SYSTEMS
    assert all(TBC in s["description"] and not s["location"] for s in catalogues["systems"])
    for row in catalogues["processors"]:
        assert row["agreement_signed_on"] is None and not row["agreement_reference"]
        assert not row["country"] and TBC in row["note"], row["code"]
    for item in document["activities"]:
        assert not item["joint_controllers"] and not item["owner"], item["code"]
        for transfer in item["transfers"]:
            # a mechanism the statement does not name is at most an assumption
            assert transfer["mechanism"] is None or transfer["mechanism_assumed"] is True
            assert not transfer["country"] and TBC in transfer["note"]


def test_only_the_cookie_periods_are_fixed(document: dict[str, Any]) -> None:
    fixed = {
        (item["code"], rule["period"], rule["period_amount"], rule["period_unit"])
        for item in document["activities"]
        for rule in item["retention"]
        if rule["period_amount"] is not None
    }
    assert fixed == {("KGS-10", "_ga: 2 years", 2, "year")}
    for item in document["activities"]:
        assert item["retention"], item["code"]


def statement_text() -> str:
    """The published statement the example is derived from, shipped next to it."""
    source = resources.files("kgs_ropa.resources.example") / "kgs_diamond_privacy_statement.txt"
    return " ".join(source.read_text("utf-8").split()).lower()


def dutch_strings(node: Any) -> Iterator[str]:
    """Every string of the document except the English translations (keys ending in _en, and
    the rows' `translations`)."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            if not key.endswith("_en") and key != "translations":
                yield from dutch_strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from dutch_strings(value)


def test_every_quote_is_the_statement_s_own_words(document: dict[str, Any]) -> None:
    statement = statement_text()
    for value in dutch_strings(document):
        quoted = " ".join(value.split()).split('"')[1::2]
        # "..." marks an omission inside a quote; short pieces are nested quotes like ("CRM").
        pieces = [p.strip(" .,;:") for q in quoted for p in q.split("...")]
        for piece in pieces:
            if len(piece) >= 12:
                assert piece.lower() in statement, piece


def test_every_assumption_is_marked(document: dict[str, Any]) -> None:
    for item in document["activities"]:
        assert item["to_be_confirmed"].startswith(TBC), item["code"]
    for value in strings(document):
        if "aangenomen" in value.casefold():
            assert TBC.casefold() in value.casefold(), value


def test_init_example_refuses_a_non_empty_register(example_db: Database) -> None:
    with pytest.raises(RegisterNotEmptyError):
        initialise(example_db, "kgs")
    with example_db.reading() as session:
        assert len(dump_register(session)["activities"]) == len(ACTIVITY_CODES)


def test_cli_init_example_refuses_a_non_empty_register(
    example_db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "init", "--example", "kgs"]) == 2
    assert "already holds a register" in capsys.readouterr().err


def test_assumed_lawful_bases_are_marked_and_keep_their_activity_a_draft(
    document: dict[str, Any],
) -> None:
    for item in document["activities"]:
        assumed = [p for p in item["purposes"] if p["basis_assumed"]]
        if assumed:
            assert item["status"] == "draft", item["code"]
            assert "Aangenomen" in item["to_be_confirmed"], item["code"]
    flagged = {
        a["code"] for a in document["activities"] if any(p["basis_assumed"] for p in a["purposes"])
    }
    assert flagged == {"KGS-04", "KGS-06", "KGS-07", "KGS-09", "KGS-10", "KGS-11", "KGS-13"}


def test_the_group_transfer_names_a_candidate_derogation_only_as_an_assumption(
    document: dict[str, Any],
) -> None:
    # The candidate is recorded as a mechanism marked assumed (exports say so, the checks
    # report it); the note says why and what else it could be.
    for code in ("KGS-01", "KGS-13"):
        [transfer] = activity(document, code)["transfers"]
        assert transfer["mechanism"] == "art49_derogation" and not transfer["country"]
        assert transfer["mechanism_assumed"] is True
        assert activity(document, code)["status"] == "draft"
        assert "Aangenomen (kandidaat, te bevestigen)" in transfer["note"]
        assert "art. 49 lid 1 AVG" in transfer["note"]
    assert "consent" not in {p["lawful_basis"] for p in activity(document, "KGS-13")["purposes"]}


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def grounded(label: str) -> bool:
    """A label is the statement's own words, carries a quote of them (two words or more, an
    ellipsis marking what is left out), or is marked as an assumption."""
    if "te bevestigen" in label or "aangenomen" in label:
        return True
    said = _words(statement_text())

    def verbatim(text: str) -> bool:
        parts = [words for part in text.split("…") if (words := _words(part))]
        return bool(parts) and all(part in said for part in parts)

    quotes = re.findall(r'"([^"]+)"', label)
    return verbatim(label) or any(len(q.split()) >= 2 and verbatim(q) for q in quotes)


def test_grounded_labels() -> None:
    assert grounded("Naam") and grounded('Verkoop ("onze verkoop")')
    assert grounded("Inkoop (aangenomen, te bevestigen)")
    assert not grounded("Inkoop") and not grounded('Verkoop ("onze inkoop")')
    assert not grounded('Derden ("CRM")')  # a one-word quote grounds nothing


def test_inferred_business_functions_are_marked(document: dict[str, Any]) -> None:
    for item in document["activities"]:
        function = item["business_function"]
        assert grounded(function), function


def test_every_catalogue_label_is_quoted_or_marked(document: dict[str, Any]) -> None:
    """Labels and names the statement does not give in so many words say where they come from
    (a quote) or that they are assumed."""
    for key, rows in document["catalogues"].items():
        for row in rows:
            label = row.get("label_nl") or row.get("name") or ""
            assert grounded(label), (key, label)


def test_the_example_file_holds_only_the_catalogue_entries_it_uses() -> None:
    text = resources.files("kgs_ropa.resources.example").joinpath("kgs_diamond.json")
    example = json.loads(text.read_text("utf-8"))
    used: set[str] = set()
    for item in example["activities"]:
        used |= set(item["data_subjects"]) | set(item["security_measures"])
        used |= {u["category"] for u in item["data_categories"]}
    for key in ("data_subject_categories", "data_categories", "security_measures"):
        assert {row["code"] for row in example["catalogues"][key]} <= used, key


def test_standard_entries_are_stored_only_once_an_activity_uses_them(
    example_db: Database,
) -> None:
    with example_db.reading() as session:
        stored = {row["code"] for row in dump_register(session)["catalogues"]["data_categories"]}
    assert "health" not in stored and "name" in stored
    first = activities.list_rows(example_db)[0]
    document = activities.get_document(example_db, first.id)
    document["data_categories"].append({"category": "health", "art9_condition": None, "note": ""})
    document["security_measures"].append("mfa")
    activities.save_document(example_db, first.id, document)
    with example_db.reading() as session:
        catalogues = dump_register(session)["catalogues"]
    health = next(row for row in catalogues["data_categories"] if row["code"] == "health")
    assert health["special"] is True and health["label_en"] == "Health data"
    assert "mfa" in {row["code"] for row in catalogues["security_measures"]}


def test_a_new_register_starts_with_the_standard_catalogues(db: Database) -> None:
    with db.reading() as session:
        catalogues = dump_register(session)["catalogues"]
    assert {row["code"] for row in catalogues["data_categories"]} == {
        seed.code for seed in voc.STANDARD_DATA_CATEGORIES
    }
