"""Catalogue rows of a register document by code, with their labels in the report language."""

from __future__ import annotations

from typing import Any

from kgs_ropa.model import countries
from kgs_ropa.model import vocabulary as voc
from kgs_ropa.model.periods import describe
from kgs_ropa.model.texts import ORIGINAL, translation_of
from kgs_ropa.reports.labels import Lang
from kgs_ropa.reports.report import AUTHORITY, Audience

Row = dict[str, Any]


def _by_code(rows: list[Row] | None) -> dict[str, Row]:
    return {r["code"]: r for r in rows or []}


class Lookup:
    """Everything an activity refers to by code, so building a row is a few dict lookups."""

    def __init__(
        self, document: dict[str, Any], lang: Lang, audience: Audience = AUTHORITY
    ) -> None:
        self.lang = lang
        self.audience = audience
        catalogues = document.get("catalogues", {})
        self.subjects = _by_code(catalogues.get("data_subject_categories"))
        self.categories = _by_code(catalogues.get("data_categories"))
        self.systems = _by_code(catalogues.get("systems"))
        self.processors = _by_code(catalogues.get("processors"))
        self.recipients = _by_code(catalogues.get("recipients"))
        self.measures = _by_code(catalogues.get("security_measures"))
        self.entities = _by_code(document.get("organisation", {}).get("entities"))

    def catalogue_label(self, row: Row | None, code: str) -> str:
        """label_en in English where the user gave one; the Dutch label otherwise."""
        if row is None:
            return code
        if self.lang != ORIGINAL and row.get(f"label_{self.lang}"):
            return str(row[f"label_{self.lang}"])
        if not row.get("label_nl"):
            return code
        original = str(row["label_nl"])
        return original if self.lang == ORIGINAL else f"[{ORIGINAL}] {original}"

    def subject(self, code: str) -> str:
        return self.catalogue_label(self.subjects.get(code), code)

    def category(self, code: str | None) -> str:
        if code is None:
            return ""
        return self.catalogue_label(self.categories.get(code), code)

    def measure(self, code: str) -> str:
        return self.catalogue_label(self.measures.get(code), code)

    def translated(self, row: Row, key: str) -> str:
        """A free-text field in the report's language: its translation where there is one,
        else the original marked with its language ("[nl] ..."), never passed off as English."""
        original = str(row.get(key) or "")
        if self.lang == ORIGINAL or not original:
            return original
        translation = translation_of(row, key, self.lang)
        return translation or f"[{ORIGINAL}] {original}"

    def period(self, rule: Row) -> str:
        """A retention rule's period in the report's language (model.periods.describe)."""
        return describe(rule, self.translated(rule, "period"), self.lang)

    def recipient(self, code: str) -> str:
        row = self.recipients.get(code)
        if row is None:
            return code
        kind = voc.RECIPIENT_TYPES.label(row.get("type"), self.lang)
        return f"{self.translated(row, 'name')} ({kind})"

    def processor_name(self, code: str) -> str:
        row = self.processors.get(code)
        return self.translated(row, "name") if row else code

    def system(self, code: str) -> str:
        row = self.systems.get(code)
        if row is None:
            return code
        country = countries.country_label(row.get("country"), self.lang)
        where = ", ".join(p for p in (self.translated(row, "location"), country) if p)
        name = self.translated(row, "name")
        return f"{name} ({where})" if where else name

    def entity_name(self, code: str | None) -> str:
        row = self.entities.get(code or "")
        return str(row["name"]) if row else (code or "")

    def country(self, code: str | None) -> str:
        return countries.country_label(code, self.lang)
