"""A small webshop register as a document, with Dutch and English text, for the statement tests."""

from __future__ import annotations

from typing import Any


def _purpose(nl: str, en: str, basis: str, interest: str = "") -> dict[str, Any]:
    return {
        "description": nl,
        "description_en": en,
        "lawful_basis": basis,
        "legitimate_interest": interest,
        "dpv_purpose": None,
        "balancing_note": "",
        "consent_record": "",
        "legal_obligation_reference": "",
    }


def _activity(code: str, name: str, name_en: str, **fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "code": code,
        "name": name,
        "name_en": name_en,
        "status": "active",
        "data_subjects": ["customer"],
        "data_categories": [],
        "sources": [],
        "recipients": [],
        "processors": [],
        "transfers": [],
        "retention": [],
        "automated_decision_making": False,
        "purposes": [],
    }
    return {**base, **fields}


def webshop() -> dict[str, Any]:
    return {
        "format": "kgs-ropa-register",
        "organisation": {
            "entities": [
                {
                    "code": "shop",
                    "name": "Slijpwinkel BV",
                    "role": "controller",
                    "country": "NL",
                    "address": "Kerkstraat 1, 1234 AB Utrecht",
                    "email": "privacy@slijpwinkel.example",
                    "phone": "",
                }
            ],
            "contacts": [
                {
                    "role": "privacy_officer",
                    "name": "Anne de Vries",
                    "email": "privacy@slijpwinkel.example",
                    "phone": "",
                }
            ],
        },
        "catalogues": {
            "data_subject_categories": [
                {"code": "customer", "label_nl": "Klanten", "label_en": "Customers"}
            ],
            "data_categories": [
                {"code": "name", "label_nl": "Naam", "label_en": "Name"},
                {"code": "address", "label_nl": "Adres", "label_en": "Address"},
                {"code": "email", "label_nl": "E-mailadres", "label_en": "Email address"},
                {
                    "code": "order_history",
                    "label_nl": "Bestelgeschiedenis",
                    "label_en": "Order history",
                },
            ],
            "recipients": [
                {
                    "code": "carrier",
                    "name": "Pakketbezorger",
                    "name_en": "Parcel carrier",
                    "type": "processor",
                    "country": "NL",
                },
                {
                    "code": "mailer",
                    "name": "Mailchimp",
                    "name_en": "Mailchimp",
                    "type": "processor",
                    "country": "US",
                },
            ],
            "processors": [{"code": "mailer", "name": "Mailchimp", "country": "US"}],
            "systems": [],
            "security_measures": [],
        },
        "activities": [
            _activity(
                "W-1",
                "Bestellingen",
                "Orders",
                purposes=[
                    _purpose(
                        "Uw bestelling afhandelen en bezorgen",
                        "Handling and delivering your order",
                        "contract",
                    )
                ],
                data_categories=[{"category": c} for c in ("name", "address", "email")],
                recipients=["carrier"],
                retention=[
                    {
                        "category": None,
                        "period": "7 jaar na de bestelling",
                        "period_en": "7 years after the order",
                        "period_amount": 7,
                        "period_unit": "year",
                        "start_event": "",
                    }
                ],
            ),
            _activity(
                "W-2",
                "Nieuwsbrief",
                "Newsletter",
                purposes=[
                    _purpose("U onze nieuwsbrief sturen", "Sending you our newsletter", "consent")
                ],
                data_categories=[{"category": c} for c in ("name", "email", "order_history")],
                recipients=["mailer"],
                processors=["mailer"],
                transfers=[{"country": "US", "recipient": "Mailchimp", "mechanism": "scc"}],
                retention=[
                    {
                        "category": None,
                        "period": "2 jaar na de laatste opening",
                        "period_en": "2 years after the last opening",
                        "period_amount": 2,
                        "period_unit": "year",
                        "start_event": "",
                    }
                ],
            ),
        ],
        "cookies": [
            {
                "name": "_ga",
                "provider": "Google Analytics",
                "activity": None,
                "purpose": "Onderscheidt unieke gebruikers",
                "purpose_en": "Distinguishes unique users",
                "retention": "2 jaar",
                "type": "analytical",
            }
        ],
    }
