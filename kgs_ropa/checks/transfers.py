"""Rules on transfers to third countries (Art. 30(1)(e), Chapter V GDPR)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kgs_ropa.checks.context import (
    CheckContext,
    Doc,
    ProcessorInfo,
    SystemInfo,
    assessed_none,
    items,
    objects,
    text,
)
from kgs_ropa.checks.evidence import documents
from kgs_ropa.checks.findings import Finding, error, warning
from kgs_ropa.model import countries
from kgs_ropa.model.adequacy import ADEQUACY
from kgs_ropa.model.texts import translation_of

# Mechanisms whose safeguards live in a document the register should point to.
DOCUMENTED_MECHANISMS = {"scc", "bcr", "art46_other", "art49_derogation"}


def _country(transfer: Doc) -> str:
    return text(transfer.get("country")).upper()


def _in_eea(country: str) -> bool:
    return bool(country) and not countries.is_third_country(country)


def _params(index: int, transfer: Doc) -> dict[str, str | int]:
    """The transfer's number, recipient (in the message's language where translated) and
    country."""
    return {
        "n": index + 1,
        "recipient_nl": text(transfer.get("recipient")),
        "recipient_en": translation_of(dict(transfer), "recipient", "en"),
        "country": _country(transfer),
    }


def transfer_without_country(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    for i, transfer in objects(doc, "transfers"):
        if not _country(transfer):
            yield error(doc, "transfer.country", f"transfers[{i}].country", **_params(i, transfer))


def transfers_not_assessed(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    """No transfer listed and none assessed either: the question is still open."""
    if not items(doc, "transfers") and not assessed_none(doc, "transfers"):
        yield warning(doc, "transfer.unassessed", "assessed_none")


def transfer_within_eea(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    for i, transfer in objects(doc, "transfers"):
        if _in_eea(_country(transfer)):
            yield warning(doc, "transfer.eea", f"transfers[{i}].country", **_params(i, transfer))


def transfer_without_mechanism(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    for i, transfer in objects(doc, "transfers"):
        if not _in_eea(_country(transfer)) and not text(transfer.get("mechanism")):
            yield error(
                doc, "transfer.mechanism", f"transfers[{i}].mechanism", **_params(i, transfer)
            )


def adequacy_not_covering(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    for i, transfer in objects(doc, "transfers"):
        country = _country(transfer)
        if text(transfer.get("mechanism")) != "adequacy" or not country or _in_eea(country):
            continue
        decision = ADEQUACY.get(country)
        path = f"transfers[{i}].mechanism"
        if decision is None:
            yield error(doc, "transfer.no_adequacy", path, **_params(i, transfer))
        elif decision.expired(ctx.today):
            until = decision.valid_until.isoformat() if decision.valid_until else ""
            yield error(doc, "transfer.adequacy_expired", path, until=until, **_params(i, transfer))
        elif decision.partial and transfer.get("adequacy_scope_confirmed") is not True:
            yield warning(
                doc,
                "transfer.partial_adequacy",
                path,
                scope_nl=decision.scope_nl,
                scope_en=decision.scope_en,
                **_params(i, transfer),
            )


def transfer_without_documentation(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    for i, transfer in objects(doc, "transfers"):
        mechanism = text(transfer.get("mechanism"))
        reference = text(transfer.get("documentation_reference"))
        if mechanism in DOCUMENTED_MECHANISMS and not documents(reference):
            yield warning(
                doc,
                "transfer.documentation",
                f"transfers[{i}].documentation_reference",
                **_params(i, transfer),
            )


def assumed_mechanism(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    """A safeguard or derogation that is only assumed: an error once the activity is in use,
    a warning on a draft (it must be confirmed before the activity goes live)."""
    active = text(doc.get("status")) == "active"
    for i, transfer in objects(doc, "transfers"):
        if transfer.get("mechanism_assumed") is True:
            finding = error if active else warning
            code = "transfer.assumed_active" if active else "transfer.assumed"
            path = f"transfers[{i}].mechanism_assumed"
            yield finding(doc, code, path, **_params(i, transfer))


def _listed_countries(doc: Doc) -> set[str]:
    return {_country(t) for _, t in objects(doc, "transfers")}


def _outside_eea(country: str, listed: set[str]) -> bool:
    return bool(country) and countries.is_third_country(country) and country not in listed


def _parties(doc: Doc, ctx: CheckContext) -> Iterator[tuple[str, int, Any]]:
    """(key, index, catalogue entry) of each processor and system the activity uses."""
    for key, catalogue in (("processors", ctx.processors), ("systems", ctx.systems)):
        for i, code in enumerate(items(doc, key)):
            party = catalogue.get(code) if isinstance(code, str) else None
            if party:
                yield key, i, party


def _names(party: ProcessorInfo | SystemInfo) -> dict[str, str]:
    """A party's names as message parameters, in Dutch and (where the catalogue has it)
    English."""
    return {"party_nl": party.name, "party_en": party.name_en}


def unlisted_transfer(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    """A processor, system or recipient outside the EEA implies a transfer the activity lists."""
    listed = _listed_countries(doc)
    for key, i, party in _parties(doc, ctx):
        if _outside_eea(party.country, listed):
            path = f"{key}[{i}]"
            yield warning(doc, "transfer.unlisted", path, **_names(party), country=party.country)
    for i, code in enumerate(items(doc, "recipients")):
        recipient = ctx.recipients.get(code) if isinstance(code, str) else None
        if recipient and _outside_eea(recipient.country, listed):
            yield warning(
                doc,
                "transfer.unlisted",
                f"recipients[{i}]",
                party_nl=recipient.name,
                party_en=recipient.name_en,
                country=recipient.country,
            )


def party_without_country(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    """Without its country, nobody can tell whether a processor or system means a transfer."""
    for key, i, party in _parties(doc, ctx):
        if not party.country:
            yield warning(doc, "party.country", f"{key}[{i}]", **_names(party))


RULES = [
    transfers_not_assessed,
    transfer_without_country,
    transfer_within_eea,
    transfer_without_mechanism,
    adequacy_not_covering,
    transfer_without_documentation,
    assumed_mechanism,
    unlisted_transfer,
    party_without_country,
]
