"""Add or edit one catalogue row (processor, recipient, system, category, measure, entity, ...)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from kgs_ropa.services import catalogues
from kgs_ropa.storage.database import Database, StorageError
from kgs_ropa.ui.fields import (
    CheckField,
    ChoiceField,
    Choices,
    DateField,
    LineField,
    TextField,
    vocabulary_choices,
)
from kgs_ropa.ui.form import Form, Spec
from kgs_ropa.ui.lookups import country_choices
from kgs_ropa.ui.messages import show_error

N = QT_TRANSLATE_NOOP

FIELD_LABELS = {
    "code": N("Form", "Code"),
    "name": N("Form", "Name"),
    "name_en": N("Form", "Name (English)"),
    "label_nl": N("Form", "Name (Dutch)"),
    "label_en": N("Form", "Name (English)"),
    "dpv_id": N("Form", "DPV identifier"),
    "special": N("Form", "Special category (Art. 9)"),
    "criminal": N("Form", "Criminal data (Art. 10)"),
    "kind": N("Form", "Kind"),
    "service": N("Form", "Service"),
    "country": N("Form", "Country"),
    "role": N("Form", "Role"),
    "agreement_signed_on": N("Form", "Processing agreement signed on"),
    "agreement_reference": N("Form", "Agreement reference"),
    "contact": N("Form", "Contact"),
    "note": N("Form", "Note"),
    "type": N("Form", "Type"),
    "description": N("Form", "Description"),
    "location": N("Form", "Location"),
    "address": N("Form", "Address"),
    "registration_number": N("Form", "Registration number"),
    "email": N("Form", "Email"),
    "phone": N("Form", "Telephone"),
    "entity_id": N("Form", "Entity"),
    "provider": N("Form", "Provider"),
    "purpose": N("Form", "Purpose"),
    "purpose_en": N("Form", "Purpose (English)"),
    "retention": N("Form", "Retention"),
    "activity_id": N("Form", "Activity"),
}
TITLES = {
    "processor": N("Form", "Processor"),
    "recipient": N("Form", "Recipient"),
    "system": N("Form", "System"),
    "data_category": N("Form", "Data category"),
    "data_subject": N("Form", "Category of data subjects"),
    "measure": N("Form", "Security measure"),
    "entity": N("Form", "Entity"),
    "contact": N("Form", "Contact"),
    "cookie": N("Form", "Cookie"),
}
_LONG_TEXT = {"note", "description", "address", "service", "contact", "purpose", "location"}


def _factory(field: tuple[str, str, Any], choices: dict[str, Choices]) -> Callable[..., Any]:
    name, kind, vocab = field
    if name in choices:
        return lambda parent: ChoiceField(choices[name], parent, optional=True, searchable=True)
    if name == "country":
        return lambda parent: ChoiceField(country_choices, parent, optional=True, searchable=True)
    if kind == "bool":
        return CheckField
    if kind == "date":
        return DateField
    if vocab is not None:
        return lambda parent: ChoiceField(vocabulary_choices(vocab), parent)
    if name in _LONG_TEXT:
        return lambda parent: TextField(parent, 2)
    return LineField


def catalogue_specs(kind: str, choices: dict[str, Choices] | None = None) -> list[Spec]:
    fields = catalogues.KINDS[kind].fields
    return [Spec(f[0], FIELD_LABELS[f[0]], _factory(f, choices or {})) for f in fields]


class CatalogueDialog(QDialog):
    """Edits a row dict; Save writes it in one transaction and keeps the dialog open on error."""

    def __init__(
        self,
        db: Database,
        kind: str,
        row: dict[str, Any] | None = None,
        parent: QWidget | None = None,
        choices: dict[str, Choices] | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.kind, self.row = db, kind, dict(row or {})
        self.saved_id: int | None = self.row.get("id")
        self.form = Form(catalogue_specs(kind, choices), self)
        self.form.set_value(self.row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        title = QCoreApplication.translate("Form", TITLES[kind])
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def values(self) -> dict[str, Any]:
        data = self.form.value()
        data.pop("id", None)
        return data

    def _save(self) -> None:
        try:
            if self.saved_id is None:
                self.saved_id = catalogues.create(self.db, self.kind, self.values())
            else:
                catalogues.update(self.db, self.kind, self.saved_id, self.values())
        except StorageError as exc:
            show_error(self, str(exc))
            return
        self.accept()

    def saved_code(self) -> str:
        for row in catalogues.list_rows(self.db, self.kind):
            if row["id"] == self.saved_id:
                return str(row.get("code", ""))
        return ""
