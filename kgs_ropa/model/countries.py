"""Countries: the full ISO 3166-1 list with Dutch and English names, the EEA, and name lookup.

The one place the register's country reference lives. Stable functions for the rest of the app:

- `COUNTRIES`: ISO 3166-1 alpha-2 code -> Country (code, nl, en, eea), every country.
- `country_label(code, lang)`: the country's name in "nl" or "en" (the code itself if unknown).
- `is_country(code)`: True for an ISO 3166-1 alpha-2 code (upper case) or an international
  organisation code of INTERNATIONAL_ORGANISATIONS.
- `is_eea(code)` / `is_third_country(code)`: in the European Economic Area or not.
- `resolve_country(text)`: an ISO code from a code, a name or a common alias in Dutch, English
  or French ("USA", "Verenigde Staten", "VS", "UK", "Groot-Brittannië", "États-Unis"), or None.
- `COUNTRY_CODES`: a vocabulary of the codes for field validation (the empty value allowed).

Names come from pycountry (ISO 3166-1 and its Debian iso-codes translations); a few Dutch names
are overridden where the catalogue gives the formal or an untranslated form.
"""

from __future__ import annotations

import gettext
import unicodedata
from dataclasses import dataclass
from functools import cache

import pycountry

from kgs_ropa.model.vocabulary import Term, Vocabulary


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2, or an international organisation's code
    nl: str
    en: str
    eea: bool = False

    def label(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.en


# EU member states plus Iceland, Liechtenstein and Norway (EEA Agreement): not third countries.
EEA = frozenset(
    {
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
        "IS",
        "LI",
        "NO",
    }
)

# Names people use where iso-codes gives the formal one ("Korea, Republic of") or none in Dutch.
_NAMES: dict[str, tuple[str, str]] = {
    "KR": ("Zuid-Korea", "South Korea"),
    "KP": ("Noord-Korea", "North Korea"),
    "GE": ("Georgië", "Georgia"),
    "BO": ("Bolivia", "Bolivia"),
    "VE": ("Venezuela", "Venezuela"),
    "MD": ("Moldavië", "Moldova"),
    "IR": ("Iran", "Iran"),
    "TW": ("Taiwan", "Taiwan"),
    "RU": ("Rusland", "Russia"),
    "VN": ("Vietnam", "Vietnam"),
    "TZ": ("Tanzania", "Tanzania"),
    "SY": ("Syrië", "Syria"),
    "LA": ("Laos", "Laos"),
    "CD": ("Congo-Kinshasa", "Congo (Democratic Republic)"),
    "CG": ("Congo-Brazzaville", "Congo (Republic)"),
    "FM": ("Micronesië", "Micronesia"),
    "PS": ("Palestina", "Palestine"),
    "VA": ("Vaticaanstad", "Vatican City"),
}

# International organisations with an adequacy decision, kept where a country code may go.
INTERNATIONAL_ORGANISATIONS: dict[str, Country] = {
    "EPO": Country("EPO", "Europese Octrooiorganisatie", "European Patent Organisation"),
}

# Aliases beyond the official, common and translated names (compared without case or accents).
_ALIASES: dict[str, str] = {
    "usa": "US",
    "us": "US",
    "u.s.": "US",
    "u.s.a.": "US",
    "vs": "US",
    "v.s.": "US",
    "amerika": "US",
    "america": "US",
    "united states of america": "US",
    "verenigde staten van amerika": "US",
    "etats unis d amerique": "US",
    "uk": "GB",
    "u.k.": "GB",
    "great britain": "GB",
    "groot brittannie": "GB",
    "engeland": "GB",
    "england": "GB",
    "grande bretagne": "GB",
    "holland": "NL",
    "the netherlands": "NL",
    "pays bas": "NL",
    "zuid korea": "KR",
    "korea": "KR",
    "coree du sud": "KR",
    "tsjechische republiek": "CZ",
    "czech republic": "CZ",
    "turkey": "TR",
    "swiss": "CH",
    "suisse": "CH",
    "schweiz": "CH",
    "deutschland": "DE",
    "duitsland": "DE",
    "epo": "EPO",
    "european patent office": "EPO",
    "europees octrooibureau": "EPO",
}


@cache
def _catalogue(lang: str) -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)


def _build() -> dict[str, Country]:
    dutch = _catalogue("nl")
    result = {}
    for entry in pycountry.countries:
        code = entry.alpha_2
        usual = (dutch.gettext(entry.name), getattr(entry, "common_name", entry.name))
        nl, en = _NAMES.get(code, usual)
        result[code] = Country(code, nl, en, code in EEA)
    return result


COUNTRIES: dict[str, Country] = _build()


def country_label(code: str | None, lang: str) -> str:
    country = COUNTRIES.get(code or "") or INTERNATIONAL_ORGANISATIONS.get(code or "")
    return country.label(lang) if country else (code or "")


def is_country(code: str | None) -> bool:
    return code in COUNTRIES or code in INTERNATIONAL_ORGANISATIONS


def is_eea(code: str | None) -> bool:
    return code in EEA


def is_third_country(code: str) -> bool:
    """Outside the EEA (an unknown code counts as outside: it cannot be shown to be inside)."""
    return code not in EEA


def _plain(text: str) -> str:
    """Lower case, accents and punctuation dropped: "Groot-Brittannië" -> "groot brittannie"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    cleaned = "".join(c if c.isalnum() or c == "." else " " for c in letters)
    return " ".join(cleaned.split())


@cache
def _names() -> dict[str, str]:
    """Every known name, plain, -> code: ISO names in English, Dutch and French, then aliases."""
    names: dict[str, str] = {}
    catalogues = [_catalogue(lang) for lang in ("nl", "fr")]
    for entry in pycountry.countries:
        code = entry.alpha_2
        country = COUNTRIES[code]
        spelled = [entry.alpha_3, entry.name, country.nl, country.en]
        spelled += [getattr(entry, key, "") for key in ("common_name", "official_name")]
        spelled += [catalogue.gettext(entry.name) for catalogue in catalogues]
        for name in spelled:
            if name:
                names.setdefault(_plain(name), code)
    for code, organisation in INTERNATIONAL_ORGANISATIONS.items():
        names.setdefault(_plain(organisation.nl), code)
        names.setdefault(_plain(organisation.en), code)
    names.update({_plain(alias): code for alias, code in _ALIASES.items()})
    return names


def resolve_country(text: str | None) -> str | None:
    """The code for a country code, name or alias in Dutch, English or French; None if unknown."""
    if not text or not text.strip():
        return None
    upper = text.strip().upper()
    if is_country(upper):
        return upper
    plain = _plain(text)
    return _names().get(plain) or _names().get(plain.replace(".", "").strip())


class CountryVocabulary(Vocabulary):
    """The country codes as a vocabulary for field validation: "" (not given) is allowed."""

    def __contains__(self, code: object) -> bool:
        return code == "" or (isinstance(code, str) and is_country(code))


COUNTRY_CODES = CountryVocabulary(
    "country code",
    [
        Term(c.code, c.nl, c.en)
        for c in [*COUNTRIES.values(), *INTERNATIONAL_ORGANISATIONS.values()]
    ],
)
