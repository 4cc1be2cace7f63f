"""Registers on the published templates come in with nothing lost: every non-empty cell is in a
field or in a note naming its column, the header block is in the organisation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import import_templates as templates
import pytest

from kgs_ropa.importers.file_import import import_file
from kgs_ropa.importers.headings import normalise
from kgs_ropa.importers.sheet_values import items
from kgs_ropa.services.connect import connect
from kgs_ropa.services.document import dump_register
from kgs_ropa.services.setup import initialise
from kgs_ropa.storage.database import Database

# Columns whose value becomes a code (a lawful basis, a country): checked one by one below.
CODED = {
    "Article 6 lawful basis for processing personal data",
    "Names of third countries or international organisations that personal data are "
    "transferred to (if applicable)",
    "Existence of automated decision-making, including profiling (if applicable)",
    "Data Protection Impact Assessment required?",
    "Rechtsgrond",
    "Doorgifte buiten de EER",
    "Pays",
}


@pytest.fixture
def empty(tmp_path: Path) -> Database:
    database = connect(str(tmp_path / "empty.sqlite"))
    initialise(database)
    return database


def _document(db: Database) -> dict[str, Any]:
    with db.reading() as session:
        return dump_register(session)


def _strings(node: Any) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for v in node.values() for s in _strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return []


def _found(value: str, text: str) -> bool:
    """A cell is kept when its text, or each of its lines, is somewhere in the register."""
    if normalise(value) in text:
        return True
    parts = [p.split(":", 1)[-1] if p.lower().startswith("oui") else p for p in items(value)]
    return all(normalise(p) in text for p in parts)


def lost_values(filled: templates.Filled, document: dict[str, Any]) -> list[str]:
    text = "\n".join(normalise(s) for s in _strings(document))
    lost = []
    for number, row in enumerate(filled.rows, filled.header_row + 1):
        for heading, value in zip(filled.headings, row, strict=True):
            if heading not in CODED and value and not _found(value, text):
                lost.append(f"row {number} {heading!r}: {value!r}")
    return lost


def test_ico_controller_template_imports_with_nothing_lost(empty: Database, tmp_path: Path) -> None:
    filled = templates.ico_controller(tmp_path)
    result = import_file(empty, filled.path)
    assert result.mapping is not None and result.mapping.template == "ico-controller"
    document = _document(empty)
    assert lost_values(filled, document) == []
    recruitment, sales, newsletter = document["activities"]
    # the breach column is a note, not the categories: health data stays, with its condition
    uses = {u["category"]: u for u in recruitment["data_categories"]}
    assert set(uses) == {"name", "email", "cv", "health"}
    assert uses["health"]["art9_condition"] == "employment"
    assert "Personal data breach?: Yes - March 2024" in recruitment["note"]
    # two lawful bases in one cell: one purpose per basis, none dropped
    assert [p["lawful_basis"] for p in recruitment["purposes"]] == [
        "contract",
        "legal_obligation",
    ]
    assert [p["lawful_basis"] for p in sales["purposes"]] == ["contract", "legitimate_interests"]
    assert sales["purposes"][1]["balancing_note"].endswith("/lia/account-management.docx")
    assert newsletter["purposes"][0]["consent_record"].endswith("/consent/newsletter-log.csv")
    # "USA" and "United States of America" are the United States
    assert [t["country"] for t in recruitment["transfers"]] == ["US"]
    assert [t["country"] for t in newsletter["transfers"]] == ["US"]
    assert recruitment["transfers"][0]["mechanism"] == "scc"
    assert newsletter["transfers"][0]["mechanism"] == "adequacy"
    assert sales["automated_decision_making"] is True
    assert sales["dpia_required"] == "to_assess"
    # the contract link is the processor's agreement reference, not its name
    processors = {p["code"]: p for p in document["catalogues"]["processors"]}
    (processor,) = [processors[c] for c in recruitment["processors"]]
    assert processor["agreement_reference"].endswith("/contracts/ats-dpa.pdf")
    assert "contracts" not in processor["name"]
    assert [s["description"] for s in recruitment["sources"]] == [
        "Recruitment agencies",
        "referees named by the applicant",
    ]


def test_ico_header_block_is_the_organisation(empty: Database, tmp_path: Path) -> None:
    import_file(empty, templates.ico_controller(tmp_path).path)
    organisation = _document(empty)["organisation"]
    (entity,) = organisation["entities"]
    assert entity["name"] == "Harrow Precision Tools Ltd"
    activities = _document(empty)["activities"]
    assert {a["controller"] for a in activities} == {entity["code"]}
    assert entity["role"] == "controller"
    assert entity["email"] == "privacy@harrowtools.example"
    assert entity["phone"] == "+44 114 496 0000"
    contacts = {c["role"]: c for c in organisation["contacts"]}
    assert contacts["dpo"]["name"] == "Jane Okafor"
    assert contacts["dpo"]["email"] == "dpo@harrowtools.example"
    assert contacts["representative"]["address"].startswith("Keizersgracht 100")
    # the title is kept; the template's section titles are template text
    assert "Harrow Precision Tools Ltd" in organisation["note"]
    assert "Privacy notice" not in organisation["note"]


def test_cnil_model_imports_with_nothing_lost(empty: Database, tmp_path: Path) -> None:
    filled = templates.cnil(tmp_path)
    result = import_file(empty, filled.path)
    assert result.mapping is not None and result.mapping.template == "cnil"
    assert "purposes" in result.mapping.shared_lists()  # main purpose and sub-purposes
    document = _document(empty)
    assert lost_values(filled, document) == []
    prospects, payroll = document["activities"]  # in code order
    assert payroll["code"] == "RH-01" and payroll["name"] == "Gestion de la paie"
    assert [p["description"] for p in payroll["purposes"]] == [
        "Verser les salaires",
        "Déclarations sociales (DSN)",
        "Gestion des congés",
    ]
    categories = {c["code"]: c for c in document["catalogues"]["data_categories"]}
    sensitive = [categories[u["category"]] for u in payroll["data_categories"]]
    assert any(c["special"] and c["label_nl"] == "données de santé" for c in sensitive)
    assert [t["country"] for t in payroll["transfers"]] == ["US"]
    assert payroll["transfers"][0]["documentation_reference"].endswith("/transferts/paie.pdf")
    assert prospects["transfers"] == []
    entity = document["organisation"]["entities"][0]
    assert entity["name"] == "Outils Lefèvre SAS"
    assert document["organisation"]["contacts"][0]["name"] == "Claire Dubois"


def test_ico_processor_template_imports_as_processor_records(
    empty: Database, tmp_path: Path
) -> None:
    filled = templates.ico_processor(tmp_path)
    result = import_file(empty, filled.path)
    assert result.mapping is not None and result.mapping.template == "ico-processor"
    document = _document(empty)
    assert lost_values(filled, document) == []
    organisation = document["organisation"]
    assert organisation["acts_as_processor"] is True
    first, second = organisation["processor_records"]
    assert first["client_controller"].startswith("Brightside Dental Ltd")
    assert second["client_representative"].startswith("Northern Cycles UK Ltd")
    assert "Standard contractual clauses" in second["transfers"]
    assert organisation["entities"][0]["name"] == "Cloudkeep Hosting Ltd"


def test_dutch_headings_import_with_nothing_lost(empty: Database, tmp_path: Path) -> None:
    filled = templates.dutch(tmp_path)
    import_file(empty, filled.path)
    document = _document(empty)
    assert lost_values(filled, document) == []
    (payroll,) = document["activities"]
    assert [p["lawful_basis"] for p in payroll["purposes"]] == ["contract", "legal_obligation"]
    health = next(u for u in payroll["data_categories"] if u["category"] == "health")
    assert health["art9_condition"] == "employment"
    processors = document["catalogues"]["processors"]
    assert processors[0]["name"] == "Salarisverwerker Loonwijzer BV"
    assert processors[0]["agreement_reference"] == "VWO-2023-014"
    assert payroll["transfers"][0]["country"] == "US"
    organisation = document["organisation"]
    assert organisation["entities"][0]["name"] == "Van Dijk Gereedschappen B.V."
    assert organisation["entities"][0]["address"] == "Industrieweg 5, 5600 AA Eindhoven"
    assert organisation["contacts"][0] == {
        **organisation["contacts"][0],
        "role": "dpo",
        "name": "Mr. P. de Vries",
        "email": "fg@vandijk.example",
    }
