"""Words and phrases by which a privacy statement names the register's elements, in Dutch and
English, and the normalised form both are compared in.

Comparison is on word stems: lower case, accents removed, and each word cut to its first five
letters ("bestelling" and "bestellingen" are one), so a statement that uses the register's words
in another inflection still matches. Each synonym is a phrase whose words must all stand in one
sentence.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from kgs_ropa.model import periods as periods_model
from kgs_ropa.model import vocabulary as voc

Doc = dict[str, Any]

STEM = 5

# Words too common to tell one element from another.
STOPWORDS = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "of",
        "van",
        "in",
        "op",
        "te",
        "voor",
        "met",
        "aan",
        "door",
        "bij",
        "als",
        "dat",
        "die",
        "dit",
        "deze",
        "om",
        "uw",
        "u",
        "wij",
        "we",
        "ons",
        "onze",
        "zijn",
        "is",
        "wordt",
        "worden",
        "zal",
        "zullen",
        "kan",
        "kunnen",
        "niet",
        "ook",
        "over",
        "uit",
        "tot",
        "naar",
        "hun",
        "hen",
        "er",
        "dan",
        "zo",
        "wat",
        "wie",
        "hoe",
        "waar",
        "wanneer",
        "zoals",
        "onder",
        "meer",
        "andere",
        "elk",
        "elke",
        "alle",
        "mogelijk",
        "hierbij",
        "heeft",
        "hebt",
        "hebben",
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "for",
        "with",
        "by",
        "at",
        "as",
        "that",
        "this",
        "these",
        "those",
        "your",
        "you",
        "we",
        "our",
        "us",
        "is",
        "are",
        "be",
        "been",
        "will",
        "can",
        "may",
        "not",
        "also",
        "from",
        "into",
        "about",
        "their",
        "them",
        "it",
        "its",
        "which",
        "who",
        "how",
        "where",
        "when",
        "such",
        "other",
        "each",
        "all",
        "any",
        "has",
        "have",
        "more",
    ]
)

# Each lawful basis by the words a statement uses for it.
BASIS_SYNONYMS: dict[str, tuple[str, ...]] = {
    "consent": ("toestemming", "consent"),
    "contract": (
        "uitvoering overeenkomst",
        "uitvoering contract",
        "performance contract",
        "necessary contract",
        "6 lid 1 sub b",
        "6 1 b",
    ),
    "legal_obligation": (
        "wettelijke verplichting",
        "wettelijk verplicht",
        "legal obligation",
        "legally obliged",
        "required by law",
    ),
    "vital_interests": ("vitale belangen", "vitaal belang", "vital interests"),
    "public_task": ("taak van algemeen belang", "public interest task", "public task"),
    "legitimate_interests": (
        "gerechtvaardigd belang",
        "gerechtvaardigde belangen",
        "legitieme belangen",
        "legitieme bedrijfsbelangen",
        "legitiem belang",
        "legitimate interest",
        "legitimate interests",
    ),
}

RIGHT_SYNONYMS: dict[str, tuple[str, ...]] = {
    "information": ("recht op informatie", "geinformeerd", "right to be informed", "informed"),
    "access": (
        "inzage",
        "inzien",
        "recht van toegang",
        "recht op toegang",
        "right of access",
        "access your data",
        "copy of your data",
    ),
    "rectification": ("rectificatie", "corrigeren", "verbeteren", "rectification", "correct"),
    "erasure": ("verwijdering", "verwijderen", "vergetelheid", "erasure", "erase", "delete"),
    "restriction": ("beperking", "beperken", "restriction", "restrict"),
    "portability": ("dataportabiliteit", "overdraagbaarheid", "portability"),
    "objection": ("bezwaar", "object"),
    "withdraw_consent": (
        "toestemming intrekken",
        "toestemming ingetrokken",
        "withdraw consent",
        "withdrawn consent",
    ),
    "complaint": (
        "klacht autoriteit persoonsgegevens",
        "klacht toezichthouder",
        "complaint supervisory authority",
        "complaint autoriteit persoonsgegevens",
    ),
}

MECHANISM_SYNONYMS: dict[str, tuple[str, ...]] = {
    "adequacy": (
        "adequaatheidsbesluit",
        "passend beschermingsniveau",
        "adequacy decision",
        "adequate level of protection",
    ),
    "scc": (
        "modelcontractbepalingen",
        "standaardcontractbepalingen",
        "standard contractual",
        "scc",
    ),
    "bcr": ("bindende bedrijfsvoorschriften", "binding corporate rules", "bcr"),
    "art46_other": ("passende waarborgen", "appropriate safeguards"),
    "art49_derogation": ("uitzondering", "derogation", "artikel 49", "art 49"),
}
ANY_SAFEGUARD = ("waarborg", "waarborgen", "safeguard", "safeguards") + tuple(
    phrase for phrases in MECHANISM_SYNONYMS.values() for phrase in phrases
)
COPY = ("kopie", "copy", "opvragen", "obtain")
OUTSIDE_EEA = (
    "buiten europese economische ruimte",
    "buiten eer",
    "buiten eea",
    "outside european economic area",
    "outside eea",
    "derde land",
    "derde landen",
    "third country",
    "third countries",
)

# Said of cookies or analytics: they hold no personal data.
NO_PERSONAL_DATA = (
    "geen persoonlijke gegevens",
    "geen persoonsgegevens",
    "no personal data",
    "not contain personal data",
    "do not collect personal data",
    "anoniem",
    "anonymous",
)
COOKIE_WORDS = ("cookie", "cookies", "analytisch", "analytische", "analytics", "analytical")
# What in a cookie's recorded purpose shows that it tells users apart.
IDENTIFYING = (
    "unieke gebruikers",
    "gebruikers onderscheiden",
    "onderscheiden",
    "herkennen",
    "volgen",
    "distinguish",
    "unique users",
    "identify",
    "recognise",
    "recognize",
    "track",
)

# Words a statement or a generated one uses with capitals that name no company or service.
NOT_A_NAME = frozenset(
    [
        "avg",
        "gdpr",
        "algemene",
        "verordening",
        "gegevensbescherming",
        "autoriteit",
        "persoonsgegevens",
        "europese",
        "economische",
        "ruimte",
        "eer",
        "eea",
        "european",
        "economic",
        "area",
        "unie",
        "union",
        "commissie",
        "commission",
        "art",
        "artikel",
        "article",
        "cookie",
        "cookies",
        "recht",
        "right",
        "rights",
        "privacy",
        "privacyverklaring",
        "statement",
        "wij",
        "we",
        "u",
        "you",
        "uw",
        "your",
        "ons",
        "our",
        "dpo",
        "fg",
        "functionaris",
        "gegevensbescherming",
        "data",
        "protection",
        "officer",
        "supervisory",
        "authority",
        "dutch",
        "nederlandse",
        "toezichthouder",
        "ap",
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
        "jan",
        "feb",
        "mrt",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "okt",
        "oct",
        "nov",
        "dec",
        "january",
        "february",
        "march",
        "may",
        "june",
        "july",
        "august",
        "october",
    ]
)

_UNITS = {
    "seconde": 1 / 86400,
    "seconden": 1 / 86400,
    "second": 1 / 86400,
    "seconds": 1 / 86400,
    "minuut": 1 / 1440,
    "minuten": 1 / 1440,
    "minute": 1 / 1440,
    "minutes": 1 / 1440,
    "uur": 1 / 24,
    "uren": 1 / 24,
    "hour": 1 / 24,
    "hours": 1 / 24,
    "dag": 1,
    "dagen": 1,
    "day": 1,
    "days": 1,
    "week": 7,
    "weken": 7,
    "weeks": 7,
    "maand": 30.4,
    "maanden": 30.4,
    "month": 30.4,
    "months": 30.4,
    "jaar": 365,
    "jaren": 365,
    "year": 365,
    "years": 365,
}
_NUMBER_WORDS = {
    "een": 1,
    "één": 1,
    "one": 1,
    "twee": 2,
    "two": 2,
    "drie": 3,
    "three": 3,
    "vier": 4,
    "four": 4,
    "vijf": 5,
    "five": 5,
    "zes": 6,
    "six": 6,
    "zeven": 7,
    "seven": 7,
    "acht": 8,
    "eight": 8,
    "negen": 9,
    "nine": 9,
    "tien": 10,
    "ten": 10,
    "elf": 11,
    "eleven": 11,
    "twaalf": 12,
    "twelve": 12,
    "achttien": 18,
    "eighteen": 18,
    "twintig": 20,
    "twenty": 20,
}
_PERIOD = re.compile(
    r"\b(\d+(?:[.,]\d+)?|"
    + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + r")\s*("
    + "|".join(sorted(_UNITS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
RETENTION_CONTEXT = (
    "bewaar",
    "bewaart",
    "bewaren",
    "bewaartermijn",
    "opslaan",
    "opgeslagen",
    "slaan",
    "retention",
    "retain",
    "retained",
    "keep",
    "kept",
    "store",
    "stored",
    "delete",
    "verwijder",
)


def fold(text: str) -> str:
    """Lower case, accents off, anything but letters and digits a space."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^0-9a-z]+", " ", plain).strip()


def stems(text: str, keep_stopwords: bool = False) -> tuple[str, ...]:
    words = fold(text).split()
    return tuple(w[:STEM] for w in words if keep_stopwords or w not in STOPWORDS)


@dataclass(frozen=True)
class Period:
    text: str
    days: float

    def same(self, other: Period) -> bool:
        return abs(self.days - other.days) <= max(self.days, other.days) * 0.05


def periods(text: str) -> list[Period]:
    """Every number with a unit of time in the text ("2 years", "vier weken", "24 uur")."""
    found = []
    for match in _PERIOD.finditer(text):
        amount, unit = match.group(1).lower(), match.group(2).lower()
        number = _NUMBER_WORDS.get(amount) or float(amount.replace(",", "."))
        found.append(Period(match.group(0), number * _UNITS[unit]))
    return found


def stored_period(rule: Doc) -> Period | None:
    """A rule's period as amount and unit (model.periods), comparable with the statement's."""
    found = periods_model.stored(rule)
    if found is None:
        return None
    days = found.amount * periods_model.UNIT_DAYS[found.unit]
    return Period(periods_model.format_period(*found, "en"), days)


# Which rights apply follows from the lawful basis (Art. 15-22 GDPR, Art. 7(3)).
_ALWAYS = ("access", "rectification", "erasure", "restriction")
_BY_BASIS = {
    "portability": ("consent", "contract"),
    "objection": ("legitimate_interests", "public_task"),
    "withdraw_consent": ("consent",),
}


def applicable_rights(activities: Iterable[Doc]) -> dict[str, list[Doc]]:
    """Each right with the activities it applies to, in the order of the rights vocabulary."""
    rights: dict[str, list[Doc]] = {}
    for activity in activities:
        bases = {p.get("lawful_basis") for p in activity.get("purposes", [])}
        for right in voc.RIGHTS.codes():
            if right in _ALWAYS or bases & set(_BY_BASIS.get(right, ())):
                rights.setdefault(right, []).append(activity)
    return {r: rights[r] for r in voc.RIGHTS.codes() if r in rights}
