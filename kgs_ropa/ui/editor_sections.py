"""The activity form's sections, grouped the way Art. 30(1)(a)-(g) GDPR groups the record."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from kgs_ropa.model import dpia
from kgs_ropa.model import vocabulary as voc
from kgs_ropa.ui.document_links import documents_editor
from kgs_ropa.ui.fields import (
    AnswerField,
    CheckField,
    ChoiceField,
    DateField,
    IntField,
    LineField,
    ListTextField,
    MultiPicker,
    TextField,
    vocabulary_choices,
)
from kgs_ropa.ui.form import ListEditor, Spec
from kgs_ropa.ui.i18n import QT_TRANSLATE_NOOP, current
from kgs_ropa.ui.lookups import Lookups, country_choices
from kgs_ropa.ui.period_field import PeriodField
from kgs_ropa.ui.translation_field import TranslationsField


@dataclass(frozen=True)
class Section:
    title: str  # English source, translated in context "Form"
    specs: list[Spec]


def _text(lines: int = 3) -> Callable[[QWidget], Any]:
    return lambda parent: TextField(parent, lines)


def _choice(vocabulary: Any, optional: bool = False) -> Callable[[QWidget], Any]:
    return lambda parent: ChoiceField(vocabulary_choices(vocabulary), parent, optional)


def _english(*specs: Spec) -> Callable[[QWidget], Any]:
    """The English versions of a row's texts, stored in its translations."""
    return lambda parent: TranslationsField(specs, parent)


PURPOSE_SPECS = [
    Spec("description", QT_TRANSLATE_NOOP("Form", "Purpose"), _text(2)),
    Spec("description_en", QT_TRANSLATE_NOOP("Form", "Purpose (English)"), LineField),
    Spec(
        "lawful_basis",
        QT_TRANSLATE_NOOP("Form", "Lawful basis"),
        _choice(voc.LAWFUL_BASES, optional=True),
    ),
    Spec(
        "basis_assumed",
        QT_TRANSLATE_NOOP("Form", "Lawful basis assumed (still to be confirmed)"),
        CheckField,
    ),
    Spec("legitimate_interest", QT_TRANSLATE_NOOP("Form", "Legitimate interest"), _text(2)),
    Spec("balancing_note", QT_TRANSLATE_NOOP("Form", "Balancing test"), LineField),
    Spec("consent_record", QT_TRANSLATE_NOOP("Form", "Consent record"), LineField),
    Spec(
        "legal_obligation_reference",
        QT_TRANSLATE_NOOP("Form", "Legal obligation (law, article)"),
        LineField,
    ),
    Spec("dpv_purpose", QT_TRANSLATE_NOOP("Form", "DPV purpose"), LineField),
    Spec(
        "translations",
        QT_TRANSLATE_NOOP("Form", "In English"),
        _english(
            Spec(
                "legitimate_interest",
                QT_TRANSLATE_NOOP("Form", "Legitimate interest (English)"),
                _text(2),
            ),
            Spec(
                "balancing_note", QT_TRANSLATE_NOOP("Form", "Balancing test (English)"), LineField
            ),
            Spec(
                "consent_record", QT_TRANSLATE_NOOP("Form", "Consent record (English)"), LineField
            ),
            Spec(
                "legal_obligation_reference",
                QT_TRANSLATE_NOOP("Form", "Legal obligation (English)"),
                LineField,
            ),
        ),
    ),
]
SOURCE_SPECS = [
    Spec("description", QT_TRANSLATE_NOOP("Form", "Source"), LineField),
    Spec("description_en", QT_TRANSLATE_NOOP("Form", "Source (English)"), LineField),
    Spec(
        "from_data_subject",
        QT_TRANSLATE_NOOP("Form", "Collected from the data subject"),
        CheckField,
    ),
]
TRANSFER_SPECS = [
    Spec(
        "country",
        QT_TRANSLATE_NOOP("Form", "Country"),
        lambda parent: ChoiceField(
            country_choices, parent, optional=True, searchable=True, empty_value=""
        ),
    ),
    Spec("recipient", QT_TRANSLATE_NOOP("Form", "Recipient"), LineField),
    Spec(
        "mechanism",
        QT_TRANSLATE_NOOP("Form", "Transfer mechanism"),
        _choice(voc.TRANSFER_MECHANISMS, True),
    ),
    Spec(
        "documentation_reference", QT_TRANSLATE_NOOP("Form", "Safeguards documented in"), LineField
    ),
    Spec(
        "adequacy_scope_confirmed",
        QT_TRANSLATE_NOOP("Form", "Recipient within the adequacy decision's scope"),
        CheckField,
    ),
    Spec(
        "mechanism_assumed",
        QT_TRANSLATE_NOOP("Form", "Transfer mechanism assumed (still to be confirmed)"),
        CheckField,
    ),
    Spec("note", QT_TRANSLATE_NOOP("Form", "Note"), _text(2)),
    Spec(
        "translations",
        QT_TRANSLATE_NOOP("Form", "In English"),
        _english(
            Spec("recipient", QT_TRANSLATE_NOOP("Form", "Recipient (English)"), LineField),
            Spec("note", QT_TRANSLATE_NOOP("Form", "Note (English)"), _text(2)),
        ),
    ),
]
ACTIVITY_ENGLISH = _english(
    Spec("description", QT_TRANSLATE_NOOP("Form", "Description (English)"), _text(3)),
    Spec("business_function", QT_TRANSLATE_NOOP("Form", "Business function (English)"), LineField),
    Spec("rights_note", QT_TRANSLATE_NOOP("Form", "Rights note (English)"), LineField),
    Spec("security_note", QT_TRANSLATE_NOOP("Form", "Security description (English)"), _text(3)),
    Spec(
        "automated_decision_note",
        QT_TRANSLATE_NOOP("Form", "Automated decisions note (English)"),
        LineField,
    ),
    Spec("to_be_confirmed", QT_TRANSLATE_NOOP("Form", "To be confirmed (English)"), _text(2)),
)


class CategoryUses(QWidget):
    """The data categories of an activity, with the Art. 9(2) condition of each special one."""

    changed = Signal()

    def __init__(self, lookups: Lookups, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lookups = lookups
        self.picker = MultiPicker(lookups.choices("data_category"), self, rows=7, can_add=True)
        self.picker.changed.connect(self._picked)
        self.conditions = QFormLayout()
        self._uses: dict[str, dict[str, Any]] = {}
        self._combos: dict[str, ChoiceField] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picker)
        layout.addLayout(self.conditions)

    def _picked(self) -> None:
        self._rebuild()
        self.changed.emit()

    def _rebuild(self) -> None:
        while self.conditions.rowCount():
            self.conditions.removeRow(0)
        self._combos.clear()
        labels = self.lookups.labels("data_category", current())
        special = self.lookups.special_codes()
        for code in self.picker.value():
            if code not in special:
                continue
            combo = ChoiceField(vocabulary_choices(voc.ART9_CONDITIONS), self, optional=True)
            combo.set_value(self._uses.get(code, {}).get("art9_condition"))
            combo.changed.connect(self.changed)
            text = self.tr("Art. 9(2) condition for %1").replace("%1", labels.get(code, code))
            combo.setAccessibleName(text)
            label = QLabel(text, self)
            label.setTextFormat(Qt.TextFormat.PlainText)  # the category's name is user text
            label.setWordWrap(True)
            self.conditions.addRow(label, combo)
            self._combos[code] = combo

    def value(self) -> list[dict[str, Any]]:
        uses = []
        for code in self.picker.value():
            use = {"art9_condition": None, "note": "", **self._uses.get(code, {})}
            use["category"] = code
            if code in self._combos:
                use["art9_condition"] = self._combos[code].value()
            uses.append(use)
        return uses

    def set_value(self, uses: Any) -> None:
        uses = list(uses or [])
        if uses == self.value():
            return
        self._uses = {use["category"]: dict(use) for use in uses}
        with QSignalBlocker(self.picker):
            self.picker.set_value([use["category"] for use in uses])
        self._rebuild()

    def reload(self) -> None:
        self.picker.reload()
        self._rebuild()

    def retranslate(self) -> None:
        self.picker.retranslate()
        self._rebuild()

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt naming)
        super().setAccessibleName(name)
        self.picker.setAccessibleName(name)


@dataclass(frozen=True)
class Rows:
    """Makes a list editor of `specs`; keeps them readable (the history names fields by them)."""

    specs: list[Spec]
    add: str

    def __call__(self, parent: QWidget) -> ListEditor:
        return ListEditor(self.specs, self.add, parent)


rows = Rows


def sections(lookups: Lookups) -> list[Section]:
    """The form, section by section; `lookups` feeds the catalogue pickers."""

    def picker(kind: str, can_add: bool = True) -> Callable[[QWidget], Any]:
        return lambda parent: MultiPicker(lookups.choices(kind), parent, can_add=can_add)

    def entity(parent: QWidget) -> ChoiceField:
        return ChoiceField(lookups.choices("entity"), parent, optional=True)

    def retention_specs() -> list[Spec]:
        def category(parent: QWidget) -> ChoiceField:
            return ChoiceField(lookups.choices("data_category"), parent, optional=True)

        return [
            Spec(
                "category",
                QT_TRANSLATE_NOOP("Form", "Data category (empty: the whole activity)"),
                category,
            ),
            Spec("period_amount", QT_TRANSLATE_NOOP("Form", "Retention period"), PeriodField),
            Spec("period", QT_TRANSLATE_NOOP("Form", "Period in words"), LineField),
            Spec("start_event", QT_TRANSLATE_NOOP("Form", "Counted from"), LineField),
            Spec("legal_ground", QT_TRANSLATE_NOOP("Form", "Legal ground"), LineField),
            Spec("criterion", QT_TRANSLATE_NOOP("Form", "Criterion"), LineField),
            Spec(
                "translations",
                QT_TRANSLATE_NOOP("Form", "In English"),
                _english(
                    Spec(
                        "period", QT_TRANSLATE_NOOP("Form", "Period in words (English)"), LineField
                    ),
                    Spec(
                        "start_event",
                        QT_TRANSLATE_NOOP("Form", "Counted from (English)"),
                        LineField,
                    ),
                    Spec(
                        "legal_ground",
                        QT_TRANSLATE_NOOP("Form", "Legal ground (English)"),
                        LineField,
                    ),
                    Spec("criterion", QT_TRANSLATE_NOOP("Form", "Criterion (English)"), LineField),
                ),
            ),
        ]

    return [
        Section(
            QT_TRANSLATE_NOOP("Form", "(a) Activity"),
            [
                # The name first: it is what the user knows; the code is proposed for them.
                Spec("name", QT_TRANSLATE_NOOP("Form", "Name"), LineField),
                Spec("name_en", QT_TRANSLATE_NOOP("Form", "Name (English)"), LineField),
                Spec("code", QT_TRANSLATE_NOOP("Form", "Code"), LineField),
                Spec("description", QT_TRANSLATE_NOOP("Form", "Description"), _text(3)),
                Spec(
                    "business_function", QT_TRANSLATE_NOOP("Form", "Business function"), LineField
                ),
                Spec("owner", QT_TRANSLATE_NOOP("Form", "Owner"), LineField),
                Spec("status", QT_TRANSLATE_NOOP("Form", "Status"), _choice(voc.ACTIVITY_STATUSES)),
                Spec("controller", QT_TRANSLATE_NOOP("Form", "Controller"), entity),
                Spec(
                    "joint_controllers",
                    QT_TRANSLATE_NOOP("Form", "Joint controllers (; between)"),
                    ListTextField,
                ),
            ],
        ),
        Section(
            QT_TRANSLATE_NOOP("Form", "(b) Purposes"),
            [
                Spec(
                    "purposes",
                    QT_TRANSLATE_NOOP("Form", "Purposes"),
                    rows(PURPOSE_SPECS, QT_TRANSLATE_NOOP("Form", "Add purpose")),
                )
            ],
        ),
        Section(
            QT_TRANSLATE_NOOP("Form", "(c) Data"),
            [
                Spec(
                    "data_subjects",
                    QT_TRANSLATE_NOOP("Form", "Categories of data subjects"),
                    picker("data_subject"),
                ),
                Spec(
                    "data_categories",
                    QT_TRANSLATE_NOOP("Form", "Categories of personal data"),
                    lambda parent: CategoryUses(lookups, parent),
                ),
                Spec(
                    "sources",
                    QT_TRANSLATE_NOOP("Form", "Sources"),
                    rows(SOURCE_SPECS, QT_TRANSLATE_NOOP("Form", "Add source")),
                ),
            ],
        ),
        Section(
            QT_TRANSLATE_NOOP("Form", "(d) Recipients"),
            [
                Spec(
                    "recipients",
                    QT_TRANSLATE_NOOP("Form", "Categories of recipients"),
                    picker("recipient"),
                ),
                Spec("processors", QT_TRANSLATE_NOOP("Form", "Processors"), picker("processor")),
            ],
        ),
        Section(
            QT_TRANSLATE_NOOP("Form", "(e) Transfers"),
            [
                Spec(
                    "transfers",
                    QT_TRANSLATE_NOOP("Form", "Transfers to third countries"),
                    rows(TRANSFER_SPECS, QT_TRANSLATE_NOOP("Form", "Add transfer")),
                ),
                Spec(
                    "assessed_none",
                    QT_TRANSLATE_NOOP("Form", "Assessed: there are none (else: to be confirmed)"),
                    _assessed_picker,
                ),
            ],
        ),
        Section(
            QT_TRANSLATE_NOOP("Form", "(f) Retention"),
            [
                Spec(
                    "retention",
                    QT_TRANSLATE_NOOP("Form", "Retention periods"),
                    rows(retention_specs(), QT_TRANSLATE_NOOP("Form", "Add retention period")),
                )
            ],
        ),
        Section(
            QT_TRANSLATE_NOOP("Form", "(g) Security"),
            [
                Spec(
                    "security_measures",
                    QT_TRANSLATE_NOOP("Form", "Security measures"),
                    picker("measure"),
                ),
                Spec("security_note", QT_TRANSLATE_NOOP("Form", "Security description"), _text(3)),
                Spec(
                    "systems",
                    QT_TRANSLATE_NOOP("Form", "Systems and storage locations"),
                    picker("system"),
                ),
            ],
        ),
        Section(
            QT_TRANSLATE_NOOP("Form", "Rights and review"),
            [
                Spec("rights", QT_TRANSLATE_NOOP("Form", "Data subject rights"), _rights_picker),
                Spec("rights_note", QT_TRANSLATE_NOOP("Form", "Rights note"), LineField),
                Spec(
                    "automated_decision_making",
                    QT_TRANSLATE_NOOP("Form", "Automated decisions"),
                    AnswerField,
                ),
                Spec(
                    "automated_decision_note",
                    QT_TRANSLATE_NOOP("Form", "Automated decisions note"),
                    LineField,
                ),
                Spec(
                    "dpia_required",
                    QT_TRANSLATE_NOOP("Form", "DPIA required"),
                    _choice(voc.DPIA_REQUIRED),
                ),
                Spec(
                    "dpia_status",
                    QT_TRANSLATE_NOOP("Form", "DPIA status"),
                    _choice(voc.DPIA_STATUSES),
                ),
                Spec("dpia_reference", QT_TRANSLATE_NOOP("Form", "DPIA reference"), LineField),
                Spec(
                    "dpia_screened_on",
                    QT_TRANSLATE_NOOP("Form", "DPIA screening answered on"),
                    DateField,
                ),
                Spec(
                    "dpia_criteria",
                    QT_TRANSLATE_NOOP("Form", "DPIA screening: what applies"),
                    _screening_picker,
                ),
                Spec("last_reviewed_on", QT_TRANSLATE_NOOP("Form", "Last reviewed on"), DateField),
                Spec("last_reviewed_by", QT_TRANSLATE_NOOP("Form", "Last reviewed by"), LineField),
                Spec("next_review_due", QT_TRANSLATE_NOOP("Form", "Next review due"), DateField),
                Spec(
                    "review_interval_months",
                    QT_TRANSLATE_NOOP("Form", "Review every (months)"),
                    IntField,
                ),
                Spec("to_be_confirmed", QT_TRANSLATE_NOOP("Form", "To be confirmed"), _text(2)),
                Spec("note", QT_TRANSLATE_NOOP("Form", "Note"), _text(2)),
                Spec(
                    "documents",
                    QT_TRANSLATE_NOOP("Form", "Documents (agreements, DPIAs, tests, consent)"),
                    documents_editor,
                ),
            ],
        ),
        Section(
            QT_TRANSLATE_NOOP("Form", "English texts"),
            [Spec("translations", QT_TRANSLATE_NOOP("Form", "In English"), ACTIVITY_ENGLISH)],
        ),
    ]


def _screening_picker(parent: QWidget) -> MultiPicker:
    # The AP list's 17 entries, then the EDPB's nine criteria (model.dpia).
    return MultiPicker(vocabulary_choices(dpia.SCREENING), parent, rows=6)


def _rights_picker(parent: QWidget) -> MultiPicker:
    return MultiPicker(vocabulary_choices(voc.RIGHTS), parent, rows=5)


def _assessed_picker(parent: QWidget) -> MultiPicker:
    """The elements assessed as empty; an empty one not ticked is exported "to be confirmed"."""
    return MultiPicker(vocabulary_choices(voc.ASSESSED_ELEMENTS), parent, rows=4)


# Catalogue kind behind each picker that offers "New…".
INLINE_KINDS = {
    "data_subjects": "data_subject",
    "data_categories": "data_category",
    "recipients": "recipient",
    "processors": "processor",
    "security_measures": "measure",
    "systems": "system",
}
