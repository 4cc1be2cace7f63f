"""History values as a person reads them: entity types as words, codes as labels, no JSON.

The history stores values as JSON text (kgs_ropa.services.history.display unquotes plain text and
joins lists of codes). A created record arrives as a JSON object: the table shows its name, the
tooltip every filled-in field on its own line.
"""

from __future__ import annotations

import json
import re
import textwrap
from typing import Any

from PySide6.QtCore import QCoreApplication

from kgs_ropa.model import countries
from kgs_ropa.model import vocabulary as voc
from kgs_ropa.ui.catalogue_dialog import FIELD_LABELS
from kgs_ropa.ui.i18n import QT_TRANSLATE_NOOP, current

_CONTEXT = "HistoryModel"
ENTITY_TYPES = {
    "activity": QT_TRANSLATE_NOOP("HistoryModel", "Activity"),
    "purpose": QT_TRANSLATE_NOOP("HistoryModel", "Purpose"),
    "activity_data_category": QT_TRANSLATE_NOOP("HistoryModel", "Data category of activity"),
    "data_source": QT_TRANSLATE_NOOP("HistoryModel", "Source"),
    "transfer": QT_TRANSLATE_NOOP("HistoryModel", "Transfer"),
    "retention": QT_TRANSLATE_NOOP("HistoryModel", "Retention"),
    "cookie": QT_TRANSLATE_NOOP("HistoryModel", "Cookie"),
    "data_category": QT_TRANSLATE_NOOP("HistoryModel", "Data category"),
    "data_subject_category": QT_TRANSLATE_NOOP("HistoryModel", "Data subject category"),
    "system": QT_TRANSLATE_NOOP("HistoryModel", "System"),
    "processor": QT_TRANSLATE_NOOP("HistoryModel", "Processor"),
    "recipient": QT_TRANSLATE_NOOP("HistoryModel", "Recipient"),
    "security_measure": QT_TRANSLATE_NOOP("HistoryModel", "Security measure"),
    "entity": QT_TRANSLATE_NOOP("HistoryModel", "Entity"),
    "contact": QT_TRANSLATE_NOOP("HistoryModel", "Contact"),
    "organisation_settings": QT_TRANSLATE_NOOP("HistoryModel", "Organisation settings"),
    "processor_record": QT_TRANSLATE_NOOP("HistoryModel", "Processor record"),
    "register": QT_TRANSLATE_NOOP("HistoryModel", "Register"),
}
_YES = QT_TRANSLATE_NOOP("HistoryModel", "yes")
_NO = QT_TRANSLATE_NOOP("HistoryModel", "no")
# A field name (the last part of "purposes[0].lawful_basis") and the vocabulary of its codes.
_VOCABULARIES: dict[str, voc.Vocabulary] = {
    "lawful_basis": voc.LAWFUL_BASES,
    "art9_condition": voc.ART9_CONDITIONS,
    "mechanism": voc.TRANSFER_MECHANISMS,
    "status": voc.ACTIVITY_STATUSES,
    "dpia_required": voc.DPIA_REQUIRED,
    "dpia_status": voc.DPIA_STATUSES,
    "rights": voc.RIGHTS,
    "kind": voc.MEASURE_KINDS,
}
# "type" and "role" mean different things per record.
_BY_ENTITY: dict[tuple[str, str], voc.Vocabulary] = {
    ("recipient", "type"): voc.RECIPIENT_TYPES,
    ("cookie", "type"): voc.COOKIE_TYPES,
    ("contact", "role"): voc.CONTACT_ROLES,
    ("entity", "role"): voc.ENTITY_ROLES,
}
_INDEX = re.compile(r"\[\d+\]")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def entity_type_label(entity_type: str) -> str:
    """ "activity_data_category" -> "Data category of activity" (in the interface language)."""
    label = ENTITY_TYPES.get(entity_type)
    return _tr(label) if label else entity_type.replace("_", " ")


def field_label(field: str) -> str:
    """A catalogue field by its form label ("label_en" -> "Name (English)"); a field inside an
    activity ("purposes[0].lawful_basis") as recorded, since its path says where it is."""
    label = FIELD_LABELS.get(field)
    return QCoreApplication.translate("Form", label) if label else field


def _field_name(field: str) -> str:
    return _INDEX.sub("", field).rsplit(".", 1)[-1]


def _code_label(entity_type: str, field: str, code: str) -> str:
    name = _field_name(field)
    if name == "country":
        return countries.country_label(code, current())
    vocabulary = _BY_ENTITY.get((entity_type, name)) or _VOCABULARIES.get(name)
    if vocabulary is None:
        return code
    if code in vocabulary:
        return vocabulary.label(code, current())
    # A list of codes arrives joined ("access, erasure"): label each when all are codes.
    parts = code.split(", ")
    if len(parts) > 1 and all(part in vocabulary for part in parts):
        return ", ".join(vocabulary.label(part, current()) for part in parts)
    return code


def _parse(text: str) -> Any:
    """The JSON behind a value, or the text itself when it is plain text."""
    if not text.startswith(("{", "[")):
        return text
    try:
        return json.loads(text)
    except ValueError:
        return text


def _title(record: dict[str, Any]) -> str:
    """What a person calls a record: its name or label in the interface language, or its code."""
    lang = current()
    for key in (f"name_{lang}", "name", f"label_{lang}", "label_nl", f"description_{lang}"):
        if record.get(key):
            return str(record[key])
    for key in ("description", "code", "data_category", "recipient", "period"):
        if record.get(key):
            return str(record[key])
    return ""


def _plain(entity_type: str, field: str, value: Any) -> str:
    """One value on one line."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _tr(_YES) if value else _tr(_NO)
    if isinstance(value, str):
        return _code_label(entity_type, field, value)
    if isinstance(value, dict):
        return _title(value) or "; ".join(
            f"{key}: {_plain(entity_type, key, item)}" for key, item in value.items() if item
        )
    if isinstance(value, list):
        return ", ".join(_plain(entity_type, field, item) for item in value)
    return str(value)


def cell_text(entity_type: str, field: str, text: str) -> str:
    """The value as the table shows it: one short line."""
    shown = _plain(entity_type, field, _parse(text))
    return shown if len(shown) <= 200 else shown[:200] + "…"


def tooltip_text(entity_type: str, field: str, text: str) -> str:
    """The whole value: a record gets a line per filled-in field."""
    value = _parse(text)
    if not isinstance(value, dict):
        return textwrap.fill(_plain(entity_type, field, value), 100)
    lines = [
        f"{key}: {_plain(entity_type, key, item)}"
        for key, item in value.items()
        if item not in (None, "", [])
    ]
    # A tooltip does not wrap plain text by itself.
    return "\n".join(textwrap.fill(line, 100, subsequent_indent="    ") for line in lines)
