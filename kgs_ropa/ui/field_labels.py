"""A recorded field path as the editor labels it: "purposes[0].balancing_test" reads
"Purpose 1 › Balancing test", "next_review_due" reads "Next review due".

The labels are the editor's own (the "Form" translation context), read from its sections, so
the history and the comparison never name a field differently from the form.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication

from kgs_ropa.ui.catalogue_dialog import FIELD_LABELS
from kgs_ropa.ui.editor_sections import Rows, sections
from kgs_ropa.ui.i18n import QT_TRANSLATE_NOOP

_PATH = re.compile(r"^(\w+)\[(\d+)\]\.(\w+)$")
_ITEM = re.compile(r"^(\w+)\[(\d+)\]$")  # a whole item, added or removed
# Fields the editor shows in its own widgets rather than as one spec per key.
_EXTRA = {
    ("data_categories", "category"): QT_TRANSLATE_NOOP("Form", "Data category"),
    ("data_categories", "art9_condition"): QT_TRANSLATE_NOOP("Form", "Art. 9(2) condition"),
    ("data_categories", "note"): QT_TRANSLATE_NOOP("Form", "Note"),
    ("retention", "period_unit"): QT_TRANSLATE_NOOP("Form", "Unit of the retention period"),
    ("", "last_reviewed_by"): QT_TRANSLATE_NOOP("Form", "Last reviewed by"),
    ("", "version"): QT_TRANSLATE_NOOP("Form", "Version"),
}
# A list of the activity by the word for one of its items.
ITEM_WORDS = {
    "purposes": QT_TRANSLATE_NOOP("Form", "Purpose"),
    "data_categories": QT_TRANSLATE_NOOP("Form", "Data category"),
    "sources": QT_TRANSLATE_NOOP("Form", "Source"),
    "transfers": QT_TRANSLATE_NOOP("Form", "Transfer"),
    "retention": QT_TRANSLATE_NOOP("Form", "Retention rule"),
}
_ACTIVITY = QT_TRANSLATE_NOOP("Form", "Activity")


def _form(text: str) -> str:
    return QCoreApplication.translate("Form", text)


@cache
def activity_labels() -> dict[tuple[str, str], str]:
    """(list, key) -> the editor's English source label; ("", key) for the activity's own."""
    labels: dict[tuple[str, str], str] = {}
    no_lookups: Any = None  # the specs only use the lookups when a form is built
    for section in sections(no_lookups):
        for spec in section.specs:
            labels[("", spec.key)] = spec.label
            if isinstance(spec.make, Rows):
                for child in spec.make.specs:
                    labels[(spec.key, child.key)] = child.label
    for key, label in _EXTRA.items():
        labels.setdefault(key, label)
    return labels


def _plain_words(key: str) -> str:
    return key.replace("_", " ").capitalize()


def activity_field_label(field: str) -> str:
    """A field of an activity, or of one of its items, in the interface language."""
    found = _PATH.match(field)
    labels = activity_labels()
    whole = _ITEM.match(field)
    if whole is not None and whole.group(1) in ITEM_WORDS:
        return f"{_form(ITEM_WORDS[whole.group(1)])} {int(whole.group(2)) + 1}"
    if found is None:
        label = labels.get(("", field))
        return _form(label) if label else _plain_words(field)
    items, index, key = found.group(1), int(found.group(2)), found.group(3)
    key = "category" if key == "data_category" else key
    label = labels.get((items, key))
    item = _form(ITEM_WORDS[items]) if items in ITEM_WORDS else _plain_words(items)
    return f"{item} {index + 1} › {_form(label) if label else _plain_words(key)}"


# An activity inside a register document (an import, a restore): its number, then its field.
_IN_REGISTER = re.compile(r"^(?:activities|replacements)\[(\d+)\](?:\.(.+))?$")


def document_path_label(path: str, activity_name: str = "") -> str:
    """Where a refused document value is ("activity.transfers[0].country"), as the forms name
    it: "Transfer 1 › Country"; in a whole register "Activity 2 › Code", or with the activity's
    code and name when known ("Activity KGS-02 Customer service › Purpose 1 › Lawful basis");
    elsewhere the document's own steps ("catalogues › systems 0 › name")."""
    found = _IN_REGISTER.match(path)
    if found is not None:
        activity = f"{_form(_ACTIVITY)} {activity_name or int(found.group(1)) + 1}"
        rest = found.group(2)
        return f"{activity} › {activity_field_label(rest)}" if rest else activity
    inner = path.removeprefix("activity.")
    if inner != path or _PATH.match(path) or _ITEM.match(path) or not re.search(r"[.\[]", path):
        return activity_field_label(inner)
    return diff_field_label(path, in_activity=False)


def diff_field_label(path: str, in_activity: bool) -> str:
    """A path of the comparison: an activity's field as the editor labels it; another part of
    the register ("catalogues.systems[crm].name") with its dots as steps and no underscores."""
    if in_activity and (_PATH.match(path) or _ITEM.match(path) or "." not in path):
        return activity_field_label(path)
    steps = re.sub(r"\[([^\]]+)\]", r" \1", path).split(".")
    return " › ".join(step.replace("_", " ") for step in steps)


def history_field_label(entity_type: str, field: str) -> str:
    """A recorded field: the activity's as the editor labels it, a catalogue's as its dialog."""
    if not field:
        return ""
    catalogue = FIELD_LABELS.get(field)
    is_activity = entity_type in ("activity", *ITEM_TYPES) or "[" in field
    if catalogue and not is_activity:
        return _form(catalogue)
    return activity_field_label(field)


ITEM_TYPES = ("purpose", "activity_data_category", "data_source", "transfer", "retention")
