"""Which free texts of a register document are printed, and where their translations are.

Free text is written in the register's own language; a row's `translations` hold it in other
languages ({language: {field: text}}), and the older `<field>_en` fields count as English too.
Read by the exports (to print and count untranslated text) and by the checks.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

Row = dict[str, Any]

ORIGINAL = "nl"  # the language the register is written in

# The free texts of an activity document that an export prints, per part (internal notes are
# not among them). One list, read by the renderers' cells and by the count on the cover.
ACTIVITY_TEXTS = (
    "name",
    "description",
    "business_function",
    "rights_note",
    "security_note",
    "automated_decision_note",
    "to_be_confirmed",
)
PART_TEXTS = {
    "purposes": (
        "description",
        "legitimate_interest",
        "balancing_note",
        "consent_record",
        "legal_obligation_reference",
    ),
    "sources": ("description",),
    "data_categories": ("note",),
    "transfers": ("recipient", "note"),
    "retention": ("period", "start_event", "legal_ground", "criterion"),
}


# The texts of catalogue rows that the exports print, by catalogue kind (a recipient's name and
# a cookie's purpose have their own `_en` fields).
CATALOGUE_TEXTS = {
    "processor": ("name", "service"),
    "system": ("name", "description", "location"),
    "cookie": ("retention",),
}


def translation_of(row: Mapping[str, Any], key: str, lang: str) -> str:
    """The `lang` version of a text: from the row's translations, or its `<key>_<lang>` field."""
    translations = row.get("translations") or {}
    found = (translations.get(lang) or {}).get(key) or row.get(f"{key}_{lang}")
    return str(found) if found else ""


def texts_of(activity: Row) -> list[tuple[Row, tuple[str, ...]]]:
    """(row, text keys) for the activity and each of its parts."""
    found: list[tuple[Row, tuple[str, ...]]] = [(activity, ACTIVITY_TEXTS)]
    for part, keys in PART_TEXTS.items():
        found += [(row, keys) for row in activity.get(part, []) if isinstance(row, dict)]
    return found
