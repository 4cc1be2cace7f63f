"""The country reference (ISO 3166-1, Dutch and English names, aliases) and the adequacy table."""

from __future__ import annotations

from datetime import date

import pytest

from kgs_ropa.model import countries
from kgs_ropa.model.adequacy import ADEQUACY
from kgs_ropa.services.document import DocumentError, load_register
from kgs_ropa.storage.database import Database


def test_every_iso_country_has_a_dutch_and_an_english_name() -> None:
    assert len(countries.COUNTRIES) == 249
    for country in countries.COUNTRIES.values():
        assert country.nl and country.en, country.code
    assert countries.country_label("DE", "nl") == "Duitsland"
    assert countries.country_label("GE", "nl") == "Georgië"
    assert countries.country_label("KR", "en") == "South Korea"


def test_the_eea_is_the_27_member_states_and_three_efta_states() -> None:
    assert len(countries.EEA) == 30
    assert countries.is_eea("NO") and not countries.is_eea("CH")
    assert countries.is_third_country("GB") and not countries.is_third_country("NL")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("USA", "US"),
        ("United States", "US"),
        ("Verenigde Staten", "US"),
        ("VS", "US"),
        ("États-Unis", "US"),
        ("etats-unis", "US"),
        ("UK", "GB"),
        ("Groot-Brittannië", "GB"),
        ("Verenigd Koninkrijk", "GB"),
        ("Royaume-Uni", "GB"),
        ("Zwitserland", "CH"),
        ("Suisse", "CH"),
        ("zuid-korea", "KR"),
        ("Korea, Republic of", "KR"),
        ("Duitsland", "DE"),
        ("Allemagne", "DE"),
        (" nl ", "NL"),
        ("jp", "JP"),
        ("JPN", "JP"),
        ("Europese Octrooiorganisatie", "EPO"),
    ],
)
def test_names_and_aliases_resolve_to_codes(text: str, code: str) -> None:
    assert countries.resolve_country(text) == code


@pytest.mark.parametrize("text", ["", "  ", "XX", "Atlantis", "Verenigde"])
def test_unknown_names_resolve_to_nothing(text: str) -> None:
    assert countries.resolve_country(text) is None


def test_only_real_codes_are_countries() -> None:
    assert countries.is_country("US") and countries.is_country("EPO")
    assert not countries.is_country("XX") and not countries.is_country("us")
    assert "" in countries.COUNTRY_CODES and "XX" not in countries.COUNTRY_CODES


def test_a_document_with_an_invalid_country_is_refused(db: Database) -> None:
    doc = {
        "format": "kgs-ropa-register",
        "format_version": 1,
        "catalogues": {"processors": [{"code": "p", "name": "P", "country": "XX"}]},
    }
    with pytest.raises(DocumentError, match="unknown country code 'XX'"), db.transaction() as s:
        load_register(s, doc)


def test_adequacy_entries_carry_the_corrected_facts() -> None:
    assert ADEQUACY["BR"].decided == date(2026, 1, 26)
    assert "2026/179" in ADEQUACY["BR"].reference and ADEQUACY["BR"].celex == "32026D0179"
    assert ADEQUACY["EPO"].decided == date(2025, 7, 15)
    assert ADEQUACY["GB"].valid_until == date(2031, 12, 27)
    assert "19 December 2025" in ADEQUACY["GB"].reference
    assert ADEQUACY["JP"].scope_nl.startswith("Particuliere sector")
    assert "automated processing" in ADEQUACY["IL"].scope_en
    assert ADEQUACY["US"].partial and ADEQUACY["CA"].partial and ADEQUACY["IL"].partial


def test_every_adequacy_decision_carries_its_number_and_celex() -> None:
    assert "2025/1382" in ADEQUACY["EPO"].reference and ADEQUACY["EPO"].celex == "32025D1382"
    assert "2025/2574" in ADEQUACY["GB"].reference and "32025D2574" in ADEQUACY["GB"].celex
    for decision in ADEQUACY.values():
        assert "Decision" in decision.reference and "OJ L" in decision.reference
        assert decision.celex.startswith("3"), decision.country


def test_adequacy_covers_the_commissions_list_and_nothing_in_the_eea() -> None:
    listed = [
        "AD",
        "AR",
        "BR",
        "CA",
        "CH",
        "EPO",
        "FO",
        "GB",
        "GG",
        "IL",
        "IM",
        "JE",
        "JP",
        "KR",
        "NZ",
        "US",
        "UY",
    ]
    assert sorted(ADEQUACY) == sorted(listed)
    for code, decision in ADEQUACY.items():
        assert countries.is_country(code) and not countries.is_eea(code)
        assert decision.reference and decision.decided.year >= 2000
        assert decision.scope_nl and decision.scope_en


def test_an_adequacy_decision_expires_after_its_end_date() -> None:
    assert not ADEQUACY["GB"].expired(date(2031, 12, 27))
    assert ADEQUACY["GB"].expired(date(2031, 12, 28))
    assert not ADEQUACY["US"].expired(date(2099, 1, 1))
