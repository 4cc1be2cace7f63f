"""The register as JSON-LD with W3C Data Privacy Vocabulary (DPV 2) identifiers.

Each activity is a dpv:Process. Purposes, legal bases, personal data, data subjects, recipients,
transfer mechanisms, rights and measures point to DPV concepts where the register names one (the
vocabularies and catalogue rows carry a DPV id) and to our own identifiers otherwise. Every
catalogue row gets its own node typed with its DPV class, so two rows that share a DPV concept
stay two rows. Only concepts DPV 2.3 defines are written (see dpv.py); where a term of ours has
no exact DPV match it points to the nearest broader concept and keeps our code next to it.
Free texts carry their language (@nl, @en).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from kgs_ropa.model import vocabulary as voc
from kgs_ropa.model.periods import stored
from kgs_ropa.model.texts import ORIGINAL, translation_of
from kgs_ropa.reports.dpv import PREFIXES, concept
from kgs_ropa.services.document import TRANSLATION_LANGUAGES

Doc = dict[str, Any]
OWN = "urn:kgs-ropa:"
CONTEXT = {
    **PREFIXES,
    "dct": "http://purl.org/dc/terms/",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "loc": "https://w3id.org/dpv/loc#",
    "ropa": f"{OWN}vocab#",
}


def own(kind: str, code: str) -> str:
    return f"{OWN}{kind}/{quote(code, safe='')}"


def dpv_types(dpv_id: str | None, base: str) -> list[str]:
    term = concept(dpv_id)
    return [base, term] if term and term != base else [base]


def _ref(iri: str) -> dict[str, str]:
    return {"@id": iri}


def country(code: str | None) -> dict[str, str] | None:
    """DPV's location concept for an ISO country code; None when the country is not known."""
    term = concept(f"loc:{code}") if code else None
    return _ref(term) if term else None


def _place(node: Doc, code: str | None) -> Doc:
    """The node with its country, if the register knows it (an unknown one is left out)."""
    where = country(code)
    if where is not None:
        node["dpv:hasCountry"] = where
    elif code:
        node["ropa:country"] = code  # a code DPV has no location for
    return node


def texts(row: Doc, key: str) -> list[dict[str, str]]:
    """A free text in the register's language and its translations, each tagged."""
    versions = [(ORIGINAL, row.get(key))]
    versions += [(lang, translation_of(row, key, lang)) for lang in TRANSLATION_LANGUAGES]
    return [{"@value": text, "@language": lang} for lang, text in versions if text]


def _label(row: Doc) -> list[dict[str, str]]:
    if "label_nl" in row:
        return [
            {"@value": text, "@language": lang}
            for lang, text in (("nl", row["label_nl"]), ("en", row.get("label_en")))
            if text
        ]
    return texts(row, "name")


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
            "dct:identifier": row["code"],
            "rdfs:label": _label(row),
        }
        for key, kind, base in kinds
        for row in catalogues.get(key, [])
    ]
    for row in catalogues.get("recipients", []):
        term = voc.RECIPIENT_TYPES.get(row.get("type", ""))
        types = dpv_types(term.dpv if term else None, "dpv:Recipient")
        node: Doc = {"@id": own("recipient", row["code"]), "@type": types}
        node["ropa:recipientType"] = row.get("type") or ""
        node["rdfs:label"] = _label(row)
        nodes.append(node)
    for row in catalogues.get("processors", []):
        node = {"@id": own("processor", row["code"]), "@type": ["dpv:DataProcessor"]}
        node["rdfs:label"] = row["name"]
        nodes.append(_place(node, row.get("country")))
    for row in catalogues.get("systems", []):
        node = {  # a place where the data is kept
            "@id": own("system", row["code"]),
            "@type": ["dpv:Location"],
            "rdfs:label": row["name"],
        }
        node["dct:description"] = texts(row, "location")
        nodes.append(_place(node, row.get("country")))
    return nodes


def _purpose(activity: Doc, index: int, purpose: Doc) -> Doc:
    node: Doc = {
        "@id": f"{own('purpose', activity['code'])}/{index}",
        "@type": dpv_types(purpose.get("dpv_purpose"), "dpv:Purpose"),
        "dct:description": texts(purpose, "description"),
    }
    _basis(node, voc.LAWFUL_BASES, purpose.get("lawful_basis"), "ropa:lawfulBasis")
    if purpose.get("basis_assumed") is True:
        node["ropa:basisAssumed"] = True  # inferred, still to be confirmed
    if purpose.get("legitimate_interest"):
        node["ropa:legitimateInterest"] = texts(purpose, "legitimate_interest")
    return node


def _basis(node: Doc, vocabulary: voc.Vocabulary, code: str | None, own_key: str) -> None:
    """The DPV legal basis of a vocabulary term, with our code beside it (the DPV concept may
    be a broader one)."""
    term = vocabulary.get(code or "")
    if term is None:
        return
    node[own_key] = term.code
    iri = concept(term.dpv)
    if iri:
        node["dpv:hasLegalBasis"] = _ref(iri)


def _transfer(transfer: Doc) -> Doc:
    node = _place({"@type": "ropa:Transfer"}, transfer.get("country"))
    _basis(node, voc.TRANSFER_MECHANISMS, transfer.get("mechanism"), "ropa:mechanism")
    if transfer.get("mechanism_assumed") is True:
        node["ropa:mechanismAssumed"] = True  # inferred, still to be confirmed
    if transfer.get("recipient"):
        node["ropa:recipient"] = transfer["recipient"]
    return node


def _condition(use: Doc) -> Doc:
    """A special category with the Art. 9 condition it is processed under."""
    node: Doc = {"@type": "ropa:SpecialCategoryUse"}
    node["dpv:hasPersonalData"] = _ref(own("data-category", use["category"]))
    _basis(node, voc.ART9_CONDITIONS, use.get("art9_condition"), "ropa:art9Condition")
    return node


def _rights(activity: Doc) -> list[dict[str, str]]:
    terms = (voc.RIGHTS.get(code) for code in activity.get("rights", []))
    return [_ref(iri) for iri in dict.fromkeys(concept(t.dpv) for t in terms if t) if iri]


def _retention(rule: Doc) -> Doc:
    node: Doc = {"@type": "dpv:StorageDuration", "dct:description": texts(rule, "period")}
    if rule.get("category"):
        node["dpv:hasPersonalData"] = _ref(own("data-category", rule["category"]))
    period = stored(rule)
    if period is not None:
        # An ISO 8601 duration: P28D, P4W, P6M, P2Y.
        letter = {"day": "D", "week": "W", "month": "M", "year": "Y"}[period.unit]
        node["ropa:duration"] = {"@value": f"P{period.amount}{letter}", "@type": "xsd:duration"}
    return node


def _refs(activity: Doc, key: str, kind: str) -> list[dict[str, str]]:
    return [_ref(own(kind, code)) for code in activity.get(key, [])]


def _activity(activity: Doc) -> Doc:
    node: Doc = {
        "@id": own("activity", activity["code"]),
        "@type": "dpv:Process",
        "dct:identifier": activity["code"],
        "dct:title": texts(activity, "name"),
        "dct:description": texts(activity, "description"),
        "dpv:hasPurpose": [
            _purpose(activity, i, p) for i, p in enumerate(activity.get("purposes", []))
        ],
        "dpv:hasDataSubject": _refs(activity, "data_subjects", "data-subject"),
        "dpv:hasPersonalData": [
            _ref(own("data-category", u["category"])) for u in activity.get("data_categories", [])
        ],
        "ropa:specialCategoryUse": [
            _condition(u) for u in activity.get("data_categories", []) if u.get("art9_condition")
        ],
        "dpv:hasRecipient": _refs(activity, "recipients", "recipient"),
        "dpv:hasDataProcessor": _refs(activity, "processors", "processor"),
        "dpv:hasTechnicalOrganisationalMeasure": _refs(activity, "security_measures", "measure"),
        "dpv:hasLocation": _refs(activity, "systems", "system"),
        "dpv:hasStorageCondition": [_retention(r) for r in activity.get("retention", [])],
        "ropa:transfer": [_transfer(t) for t in activity.get("transfers", [])],
        "dpv:hasRight": _rights(activity),
        "ropa:right": list(activity.get("rights", [])),
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
