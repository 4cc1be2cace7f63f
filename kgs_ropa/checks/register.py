"""Running the checks: every activity rule on one activity, and the whole register."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any

from kgs_ropa.checks import elements, retention, screening, transfers, upkeep
from kgs_ropa.checks.context import CheckContext, Checked, Doc, is_email, objects, text
from kgs_ropa.checks.findings import Finding, error, warning

ActivityRule = Callable[[Doc, CheckContext], Iterable[Finding]]
RegisterRule = Callable[[Doc, CheckContext], Iterable[Finding]]

ACTIVITY_RULES: list[ActivityRule] = [
    *elements.RULES,
    *retention.RULES,
    *transfers.RULES,
    *screening.RULES,
    *upkeep.RULES,
]


def check_activity(activity_doc: Mapping[str, Any], context: CheckContext) -> list[Finding]:
    """Every finding on one activity document (cheap: meant to run on every keystroke)."""
    doc = Checked(activity_doc)
    return [finding for rule in ACTIVITY_RULES for finding in rule(doc, context)]


def missing_controller_entity(document: Doc, ctx: CheckContext) -> Iterable[Finding]:
    if not any(e.name and e.has_contact_details for e in ctx.entities.values()):
        yield error(document, "register.controller", "organisation.entities")


def missing_privacy_contact(document: Doc, ctx: CheckContext) -> Iterable[Finding]:
    roles = {"privacy_officer", "dpo"}
    if not any(c.role in roles and c.has_contact_details for c in ctx.contacts):
        yield warning(document, "register.privacy_contact", "organisation.contacts")


def missing_processor_records(document: Doc, ctx: CheckContext) -> Iterable[Finding]:
    organisation = document.get("organisation")
    if not isinstance(organisation, Mapping) or organisation.get("acts_as_processor") is not True:
        return
    if not objects(organisation, "processor_records"):
        yield error(document, "register.processor_records", "organisation.processor_records")


def invalid_email(document: Doc, ctx: CheckContext) -> Iterable[Finding]:
    """An address that is not one ("jan@") would be printed on the register's cover."""
    organisation = document.get("organisation")
    if not isinstance(organisation, Mapping):
        return
    for key in ("entities", "contacts"):
        for i, row in objects(organisation, key):
            email = text(row.get("email"))
            if email and not is_email(email):
                path = f"organisation.{key}[{i}].email"
                yield error(
                    document, "contact.email", path, email=email, name=text(row.get("name"))
                )


REGISTER_RULES: list[RegisterRule] = [
    missing_controller_entity,
    missing_privacy_contact,
    missing_processor_records,
    invalid_email,
]


def check_register(document: Mapping[str, Any], today: date) -> list[Finding]:
    """Register-wide findings first, then each activity's in document order."""
    context = CheckContext.from_document(document, today)
    findings = [finding for rule in REGISTER_RULES for finding in rule(document, context)]
    for _, activity in objects(document, "activities"):
        findings.extend(check_activity(activity, context))
    return findings


def activity_names(document: Mapping[str, Any], lang: str) -> dict[str, str]:
    """Activity code -> name in the chosen language, for showing findings."""
    names = {}
    for _, activity in objects(document, "activities"):
        name = text(activity.get("name"))
        english = text(activity.get("name_en"))
        names[text(activity.get("code"))] = english if lang == "en" and english else name
    return names
