"""Where a check finding points, in the report's language: "retention[0].period" reads
"Bewaarregel 1 › Termijn" ("Retention rule 1 › Period"), by the export's own labels.

A path the labels do not know is shown as it is recorded rather than given a made-up name.
"""

from __future__ import annotations

import re

from kgs_ropa.reports.labels import LABELS, Lang, label

_ITEM = re.compile(r"^(\w+)\[(\d+)\](?:\.(\w+))?$")
# An activity's list by the label of one of its items.
ITEM_LABELS = {
    "purposes": "purpose",
    "data_categories": "data_category",
    "sources": "item_source",
    "transfers": "item_transfer",
    "retention": "item_retention",
}
# Document keys whose export label has another name.
FIELD_LABELS = {
    "automated_decision_making": "automated_decisions",
    "assessed_none": "assessed_elements",
    "dpia_screened_on": "dpia_screening",
    "dpia_criteria": "dpia_screening",
    "category": "data_category",
    "data_category": "data_category",
    "mechanism": "transfer_safeguards",
    "systems": "storage_location",
    "mechanism_assumed": "assumption",
    "basis_assumed": "assumption",
    "processor_records": "sheet_processor_records",
}
# Lists of linked catalogue rows: the nth link is named by its place in the list.
LINK_LISTS = ("data_subjects", "systems", "recipients", "processors", "security_measures")


def _field(key: str, lang: Lang) -> str | None:
    key = FIELD_LABELS.get(key, key)
    return label(key, lang) if key in LABELS else None


def finding_field(path: str | None, lang: Lang) -> str:
    """The field of a finding ("purposes[0].description") as the reader's words."""
    if not path:
        return ""
    found = _ITEM.match(path)
    if found is not None and found.group(1) in ITEM_LABELS:
        item = f"{label(ITEM_LABELS[found.group(1)], lang)} {int(found.group(2)) + 1}"
        key = found.group(3)
        if key is None:
            return item
        return f"{item} › {_field(key, lang) or key}"
    if found is not None and found.group(1) in LINK_LISTS and found.group(3) is None:
        return f"{_field(found.group(1), lang)} › {int(found.group(2)) + 1}"
    steps = path.removeprefix("organisation.").split(".")
    words = [_field(step, lang) for step in steps]
    return path if None in words else " › ".join(w for w in words if w)
