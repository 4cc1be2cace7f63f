"""What a check needs to know beyond the activity itself, built once from the register document.

The UI builds one context when the register is opened (or a catalogue changes) and checks the
activity being edited against it on every keystroke, so lookups here are plain dicts.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from kgs_ropa.checks.evidence import documents
from kgs_ropa.model import vocabulary as voc
from kgs_ropa.model.texts import translation_of

T = TypeVar("T")

# Something@domain.tld, no spaces: enough to catch "jan@" or "info at kgs", not a full RFC 5322.
EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)*\.[A-Za-z]{2,}")


def is_email(value: str) -> bool:
    return EMAIL.fullmatch(value) is not None


Doc = Mapping[str, Any]


SHORT = 60


def short(value: str, limit: int = SHORT) -> str:
    """A long description cut to fit in a one-line message."""
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def words(value: str) -> str:
    """Whitespace (newlines too) folded to single spaces."""
    return " ".join(value.split())


def text(value: Any) -> str:
    """A stripped string, or "" for anything that is not text (None, a half-typed value)."""
    return value.strip() if isinstance(value, str) else ""


def items(doc: Doc, key: str) -> list[Any]:
    value = doc.get(key)
    return value if isinstance(value, list) else []


def assessed_none(doc: Doc, element: str) -> bool:
    """The activity says it has no `element` after assessing it (not merely an empty list)."""
    return element in items(doc, "assessed_none")


def objects(doc: Doc, key: str) -> list[tuple[int, Doc]]:
    """(index, item) for each object in a list, skipping anything that is not an object."""
    if type(doc) is Checked:
        return doc.objects(key)
    return _objects(doc, key)


def _objects(doc: Doc, key: str) -> list[tuple[int, Doc]]:
    # A dict first: the check against the Mapping ABC costs several times more, per item.
    value = doc.get(key)
    if not isinstance(value, list):
        return []
    return [
        (i, item) for i, item in enumerate(value) if type(item) is dict or isinstance(item, Mapping)
    ]


class Checked(dict[str, Any]):
    """An activity document while the rules read it: each list's objects are found once, not
    once per rule (some twenty times per activity). The lists are shared: a rule only reads."""

    __slots__ = ("_found",)

    def __init__(self, doc: Doc) -> None:
        super().__init__(doc)
        self._found: dict[str, list[tuple[int, Doc]]] = {}

    def objects(self, key: str) -> list[tuple[int, Doc]]:
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = _objects(self, key)
        return found


@dataclass(frozen=True)
class CategoryInfo:
    label_nl: str
    label_en: str
    special: bool = False
    criminal: bool = False


@dataclass(frozen=True)
class ProcessorInfo:
    name: str
    country: str = ""
    agreement_signed_on: str = ""
    agreement_reference: str = ""
    name_en: str = ""  # the English name, for findings in English

    @property
    def has_agreement(self) -> bool:
        return bool(self.agreement_signed_on) or documents(self.agreement_reference)


@dataclass(frozen=True)
class SystemInfo:
    name: str
    country: str = ""
    name_en: str = ""  # the English name, for findings in English


@dataclass(frozen=True)
class RecipientInfo:
    name: str
    name_en: str = ""
    type: str = ""
    country: str = ""


@dataclass(frozen=True)
class EntityInfo:
    name: str
    role: str = ""
    country: str = ""
    has_contact_details: bool = False


@dataclass(frozen=True)
class ContactInfo:
    role: str
    name: str
    has_contact_details: bool = False


@dataclass(frozen=True)
class CheckContext:
    today: date
    data_categories: Mapping[str, CategoryInfo]
    processors: Mapping[str, ProcessorInfo]
    recipients: Mapping[str, RecipientInfo]
    systems: Mapping[str, SystemInfo]
    entities: Mapping[str, EntityInfo]
    contacts: tuple[ContactInfo, ...] = ()
    # Activity code -> the types of the cookies linked to it.
    cookie_types: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # Languages besides Dutch the organisation exports in (its setting).
    export_languages: tuple[str, ...] = ()

    @classmethod
    def from_document(cls, document: Doc, today: date) -> CheckContext:
        catalogues = _mapping(document.get("catalogues"))
        organisation = _mapping(document.get("organisation"))
        return cls(
            today=today,
            data_categories={
                **STANDARD_CATEGORIES,
                **_by_code(catalogues, "data_categories", _category),
            },
            processors=_by_code(catalogues, "processors", _processor),
            recipients=_by_code(catalogues, "recipients", _recipient),
            systems=_by_code(catalogues, "systems", _system),
            entities=_by_code(organisation, "entities", _entity),
            contacts=tuple(_contact(row) for _, row in objects(organisation, "contacts")),
            cookie_types=_cookie_types(document),
            export_languages=tuple(str(x) for x in items(organisation, "export_languages")),
        )

    def category(self, code: str) -> CategoryInfo:
        """The catalogue entry, or one labelled by its code when the catalogue lacks it."""
        return self.data_categories.get(code) or CategoryInfo(code, code)


# The seeded categories a document may refer to without listing them (as load_register allows).
STANDARD_CATEGORIES = {
    seed.code: CategoryInfo(seed.nl, seed.en, seed.special, seed.criminal)
    for seed in voc.STANDARD_DATA_CATEGORIES
}


def _mapping(value: Any) -> Doc:
    return value if isinstance(value, Mapping) else {}


def _by_code(parent: Doc, key: str, build: Callable[[Doc], T]) -> dict[str, T]:
    return {text(row.get("code")): build(row) for _, row in objects(parent, key)}


def _has_contact_details(row: Doc) -> bool:
    """An address, a telephone number or an e-mail address that is one ("jan@" is not)."""
    return bool(
        text(row.get("address")) or text(row.get("phone")) or is_email(text(row.get("email")))
    )


def _category(row: Doc) -> CategoryInfo:
    code = text(row.get("code"))
    return CategoryInfo(
        label_nl=text(row.get("label_nl")) or code,
        label_en=text(row.get("label_en")) or text(row.get("label_nl")) or code,
        special=row.get("special") is True,
        criminal=row.get("criminal") is True,
    )


def _processor(row: Doc) -> ProcessorInfo:
    signed = row.get("agreement_signed_on")
    return ProcessorInfo(
        name=text(row.get("name")) or text(row.get("code")),
        country=text(row.get("country")).upper(),
        agreement_signed_on=signed.isoformat() if isinstance(signed, date) else text(signed),
        agreement_reference=text(row.get("agreement_reference")),
        name_en=translation_of(row, "name", "en"),
    )


def _system(row: Doc) -> SystemInfo:
    return SystemInfo(
        name=text(row.get("name")) or text(row.get("code")),
        country=text(row.get("country")).upper(),
        name_en=translation_of(row, "name", "en"),
    )


def _cookie_types(document: Doc) -> dict[str, frozenset[str]]:
    types: dict[str, set[str]] = defaultdict(set)
    for _, cookie in objects(document, "cookies"):
        activity = text(cookie.get("activity"))
        if activity:
            types[activity].add(text(cookie.get("type")))
    return {code: frozenset(found) for code, found in types.items()}


def _recipient(row: Doc) -> RecipientInfo:
    return RecipientInfo(
        name=text(row.get("name")) or text(row.get("code")),
        name_en=text(row.get("name_en")),
        type=text(row.get("type")),
        country=text(row.get("country")).upper(),
    )


def _entity(row: Doc) -> EntityInfo:
    return EntityInfo(
        name=text(row.get("name")),
        role=text(row.get("role")),
        country=text(row.get("country")).upper(),
        has_contact_details=_has_contact_details(row),
    )


def _contact(row: Doc) -> ContactInfo:
    return ContactInfo(
        role=text(row.get("role")),
        name=text(row.get("name")),
        has_contact_details=_has_contact_details(row),
    )
