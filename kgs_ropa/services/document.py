"""The register as one plain document (dicts and lists): the lossless JSON format.

The same document is the JSON export, the JSON import, the example register and the content of
a snapshot. Rows refer to each other by their stable `code`, never by generated ids. The format is
documented in docs/json-format.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import Text, select
from sqlalchemy.orm import Session, selectinload

from kgs_ropa.message import QT_TRANSLATE_NOOP, Message, Value, quoted
from kgs_ropa.model import (
    Activity,
    ActivityDataCategory,
    Contact,
    Cookie,
    DataCategory,
    DataSource,
    DataSubjectCategory,
    Entity,
    OrganisationSettings,
    Processor,
    ProcessorRecord,
    Purpose,
    Recipient,
    Retention,
    SecurityMeasure,
    System,
    Transfer,
    countries,
    dpia,
    periods,
)
from kgs_ropa.model import vocabulary as voc
from kgs_ropa.model.register import (
    activity_data_subject,
    activity_measure,
    activity_processor,
    activity_recipient,
    activity_system,
)
from kgs_ropa.services import standard
from kgs_ropa.storage.errors import KnownError

FORMAT = "kgs-ropa-register"
# 2: retention periods as period_amount + period_unit (version 1 had period_months).
FORMAT_VERSION = 2

Doc = dict[str, Any]


class DocumentError(KnownError, ValueError):
    """Bad input in a register document, with the path of the offending value.

    `message` is a template with named values (kgs_ropa.message), so the app can say it in the
    interface language and name the path as its forms do; str() is the English for the CLI."""

    def __init__(self, path: str, template: str, **values: Value) -> None:
        self.path = path
        self.message = Message(template, values)
        super().__init__(f"{path}: {self.message}")


class StoredCodeError(DocumentError):
    """The document adds a code the register already holds (a concurrent writer, on import)."""


# Scalar fields per table, in document order. (name, kind) with kind in str, text, bool, int, date,
# list (of strings), texts (translations: {language: {field: text}}) and an optional vocabulary
# the value must come from.
Field = tuple[str, str, voc.Vocabulary | None]

# Fields a row cannot do without; every other field falls back to the column default.
REQUIRED = {"code", "name", "label_nl", "client_controller"}
# The longest text a Text field takes: far below Excel's 32,767 characters per cell, and what
# the PDF export still lays out in seconds (docs/reliability.md). String fields: their length.
TEXT_LIMIT = 20_000
# Whole numbers (months, intervals) are never negative, nor absurdly large; a review interval
# of 0 months would make every activity due at once.
MAX_NUMBER = 1200
MINIMUM = {"review_interval_months": 1}
# A period in days needs room: 100 years of days.
MAXIMUM = {"period_amount": 36_500}


def _f(name: str, kind: str = "str", vocab: voc.Vocabulary | None = None) -> Field:
    return (name, kind, vocab)


ENTITY_FIELDS = [
    _f("code"),
    _f("name"),
    _f("role", vocab=voc.ENTITY_ROLES),
    _f("country", vocab=countries.COUNTRY_CODES),
    _f("address"),
    _f("registration_number"),
    _f("email"),
    _f("phone"),
    _f("note"),
]
CONTACT_FIELDS = [
    _f("role", vocab=voc.CONTACT_ROLES),
    _f("name"),
    _f("email"),
    _f("phone"),
    _f("address"),
    _f("note"),
]
SETTINGS_FIELDS = [
    _f("acts_as_processor", "bool"),
    _f("export_languages", "list", voc.EXPORT_LANGUAGES),
    _f("employee_count_note"),
    _f("note"),
]
NO_SETTINGS: dict[str, Any] = {
    "acts_as_processor": False,
    "export_languages": [],
    "employee_count_note": "",
    "note": "",
}
PROCESSOR_RECORD_FIELDS = [
    _f("code"),
    _f("client_controller"),
    _f("client_contact"),
    _f("client_representative"),
    _f("client_dpo"),
    _f("processing_categories"),
    _f("transfers"),
    _f("security_measures"),
    _f("translations", "texts"),
]
SUBJECT_FIELDS = [_f("code"), _f("label_nl"), _f("label_en"), _f("dpv_id", "opt")]
CATEGORY_FIELDS = [*SUBJECT_FIELDS, _f("special", "bool"), _f("criminal", "bool")]
SYSTEM_FIELDS = [
    _f("code"),
    _f("name"),
    _f("description"),
    _f("location"),
    _f("country", vocab=countries.COUNTRY_CODES),
    _f("translations", "texts"),
]
PROCESSOR_FIELDS = [
    _f("code"),
    _f("name"),
    _f("service"),
    _f("country", vocab=countries.COUNTRY_CODES),
    _f("role"),
    _f("agreement_signed_on", "date"),
    _f("agreement_reference"),
    _f("contact"),
    _f("note"),
    _f("translations", "texts"),
]
RECIPIENT_FIELDS = [
    _f("code"),
    _f("name"),
    _f("name_en"),
    _f("type", vocab=voc.RECIPIENT_TYPES),
    _f("country", vocab=countries.COUNTRY_CODES),
    _f("note"),
    _f("translations", "texts"),
]
MEASURE_FIELDS = [*SUBJECT_FIELDS, _f("kind", vocab=voc.MEASURE_KINDS)]
ACTIVITY_FIELDS = [
    _f("code"),
    _f("name"),
    _f("name_en"),
    _f("description"),
    _f("business_function"),
    _f("owner"),
    _f("status", vocab=voc.ACTIVITY_STATUSES),
    _f("joint_controllers", "list"),
    _f("assessed_none", "list", voc.ASSESSED_ELEMENTS),
    _f("rights", "list", voc.RIGHTS),
    _f("rights_note"),
    _f("security_note"),
    _f("automated_decision_making", "optbool"),  # None: not assessed
    _f("automated_decision_note"),
    _f("dpia_required", vocab=voc.DPIA_REQUIRED),
    _f("dpia_status", vocab=voc.DPIA_STATUSES),
    _f("dpia_reference"),
    _f("dpia_criteria", "list", dpia.SCREENING),
    _f("documents", "links", voc.DOCUMENT_KINDS),
    _f("dpia_screened_on", "date"),
    _f("last_reviewed_on", "date"),
    _f("last_reviewed_by"),
    _f("next_review_due", "date"),
    _f("review_interval_months", "int"),
    _f("to_be_confirmed"),
    _f("note"),
    _f("translations", "texts"),
]
PURPOSE_FIELDS = [
    _f("description"),
    _f("description_en"),
    _f("dpv_purpose", "opt"),
    _f("lawful_basis", "opt", voc.LAWFUL_BASES),
    _f("legitimate_interest"),
    _f("balancing_note"),
    _f("consent_record"),
    _f("legal_obligation_reference"),
    _f("basis_assumed", "bool"),
    _f("translations", "texts"),
]
DATA_CATEGORY_USE_FIELDS = [
    _f("art9_condition", "opt", voc.ART9_CONDITIONS),
    _f("note"),
    _f("translations", "texts"),
]
SOURCE_FIELDS = [
    _f("description"),
    _f("description_en"),
    _f("from_data_subject", "bool"),
    _f("translations", "texts"),
]
TRANSFER_FIELDS = [
    _f("country", vocab=countries.COUNTRY_CODES),
    _f("recipient"),
    _f("mechanism", "opt", voc.TRANSFER_MECHANISMS),
    _f("documentation_reference"),
    _f("adequacy_scope_confirmed", "bool"),
    _f("mechanism_assumed", "bool"),
    _f("note"),
    _f("translations", "texts"),
]
RETENTION_FIELDS = [
    _f("period"),
    _f("period_amount", "optint"),
    _f("period_unit", "opt", voc.PERIOD_UNITS),
    _f("start_event"),
    _f("legal_ground"),
    _f("criterion"),
    _f("translations", "texts"),
]
COOKIE_FIELDS = [
    _f("name"),
    _f("provider"),
    _f("purpose"),
    _f("purpose_en"),
    _f("retention"),
    _f("type", vocab=voc.COOKIE_TYPES),
    _f("translations", "texts"),
]


# ---------------------------------------------------------------------------- dump


def _dump_value(value: Any, kind: str) -> Any:
    if kind == "date":
        return value.isoformat() if value else None
    if kind == "list":
        return list(value or [])
    if kind == "links":
        return [dict(link) for link in value or []]
    if kind == "texts":
        return {lang: dict(texts) for lang, texts in (value or {}).items() if texts}
    return value


def _dump(row: Any, fields: Sequence[Field]) -> Doc:
    return {name: _dump_value(getattr(row, name), kind) for name, kind, _ in fields}


def _codes(rows: Iterable[Any]) -> list[str]:
    # Link lists have no order of their own: sorted by code, so every dump is the same.
    return sorted(r.code for r in rows)


def activity_load_options() -> list[Any]:
    """Eager loads for everything an activity document or report needs: a query per list."""
    return [
        selectinload(Activity.controller),
        selectinload(Activity.purposes),
        selectinload(Activity.data_subjects),
        selectinload(Activity.data_categories).selectinload(ActivityDataCategory.category),
        selectinload(Activity.sources),
        selectinload(Activity.systems),
        selectinload(Activity.recipients),
        selectinload(Activity.processors),
        selectinload(Activity.transfers),
        selectinload(Activity.retention).selectinload(Retention.category),
        selectinload(Activity.security_measures),
        selectinload(Activity.cookies),
    ]


def load_activities(session: Session, ids: Sequence[int] | None = None) -> list[Activity]:
    query = select(Activity).options(*activity_load_options()).order_by(Activity.code)
    if ids is not None:
        query = query.where(Activity.id.in_(ids))
    return list(session.scalars(query))


def dump_activity(activity: Activity) -> Doc:
    doc = _dump(activity, ACTIVITY_FIELDS)
    doc["controller"] = activity.controller.code if activity.controller else None
    doc["purposes"] = [_dump(p, PURPOSE_FIELDS) for p in activity.purposes]
    doc["data_subjects"] = _codes(activity.data_subjects)
    doc["data_categories"] = [
        {"category": u.category.code, **_dump(u, DATA_CATEGORY_USE_FIELDS)}
        for u in activity.data_categories
    ]
    doc["sources"] = [_dump(s, SOURCE_FIELDS) for s in activity.sources]
    doc["systems"] = _codes(activity.systems)
    doc["recipients"] = _codes(activity.recipients)
    doc["processors"] = _codes(activity.processors)
    doc["transfers"] = [_dump(t, TRANSFER_FIELDS) for t in activity.transfers]
    doc["retention"] = [
        {"category": r.category.code if r.category else None, **_dump(r, RETENTION_FIELDS)}
        for r in activity.retention
    ]
    doc["security_measures"] = _codes(activity.security_measures)
    return doc


# An activity's lists of catalogue codes: (its link table, the catalogue it links to).
LINKS: dict[str, tuple[Any, Any]] = {
    "data_subjects": (activity_data_subject, DataSubjectCategory),
    "systems": (activity_system, System),
    "recipients": (activity_recipient, Recipient),
    "processors": (activity_processor, Processor),
    "security_measures": (activity_measure, SecurityMeasure),
}


def _all(session: Session, model: type[Any], *order: Any) -> list[Any]:
    return list(session.scalars(select(model).order_by(*order)))


ACTIVITY_LISTS = [
    "purposes",
    "data_subjects",
    "data_categories",
    "sources",
    "systems",
    "recipients",
    "processors",
    "transfers",
    "retention",
    "security_measures",
]


def dump_register(
    session: Session, activity_ids: Sequence[int] | None = None, *, unlinked_cookies: bool = False
) -> Doc:
    """The whole register as a document, or only some activities and their cookies (and, with
    `unlinked_cookies`, the cookies of no activity).

    A fixed number of queries, whatever the register's size (services.dump reads them).
    """
    from kgs_ropa.services.dump import read_register  # it reads the field lists above

    return read_register(session, activity_ids, unlinked_cookies=unlinked_cookies)


# ---------------------------------------------------------------------------- load


# What a JSON value is, in words: "expected a list, got text".
_TYPE_WORDS = {
    bool: QT_TRANSLATE_NOOP("ServiceMessages", "true or false"),
    int: QT_TRANSLATE_NOOP("ServiceMessages", "a whole number"),
    float: QT_TRANSLATE_NOOP("ServiceMessages", "a number with decimals"),
    str: QT_TRANSLATE_NOOP("ServiceMessages", "text"),
    list: QT_TRANSLATE_NOOP("ServiceMessages", "a list"),
    dict: QT_TRANSLATE_NOOP("ServiceMessages", "an object"),
    type(None): QT_TRANSLATE_NOOP("ServiceMessages", "nothing (null)"),
}


def _expect(value: Any, kind: type | tuple[type, ...], path: str, what: str) -> Any:
    """`what` is a marked template ("a list"): the app translates it with the message."""
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        got = _TYPE_WORDS.get(type(value))
        raise DocumentError(
            path,
            QT_TRANSLATE_NOOP("ServiceMessages", "expected {what}, got {got}"),
            what=Message(what),
            got=Message(got) if got else type(value).__name__,
        )
    return value


TRANSLATION_LANGUAGES = ("en",)  # languages a text can be translated into


def _load_translations(value: Any, path: str) -> dict[str, dict[str, str]]:
    """{"en": {"description": "..."}}: known languages, text values."""
    _expect(value, dict, path, QT_TRANSLATE_NOOP("ServiceMessages", "an object of languages"))
    result: dict[str, dict[str, str]] = {}
    for lang, texts in value.items():
        if lang not in TRANSLATION_LANGUAGES:
            raise DocumentError(
                f"{path}.{lang}",
                QT_TRANSLATE_NOOP("ServiceMessages", "unknown language {language}"),
                language=quoted(lang),
            )
        _expect(
            texts,
            dict,
            f"{path}.{lang}",
            QT_TRANSLATE_NOOP("ServiceMessages", "an object of texts"),
        )
        for key, text in texts.items():
            _expect(text, str, f"{path}.{lang}.{key}", "text")
        if texts:
            result[lang] = dict(texts)
    return result


LINK_KEYS = ("kind", "title", "target")
LINK_TEXT_LIMIT = 2000  # a title, URL or path: long enough for any real one


def _load_links(value: Any, kinds: Any, path: str) -> list[dict[str, str]]:
    """[{"kind", "title", "target"}]: a known kind, text values, a title or a target."""
    links = []
    for i, item in enumerate(_expect(value, list, path, "a list")):
        where = f"{path}[{i}]"
        _expect(
            item,
            dict,
            where,
            QT_TRANSLATE_NOOP("ServiceMessages", "an object with kind, title and target"),
        )
        unknown = sorted(set(item) - set(LINK_KEYS))
        if unknown:
            raise DocumentError(
                f"{where}.{unknown[0]}", QT_TRANSLATE_NOOP("ServiceMessages", "unknown key")
            )
        link = {key: _expect(item.get(key, ""), str, f"{where}.{key}", "text") for key in LINK_KEYS}
        if link["kind"] not in kinds:
            raise DocumentError(
                f"{where}.kind",
                QT_TRANSLATE_NOOP("ServiceMessages", "unknown document kind {kind}"),
                kind=quoted(link["kind"]),
            )
        if not (link["title"].strip() or link["target"].strip()):
            raise DocumentError(
                where, QT_TRANSLATE_NOOP("ServiceMessages", "a document needs a title or a target")
            )
        for key in ("title", "target"):
            if len(link[key]) > LINK_TEXT_LIMIT:
                raise DocumentError(
                    f"{where}.{key}",
                    QT_TRANSLATE_NOOP("ServiceMessages", "too long: at most {limit} characters"),
                    limit=LINK_TEXT_LIMIT,
                )
        links.append(link)
    return links


def _load_value(value: Any, field: Field, path: str, limit: int | None = None) -> Any:
    name, kind, vocab = field
    if kind in ("opt", "optint", "optbool", "date") and value is None:
        return None
    if kind in ("bool", "optbool"):
        return _expect(value, bool, path, "true or false")
    if kind in ("int", "optint"):
        number = _expect(value, int, path, "a whole number")
        low, high = MINIMUM.get(name, 0), MAXIMUM.get(name, MAX_NUMBER)
        if not low <= number <= high:
            raise DocumentError(
                path,
                QT_TRANSLATE_NOOP(
                    "ServiceMessages", "must be between {low} and {high}, not {number}"
                ),
                low=low,
                high=high,
                number=number,
            )
        return number
    if kind == "date":
        _expect(value, str, path, QT_TRANSLATE_NOOP("ServiceMessages", "a date (YYYY-MM-DD)"))
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise DocumentError(
                path,
                QT_TRANSLATE_NOOP("ServiceMessages", "not a date (YYYY-MM-DD): {value}"),
                value=quoted(value),
            ) from None
    if kind == "texts":
        return _load_translations(value, path)
    if kind == "links":
        return _load_links(value, vocab, path)
    if kind == "list":
        items = _expect(value, list, path, "a list")
        for i, item in enumerate(items):
            _expect(item, str, f"{path}[{i}]", "text")
            if vocab is not None and item not in vocab:
                raise _unknown_term(f"{path}[{i}]", vocab, item)
        return list(items)
    _expect(value, str, path, "text")
    if limit is not None and len(value) > limit:
        raise DocumentError(
            path,
            QT_TRANSLATE_NOOP("ServiceMessages", "too long: {length} characters, at most {limit}"),
            length=len(value),
            limit=limit,
        )
    if vocab is not None and value not in vocab:
        raise _unknown_term(path, vocab, value)
    return value


# Each vocabulary by name, as a message says it ("unknown lawful basis 'magic'").
VOCABULARY_WORDS = {
    "activity_status": QT_TRANSLATE_NOOP("ServiceMessages", "activity status"),
    "art9_condition": QT_TRANSLATE_NOOP("ServiceMessages", "Art. 9 condition"),
    "assessed_element": QT_TRANSLATE_NOOP("ServiceMessages", "assessed element"),
    "contact_role": QT_TRANSLATE_NOOP("ServiceMessages", "contact role"),
    "cookie_type": QT_TRANSLATE_NOOP("ServiceMessages", "cookie type"),
    "country code": QT_TRANSLATE_NOOP("ServiceMessages", "country code"),
    "data_subject_right": QT_TRANSLATE_NOOP("ServiceMessages", "data subject right"),
    "document_kind": QT_TRANSLATE_NOOP("ServiceMessages", "document kind"),
    "dpia_criterion": QT_TRANSLATE_NOOP("ServiceMessages", "DPIA criterion"),
    "dpia_required": QT_TRANSLATE_NOOP("ServiceMessages", "DPIA answer"),
    "dpia_status": QT_TRANSLATE_NOOP("ServiceMessages", "DPIA status"),
    "entity_role": QT_TRANSLATE_NOOP("ServiceMessages", "entity role"),
    "export_language": QT_TRANSLATE_NOOP("ServiceMessages", "export language"),
    "lawful_basis": QT_TRANSLATE_NOOP("ServiceMessages", "lawful basis"),
    "measure_kind": QT_TRANSLATE_NOOP("ServiceMessages", "kind of measure"),
    "period_unit": QT_TRANSLATE_NOOP("ServiceMessages", "period unit"),
    "recipient_type": QT_TRANSLATE_NOOP("ServiceMessages", "recipient type"),
    "transfer_mechanism": QT_TRANSLATE_NOOP("ServiceMessages", "transfer mechanism"),
}


def _unknown_term(path: str, vocab: voc.Vocabulary, value: Any) -> DocumentError:
    word = VOCABULARY_WORDS.get(vocab.name)
    return DocumentError(
        path,
        QT_TRANSLATE_NOOP("ServiceMessages", "unknown {vocabulary} {value}"),
        vocabulary=Message(word) if word else vocab.name.replace("_", " "),
        value=quoted(value),
    )


def text_limit(model: Any, name: str) -> int | None:
    """The most characters a text field holds: its column's length, else TEXT_LIMIT."""
    return _text_limit(model, name)


@cache  # asked for every field of every row of an import
def _text_limit(model: Any, name: str) -> int | None:
    column = model.__table__.c.get(name)
    if column is None:
        return None
    length = getattr(column.type, "length", None)
    if isinstance(length, int):
        return length
    return TEXT_LIMIT if isinstance(column.type, Text) else None


def field_values(
    model: Any, data: Any, fields: Sequence[Field], path: str, required: Iterable[str] = ()
) -> Doc:
    """The checked values of the `fields` that `data` holds, for a row of `model`."""
    _expect(data, dict, path, "an object")
    values: Doc = {}
    for field in fields:
        name = field[0]
        if name not in data:
            if name in REQUIRED or name in required:
                raise DocumentError(
                    f"{path}.{name}", QT_TRANSLATE_NOOP("ServiceMessages", "missing")
                )
            continue
        value, limit = data[name], text_limit(model, name)
        # Plain text within its limit, most of a document, needs no more looking at.
        plain_text = field[1] == "str" and field[2] is None and type(value) is str
        if not (plain_text and (limit is None or len(value) <= limit)):
            value = _load_value(value, field, f"{path}.{name}", limit)
        if name in REQUIRED and not value.strip():
            raise DocumentError(
                f"{path}.{name}", QT_TRANSLATE_NOOP("ServiceMessages", "must not be empty")
            )
        values[name] = value
    return values


def _fill(
    row: Any, data: Any, fields: Sequence[Field], path: str, required: Iterable[str] = ()
) -> Any:
    for name, value in field_values(type(row), data, fields, path, required).items():
        setattr(row, name, value)
    return row


def _list(data: Doc, key: str, path: str) -> list[Any]:
    return list(_expect(data.get(key, []), list, f"{path}.{key}", "a list"))


# The word for one row of a catalogue, as the messages name it ("unknown system 'crm'"); the
# callers below pass these exact words, so the app finds their translations.
ROW_WORDS = (
    QT_TRANSLATE_NOOP("ServiceMessages", "entity"),
    QT_TRANSLATE_NOOP("ServiceMessages", "processor record"),
    QT_TRANSLATE_NOOP("ServiceMessages", "data subject category"),
    QT_TRANSLATE_NOOP("ServiceMessages", "data category"),
    QT_TRANSLATE_NOOP("ServiceMessages", "system"),
    QT_TRANSLATE_NOOP("ServiceMessages", "processor"),
    QT_TRANSLATE_NOOP("ServiceMessages", "recipient"),
    QT_TRANSLATE_NOOP("ServiceMessages", "security measure"),
    QT_TRANSLATE_NOOP("ServiceMessages", "activity"),
)


class _Codes:
    """Rows by code for one catalogue, with a clear message for an unknown reference."""

    def __init__(
        self, rows: Iterable[Any], what: str, standard: Callable[[str], Any] | None = None
    ) -> None:
        self.rows = {r.code: r for r in rows}
        self.stored = set(self.rows)  # read from the register, not added by the document
        # "KGS-01" and "kgs-01" would name one thing twice in exports read by people.
        self.folded: dict[str, Any] = {}
        for code in self.rows:
            self.folded.setdefault(str(code).casefold(), code)
        self.what = what
        # Makes a standard entry the catalogue does not hold yet (services.standard).
        self.standard = standard

    def add(self, row: Any, path: str) -> None:
        if row.code in self.stored:
            raise StoredCodeError(
                f"{path}.code",
                QT_TRANSLATE_NOOP("ServiceMessages", "{what} {code} is in the register already"),
                what=Message(self.what),
                code=quoted(row.code),
            )
        if row.code in self.rows:
            raise DocumentError(
                f"{path}.code",
                QT_TRANSLATE_NOOP("ServiceMessages", "duplicate {what} code {code}"),
                what=Message(self.what),
                code=quoted(row.code),
            )
        twin = self.folded.get(str(row.code).casefold())
        if twin is not None:
            raise DocumentError(
                f"{path}.code",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages", "{what} code {code} differs from {other} only in case"
                ),
                what=Message(self.what),
                code=quoted(row.code),
                other=quoted(twin),
            )
        self.rows[row.code] = row
        self.folded[str(row.code).casefold()] = row.code

    def get(self, code: Any, path: str) -> Any:
        if isinstance(code, list | dict):  # no code, and no key to look one up by
            _expect(code, str, path, "text")
        if code not in self.rows and self.standard is not None and isinstance(code, str):
            row = self.standard(code)
            if row is not None:
                self.rows[code] = row
                self.folded.setdefault(code.casefold(), code)
        if code not in self.rows:
            raise DocumentError(
                path,
                QT_TRANSLATE_NOOP("ServiceMessages", "unknown {what} {code}"),
                what=Message(self.what),
                code=quoted(code),
            )
        return self.rows[code]

    def many(self, codes: Any, path: str) -> list[Any]:
        _expect(codes, list, path, QT_TRANSLATE_NOOP("ServiceMessages", "a list of codes"))
        _reject_repeats(codes, path, self.what)
        return [self.get(c, f"{path}[{i}]") for i, c in enumerate(codes)]


def _reject_repeats(codes: Sequence[Any], path: str, what: str) -> None:
    seen: set[Any] = set()
    for i, code in enumerate(codes):
        if isinstance(code, str) and code in seen:
            raise DocumentError(
                f"{path}[{i}]",
                QT_TRANSLATE_NOOP("ServiceMessages", "{what} {code} is listed twice"),
                what=Message(what),
                code=quoted(code),
            )
        if isinstance(code, str):  # anything else is refused where it is looked up
            seen.add(code)


def _standard(session: Session, model: type[Any]) -> Callable[[str], Any] | None:
    """For the catalogues with standard entries: a maker of the entry for a code, else None."""
    if model not in standard.SEEDS:
        return None
    return lambda code: standard.add_standard(session, model, code)


def _load_catalogue(
    session: Session, doc: Doc, key: str, model: type[Any], fields: Sequence[Field], what: str
) -> _Codes:
    codes = _Codes(_all(session, model, model.id), what, _standard(session, model))
    path = f"catalogues.{key}"
    catalogues = _expect(doc.get("catalogues", {}), dict, "catalogues", "an object")
    items = _list(catalogues, key, "catalogues")
    _reject_repeats([i.get("code") if isinstance(i, dict) else None for i in items], path, what)
    for i, item in enumerate(items):
        code = item.get("code") if isinstance(item, dict) else None
        if code in codes.rows:  # already seeded: the document's labels win
            _fill(codes.rows[code], item, fields, f"{path}[{i}]")
            continue
        row = _fill(model(), item, fields, f"{path}[{i}]")
        codes.add(row, f"{path}[{i}]")
        session.add(row)
    return codes


def load_register(session: Session, doc: Any, activities: Iterable[Any] | None = None) -> None:
    """Add a whole document to the session; the caller's transaction makes it all or nothing.

    Raises DocumentError naming the first bad value. Meant for an empty register (catalogue rows
    that already exist, such as the seeded vocabularies, are updated rather than duplicated).
    `activities`, when given, stands for the document's own list: a file's activities read one
    at a time, never all in memory (importers.json_file).
    """
    check_format(doc)
    upgrade_periods(doc)
    organisation = _expect(doc.get("organisation", {}), dict, "organisation", "an object")

    settings = session.scalars(select(OrganisationSettings)).first() or OrganisationSettings()
    session.add(_fill(settings, organisation, SETTINGS_FIELDS, "organisation"))
    entities = _Codes(_all(session, Entity, Entity.id), "entity")
    for i, item in enumerate(_list(organisation, "entities", "organisation")):
        row = _fill(Entity(), item, ENTITY_FIELDS, f"organisation.entities[{i}]")
        entities.add(row, f"organisation.entities[{i}]")
        session.add(row)
    for i, item in enumerate(_list(organisation, "contacts", "organisation")):
        path = f"organisation.contacts[{i}]"
        contact = _fill(Contact(), item, CONTACT_FIELDS, path, required=["role"])
        if item.get("entity") is not None:
            session.flush()
            contact.entity_id = entities.get(item["entity"], f"{path}.entity").id
        session.add(contact)
    records = _Codes([], "processor record")
    for i, item in enumerate(_list(organisation, "processor_records", "organisation")):
        path = f"organisation.processor_records[{i}]"
        row = _fill(ProcessorRecord(), item, PROCESSOR_RECORD_FIELDS, path)
        records.add(row, path)
        session.add(row)

    refs = References(
        entities=entities,
        subjects=_load_catalogue(
            session,
            doc,
            "data_subject_categories",
            DataSubjectCategory,
            SUBJECT_FIELDS,
            "data subject category",
        ),
        categories=_load_catalogue(
            session, doc, "data_categories", DataCategory, CATEGORY_FIELDS, "data category"
        ),
        systems=_load_catalogue(session, doc, "systems", System, SYSTEM_FIELDS, "system"),
        processors=_load_catalogue(
            session, doc, "processors", Processor, PROCESSOR_FIELDS, "processor"
        ),
        recipients=_load_catalogue(
            session, doc, "recipients", Recipient, RECIPIENT_FIELDS, "recipient"
        ),
        measures=_load_catalogue(
            session, doc, "security_measures", SecurityMeasure, MEASURE_FIELDS, "security measure"
        ),
    )

    # Written in bulk, not through the unit of work (services.bulk_activities, which builds on
    # this module: imported here).
    from kgs_ropa.services.bulk_activities import add_activities

    unknown = _Unknown()
    items = _list(doc, "activities", "$") if activities is None else unknown.watch(activities)
    added = add_activities(session, items, refs)
    for i, item in enumerate(_list(doc, "cookies", "$")):
        path = f"cookies[{i}]"
        cookie = _fill(Cookie(position=i), item, COOKIE_FIELDS, path)
        if item.get("activity") is not None:
            cookie.activity_id = added.get(item["activity"], f"{path}.activity").id
        session.add(cookie)
    session.flush()
    # A key this version does not know (a newer file, a typo) is refused, never dropped.
    for key, value in doc.items():
        if key == "activities" and unknown.first is not None:
            raise unknown.first
        _reject_unknown({key: value}, SHAPE, "$")


def check_format(doc: Any) -> None:
    """A register document of a version this one reads, or DocumentError."""
    _expect(
        doc, dict, "$", QT_TRANSLATE_NOOP("ServiceMessages", "a register document (a JSON object)")
    )
    if doc.get("format") != FORMAT:
        raise DocumentError(
            "format",
            QT_TRANSLATE_NOOP(
                "ServiceMessages", "not a KGS ROPA register document (expected {format})"
            ),
            format=quoted(FORMAT),
        )
    version = doc.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise DocumentError(
            "format_version",
            QT_TRANSLATE_NOOP("ServiceMessages", "unsupported version {version}"),
            version=quoted(version),
        )


class _Unknown:
    """The first unknown key among activities read as they go: said after every other
    problem, where the whole document's check would say it."""

    def __init__(self) -> None:
        self.first: DocumentError | None = None

    def watch(self, activities: Iterable[Any]) -> Iterator[Any]:
        shape = SHAPE["activities"]
        for i, item in enumerate(activities):
            if self.first is None:
                try:
                    _reject_unknown([item], shape, "activities", i)
                except DocumentError as error:
                    self.first = error
            yield item


def _keys(fields: Sequence[Field], *more: str) -> dict[str, Any]:
    return dict.fromkeys([*(name for name, _, _ in fields), *more])


# The keys a document may hold: objects by key, lists as their items' shape, None for values
# not looked into (texts, lists of codes, translations: whatever language fields they hold).
SHAPE: dict[str, Any] = {
    **_keys([], "format", "format_version"),
    "organisation": {
        **_keys(SETTINGS_FIELDS),
        "entities": [_keys(ENTITY_FIELDS)],
        "contacts": [_keys(CONTACT_FIELDS, "entity")],
        "processor_records": [_keys(PROCESSOR_RECORD_FIELDS)],
    },
    "catalogues": {
        "data_subject_categories": [_keys(SUBJECT_FIELDS)],
        "data_categories": [_keys(CATEGORY_FIELDS)],
        "systems": [_keys(SYSTEM_FIELDS)],
        "processors": [_keys(PROCESSOR_FIELDS)],
        "recipients": [_keys(RECIPIENT_FIELDS)],
        "security_measures": [_keys(MEASURE_FIELDS)],
    },
    "activities": [
        {
            **_keys(ACTIVITY_FIELDS, "controller", *ACTIVITY_LISTS),
            "purposes": [_keys(PURPOSE_FIELDS)],
            "data_categories": [_keys(DATA_CATEGORY_USE_FIELDS, "category")],
            "sources": [_keys(SOURCE_FIELDS)],
            "transfers": [_keys(TRANSFER_FIELDS)],
            "retention": [_keys(RETENTION_FIELDS, "category")],
        }
    ],
    "cookies": [_keys(COOKIE_FIELDS, "activity")],
}


def _reject_unknown(value: Any, shape: Any, path: str, first: int = 0) -> None:
    """`first`: the index of a list's first item (one item of a longer list)."""
    if isinstance(value, dict) and isinstance(shape, dict):
        for key, item in value.items():
            if key not in shape:
                where = key if path == "$" else f"{path}.{key}"
                raise DocumentError(
                    where,
                    QT_TRANSLATE_NOOP(
                        "ServiceMessages", "unknown field (made by a newer version?)"
                    ),
                )
            if shape[key] is not None:  # values not looked into: no call for each
                _reject_unknown(item, shape[key], key if path == "$" else f"{path}.{key}")
    elif isinstance(value, list) and isinstance(shape, list) and shape and shape[0]:
        for i, item in enumerate(value, first):
            _reject_unknown(item, shape[0], f"{path}[{i}]")


@dataclass
class References:
    """The catalogue rows an activity document may refer to, by code."""

    entities: _Codes
    subjects: _Codes
    categories: _Codes
    systems: _Codes
    processors: _Codes
    recipients: _Codes
    measures: _Codes

    @classmethod
    def from_session(cls, session: Session) -> References:
        def codes(model: type[Any], what: str) -> _Codes:
            return _Codes(_all(session, model, model.id), what, _standard(session, model))

        return cls(
            entities=codes(Entity, "entity"),
            subjects=codes(DataSubjectCategory, "data subject category"),
            categories=codes(DataCategory, "data category"),
            systems=codes(System, "system"),
            processors=codes(Processor, "processor"),
            recipients=codes(Recipient, "recipient"),
            measures=codes(SecurityMeasure, "security measure"),
        )


def fill_activity(
    activity: Activity, item: Any, refs: References, path: str = "activity"
) -> Activity:
    """Set every field and list of `activity` from an activity document (cookies excepted).

    For an activity already in the database, load it with activity_load_options() first: the
    old lists must be loaded to be replaced.
    """
    _fill(activity, item, ACTIVITY_FIELDS, path)
    controller = item.get("controller")
    activity.controller = (
        refs.entities.get(controller, f"{path}.controller") if controller else None
    )
    activity.purposes = [
        _fill(
            Purpose(position=j),
            p,
            PURPOSE_FIELDS,
            f"{path}.purposes[{j}]",
            required=["description"],
        )
        for j, p in enumerate(_list(item, "purposes", path))
    ]
    activity.data_subjects = refs.subjects.many(
        item.get("data_subjects", []), f"{path}.data_subjects"
    )
    uses = _list(item, "data_categories", path)
    _reject_repeats(
        [u.get("category") if isinstance(u, dict) else None for u in uses],
        f"{path}.data_categories",
        "data category",
    )
    # Keep the stored row of each category the activity keeps: a new row per save would be
    # inserted before the old one is deleted, against the unique (activity, category) key.
    stored = {use.category.code: use for use in activity.data_categories}
    activity.data_categories = [
        _load_category_use(u, j, refs.categories, f"{path}.data_categories[{j}]", stored)
        for j, u in enumerate(uses)
    ]
    activity.sources = [
        _fill(
            DataSource(position=j),
            s,
            SOURCE_FIELDS,
            f"{path}.sources[{j}]",
            required=["description"],
        )
        for j, s in enumerate(_list(item, "sources", path))
    ]
    activity.systems = refs.systems.many(item.get("systems", []), f"{path}.systems")
    activity.recipients = refs.recipients.many(item.get("recipients", []), f"{path}.recipients")
    activity.processors = refs.processors.many(item.get("processors", []), f"{path}.processors")
    activity.transfers = [
        _fill(Transfer(position=j), t, TRANSFER_FIELDS, f"{path}.transfers[{j}]")
        for j, t in enumerate(_list(item, "transfers", path))
    ]
    activity.retention = [
        _load_retention(r, j, refs.categories, f"{path}.retention[{j}]")
        for j, r in enumerate(_list(item, "retention", path))
    ]
    activity.security_measures = refs.measures.many(
        item.get("security_measures", []), f"{path}.security_measures"
    )
    return activity


def _load_category_use(
    data: Any, position: int, categories: _Codes, path: str, stored: dict[str, Any]
) -> Any:
    category = categories.get(
        data.get("category") if isinstance(data, dict) else None, f"{path}.category"
    )
    use = stored.get(category.code) or ActivityDataCategory(category=category)
    use.position = position
    use.art9_condition, use.note = None, ""
    return _fill(use, data, DATA_CATEGORY_USE_FIELDS, path)


def upgrade_periods(doc: Any) -> None:
    """Version 1 kept a retention period in months: the same period as amount and unit, in place.

    Any rule that still has `period_months` is read so (history entries replay into version-1
    shaped rows too), and the key is gone afterwards."""
    activities = doc.get("activities", []) if isinstance(doc, dict) else []
    for activity in activities if isinstance(activities, list) else []:
        upgrade_activity(activity)


def upgrade_activity(activity: Any) -> None:
    """upgrade_periods for one activity document."""
    rules = activity.get("retention", []) if isinstance(activity, dict) else []
    for rule in rules if isinstance(rules, list) else []:
        if isinstance(rule, dict):
            legacy_period(rule)


def legacy_period(rule: Doc) -> None:
    if "period_months" not in rule:
        return
    months = rule.pop("period_months")
    if isinstance(months, int) and not isinstance(months, bool) and "period_amount" not in rule:
        rule["period_amount"], rule["period_unit"] = periods.from_months(months)
    elif months is not None and "period_amount" not in rule:
        rule["period_amount"] = months  # not a number: refused with the path of the value


def require_whole_period(amount: Any, unit: Any, path: str) -> None:
    """An amount without its unit (or the reverse) says no period at all."""
    if (amount is None) != (unit is None):
        missing = "period_unit" if unit is None else "period_amount"
        raise DocumentError(
            f"{path}.{missing}",
            QT_TRANSLATE_NOOP("ServiceMessages", "a period needs both an amount and a unit"),
        )


def _load_retention(data: Any, position: int, categories: _Codes, path: str) -> Any:
    rule = _fill(Retention(position=position), data, RETENTION_FIELDS, path)
    require_whole_period(rule.period_amount, rule.period_unit, path)
    if data.get("category") is not None:
        rule.category = categories.get(data["category"], f"{path}.category")
    return rule
