"""The catalogue rows pickers choose from, loaded once and reloaded when a catalogue changes."""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import QCoreApplication

from kgs_ropa.model import countries
from kgs_ropa.model import vocabulary as voc
from kgs_ropa.model.adequacy import ADEQUACY
from kgs_ropa.model.texts import translation_of
from kgs_ropa.services import catalogues
from kgs_ropa.storage.database import Database
from kgs_ropa.ui.fields import Choices

# catalogue kind -> (label field in Dutch, label field in English or None)
_LABELS = {
    "data_category": ("label_nl", "label_en"),
    "data_subject": ("label_nl", "label_en"),
    "measure": ("label_nl", "label_en"),
    "recipient": ("name", "name_en"),
    "processor": ("name", None),
    "system": ("name", None),
    "entity": ("name", None),
}


# Picker kinds with standard entries (services.standard): offered even when not stored yet.
_STANDARD = {
    "data_category": voc.STANDARD_DATA_CATEGORIES,
    "data_subject": voc.STANDARD_DATA_SUBJECTS,
    "measure": voc.STANDARD_MEASURES,
}


def _standard_rows(kind: str, stored: set[str]) -> list[dict[str, Any]]:
    """The standard entries of a kind the register does not hold, as picker rows."""
    return [
        {
            "code": seed.code,
            "label_nl": seed.nl,
            "label_en": seed.en,
            "special": seed.special,
            "criminal": seed.criminal,
        }
        for seed in _STANDARD.get(kind, [])
        if seed.code not in stored
    ]


class Lookups:
    """Catalogue rows by kind, as pickers and tables need them (code, labels, flags)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.rows: dict[str, list[dict[str, Any]]] = {}
        self.reload()

    def reload(self, kind: str | None = None) -> None:
        for key in [kind] if kind in _LABELS else list(_LABELS):
            assert key is not None
            rows = catalogues.list_rows(self.db, key)
            self.rows[key] = rows + _standard_rows(key, {row["code"] for row in rows})

    def label(self, kind: str, row: dict[str, Any], lang: str) -> str:
        nl_key, en_key = _LABELS[kind]
        if lang == "en" and en_key and row.get(en_key):
            return str(row[en_key])
        # A processor's, system's or entity's English name lives in its translations.
        translated = translation_of(row, nl_key, lang) if lang != "nl" else ""
        return translated or str(row.get(nl_key) or row.get("code") or "")

    def labels(self, kind: str, lang: str) -> dict[str, str]:
        return {row["code"]: self.label(kind, row, lang) for row in self.rows.get(kind, [])}

    def choices(self, kind: str) -> Choices:
        def make(lang: str) -> list[tuple[str, str]]:
            pairs = [(row["code"], self.label(kind, row, lang)) for row in self.rows[kind]]
            return sorted(pairs, key=lambda pair: pair[1].casefold())

        return make

    def special_codes(self) -> set[str]:
        return {
            row["code"]
            for row in self.rows.get("data_category", [])
            if row.get("special") or row.get("criminal")
        }


def _sort_key(name: str) -> str:
    """Accents sort with their letter (Österreich beside Oman, not after Zimbabwe)."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()


def country_status(code: str) -> str:
    """EEA, adequacy decision (full or partial) or third country, in the interface language."""
    if countries.is_eea(code):
        return QCoreApplication.translate("Countries", "EEA")
    decision = ADEQUACY.get(code)
    if decision is None:
        return QCoreApplication.translate("Countries", "third country, no adequacy decision")
    if decision.partial:
        return QCoreApplication.translate("Countries", "partial adequacy decision")
    return QCoreApplication.translate("Countries", "adequacy decision")


def country_choices(lang: str) -> list[tuple[str, str]]:
    """One list A-Z in the language, each country with its transfer status beside it."""
    ordered = sorted(countries.COUNTRIES.values(), key=lambda c: _sort_key(c.label(lang)))
    return [(c.code, f"{c.label(lang)} ({c.code}) · {country_status(c.code)}") for c in ordered]
