"""The organisation: controller and group entities, contacts (DPO, ...) and register settings."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kgs_ropa.model import vocabulary as voc
from kgs_ropa.services import catalogues
from kgs_ropa.services.concurrency import StaleRecordError
from kgs_ropa.storage.database import Database, StorageError
from kgs_ropa.storage.errors import ServerUnreachableError
from kgs_ropa.ui.catalogue_view import CatalogueView
from kgs_ropa.ui.error_text import user_message
from kgs_ropa.ui.fields import CheckField, MultiPicker, TextField, vocabulary_choices
from kgs_ropa.ui.form import Form, Spec
from kgs_ropa.ui.hub import Hub
from kgs_ropa.ui.i18n import QT_TRANSLATE_NOOP, current
from kgs_ropa.ui.lookups import Lookups
from kgs_ropa.ui.messages import ask_unsaved, show_error
from kgs_ropa.ui.save_retry import SaveWhenBack
from kgs_ropa.ui.theme import SPACE_L, SPACE_S
from kgs_ropa.ui.widgets import heading_box

SETTINGS_SPECS = [
    Spec(
        "acts_as_processor",
        QT_TRANSLATE_NOOP("Form", "The organisation also acts as a processor"),
        CheckField,
    ),
    Spec(
        "export_languages",
        QT_TRANSLATE_NOOP("Form", "The register is also exported in"),
        lambda p: MultiPicker(vocabulary_choices(voc.EXPORT_LANGUAGES), p, rows=2),
    ),
    Spec(
        "employee_count_note",
        QT_TRANSLATE_NOOP("Form", "Staff numbers (Art. 30(5))"),
        lambda p: TextField(p, 2),
    ),
    Spec("note", QT_TRANSLATE_NOOP("Form", "Note"), lambda p: TextField(p, 2)),
]


class OrganisationView(QWidget):
    def __init__(self, db: Database, hub: Hub, lookups: Lookups, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.hub, self.lookups = db, hub, lookups
        self.entities = CatalogueView(
            db, hub, "entity", ["code", "name", "country", "email", "phone", "address"], self
        )
        self.contacts = CatalogueView(
            db,
            hub,
            "contact",
            ["role", "name", "email", "phone", "entity_id"],
            self,
            choices={"entity_id": self._entity_choices},
            defaults=self._contact_defaults,
        )
        self.contacts.model.formatters["role"] = lambda v: voc.CONTACT_ROLES.label(v, current())
        self.contacts.model.formatters["entity_id"] = self._entity_name
        self.contacts.reload()  # its columns measured again, now with the entities' names
        self.settings_form = Form(SETTINGS_SPECS, self)
        self.reload_settings()
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save_settings)
        self.entity_box, self.contact_box, self.settings_box = (heading_box(self) for _ in range(3))
        for box, widget in (
            (self.entity_box, self.entities),
            (self.contact_box, self.contacts),
        ):
            QVBoxLayout(box).addWidget(widget)
        settings_layout = QVBoxLayout(self.settings_box)
        self.save_when_back = SaveWhenBack(self, self.save_settings, QLabel(self))
        settings_layout.addWidget(self.save_when_back.line)
        settings_layout.addWidget(self.settings_form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        settings_layout.addLayout(row)
        # The settings form keeps the height it needs (its wrapped labels are never cut on a
        # small screen); the two lists share what is left.
        self.settings_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._lay_out()
        self.retranslate()

    def _lay_out(self) -> None:
        """The three cards in a scroll area: on a low screen the page scrolls, the window
        never grows past it."""
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, SPACE_S, 0)
        layout.setSpacing(SPACE_L)
        layout.addWidget(self.entity_box, 1)
        layout.addWidget(self.contact_box, 1)
        layout.addWidget(self.settings_box, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        QVBoxLayout(self).addWidget(scroll)  # the style's margins, as on every page

    def _entity_choices(self, lang: str) -> list[tuple[str, str]]:
        return [(row["id"], row["name"]) for row in catalogues.list_rows(self.db, "entity")]

    def _contact_defaults(self) -> dict[str, object]:
        """A new contact belongs to the organisation's only entity when there is just one."""
        entities = catalogues.list_rows(self.db, "entity")
        return {"entity_id": entities[0]["id"]} if len(entities) == 1 else {}

    def _entity_name(self, entity_id: object) -> str:
        names = {row["id"]: row["name"] for row in self.entities.model.rows()}
        return str(names.get(entity_id, ""))

    def reload_settings(self) -> None:
        settings = catalogues.get_settings(self.db)
        self._settings_version = settings["version"]
        self.settings_form.set_value(settings)
        self._saved = self.settings_form.value()

    def is_dirty(self) -> bool:
        return self.settings_form.value() != self._saved

    def save_settings(self) -> bool:
        values = self.settings_form.value()
        try:
            catalogues.save_settings(self.db, {**values, "version": self._settings_version})
        except ServerUnreachableError:
            self.save_when_back.wait()
            return False
        except StorageError as exc:
            if isinstance(exc, StaleRecordError) and self.adopt_if_saved(values):
                return True
            self.save_when_back.done()
            show_error(self, user_message(exc))
            return False
        self.save_when_back.done()
        self.reload_settings()
        return True

    def adopt_if_saved(self, values: dict[str, object]) -> bool:
        """After a lost connection: the save whose answer was lost reached the register when it
        now holds exactly these settings; else the form gets the user's values back."""
        if not self.save_when_back.waiting:
            return False
        self.reload_settings()
        if self._saved == values:
            self.save_when_back.done()
            return True
        self.settings_form.set_value(values)
        return False

    def maybe_leave(self) -> bool:
        """True when the page may be left: nothing unsaved, saved now, or discarded."""
        if not self.is_dirty():
            return True
        answer = ask_unsaved(
            self, self.tr("The register settings have changes that are not saved yet. Save them?")
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save_settings()
        if answer == QMessageBox.StandardButton.Discard:
            self.settings_form.set_value(self._saved)
            return True
        return False

    def retranslate(self) -> None:
        self.entity_box.setTitle(self.tr("(a) Controller and group entities"))
        self.contact_box.setTitle(self.tr("Contacts: privacy officer, DPO, representative"))
        self.settings_box.setTitle(self.tr("Register settings"))
        self.save_button.setText(self.tr("Save settings"))
        self.save_button.setAccessibleName(self.tr("Save settings"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
