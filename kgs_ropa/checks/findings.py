"""A finding: one problem in the register, with where it is and a message in Dutch or English."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any, Literal

from kgs_ropa.checks.messages import render

Severity = Literal["error", "warning"]
ERROR: Severity = "error"
WARNING: Severity = "warning"

# Parameter values a message may show: text and whole numbers only, so a finding is plain JSON.
Params = Mapping[str, str | int]


@dataclasses.dataclass(frozen=True)
class Finding:
    """A problem found by a check.

    `activity` is the activity's code (None for a register-wide finding). `field` is the path of
    the offending value inside the activity document (e.g. "purposes[0].lawful_basis"), or inside
    the register document for a register-wide finding (e.g. "organisation.entities").
    """

    severity: Severity
    code: str
    activity: str | None
    field: str | None
    params: Params = dataclasses.field(default_factory=dict, hash=False)

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def message(self, lang: str = "nl") -> str:
        return render(self.code, self.params, lang)

    def as_dict(self, lang: str = "nl") -> dict[str, Any]:
        """The finding as a plain JSON object (the `check --format json` output)."""
        return {
            "severity": self.severity,
            "code": self.code,
            "activity": self.activity,
            "field": self.field,
            "message": self.message(lang),
            "params": dict(self.params),
        }


def error(doc: Mapping[str, Any], code: str, path: str | None, **params: str | int) -> Finding:
    return _made(ERROR, code, _code_of(doc), path, params)


def warning(doc: Mapping[str, Any], code: str, path: str | None, **params: str | int) -> Finding:
    return _made(WARNING, code, _code_of(doc), path, params)


def _made(
    severity: Severity, code: str, activity: str | None, field: str | None, params: Params
) -> Finding:
    """Finding(severity, code, activity, field, params), filled in at once: a frozen dataclass
    sets each field through object.__setattr__, four times the cost (a check of 10,000
    activities makes 50,000 findings)."""
    finding = object.__new__(Finding)
    finding.__dict__.update(
        severity=severity, code=code, activity=activity, field=field, params=params
    )
    return finding


def _code_of(doc: Mapping[str, Any]) -> str | None:
    code = doc.get("code")
    return code if isinstance(code, str) and code else None
