"""The W3C Data Privacy Vocabulary (DPV 2.3) terms an export may name.

The shipped list holds every concept of the DPV files we use; an identifier that is not in it
is not written as an IRI (a user may type any `dpv_id`; older registers hold a few that DPV
never defined, which are mapped to their replacement first).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from kgs_ropa.model.vocabulary import DPV_REPLACED

PREFIXES = {
    "dpv": "https://w3id.org/dpv#",
    "pd": "https://w3id.org/dpv/pd#",
    "tech": "https://w3id.org/dpv/tech#",
    "loc": "https://w3id.org/dpv/loc#",
    "legal-eu": "https://w3id.org/dpv/legal/eu#",
    "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
    "eu-rights": "https://w3id.org/dpv/rights/eu#",
}
TERMS_FILE = "dpv-2.3-terms.txt"


@cache
def terms() -> frozenset[str]:
    """Every DPV 2.3 concept, as a full IRI."""
    text = resources.files("kgs_ropa.resources.dpv").joinpath(TERMS_FILE).read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def expand(compact: str) -> str:
    """`pd:EmailAddress` as a full IRI (unchanged if its prefix is not a DPV one)."""
    prefix, _, local = compact.partition(":")
    base = PREFIXES.get(prefix)
    return base + local if base and local else compact


def concept(compact: str | None) -> str | None:
    """The DPV concept a stored identifier names, in compact form; None if DPV has none."""
    if not compact:
        return None
    compact = DPV_REPLACED.get(compact.strip(), compact.strip())
    return compact if expand(compact) in terms() else None
