"""Art. 30 completeness and consistency checks: pure functions over the register document.

`check_register(document, today)` checks a whole register; `check_activity(activity_doc,
context)` checks one activity against a CheckContext built once from the register document.
Each rule is a small function in elements.py, transfers.py or upkeep.py (activity rules) or
register.py (register-wide rules); every message lives in messages.py, in Dutch and English.
"""

from kgs_ropa.checks.context import CheckContext
from kgs_ropa.checks.findings import ERROR, WARNING, Finding, Severity
from kgs_ropa.checks.messages import MESSAGES, severity_label
from kgs_ropa.checks.register import (
    ACTIVITY_RULES,
    REGISTER_RULES,
    activity_names,
    check_activity,
    check_register,
)

__all__ = [
    "ACTIVITY_RULES",
    "ERROR",
    "MESSAGES",
    "REGISTER_RULES",
    "WARNING",
    "CheckContext",
    "Finding",
    "Severity",
    "activity_names",
    "check_activity",
    "check_register",
    "severity_label",
]
