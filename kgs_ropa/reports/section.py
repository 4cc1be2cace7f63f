"""An activity's section in the order of Art. 30(1) GDPR: what it is, then (a) controller and
contacts, (b) purposes with their bases, (c) data subjects and personal data, (d) recipients,
(e) transfers, (f) retention, (g) security measures; then rights, DPIA, review and status.
"""

from __future__ import annotations

from functools import cache

from kgs_ropa.reports.labels import Lang, label
from kgs_ropa.reports.report import Cell, SectionPart, Table

# (heading label key, or "" for the opening fields; field keys; section table keys)
PARTS: list[tuple[str, list[str], list[str]]] = [
    ("", ["business_function", "description"], []),
    ("part_controller", ["controller", "joint_controllers"], []),
    ("part_purposes", [], ["purposes"]),
    ("part_subjects", ["data_subjects", "sources"], ["data_categories"]),
    ("part_recipients", ["recipients", "processors"], []),
    ("part_transfers", [], ["transfers"]),
    ("part_retention", [], ["retention"]),
    ("part_measures", ["security_measures", "security_note", "storage_location"], []),
    ("part_rights", ["rights", "rights_note", "automated_decisions"], []),
    ("part_dpia", ["dpia_required", "dpia_status", "dpia_reference"], []),
    (
        "part_review",
        [
            "status",
            "owner",
            "last_reviewed_on",
            "last_reviewed_by",
            "next_review_due",
            "to_be_confirmed",
            "documents",
            "note",
        ],
        [],
    ),
]
PLACED = {key for _, fields, _ in PARTS for key in fields}


@cache
def _titles(lang: Lang) -> list[str]:
    return [label(key, lang) if key else "" for key, _, _ in PARTS]


def section_parts(
    cells: dict[str, Cell], field_keys: list[str], tables: list[Table], lang: Lang
) -> list[SectionPart]:
    """The parts of one section. A field the order above does not place (a newer column)
    joins the last part, so nothing the register asserts is left out."""
    by_key = {t.key: t for t in tables}
    present = set(field_keys)
    parts = [
        SectionPart(
            key or "intro",
            title,
            [(label(k, lang), cells[k]) for k in fields if k in present],
            [by_key.pop(k) for k in table_keys if k in by_key],
        )
        for (key, fields, table_keys), title in zip(PARTS, _titles(lang), strict=True)
    ]
    parts[-1].fields += [(label(k, lang), cells[k]) for k in field_keys if k not in PLACED]
    parts[-1].tables += by_key.values()
    return parts
