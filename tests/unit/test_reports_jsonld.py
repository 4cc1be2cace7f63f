"""The DPV JSON-LD export, parsed with rdflib."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import rdflib
from rdflib.namespace import DCTERMS, RDF, RDFS
from report_data import load

from kgs_ropa.model import vocabulary as voc
from kgs_ropa.model.vocabulary import DPV_REPLACED
from kgs_ropa.reports.dpv import TERMS_FILE, expand
from kgs_ropa.reports.export import export_jsonld
from kgs_ropa.reports.jsonld import texts
from kgs_ropa.services.setup import example_document
from kgs_ropa.services.synthetic import every_term_document
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


def _dpv_iris(graph: rdflib.Graph) -> set[str]:
    """Every IRI in the graph's DPV namespaces: types, properties and values alike."""
    nodes = {node for triple in graph for node in triple}
    return {str(n) for n in nodes if isinstance(n, rdflib.URIRef) and n.startswith(DPV_BASE)}


DPV_BASE = "https://w3id.org/dpv"


def _dpv_terms() -> set[str]:
    """The shipped copy of the DPV 2.3 concept list (w3c/dpv, folder 2.3)."""
    text = resources.files("kgs_ropa.resources.dpv").joinpath(TERMS_FILE).read_text("utf-8")
    return {line for line in text.splitlines() if line and not line.startswith("#")}


def test_every_iri_of_the_example_is_a_dpv_term(example_db: Database, tmp_path: Path) -> None:
    iris = _dpv_iris(_graph(example_db, tmp_path))
    assert len(iris) > 40
    assert iris - _dpv_terms() == set()


def test_every_iri_of_every_vocabulary_entry_is_a_dpv_term(db: Database, tmp_path: Path) -> None:
    load(db, every_term_document())
    graph = _graph(db, tmp_path)
    iris = _dpv_iris(graph)
    assert iris - _dpv_terms() == set()
    # each vocabulary term with a DPV id reached the graph, in its own or a broader concept
    expected = {
        expand(DPV_REPLACED.get(t.dpv, t.dpv))
        for vocabulary in (
            voc.LAWFUL_BASES,
            voc.TRANSFER_MECHANISMS,
            voc.RIGHTS,
            voc.ART9_CONDITIONS,
        )
        for t in vocabulary
        if t.dpv
    }
    assert expected <= iris


def test_an_invented_identifier_is_not_written(db: Database, tmp_path: Path) -> None:
    document = example_document("kgs")
    document["catalogues"]["data_categories"][0]["dpv_id"] = "pd:MadeUpThing"
    document["activities"][0]["purposes"][0]["dpv_purpose"] = "dpv:NoSuchPurpose"
    load(db, document)
    graph = _graph(db, tmp_path)
    assert PD.MadeUpThing not in set(graph.objects(None, RDF.type))
    assert DPV.NoSuchPurpose not in set(graph.objects(None, RDF.type))
    assert _dpv_iris(graph) - _dpv_terms() == set()


def test_texts_carry_their_language_and_rights_are_exported(
    example_db: Database, tmp_path: Path
) -> None:
    graph = _graph(example_db, tmp_path)
    titles = list(graph.objects(None, DCTERMS.title))
    assert titles and all(t.language in ("nl", "en") for t in titles)
    assert {t.language for t in titles} == {"nl", "en"}
    rights = set(graph.objects(None, DPV.hasRight))
    assert GDPR.A15 in rights


def test_an_unknown_country_is_left_out(db: Database, tmp_path: Path) -> None:
    document = example_document("kgs")
    document["activities"][0]["transfers"] = [
        {"country": "", "recipient": "Onbekend", "mechanism": None}
    ]
    load(db, document)
    graph = _graph(db, tmp_path)
    countries = [str(c) for c in graph.objects(None, DPV.hasCountry)]
    assert "" not in countries
    assert all(c.startswith(f"{DPV_BASE}/loc#") for c in countries)


def test_translations_are_tagged_english() -> None:
    row = {"description": "Bestellingen", "translations": {"en": {"description": "Orders"}}}
    assert texts(row, "description") == [
        {"@value": "Bestellingen", "@language": "nl"},
        {"@value": "Orders", "@language": "en"},
    ]
    assert texts({"name": "Naam", "name_en": "Name"}, "name")[1]["@language"] == "en"


def test_assumed_bases_and_mechanisms_are_flagged(example_db: Database, tmp_path: Path) -> None:
    graph = _graph(example_db, tmp_path)
    own = rdflib.Namespace("urn:kgs-ropa:vocab#")
    assumed = list(graph.subjects(own.mechanismAssumed, rdflib.Literal(True)))
    assert len(assumed) == 2  # the group transfers of KGS-01 and KGS-13
    mechanisms = {str(graph.value(node, own.mechanism)) for node in assumed}
    assert mechanisms == {"art49_derogation"}
    assert list(graph.subjects(own.basisAssumed, rdflib.Literal(True)))
