"""History values as a person reads them: entity types as words, codes as labels, no JSON.

The history stores values as JSON text (kgs_ropa.services.history.display unquotes plain text and
joins lists of codes). A created record arrives as a JSON object: the table shows its name, the
tooltip every filled-in field on its own line.
"""

from __future__ import annotations

import json
import re
import textwrap
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from kgs_ropa.model import countries
from kgs_ropa.model import vocabulary as voc
from kgs_ropa.model.dates import format_date
from kgs_ropa.model.links import file_name, is_url
from kgs_ropa.model.periods import describe
from kgs_ropa.model.texts import translation_of
from kgs_ropa.ui.field_labels import history_field_label
from kgs_ropa.ui.i18n import QT_TRANSLATE_NOOP, current
from kgs_ropa.ui.lookups import Lookups

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
# Fields whose empty value is an answer of its own: the question was not assessed.
_UNANSWERED = {"automated_decision_making": QT_TRANSLATE_NOOP("HistoryModel", "not assessed")}
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
    "period_unit": voc.PERIOD_UNITS,
    "assessed_none": voc.ASSESSED_ELEMENTS,
}
# "type" and "role" mean different things per record.
_BY_ENTITY: dict[tuple[str, str], voc.Vocabulary] = {
    ("recipient", "type"): voc.RECIPIENT_TYPES,
    ("cookie", "type"): voc.COOKIE_TYPES,
    ("contact", "role"): voc.CONTACT_ROLES,
    ("entity", "role"): voc.ENTITY_ROLES,
}
# Fields that hold catalogue codes, and the kind of catalogue row each names.
CATALOGUE_FIELDS = {
    "controller": "entity",
    "entity": "entity",
    "data_subjects": "data_subject",
    "data_categories": "data_category",
    "category": "data_category",
    "data_category": "data_category",
    "systems": "system",
    "recipients": "recipient",
    "processors": "processor",
    "security_measures": "measure",
}
# language -> kind -> code -> label, from the register on screen (use_catalogue_labels).
_CATALOGUE_LABELS: dict[str, dict[str, dict[str, str]]] = {}
_INDEX = re.compile(r"\[\d+\]")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(T00:00:00)?$")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def entity_type_label(entity_type: str) -> str:
    """ "activity_data_category" -> "Data category of activity" (in the interface language)."""
    label = ENTITY_TYPES.get(entity_type)
    return _tr(label) if label else entity_type.replace("_", " ")


# History entity types that are catalogue rows, and the kind of catalogue row each is.
_ENTITY_CATALOGUES = {
    "data_category": "data_category",
    "data_subject_category": "data_subject",
    "system": "system",
    "processor": "processor",
    "recipient": "recipient",
    "security_measure": "measure",
    "entity": "entity",
}


def entity_text(entity_type: str, key: str) -> str:
    """ "Security measure Encrypted access" rather than the row's code ("encrypted_access")."""
    kind = _ENTITY_CATALOGUES.get(entity_type)
    shown = _catalogue_label(kind, key) if kind else key
    return f"{entity_type_label(entity_type)} {shown}"


def field_label(field: str, entity_type: str = "") -> str:
    """A field as the form labels it: "label_en" -> "Name (English)", "purposes[0].lawful_basis"
    -> "Purpose 1 › Lawful basis"."""
    return history_field_label(entity_type, field)


def _field_name(field: str) -> str:
    return _INDEX.sub("", field).rsplit(".", 1)[-1]


def use_catalogue_labels(lookups: Lookups) -> None:
    """Name catalogue rows by their labels, as the editor does, rather than by their codes."""
    _CATALOGUE_LABELS.clear()
    for lang in ("nl", "en"):
        _CATALOGUE_LABELS[lang] = {
            kind: lookups.labels(kind, lang) for kind in set(CATALOGUE_FIELDS.values())
        }


def _catalogue_label(kind: str, code: str) -> str:
    labels = _CATALOGUE_LABELS.get(current(), {}).get(kind, {})
    parts = code.split(", ")  # a list of codes arrives joined
    return ", ".join(labels.get(part, part) for part in parts)


def _code_label(entity_type: str, field: str, code: str) -> str:
    name = _field_name(field)
    if name == "country":
        return countries.country_label(code, current())
    if name in CATALOGUE_FIELDS:
        return _catalogue_label(CATALOGUE_FIELDS[name], code)
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
    for key in ("description", "code", "data_category", "category", "recipient", "period"):
        if record.get(key) and key in CATALOGUE_FIELDS:
            return _catalogue_label(CATALOGUE_FIELDS[key], str(record[key]))
        if record.get(key):
            return str(record[key])
    return ""


def _document(link: dict[str, Any]) -> str:
    """A linked document as the editor lists it: its kind, its title, its file's name or its
    address."""
    kind = voc.DOCUMENT_KINDS.label(str(link.get("kind") or "other"), current())
    target = str(link.get("target") or "")
    shown = file_name(target) if target and not is_url(target) else target
    return f"{kind}: " + " — ".join(v for v in (str(link.get("title") or ""), shown) if v)


def _retention_rule(rule: dict[str, Any]) -> str:
    """A retention rule as the details pane reads it ("Camera images: 28 days"): its category
    alone said nothing of the period."""
    lang = current()
    what = (
        _catalogue_label("data_category", str(rule.get("category") or ""))
        if rule.get("category")
        else ""
    )
    words = translation_of(rule, "period", lang) or str(rule.get("period") or "")
    period = describe(rule, words, lang)
    return f"{what}: {period}" if what and period else what or period


def _plain(entity_type: str, field: str, value: Any) -> str:
    """One value on one line."""
    if value in (None, "") and _field_name(field) in _UNANSWERED:  # the table gets "" for null
        return _tr(_UNANSWERED[_field_name(field)])
    if value is None:
        return ""
    if isinstance(value, bool):
        return _tr(_YES) if value else _tr(_NO)
    if isinstance(value, str) and _ISO_DATE.match(value):
        return format_date(date.fromisoformat(value[:10]), current())
    if isinstance(value, str):
        return _code_label(entity_type, field, value)
    if isinstance(value, dict) and _field_name(field) == "documents":
        return _document(value)
    if isinstance(value, dict) and _field_name(field) == "retention":
        return _retention_rule(value)
    if isinstance(value, dict):
        return _title(value) or "; ".join(
            f"{field_label(key, entity_type)}: {_plain(entity_type, key, item)}"
            for key, item in value.items()
            if item
        )
    if isinstance(value, list):
        return ", ".join(_plain(entity_type, field, item) for item in value)
    return str(value)


def value_text(entity_type: str, field: str, value: Any) -> str:
    """A value of a register document (not recorded JSON text) as the editor shows it."""
    return _plain(entity_type, field, value)


def full_text(entity_type: str, field: str, text: str) -> str:
    """The whole value on one line, however long (for an export)."""
    return _plain(entity_type, field, _parse(text))


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
        f"{field_label(key, entity_type)}: {_plain(entity_type, key, item)}"
        for key, item in value.items()
        if item not in (None, "", [], {})
    ]
    # A tooltip does not wrap plain text by itself.
    return "\n".join(textwrap.fill(line, 100, subsequent_indent="    ") for line in lines)


def detail_rows(
    entity_type: str, field: str, before: str, after: str
) -> list[tuple[str, str, str]]:
    """(field label, before, after) per field: one row for a changed field, a row per filled-in
    field for a record that was created or deleted. Values as recorded (JSON text)."""
    return value_rows(entity_type, field, _parse(before), _parse(after))


def value_rows(
    entity_type: str, field: str, old: Any, new: Any, prefix: str = ""
) -> list[tuple[str, str, str]]:
    """detail_rows for values of a register document; a record's keys are labelled as fields
    under `prefix` ("transfers[0]": "Transfer 1 › Country")."""
    if isinstance(old, dict) or isinstance(new, dict):
        old = old if isinstance(old, dict) else {}
        new = new if isinstance(new, dict) else {}
        keys = list(dict.fromkeys([*old, *new]))
        rows = [
            (
                field_label(f"{prefix}.{key}" if prefix else key, entity_type),
                _plain(entity_type, key, old.get(key)),
                _plain(entity_type, key, new.get(key)),
            )
            for key in keys
        ]
        return [row for row in rows if row[1] or row[2]]
    label = field_label(field, entity_type) if field else entity_type_label(entity_type)
    return [(label, _plain(entity_type, field, old), _plain(entity_type, field, new))]
