"""A generated register of any size, for benchmarks and big-register tests.

Deterministic for a given size and seed. Refers only to the seeded vocabularies plus the
catalogue rows it declares itself, so it loads into a fresh register after seed_vocabularies().
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from kgs_ropa.model import countries
from kgs_ropa.model import vocabulary as voc
from kgs_ropa.model.adequacy import ADEQUACY
from kgs_ropa.services.document import FORMAT, FORMAT_VERSION

_FUNCTIONS = [
    "Verkoop",
    "Inkoop",
    "HR",
    "Marketing",
    "Financiën",
    "IT",
    "Klantenservice",
    "Juridisch",
]
_VERBS = ["Beheer van", "Registratie van", "Analyse van", "Verwerking van", "Archivering van"]
_OBJECTS = [
    "bestellingen",
    "offertes",
    "sollicitaties",
    "klachten",
    "leveranciersgegevens",
    "nieuwsbrieven",
    "betalingen",
    "servicecontracten",
    "beursbezoeken",
    "retouren",
]
_COUNTRIES = ["US", "CH", "GB", "CN", "IN", "JP", "BR", "ZA"]


def _catalogues(rng: random.Random) -> dict[str, list[dict[str, Any]]]:
    systems = [
        {
            "code": f"sys-{i}",
            "name": f"Systeem {i}",
            "description": "Bedrijfsapplicatie",
            "location": rng.choice(["Eigen serverruimte Elburg", "Cloud (EU)", "Cloud (VS)"]),
            "country": rng.choice(["NL", "DE", "US"]),
        }
        for i in range(40)
    ]
    processors = [
        {
            "code": f"proc-{i}",
            "name": f"Leverancier {i} B.V.",
            "service": rng.choice(["Hosting", "CRM", "Salarisadministratie", "Bezorging"]),
            "country": rng.choice(["NL", "DE", "US", "IN"]),
            "role": "processor",
            "agreement_signed_on": (date(2020, 1, 1) + timedelta(days=i * 17)).isoformat()
            if i % 5
            else None,
            "agreement_reference": f"DPA-{i:03d}" if i % 5 else "",
            "contact": "",
            "note": "",
        }
        for i in range(60)
    ]
    recipients = [
        {
            "code": f"rec-{i}",
            "name": f"Ontvanger {i}",
            "name_en": f"Recipient {i}",
            "type": voc.RECIPIENT_TYPES.codes()[i % 5],
            "country": "NL",
            "note": "",
        }
        for i in range(20)
    ]
    return {"systems": systems, "processors": processors, "recipients": recipients}


# The standard entries the generator draws from, fixed: when the standard catalogues grow, a
# generated register (and every test and benchmark figure built on one) stays the same.
_CATEGORY_CODES = (
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
    "identity_document",
    "cv",
    "health",
    "criminal",
)
_SUBJECT_CODES = (
    "customer_contact",
    "prospect_contact",
    "supplier_contact",
    "applicant",
    "website_visitor",
    "employee",
)


def _activity(i: int, rng: random.Random) -> dict[str, Any]:
    name = f"{rng.choice(_VERBS)} {rng.choice(_OBJECTS)} {i}"
    basis = rng.choice(voc.LAWFUL_BASES.codes())
    categories = rng.sample(_CATEGORY_CODES, 4)
    transfers = []
    if i % 7 == 0:
        transfers.append(
            {
                "country": rng.choice(_COUNTRIES),
                "recipient": "Groepsmaatschappij",
                "mechanism": rng.choice([None, "scc", "adequacy", "bcr"]),
                "documentation_reference": "",
                "note": "",
            }
        )
    return {
        "code": f"GEN-{i:05d}",
        "name": name,
        "name_en": f"Generated activity {i}",
        "description": f"Gegenereerde verwerking {i} voor prestatiemetingen.",
        "business_function": rng.choice(_FUNCTIONS),
        "owner": f"Eigenaar {i % 50}",
        "status": rng.choice(["draft", "active", "active", "active", "retired"]),
        "controller": "gen-holding",
        "purposes": [
            {
                "description": f"Doel {j} van {name}",
                "description_en": f"Purpose {j}",
                "lawful_basis": basis,
                "legitimate_interest": "Bedrijfsvoering" if basis == "legitimate_interests" else "",
                "balancing_note": "Afweging vastgelegd" if i % 3 else "",
                "consent_record": "Formulier" if basis == "consent" and i % 2 else "",
            }
            for j in range(rng.randint(1, 3))
        ],
        "data_subjects": rng.sample(_SUBJECT_CODES, 2),
        "data_categories": [
            {"category": c, "art9_condition": None, "note": ""} for c in categories
        ],
        "sources": [
            {
                "description": "Van de betrokkene zelf",
                "description_en": "From the data subject",
                "from_data_subject": True,
            }
        ],
        "systems": [f"sys-{rng.randrange(40)}"],
        "recipients": [f"rec-{rng.randrange(20)}"],
        "processors": [f"proc-{n}" for n in rng.sample(range(60), rng.randint(0, 2))],
        "transfers": transfers,
        "retention": [
            {
                "category": categories[0],
                "period": "7 jaar",
                "period_amount": 7,
                "period_unit": "year",
                "start_event": "Einde boekjaar",
                "legal_ground": "Art. 52 AWR",
                "criterion": "",
            }
        ],
        "security_measures": rng.sample([m.code for m in voc.STANDARD_MEASURES], 3),
        "next_review_due": (date(2026, 1, 1) + timedelta(days=i % 700)).isoformat(),
        "review_interval_months": 3,
    }


def synthetic_document(n: int, seed: int = 30) -> dict[str, Any]:
    """A register document with `n` activities."""
    rng = random.Random(seed)
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "organisation": {
            "acts_as_processor": False,
            "entities": [
                {
                    "code": "gen-holding",
                    "name": "Voorbeeld Holding B.V.",
                    "role": "controller",
                    "country": "NL",
                    "address": "Hoofdstraat 1, Elburg",
                }
            ],
            "contacts": [
                {
                    "role": "privacy_officer",
                    "name": "Privacy Officer",
                    "email": "privacy@example.org",
                    "entity": "gen-holding",
                }
            ],
        },
        "catalogues": _catalogues(rng),
        "activities": [_activity(i, rng) for i in range(1, n + 1)],
        "cookies": [],
    }


def _every_term_activity(index: int, basis: str, mechanism: str) -> dict[str, Any]:
    """An activity that names one lawful basis and one transfer mechanism, and every
    standard catalogue entry, Art. 9 condition, country, right, and an unknown country."""
    activity = _activity(index, random.Random(index))
    activity["purposes"][0]["lawful_basis"] = basis
    activity["data_subjects"] = [s.code for s in voc.STANDARD_DATA_SUBJECTS]
    conditions = voc.ART9_CONDITIONS.codes()
    activity["data_categories"] = [
        {"category": c.code, "art9_condition": conditions[n % len(conditions)], "note": ""}
        for n, c in enumerate(voc.STANDARD_DATA_CATEGORIES)
    ]
    activity["security_measures"] = [m.code for m in voc.STANDARD_MEASURES]
    activity["rights"] = voc.RIGHTS.codes()
    activity["transfers"] = [
        {
            "country": country,
            "recipient": "Groepsmaatschappij",
            "mechanism": mechanism,
            "documentation_reference": "",
            "note": "",
        }
        for country in [*countries.COUNTRIES, *ADEQUACY, ""]
    ]
    return activity


def every_term_document() -> dict[str, Any]:
    """A small register that uses every entry of every vocabulary with a DPV identifier
    (lawful bases, Art. 9 conditions, transfer mechanisms, rights, recipient types) and of
    every standard catalogue, for tests of what an export names."""
    document = synthetic_document(len(voc.RECIPIENT_TYPES.codes()) * 4)
    bases, mechanisms = voc.LAWFUL_BASES.codes(), voc.TRANSFER_MECHANISMS.codes()
    document["activities"] += [
        _every_term_activity(1000 + n, bases[n % len(bases)], mechanisms[n % len(mechanisms)])
        for n in range(max(len(bases), len(mechanisms)))
    ]
    return document
