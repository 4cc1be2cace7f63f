"""The register as JSON-LD with W3C Data Privacy Vocabulary (DPV 2) identifiers.

Each activity is a dpv:Process. Purposes, legal bases, personal data, data subjects, recipients,
transfer mechanisms and measures point to DPV concepts where the register names one (the
vocabularies and catalogue rows carry a DPV id) and to our own identifiers otherwise. Every
catalogue row gets its own node typed with its DPV class, so two rows that share a DPV concept
stay two rows.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from kgs_ropa.model import vocabulary as voc

Doc = dict[str, Any]
OWN = "urn:kgs-ropa:"
CONTEXT = {
    "dpv": "https://w3id.org/dpv#",
    "pd": "https://w3id.org/dpv/pd#",
    "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
    "dct": "http://purl.org/dc/terms/",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "loc": "https://w3id.org/dpv/loc#",
    "ropa": f"{OWN}vocab#",
}
_COUNTRY = re.compile(r"^[A-Z]{2}$")
# A DPV id as the register stores it: a known prefix and a plain local name.
_DPV_ID = re.compile(r"^(dpv|pd|eu-gdpr):[A-Za-z0-9][A-Za-z0-9_-]*$")


def own(kind: str, code: str) -> str:
    return f"{OWN}{kind}/{quote(code, safe='')}"


def dpv_types(dpv_id: str | None, base: str) -> list[str]:
    return [base, dpv_id] if dpv_id and _DPV_ID.match(dpv_id) else [base]


def _ref(iri: str) -> dict[str, str]:
    return {"@id": iri}


def country(code: str | None) -> Any:
    """DPV's location concept for an ISO country code; the code as text otherwise."""
    if code and _COUNTRY.match(code):
        return _ref(f"loc:{code}")
    return code or ""


def _label(row: Doc) -> list[dict[str, str]]:
    labels = [{"@value": row.get("label_nl") or row.get("name") or "", "@language": "nl"}]
    english = row.get("label_en") or row.get("name_en")
    if english:
        labels.append({"@value": english, "@language": "en"})
    return labels


def _catalogue_nodes(document: Doc) -> list[Doc]:
    catalogues = document.get("catalogues", {})
    kinds = [
        ("data_subject_categories", "data-subject", "dpv:DataSubject"),
        ("data_categories", "data-category", "dpv:PersonalData"),
        ("security_measures", "measure", "dpv:TechnicalOrganisationalMeasure"),
    ]
    nodes = [
        {
            "@id": own(kind, row["code"]),
            "@type": dpv_types(row.get("dpv_id"), base),
            "rdfs:label": _label(row),
        }
        for key, kind, base in kinds
        for row in catalogues.get(key, [])
    ]
    for row in catalogues.get("recipients", []):
        term = voc.RECIPIENT_TYPES.get(row.get("type", ""))
        types = dpv_types(term.dpv if term else None, "dpv:Recipient")
        nodes.append(
            {"@id": own("recipient", row["code"]), "@type": types, "rdfs:label": _label(row)}
        )
    for row in catalogues.get("processors", []):
        node: Doc = {"@id": own("processor", row["code"]), "@type": ["dpv:DataProcessor"]}
        node["rdfs:label"] = row["name"]
        if row.get("country"):
            node["dpv:hasCountry"] = country(row["country"])
        nodes.append(node)
    for row in catalogues.get("systems", []):
        node = {  # a place where the data is kept
            "@id": own("system", row["code"]),
            "@type": ["dpv:Location"],
            "rdfs:label": row["name"],
        }
        node["dct:description"] = row.get("location") or ""
        nodes.append(node)
    return nodes


def _purpose(activity: Doc, index: int, purpose: Doc) -> Doc:
    node: Doc = {
        "@id": f"{own('purpose', activity['code'])}/{index}",
        "@type": dpv_types(purpose.get("dpv_purpose"), "dpv:Purpose"),
        "dct:description": purpose.get("description") or "",
    }
    basis = voc.LAWFUL_BASES.get(purpose.get("lawful_basis") or "")
    if basis is not None and basis.dpv:
        node["dpv:hasLegalBasis"] = _ref(basis.dpv)
    if purpose.get("legitimate_interest"):
        node["ropa:legitimateInterest"] = purpose["legitimate_interest"]
    return node


def _transfer(transfer: Doc) -> Doc:
    node: Doc = {"@type": "ropa:Transfer", "dpv:hasCountry": country(transfer.get("country"))}
    mechanism = voc.TRANSFER_MECHANISMS.get(transfer.get("mechanism") or "")
    if mechanism is not None and mechanism.dpv:
        node["dpv:hasLegalBasis"] = _ref(mechanism.dpv)
    if transfer.get("recipient"):
        node["ropa:recipient"] = transfer["recipient"]
    return node


def _retention(rule: Doc) -> Doc:
    node: Doc = {"@type": "dpv:StorageDuration", "dct:description": rule.get("period") or ""}
    if rule.get("category"):
        node["dpv:hasPersonalData"] = _ref(own("data-category", rule["category"]))
    if rule.get("period_months") is not None:
        node["ropa:months"] = rule["period_months"]
    return node


def _refs(activity: Doc, key: str, kind: str) -> list[dict[str, str]]:
    return [_ref(own(kind, code)) for code in activity.get(key, [])]


def _activity(activity: Doc) -> Doc:
    node: Doc = {
        "@id": own("activity", activity["code"]),
        "@type": "dpv:Process",
        "dct:identifier": activity["code"],
        "dct:title": activity.get("name") or "",
        "dct:description": activity.get("description") or "",
        "dpv:hasPurpose": [
            _purpose(activity, i, p) for i, p in enumerate(activity.get("purposes", []))
        ],
        "dpv:hasDataSubject": _refs(activity, "data_subjects", "data-subject"),
        "dpv:hasPersonalData": [
            _ref(own("data-category", u["category"])) for u in activity.get("data_categories", [])
        ],
        "dpv:hasRecipient": _refs(activity, "recipients", "recipient"),
        "dpv:hasDataProcessor": _refs(activity, "processors", "processor"),
        "dpv:hasTechnicalOrganisationalMeasure": _refs(activity, "security_measures", "measure"),
        "dpv:hasLocation": _refs(activity, "systems", "system"),
        "dpv:hasStorageCondition": [_retention(r) for r in activity.get("retention", [])],
        "ropa:transfer": [_transfer(t) for t in activity.get("transfers", [])],
        "ropa:status": activity.get("status") or "",
        "ropa:dpiaRequired": activity.get("dpia_required") or "",
    }
    if activity.get("controller"):
        node["dpv:hasDataController"] = _ref(own("entity", activity["controller"]))
    return node


_CONTACT_ROLES = {
    "dpo": ("dpv:DataProtectionOfficer", "dpv:hasDataProtectionOfficer"),
    "representative": ("dpv:Representative", "dpv:hasRepresentative"),
}


def _organisation_nodes(organisation: Doc) -> list[Doc]:
    """The entities as controllers, with their DPO and representative where the register has
    them (a contact without an entity belongs to the controller)."""
    entities = organisation.get("entities", [])
    controller = next((e["code"] for e in entities if e.get("role") == "controller"), None)
    nodes: dict[str, Doc] = {
        e["code"]: {
            "@id": own("entity", e["code"]),
            "@type": "dpv:DataController",
            "rdfs:label": e["name"],
        }
        for e in entities
    }
    contacts = []
    for index, contact in enumerate(organisation.get("contacts", [])):
        if contact.get("role") not in _CONTACT_ROLES:
            continue
        kind, link = _CONTACT_ROLES[contact["role"]]
        node = {
            "@id": own("contact", str(index)),
            "@type": kind,
            "rdfs:label": contact.get("name") or "",
        }
        contacts.append(node)
        owner = nodes.get(contact.get("entity") or controller or "")
        if owner is not None:
            owner.setdefault(link, []).append(_ref(node["@id"]))
    return [*nodes.values(), *contacts]


def register_jsonld(document: Doc, fingerprint: str) -> Doc:
    """The register document as one JSON-LD graph."""
    entities = _organisation_nodes(document.get("organisation", {}))
    activities = document.get("activities", [])
    register = {
        "@id": own("register", fingerprint),
        "@type": "ropa:Register",
        "ropa:fingerprint": fingerprint,
        "ropa:activity": [_ref(own("activity", a["code"])) for a in activities],
    }
    return {
        "@context": CONTEXT,
        "@graph": [
            register,
            *entities,
            *_catalogue_nodes(document),
            *(_activity(a) for a in activities),
        ],
    }
