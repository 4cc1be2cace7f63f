"""Plain-words help for the editor's fields, with the GDPR article each one answers.

Shown as the field's tooltip and What's This text (Shift+F1), in the interface language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kgs_ropa.ui.i18n import QT_TRANSLATE_NOOP

_A = QT_TRANSLATE_NOOP(
    "FieldHelp",
    "Art. 30(1)(a) GDPR: who decides why and how the data are processed (the controller), "
    "with any joint controller, representative and data protection officer. Their contact "
    "details are kept on the Organisation page.",
)
_B = QT_TRANSLATE_NOOP(
    "FieldHelp",
    "Art. 30(1)(b) GDPR: why the data are processed. Give each purpose its lawful basis "
    "(Art. 6); for legitimate interests, record the interest and the balancing test.",
)
_C = QT_TRANSLATE_NOOP(
    "FieldHelp",
    "Art. 30(1)(c) GDPR: whose data (customers, employees, visitors, ...) and which kinds of "
    "personal data. Special categories (Art. 9) and criminal data (Art. 10) need their own "
    "condition.",
)
_D = QT_TRANSLATE_NOOP(
    "FieldHelp",
    "Art. 30(1)(d) GDPR: to whom the data are or will be disclosed, including recipients in "
    "third countries. Processors act on your behalf and need an agreement (Art. 28).",
)
_E = QT_TRANSLATE_NOOP(
    "FieldHelp",
    "Art. 30(1)(e) GDPR: transfers to a country outside the EEA or to an international "
    "organisation, which one, and the safeguard (adequacy decision, standard contractual "
    "clauses, ...).",
)
_F = QT_TRANSLATE_NOOP(
    "FieldHelp",
    "Art. 30(1)(f) GDPR: where possible, how long each kind of data is kept before it is "
    "erased, or the criterion that decides it.",
)
_G = QT_TRANSLATE_NOOP(
    "FieldHelp",
    "Art. 30(1)(g) GDPR: where possible, a general description of the technical and "
    "organisational security measures of Art. 32(1).",
)
_REVIEW = QT_TRANSLATE_NOOP(
    "FieldHelp",
    "Keeping the record current: data subject rights (Art. 12-22), the DPIA (Art. 35; the "
    "Dutch AP lists processing that always needs one) and the dates of the regular review.",
)

# Per field key; fields of the same Art. 30 element share its text.
FIELDS = {
    "controller": _A,
    "joint_controllers": _A,
    "purposes": _B,
    "data_subjects": _C,
    "data_categories": _C,
    "sources": QT_TRANSLATE_NOOP(
        "FieldHelp",
        "Where the data come from when not from the data subject (needed to inform them under "
        "Art. 14).",
    ),
    "recipients": _D,
    "processors": _D,
    "transfers": _E,
    "retention": _F,
    "period_amount": QT_TRANSLATE_NOOP(
        "FieldHelp",
        "How long the data are kept (Art. 30(1)(f)): an amount of days, weeks, months or years. "
        "The exports write it in the reader's language; the period in words may explain it but "
        "should not name another length.",
    ),
    "security_measures": _G,
    "security_note": _G,
    "systems": QT_TRANSLATE_NOOP(
        "FieldHelp",
        "The systems and places where the data are kept. Not an Art. 30 element, but needed to "
        "answer a data subject or handle a breach.",
    ),
    "name": QT_TRANSLATE_NOOP(
        "FieldHelp",
        "A short name a colleague recognises, such as “Camera surveillance of the premises”. "
        "Art. 30(1) asks for a record of each processing activity.",
    ),
    "owner": QT_TRANSLATE_NOOP(
        "FieldHelp", "The person or department inside the organisation answerable for it."
    ),
    "status": QT_TRANSLATE_NOOP(
        "FieldHelp",
        "Draft: not yet part of what the register asserts. Active: in use. Retired: no longer "
        "in use, kept on record.",
    ),
    "rights": _REVIEW,
    "dpia_required": _REVIEW,
    "dpia_status": _REVIEW,
    "next_review_due": _REVIEW,
}

# Per editor tab, by its title (the section's source text).
SECTIONS = {
    "(a) Activity": _A,
    "(b) Purposes": _B,
    "(c) Data": _C,
    "(d) Recipients": _D,
    "(e) Transfers": _E,
    "(f) Retention": _F,
    "(g) Security": _G,
    "Rights and review": _REVIEW,
}


def field_help(key: str) -> str:
    text = FIELDS.get(key)
    return QCoreApplication.translate("FieldHelp", text) if text else ""


def section_help(title: str) -> str:
    text = SECTIONS.get(title)
    return QCoreApplication.translate("FieldHelp", text) if text else ""
