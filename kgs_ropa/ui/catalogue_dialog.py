"""Add or edit one catalogue row (processor, recipient, system, category, measure, entity, ...)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from kgs_ropa.model.texts import CATALOGUE_TEXTS
from kgs_ropa.services import catalogues
from kgs_ropa.services.concurrency import StaleRecordError
from kgs_ropa.storage.database import Database, StorageError
from kgs_ropa.ui import conflict_dialog
from kgs_ropa.ui.error_text import user_message
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
from kgs_ropa.ui.i18n import QT_TRANSLATE_NOOP
from kgs_ropa.ui.lookups import country_choices
from kgs_ropa.ui.messages import show_error
from kgs_ropa.ui.translation_field import TranslationsField

FIELD_LABELS = {
    "code": QT_TRANSLATE_NOOP("Form", "Code"),
    "name": QT_TRANSLATE_NOOP("Form", "Name"),
    "name_en": QT_TRANSLATE_NOOP("Form", "Name (English)"),
    "label_nl": QT_TRANSLATE_NOOP("Form", "Name (Dutch)"),
    "label_en": QT_TRANSLATE_NOOP("Form", "Name (English)"),
    "dpv_id": QT_TRANSLATE_NOOP("Form", "DPV identifier"),
    "special": QT_TRANSLATE_NOOP("Form", "Special category (Art. 9)"),
    "criminal": QT_TRANSLATE_NOOP("Form", "Criminal data (Art. 10)"),
    "kind": QT_TRANSLATE_NOOP("Form", "Kind"),
    "service": QT_TRANSLATE_NOOP("Form", "Service"),
    "country": QT_TRANSLATE_NOOP("Form", "Country"),
    "role": QT_TRANSLATE_NOOP("Form", "Role"),
    "agreement_signed_on": QT_TRANSLATE_NOOP("Form", "Processing agreement signed on"),
    "agreement_reference": QT_TRANSLATE_NOOP("Form", "Agreement reference"),
    "contact": QT_TRANSLATE_NOOP("Form", "Contact"),
    "note": QT_TRANSLATE_NOOP("Form", "Note"),
    "type": QT_TRANSLATE_NOOP("Form", "Type"),
    "description": QT_TRANSLATE_NOOP("Form", "Description"),
    "location": QT_TRANSLATE_NOOP("Form", "Location"),
    "address": QT_TRANSLATE_NOOP("Form", "Address"),
    "registration_number": QT_TRANSLATE_NOOP("Form", "Registration number"),
    "email": QT_TRANSLATE_NOOP("Form", "Email"),
    "phone": QT_TRANSLATE_NOOP("Form", "Telephone"),
    "entity_id": QT_TRANSLATE_NOOP("Form", "Entity"),
    "provider": QT_TRANSLATE_NOOP("Form", "Provider"),
    "purpose": QT_TRANSLATE_NOOP("Form", "Purpose"),
    "purpose_en": QT_TRANSLATE_NOOP("Form", "Purpose (English)"),
    "retention": QT_TRANSLATE_NOOP("Form", "Retention"),
    "activity_id": QT_TRANSLATE_NOOP("Form", "Activity"),
}
# The English version of a catalogue row's texts (its translations).
ENGLISH_LABELS = {
    "name": QT_TRANSLATE_NOOP("Form", "Name (English)"),
    "service": QT_TRANSLATE_NOOP("Form", "Service (English)"),
    "description": QT_TRANSLATE_NOOP("Form", "Description (English)"),
    "location": QT_TRANSLATE_NOOP("Form", "Location (English)"),
    "retention": QT_TRANSLATE_NOOP("Form", "Retention (English)"),
}
TITLES = {
    "processor": QT_TRANSLATE_NOOP("Form", "Processor"),
    "recipient": QT_TRANSLATE_NOOP("Form", "Recipient"),
    "system": QT_TRANSLATE_NOOP("Form", "System"),
    "data_category": QT_TRANSLATE_NOOP("Form", "Data category"),
    "data_subject": QT_TRANSLATE_NOOP("Form", "Category of data subjects"),
    "measure": QT_TRANSLATE_NOOP("Form", "Security measure"),
    "entity": QT_TRANSLATE_NOOP("Form", "Entity"),
    "contact": QT_TRANSLATE_NOOP("Form", "Contact"),
    "cookie": QT_TRANSLATE_NOOP("Form", "Cookie"),
}
# The services' messages, for lupdate; shown translated by error_text().
ERRORS = [
    QT_TRANSLATE_NOOP("Errors", "A name is required."),
    QT_TRANSLATE_NOOP("Errors", "The code %1 is already in use; choose another."),
    QT_TRANSLATE_NOOP("Errors", "Not a date (YYYY-MM-DD): %1"),
    QT_TRANSLATE_NOOP("Errors", "%1: unknown value %2"),
    QT_TRANSLATE_NOOP("Errors", "This entry no longer exists; refresh the list (F5)."),
]
# A processor's role: free text in the database, these two choices in the form (a stored value
# outside them stays selectable, see ChoiceField).
PROCESSOR_ROLES = {
    "processor": QT_TRANSLATE_NOOP("Form", "Processor"),
    "sub_processor": QT_TRANSLATE_NOOP("Form", "Sub-processor"),
}
_LONG_TEXT = {"note", "description", "address", "service", "contact", "purpose", "location"}


def processor_role_label(code: str) -> str:
    """A processor role as the interface shows it; an unknown stored value as it is."""
    label = PROCESSOR_ROLES.get(code)
    return QCoreApplication.translate("Form", label) if label else code


def processor_role_choices(lang: str) -> list[tuple[str, str]]:
    return [(code, processor_role_label(code)) for code in PROCESSOR_ROLES]


def _factory(field: tuple[str, str, Any], choices: dict[str, Choices]) -> Callable[..., Any]:
    name, kind, vocab = field
    if name in choices:
        return lambda parent: ChoiceField(choices[name], parent, optional=True, searchable=True)
    if name == "country":
        return lambda parent: ChoiceField(
            country_choices, parent, optional=True, searchable=True, empty_value=""
        )
    if kind == "bool":
        return CheckField
    if kind == "date":
        return DateField
    if vocab is not None:
        return lambda parent: ChoiceField(vocabulary_choices(vocab), parent)
    if name == "role":  # only the processor's role has no vocabulary
        return lambda parent: ChoiceField(processor_role_choices, parent)
    if name in _LONG_TEXT:
        return lambda parent: TextField(parent, 2)
    return LineField


def _english(kind: str) -> list[Spec]:
    """The row's English texts, where the kind has texts that are exported."""
    keys = CATALOGUE_TEXTS.get(kind, ())
    if not keys:
        return []
    specs = [Spec(key, ENGLISH_LABELS[key], _factory((key, "str", None), {})) for key in keys]
    label = QT_TRANSLATE_NOOP("Form", "In English")
    return [Spec("translations", label, lambda parent: TranslationsField(specs, parent))]


def _name_first(kind: str, fields: list[Any]) -> list[Any]:
    """The name (and its English twin) before the code: the user knows the name, the code is
    proposed from it when left empty."""
    names = {catalogues.KINDS[kind].title_field, "name_en", "label_en"}
    named = [f for f in fields if f[0] in names]
    rest = [f for f in fields if f[0] not in names]
    return named + rest


def catalogue_specs(kind: str, choices: dict[str, Choices] | None = None) -> list[Spec]:
    fields = _name_first(kind, [f for f in catalogues.KINDS[kind].fields if f[1] != "texts"])
    specs = [Spec(f[0], FIELD_LABELS[f[0]], _factory(f, choices or {})) for f in fields]
    return specs + _english(kind)


def error_text(exc: StorageError) -> str:
    """A service's message in the interface language when it is a known one."""
    if not isinstance(exc, catalogues.CatalogueError):
        return user_message(exc)
    text = QCoreApplication.translate("Errors", exc.template)
    for i, arg in enumerate(exc.args_, start=1):
        text = text.replace(f"%{i}", arg)
    return text


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
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 100)
        self.form.fields[catalogues.KINDS[kind].title_field].setFocus()

    def values(self) -> dict[str, Any]:
        data = self.form.value()
        data.pop("id", None)
        # The version the row was read at: a save after someone else's is refused, not lost.
        data["version"] = self.row.get("version")
        return data

    def _save(self) -> None:
        try:
            if self.saved_id is None:
                self.saved_id = catalogues.create(self.db, self.kind, self.values())
            else:
                catalogues.update(self.db, self.kind, self.saved_id, self.values())
        except StaleRecordError as exc:
            self._resolve_conflict(exc)
            return
        except StorageError as exc:
            show_error(self, error_text(exc))
            return
        self.accept()

    def _saved_row(self) -> dict[str, Any] | None:
        return next(
            (r for r in catalogues.list_rows(self.db, self.kind) if r["id"] == self.saved_id), None
        )

    def _resolve_conflict(self, exc: StaleRecordError) -> None:
        """Saved by someone else meanwhile: reload theirs, or choose per field (as the activity
        editor offers); the choice stays in the dialog, unsaved, for a look first."""
        explanation = conflict_dialog.explain(exc)
        choice = conflict_dialog.ask(self, explanation)
        theirs = self._saved_row()
        if theirs is None or choice == conflict_dialog.Choice.KEEP_EDITING:
            return
        if choice == conflict_dialog.Choice.RELOAD:
            self.row = theirs
            self.form.set_value(theirs)
            return
        mine = {k: v for k, v in self.form.value().items() if k not in ("id", "version")}
        labels = {key: label.text() for key, label in self.form.labels.items()}
        saved = {key: theirs.get(key) for key in mine}
        dialog = conflict_dialog.ConflictDialog(mine, saved, labels, explanation, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.row = theirs  # the version the next save builds on
            self.form.set_value({**theirs, **dialog.merged()})

    def saved_code(self) -> str:
        for row in catalogues.list_rows(self.db, self.kind):
            if row["id"] == self.saved_id:
                return str(row.get("code", ""))
        return ""
