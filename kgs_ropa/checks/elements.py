"""Rules on what an activity states: the Art. 30(1) elements, lawful bases, Art. 9 and 10 data."""

from __future__ import annotations

from collections.abc import Iterator

from kgs_ropa.checks.context import CheckContext, Doc, assessed_none, items, objects, short, text
from kgs_ropa.checks.evidence import documents
from kgs_ropa.checks.findings import Finding, error, warning
from kgs_ropa.model.texts import texts_of, translation_of


def purpose_params(index: int, purpose: Doc) -> dict[str, str | int]:
    return {
        "n": index + 1,
        "purpose_nl": short(text(purpose.get("description"))),
        "purpose_en": short(text(purpose.get("description_en"))),
    }


def missing_name(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    if not text(doc.get("name")):
        yield error(doc, "activity.name", "name")


def missing_controller(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    if not text(doc.get("controller")):
        yield error(doc, "art30.controller", "controller")


def missing_purposes(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    if not objects(doc, "purposes"):
        yield error(doc, "art30.purposes", "purposes")


def purpose_without_description(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    for i, purpose in objects(doc, "purposes"):
        if not text(purpose.get("description")):
            yield error(doc, "art30.purpose_description", f"purposes[{i}].description", n=i + 1)


def missing_data_subjects(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    if not items(doc, "data_subjects"):
        yield error(doc, "art30.data_subjects", "data_subjects")


def missing_data_categories(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    if not objects(doc, "data_categories"):
        yield error(doc, "art30.data_categories", "data_categories")


def missing_recipients(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    if not items(doc, "recipients") and not assessed_none(doc, "recipients"):
        yield error(doc, "art30.recipients", "recipients")


def missing_security(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    if not items(doc, "security_measures") and not text(doc.get("security_note")):
        yield error(doc, "art30.security", "security_measures")


def missing_lawful_basis(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    for i, purpose in objects(doc, "purposes"):
        if not text(purpose.get("lawful_basis")):
            yield error(
                doc, "basis.missing", f"purposes[{i}].lawful_basis", **purpose_params(i, purpose)
            )


# A lawful basis that needs something documented: basis -> (field, finding code). A placeholder
# or a bare quote of the privacy statement documents nothing (checks.evidence).
BASIS_DOCUMENTATION = {
    "legitimate_interests": [
        ("legitimate_interest", "basis.interest"),
        ("balancing_note", "basis.balancing"),
    ],
    "consent": [("consent_record", "basis.consent_record")],
    "legal_obligation": [("legal_obligation_reference", "basis.legal_reference")],
}


def undocumented_basis(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    for i, purpose in objects(doc, "purposes"):
        for name, code in BASIS_DOCUMENTATION.get(text(purpose.get("lawful_basis")), []):
            if not documents(text(purpose.get(name))):
                yield warning(doc, code, f"purposes[{i}].{name}", **purpose_params(i, purpose))


def active(doc: Doc) -> bool:
    return text(doc.get("status")) == "active"


def missing_owner(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    """Someone must answer for an activity in use: a business function or a person."""
    if active(doc) and not text(doc.get("business_function")) and not text(doc.get("owner")):
        yield warning(doc, "activity.owner", "owner")


def automated_not_answered(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    """An activity in use must say whether it decides by automated means (exports say "to be
    confirmed" until it does)."""
    if active(doc) and doc.get("automated_decision_making") is None:
        yield warning(doc, "activity.automated_unknown", "automated_decision_making")


def active_on_assumed_basis(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    if not active(doc):
        return
    purposes = objects(doc, "purposes")
    if purposes and all(p.get("basis_assumed") is True for _, p in purposes):
        yield error(doc, "basis.assumed_active", "status")


# Cookie types that need consent (Telecommunicatiewet art. 11.7a lid 1).
CONSENT_COOKIES = {"analytical", "marketing"}


def cookies_without_consent(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    """Analytics or tracking cookies need consent, not legitimate interests (Tw art. 11.7a)."""
    if not CONSENT_COOKIES & ctx.cookie_types.get(text(doc.get("code")), frozenset()):
        return
    for i, purpose in objects(doc, "purposes"):
        if text(purpose.get("lawful_basis")) == "legitimate_interests":
            yield warning(
                doc, "cookies.consent", f"purposes[{i}].lawful_basis", **purpose_params(i, purpose)
            )


def category_params(ctx: CheckContext, code: str) -> dict[str, str | int]:
    info = ctx.category(code)
    return {"category_nl": info.label_nl, "category_en": info.label_en}


def special_without_condition(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    for i, use in objects(doc, "data_categories"):
        code = text(use.get("category"))
        if ctx.category(code).special and not text(use.get("art9_condition")):
            yield error(
                doc,
                "art9.condition",
                f"data_categories[{i}].art9_condition",
                **category_params(ctx, code),
            )


def criminal_data(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    for i, use in objects(doc, "data_categories"):
        code = text(use.get("category"))
        # The note of the category's use is where the Art. 10 authorisation is recorded.
        if ctx.category(code).criminal and not text(use.get("note")):
            yield warning(
                doc, "art10.criminal", f"data_categories[{i}].note", **category_params(ctx, code)
            )


def untranslated_text(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    """Text without a translation, where the organisation says it exports in that language."""
    for lang in ctx.export_languages:
        missing = [
            key
            for row, keys in texts_of(dict(doc))
            for key in keys
            if text(row.get(key)) and not translation_of(row, key, lang)
        ]
        if missing:
            yield warning(doc, "text.untranslated", "translations", count=len(missing), lang=lang)


RULES = [
    missing_name,
    missing_controller,
    missing_purposes,
    purpose_without_description,
    missing_data_subjects,
    missing_data_categories,
    missing_recipients,
    missing_security,
    missing_owner,
    automated_not_answered,
    missing_lawful_basis,
    undocumented_basis,
    active_on_assumed_basis,
    cookies_without_consent,
    special_without_condition,
    criminal_data,
    untranslated_text,
]
