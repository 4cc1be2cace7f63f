"""Cell values of a register kept in a spreadsheet read as register values: lists, lawful
bases, Art. 9 conditions, transfer mechanisms, countries, and the catalogues of the document
being built (standard entries by label, new entries added)."""

from __future__ import annotations

import re
from typing import Any

from kgs_ropa.importers.headings import normalise, plain_text
from kgs_ropa.model import countries
from kgs_ropa.model import vocabulary as voc
from kgs_ropa.services.document import FORMAT, FORMAT_VERSION

Doc = dict[str, Any]
MAX_ROWS = 100_000
_SPLIT = re.compile(r"\s*(?:\n|;|•)\s*")
# Words that identify an Art. 6(1) basis in free text, checked after the vocabulary labels.
_BASIS_WORDS = [
    ("consent", ["consent", "toestemming", "consentement"]),
    ("contract", ["contract", "overeenkomst", "contrat"]),
    ("legal_obligation", ["legal obligation", "wettelijke verplichting", "obligation legale"]),
    ("vital_interests", ["vital", "vitaal", "vitaux"]),
    ("public_task", ["public task", "algemeen belang", "mission d interet public"]),
    ("legitimate_interests", ["legitimate", "gerechtvaardigd", "interet legitime"]),
]
_BASIS_LETTERS = dict(zip("abcdef", [code for code, _ in _BASIS_WORDS], strict=True))
# "6(1)(b)", "6.1.b", "art. 6 lid 1 sub b", "6-1-b": the letter after an Art. 6(1) reference
_BASIS_REF = re.compile(r"\b6 (?:lid )?1 (?:sub |onder )?([a-f])\b")
_ART9_REF = re.compile(r"\b9 (?:lid )?2 (?:sub |onder )?([a-j])\b")
_ART9_WORDS = [
    (
        "explicit_consent",
        ["explicit consent", "uitdrukkelijke toestemming", "explicite"],
    ),
    ("employment", ["employment", "arbeidsrecht", "droit du travail", "social security"]),
    ("vital_interests", ["vital interests", "vitale belangen"]),
    ("made_public", ["made public", "manifestly", "openbaar gemaakt"]),
    ("legal_claims", ["legal claims", "rechtsvordering", "droits en justice"]),
    ("substantial_public_interest", ["substantial public interest", "zwaarwegend algemeen"]),
    ("health_care", ["occupational medicine", "preventive", "arbeidsgeneeskunde", "health care"]),
    ("public_health", ["public health", "volksgezondheid", "sante publique"]),
    ("archiving_research", ["archiving", "scientific", "statistical", "archivering"]),
]
_MECHANISM_WORDS = {
    "scc": ["standard contractual clauses", "clauses contractuelles types", "scc"],
    "adequacy": ["adequacy", "adequaatheid", "adequation", "data privacy framework"],
    "bcr": ["binding corporate rules", "bcr", "regles d entreprise contraignantes"],
}
YES_WORDS = {"yes", "ja", "y", "j", "true", "waar", "1", "oui", "x"}
NO_WORDS = {"no", "nee", "n", "false", "onwaar", "0", "none", "geen", "non"}


def items(value: Any) -> list[str]:
    return [part for part in _SPLIT.split(str(value or "").strip()) if part]


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", plain_text(text)).strip("-")[:40] or "item"


def yes_no(value: Any) -> bool | None:
    """True or False for a cell that starts with yes or no ("Yes - March 2024"), else None."""
    words = str(value).split() if value is not None else []
    first = normalise(words[0]) if words else ""
    return True if first in YES_WORDS else False if first in NO_WORDS else None


_JOINERS = {"and", "en", "et", "or", "of", "ou", "sub", "onder", "art", "6", "1", "lid"}


def _letters(plain: str, reference: re.Pattern[str]) -> list[str]:
    """The letters of every reference, with those that follow it: "6 1 b and c", "sub b en c"."""
    letters = []
    for match in reference.finditer(plain):
        letters.append(match.group(1))
        for token in plain[match.end() :].split():
            if len(token) == 1 and token in "bcdef":  # not "a": "and a contract"
                letters.append(token)
            elif token not in _JOINERS:
                break
    return letters


def lawful_bases(text: str) -> list[str]:
    """Every Art. 6(1) basis a cell names, in order: by its letter, else by its words."""
    plain = plain_text(text)
    for term in voc.LAWFUL_BASES:
        if plain in (normalise(term.nl), normalise(term.en), term.code.replace("_", " ")):
            return [str(term.code)]
    by_letter = [_BASIS_LETTERS[m] for m in _letters(plain, _BASIS_REF)]
    if by_letter:
        return list(dict.fromkeys(by_letter))
    found = [(plain.find(w), code) for code, words in _BASIS_WORDS for w in words if w in plain]
    return list(dict.fromkeys(code for _, code in sorted(found)))


def art9_condition(text: str) -> str | None:
    """The Art. 9(2) condition a cell names, by its letter or its words."""
    plain = plain_text(text)
    codes = [str(t.code) for t in voc.ART9_CONDITIONS]
    for term in voc.ART9_CONDITIONS:
        if plain in (normalise(term.nl), normalise(term.en)):
            return str(term.code)
    letters = _ART9_REF.findall(plain)
    if letters and ord(letters[0]) - ord("a") < len(codes):
        return codes[ord(letters[0]) - ord("a")]
    for code, words in _ART9_WORDS:
        if any(w in plain for w in words):
            return code
    return None


def mechanism(text: str) -> str | None:
    plain = f" {plain_text(text)} "
    for term in voc.TRANSFER_MECHANISMS:
        if normalise(term.nl) in plain or normalise(term.en) in plain:
            return str(term.code)
    for code, words in _MECHANISM_WORDS.items():
        if any(f" {w} " in plain for w in words):
            return code
    return None


def country_code(text: str) -> str | None:
    """A country's ISO code from its code, its name or an alias in Dutch, English or French."""
    return countries.resolve_country(text)


class Catalogue:
    """One catalogue of the document being built: standard rows by label, new rows added."""

    def __init__(self, rows: list[Doc], make: Any) -> None:
        self.rows = rows
        self.make = make
        self.by_label: dict[str, str] = {
            plain_text(r.get(k) or ""): r["code"]
            for r in rows
            for k in ("label_nl", "label_en", "name", "code")
        }

    def _new_code(self, text: str) -> str:
        code = slug(text)
        while any(r["code"] == code for r in self.rows):
            code += "-x"
        return code

    def code(self, text: str) -> str:
        key = plain_text(text)
        if key not in self.by_label:
            code = self._new_code(text)
            self.rows.append(self.make(code, text))
            self.by_label[key] = code
        return self.by_label[key]

    def unnamed(self, name: str) -> str:
        """A new row that no label finds again (its name is a placeholder, not data)."""
        code = self._new_code(name)
        self.rows.append({**self.make(code, name), "note": "name not given in the imported file"})
        return code

    def row(self, code: str) -> Doc:
        return next(r for r in self.rows if r["code"] == code)

    def add_reference(self, code: str, reference: str) -> None:
        """Add an agreement reference, keeping any other one the row has."""
        row = self.row(code)
        known = items(row.get("agreement_reference", ""))
        if reference not in known:
            row["agreement_reference"] = "\n".join([*known, reference])

    def is_special(self, code: str) -> bool:
        row = self.row(code)
        return bool(row.get("special") or row.get("criminal"))


# Words that make a category named in a sheet a special category (Art. 9) or criminal (Art. 10).
_SPECIAL_WORDS = [
    "health",
    "medical",
    "gezondheid",
    "medisch",
    "sante",
    "medicale",
    "biometric",
    "biometrisch",
    "biometrique",
    "genetic",
    "genetisch",
    "genetique",
    "religio",
    "geloof",
    "ethnic",
    "etnisch",
    "racial",
    "trade union",
    "vakbond",
    "syndicale",
    "political",
    "politiek",
    "politique",
    "sexual",
    "seksue",
    "sexuel",
]
_CRIMINAL_WORDS = ["criminal", "strafrecht", "penale", "condamnation", "offence"]


def _category(code: str, text: str) -> Doc:
    plain = f" {normalise(text)}"
    return {
        "code": code,
        "label_nl": text,
        "label_en": "",
        "dpv_id": None,
        "special": any(f" {w}" in plain for w in _SPECIAL_WORDS),
        "criminal": any(f" {w}" in plain for w in _CRIMINAL_WORDS),
    }


def _recipient_type(text: str) -> str:
    plain = normalise(text)
    for kind, words in [
        ("processor", ["verwerker", "processor", "leverancier", "supplier"]),
        ("internal", ["intern", "internal", "medewerker", "staff", "employee"]),
        ("group_company", ["groep", "group"]),
        ("authority", ["belasting", "overheid", "authority", "politie", "police", "tax"]),
    ]:
        if any(w in plain for w in words):
            return kind
    return "third_party"


def catalogues() -> dict[str, Catalogue]:
    def seeded(seeds: list[voc.CatalogueSeed]) -> list[Doc]:
        return [
            {"code": s.code, "label_nl": s.nl, "label_en": s.en, "dpv_id": s.dpv} for s in seeds
        ]

    categories = [
        {**row, "special": s.special, "criminal": s.criminal}
        for row, s in zip(
            seeded(voc.STANDARD_DATA_CATEGORIES), voc.STANDARD_DATA_CATEGORIES, strict=True
        )
    ]

    def labelled(code: str, text: str) -> Doc:
        return {"code": code, "label_nl": text, "label_en": "", "dpv_id": None}

    return {
        "data_subject_categories": Catalogue(seeded(voc.STANDARD_DATA_SUBJECTS), labelled),
        "data_categories": Catalogue(categories, _category),
        "security_measures": Catalogue(seeded(voc.STANDARD_MEASURES), labelled),
        "recipients": Catalogue(
            [], lambda c, t: {"code": c, "name": t, "type": _recipient_type(t)}
        ),
        "processors": Catalogue([], lambda c, t: {"code": c, "name": t}),
        "systems": Catalogue([], lambda c, t: {"code": c, "name": t, "location": t}),
    }


def empty_document(cats: dict[str, Catalogue]) -> Doc:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "organisation": {"entities": [], "contacts": []},
        "catalogues": {key: cat.rows for key, cat in cats.items()},
        "activities": [],
        "cookies": [],
    }
