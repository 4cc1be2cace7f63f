"""The DPV JSON-LD export, parsed with rdflib."""

from __future__ import annotations

from pathlib import Path

import rdflib
from rdflib.namespace import RDF, RDFS
from report_data import load

from kgs_ropa.reports.export import export_jsonld
from kgs_ropa.services.setup import example_document
from kgs_ropa.storage.database import Database

DPV = rdflib.Namespace("https://w3id.org/dpv#")
PD = rdflib.Namespace("https://w3id.org/dpv/pd#")
GDPR = rdflib.Namespace("https://w3id.org/dpv/legal/eu/gdpr#")


def _graph(db: Database, tmp_path: Path, ids: list[str] | None = None) -> rdflib.Graph:
    out = tmp_path / "register.jsonld"
    export_jsonld(db, out, activity_ids=ids)
    graph = rdflib.Graph()
    graph.parse(out, format="json-ld")
    return graph


def test_activities_are_dpv_processes_with_dpv_identifiers(
    example_db: Database, tmp_path: Path
) -> None:
    graph = _graph(example_db, tmp_path)
    processes = set(graph.subjects(RDF.type, DPV.Process))
    assert len(processes) == 13
    bases = set(graph.objects(None, DPV.hasLegalBasis))
    assert GDPR["A6-1-b"] in bases and GDPR["A6-1-f"] in bases
    assert (None, RDF.type, PD.EmailAddress) in graph
    assert (None, RDF.type, DPV.DataProcessor) in graph
    assert set(graph.objects(None, DPV.hasTechnicalOrganisationalMeasure))
    controllers = set(graph.objects(None, DPV.hasDataController))
    assert len(controllers) == 1


def test_inquiry_subset(example_db: Database, tmp_path: Path) -> None:
    graph = _graph(example_db, tmp_path, ["KGS-01"])
    assert len(set(graph.subjects(RDF.type, DPV.Process))) == 1


def test_dpo_and_representative_of_the_controller(db: Database, tmp_path: Path) -> None:
    document = example_document("kgs")
    document["organisation"]["contacts"] += [
        {"role": "dpo", "name": "Anna de Vries", "email": "fg@example.org"},
        {"role": "representative", "name": "EU Rep Ltd"},
    ]
    load(db, document)
    graph = _graph(db, tmp_path)
    controller = next(graph.subjects(RDF.type, DPV.DataController))
    dpo = graph.value(controller, DPV.hasDataProtectionOfficer)
    assert str(graph.value(dpo, RDFS.label)) == "Anna de Vries"
    assert graph.value(controller, DPV.hasRepresentative) is not None
