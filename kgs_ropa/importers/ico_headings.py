"""Column headings of registers kept in a spreadsheet (ICO template, Dutch and English
variants, our own register sheet) and the register element each one means."""

from __future__ import annotations

import re

from kgs_ropa.reports.activity import REGISTER_COLUMNS
from kgs_ropa.reports.labels import LABELS

# element -> headings that mean it (normalised: lower case, single spaces, no punctuation)
_ALIASES: dict[str, list[str]] = {
    "code": ["code", "id", "nr", "nummer", "ref", "reference"],
    "activity": [
        "processing activity",
        "name of processing activity",
        "activity",
        "verwerking",
        "verwerkingsactiviteit",
        "naam verwerking",
        "naam van de verwerking",
    ],
    "business_function": ["business function", "afdeling", "bedrijfsfunctie", "department"],
    "description": ["description", "omschrijving", "beschrijving"],
    "purposes": [
        "purpose of the processing",
        "purpose",
        "purposes",
        "doel",
        "doeleinden",
        "doel van de verwerking",
        "doelen",
    ],
    "joint_controllers": [
        "joint controller",
        "name and contact details of joint controller",
        "gezamenlijke verwerkingsverantwoordelijke",
    ],
    "data_subjects": [
        "categories of individuals",
        "categories of data subjects",
        "data subjects",
        "categorieen betrokkenen",
        "betrokkenen",
    ],
    "data_categories": [
        "categories of personal data",
        "personal data",
        "categorieen persoonsgegevens",
        "persoonsgegevens",
    ],
    "recipients": [
        "categories of recipients",
        "recipients",
        "categorieen ontvangers",
        "ontvangers",
    ],
    "processors": [
        "link to contract with processor",
        "processors",
        "processor",
        "verwerkers",
        "verwerker",
    ],
    "third_countries": [
        "names of third countries or international organisations that personal data are "
        "transferred to",
        "third countries",
        "derde landen",
        "doorgifte naar derde landen",
    ],
    "transfer_safeguards": [
        "safeguards for exceptional transfers of personal data to third countries or "
        "international organisations",
        "safeguards",
        "waarborgen",
        "doorgiftemechanisme",
    ],
    "retention": [
        "retention schedule",
        "retention period",
        "retention",
        "bewaartermijn",
        "bewaartermijnen",
    ],
    "security_measures": [
        "general description of technical and organisational security measures",
        "security measures",
        "beveiligingsmaatregelen",
        "technische en organisatorische maatregelen",
    ],
    "lawful_basis": [
        "article 6 lawful basis for processing personal data",
        "lawful basis",
        "article 6 lawful basis",
        "rechtsgrond",
        "grondslag",
        "rechtsgrondslag",
    ],
    "art9_condition": [
        "article 9 basis for processing special category data",
        "article 9 basis",
        "uitzonderingsgrond",
    ],
    "legitimate_interest": [
        "legitimate interests for the processing",
        "legitimate interests",
        "legitimate interest",
        "gerechtvaardigd belang",
    ],
    "rights_note": ["rights available to individuals", "rechten van betrokkenen", "rechten"],
    "automated_decisions": [
        "existence of automated decision making including profiling",
        "automated decision making",
        "geautomatiseerde besluitvorming",
    ],
    "sources": ["source of personal data", "source", "bron", "bron van de gegevens"],
    "storage_location": ["location of personal data", "location", "opslaglocatie", "locatie"],
    "dpia_required": [
        "data protection impact assessment required",
        "dpia required",
        "dpia vereist",
    ],
    "dpia_status": [
        "data protection impact assessment progress",
        "dpia progress",
        "voortgang dpia",
    ],
    "dpia_reference": [
        "link to data protection impact assessment",
        "link to dpia",
        "verwijzing dpia",
    ],
    "consent_record": ["link to record of consent", "vastlegging toestemming"],
    "owner": ["owner", "eigenaar"],
    "note": ["note", "notes", "opmerking", "opmerkingen"],
}


def normalise(heading: object) -> str:
    text = str(heading).lower()
    text = text.translate(str.maketrans("ëéèïöüäá", "eeeiouaa"))
    text = re.sub(r"\(.*?\)", " ", text)
    text = re.sub(r"[^a-z0-9 ]+", " ", text)
    return " ".join(text.split())


def _table() -> dict[str, str]:
    table = {normalise(alias): key for key, aliases in _ALIASES.items() for alias in aliases}
    for key, _ in REGISTER_COLUMNS:  # our own register sheet, in both languages
        for text in LABELS[key]:
            table.setdefault(normalise(text), key)
    return table


HEADINGS = _table()


def element_of(heading: object) -> str | None:
    """The register element a heading stands for, or None when it is not recognised."""
    if heading is None:
        return None
    text = normalise(heading)
    if not text:
        return None
    if text in HEADINGS:
        return HEADINGS[text]
    # "Purpose(s) of the processing - see guidance": the longest known heading it starts with
    candidates = [alias for alias in HEADINGS if len(alias) > 3 and text.startswith(alias)]
    return HEADINGS[max(candidates, key=len)] if candidates else None
