"""Rules on the DPIA (Art. 35 GDPR): screened, concluded, and done where it is required."""

from __future__ import annotations

from collections.abc import Iterator

from kgs_ropa.checks.context import CheckContext, Doc, items, text
from kgs_ropa.checks.evidence import documents
from kgs_ropa.checks.findings import Finding, error, warning
from kgs_ropa.model import dpia


def _criteria(doc: Doc) -> list[str]:
    return [code for code in items(doc, "dpia_criteria") if isinstance(code, str)]


def _in_use(doc: Doc) -> bool:
    return text(doc.get("status")) != "retired"


def screening_missing(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    """Whether a DPIA is needed must be answered, and the answers kept, for every activity."""
    if _in_use(doc) and not doc.get("dpia_screened_on"):
        yield warning(doc, "dpia.screening", "dpia_screened_on")


def _required_by_screening(doc: Doc) -> str:
    if not doc.get("dpia_screened_on"):
        return dpia.NOT_REQUIRED
    return dpia.conclusion(_criteria(doc))


def dpia_required_not_done(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    """The screening says a DPIA is required, but the activity neither says so nor has one.

    Once "DPIA required" is yes, dpia.incomplete follows the DPIA until it is completed.
    """
    outcome = _required_by_screening(doc)
    if outcome == dpia.NOT_REQUIRED or not _in_use(doc):
        return
    if text(doc.get("dpia_required")) == "yes" or text(doc.get("dpia_status")) == "completed":
        return
    by_ap = outcome == dpia.REQUIRED_AP
    source = dpia.AP_LIST if by_ap else dpia.EDPB_CRITERIA
    params = {
        f"criteria_{lang}": dpia.matched(_criteria(doc), lang, source) for lang in ("nl", "en")
    }
    code = "dpia.required_ap" if by_ap else "dpia.required_edpb"
    report = error if text(doc.get("status")) == "active" else warning
    yield report(doc, code, "dpia_criteria", **params)


def dpia_incomplete(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    status = text(doc.get("status"))
    dpia_status = text(doc.get("dpia_status")) or "not_started"
    if text(doc.get("dpia_required")) != "yes" or dpia_status == "completed":
        return
    # Art. 35 asks for the DPIA before the processing starts: running without one is an error.
    if status == "active":
        yield error(doc, "dpia.incomplete", "dpia_status", status=dpia_status)
    elif status != "retired":
        yield warning(doc, "dpia.incomplete", "dpia_status", status=dpia_status)


def dpia_without_reference(doc: Doc, ctx: CheckContext) -> Iterator[Finding]:
    """A completed DPIA the register cannot point to cannot be shown to the authority."""
    if text(doc.get("dpia_status")) == "completed" and not documents(
        text(doc.get("dpia_reference"))
    ):
        yield warning(doc, "dpia.reference", "dpia_reference")


RULES = [screening_missing, dpia_required_not_done, dpia_incomplete, dpia_without_reference]
