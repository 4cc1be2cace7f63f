"""The block above a template's headings: the controller (or processor), the DPO and the
representative with name, address, e-mail and telephone, read into the organisation.

Two layouts are read: a small table (a row of field labels, then one row per role, as the ICO
templates have it) and label / value pairs ("Naam verwerkingsverantwoordelijke" | "Acme BV").
Any other text of the block is kept in the organisation's note with its row."""

from __future__ import annotations

from typing import Any

from kgs_ropa.importers.heading_sets import SECTION_TITLES
from kgs_ropa.importers.headings import normalise

Doc = dict[str, Any]

_ROLES = {
    "controller": [
        "controller",
        "data controller",
        "processor",
        "data processor",
        "organisation",
        "verwerkingsverantwoordelijke",
        "organisatie",
        "verwerker",
        "responsable du traitement",
        "responsable de traitement",
        "organisme",
        "nom de l organisme",
    ],
    "dpo": [
        "data protection officer",
        "dpo",
        "functionaris gegevensbescherming",
        "functionaris voor de gegevensbescherming",
        "fg",
        "delegue a la protection des donnees",
        "dpd",
    ],
    "representative": ["representative", "vertegenwoordiger", "representant"],
}
_FIELDS = {
    "name": ["name", "naam", "nom", "contact name"],
    "address": ["address", "adres", "adresse", "postal address", "postadres"],
    "email": [
        "email",
        "e mail",
        "email address",
        "e mail address",
        "e mailadres",
        "courriel",
        "adresse de messagerie",
        "adresse electronique",
    ],
    "phone": ["telephone", "phone", "telephone number", "telefoon", "telefoonnummer", "tel"],
}
_TITLES = {normalise(t) for t in SECTION_TITLES}
_WORDS = [("role", k, w) for k, ws in _ROLES.items() for w in ws] + [
    ("field", k, w) for k, ws in _FIELDS.items() for w in ws
]


def _parse_label(text: str) -> tuple[str | None, str | None]:
    """(role, field) named by a label such as "Name of the controller" or "Adres FG"."""
    plain = f" {normalise(text)} "
    role = field = None
    for kind, key, word in sorted(_WORDS, key=lambda w: -len(w[2])):
        if f" {word} " in plain:
            if kind == "role" and role is None:
                role = key
            elif kind == "field" and field is None:
                field = key
            plain = plain.replace(f" {word} ", " ")
    leftover = set(plain.split()) - {"of", "the", "van", "de", "du", "la", "le", "and", "en", "et"}
    return (role, field) if not leftover else (None, None)


def _cells(row: tuple[Any, ...]) -> list[tuple[int, str]]:
    return [(i, str(v).strip()) for i, v in enumerate(row) if v is not None and str(v).strip()]


def read_header_block(rows: list[tuple[Any, ...]], sheet: str) -> tuple[Doc, list[str]]:
    """The organisation part of a register document, and what the block said besides."""
    found: dict[str, dict[str, str]] = {}
    columns: dict[int, str] = {}  # column -> field, from a row of field labels
    leftovers: list[str] = []
    for number, row in enumerate(rows, 1):
        cells = _cells(row)
        labels = [(i, _parse_label(t)) for i, t in cells]
        if sum(1 for _, (r, f) in labels if r is None and f is not None) >= 2:
            columns = {i: f for i, (r, f) in labels if r is None and f is not None}
            continue
        used = _read_row(cells, labels, columns, found)
        leftovers += [
            f"{sheet} row {number}: {t}"
            for i, t in cells
            if i not in used and normalise(t) not in _TITLES
        ]
    return _organisation(found, leftovers), leftovers


def _read_row(
    cells: list[tuple[int, str]],
    labels: list[tuple[int, tuple[str | None, str | None]]],
    columns: dict[int, str],
    found: dict[str, dict[str, str]],
) -> set[int]:
    """Read one row of the block; the columns it used."""
    if not cells:
        return set()
    first, (role, field) = labels[0]
    if role is None:
        return set()
    values = cells[1:]
    if columns and field is None:  # a role row of the table
        for i, text in values:
            if i in columns:
                found.setdefault(role, {})[columns[i]] = text
        return {first} | {i for i, _ in values if i in columns}
    if values:  # label | value
        found.setdefault(role, {})[field or "name"] = values[0][1]
        return {first, values[0][0]}
    return set()


def _organisation(found: dict[str, dict[str, str]], leftovers: list[str]) -> Doc:
    entities, contacts = [], []
    controller = found.get("controller", {})
    if controller.get("name"):
        entities.append(
            {
                "code": "org",
                "name": controller["name"],
                "role": "controller",
                "address": controller.get("address", ""),
                "email": controller.get("email", ""),
                "phone": controller.get("phone", ""),
            }
        )
    elif controller:
        leftovers += [f"controller {k}: {v}" for k, v in controller.items()]
    for role in ("dpo", "representative"):
        details = found.get(role)
        if details:
            contacts.append(
                {
                    "role": role,
                    "name": details.get("name", ""),
                    "address": details.get("address", ""),
                    "email": details.get("email", ""),
                    "phone": details.get("phone", ""),
                }
            )
    return {"entities": entities, "contacts": contacts}
