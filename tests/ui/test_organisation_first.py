"""The organisation page: unsaved settings prompt; the example never adds a second controller."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox

from kgs_ropa.services import activities, catalogues
from kgs_ropa.ui.catalogue_dialog import CatalogueDialog
from kgs_ropa.ui.main_window import MainWindow


def test_unsaved_settings_prompt_on_leaving(window: MainWindow, answers: Any) -> None:
    window.show_page("organisation")
    window.organisation.settings_form.fields["note"].setPlainText("Nog niet opgeslagen")
    answers.answer = QMessageBox.StandardButton.Cancel
    window.show_page("register")
    assert answers.asked and "settings" in answers.asked[-1]
    assert window.current_page() is window.organisation
    answers.answer = QMessageBox.StandardButton.Save
    window.show_page("register")
    assert window.current_page() is window.register
    assert catalogues.get_settings(window.db)["note"] == "Nog niet opgeslagen"


def test_discarded_settings_are_put_back(window: MainWindow, answers: Any) -> None:
    window.show_page("organisation")
    before = catalogues.get_settings(window.db)["note"]
    window.organisation.settings_form.fields["note"].setPlainText("Weg ermee")
    answers.answer = QMessageBox.StandardButton.Discard
    window.show_page("dashboard")
    assert window.current_page() is window.dashboard
    assert window.organisation.settings_form.fields["note"].toPlainText() == (before or "")


def test_the_example_after_the_organisation_leaves_one_controller(
    empty_window: MainWindow, answers: Any
) -> None:
    db = empty_window.db
    catalogues.create(db, "entity", {"name": "Mijn Eigen B.V.", "country": "NL"})
    answers.answer = QMessageBox.StandardButton.No
    empty_window.load_example()
    assert "already has an organisation" in answers.asked[-1]
    assert activities.list_rows(db) == []
    answers.answer = QMessageBox.StandardButton.Yes
    empty_window.load_example()
    entities = catalogues.list_rows(db, "entity")
    assert "Mijn Eigen B.V." not in {row["name"] for row in entities}
    rows = activities.list_rows(db)
    assert rows
    controllers = {activities.get_document(db, row.id)["controller"] for row in rows}
    assert controllers <= {row["code"] for row in entities}


def _new_contact_entity(window: MainWindow, monkeypatch: Any) -> object:
    """The entity the New contact dialog starts with (the dialog is read, not shown)."""
    seen: list[object] = []

    def read(dialog: CatalogueDialog) -> int:
        seen.append(dialog.form.value().get("entity_id"))
        return CatalogueDialog.DialogCode.Rejected

    monkeypatch.setattr(CatalogueDialog, "exec", read)
    window.organisation.contacts.new()
    return seen[0]


def test_a_new_contact_belongs_to_the_only_entity(
    empty_window: MainWindow, monkeypatch: Any
) -> None:
    empty_window.show_page("organisation")
    assert _new_contact_entity(empty_window, monkeypatch) is None
    only = catalogues.create(empty_window.db, "entity", {"code": "HQ", "name": "KGS Diamond BV"})
    assert _new_contact_entity(empty_window, monkeypatch) == only
    catalogues.create(empty_window.db, "entity", {"code": "BE", "name": "KGS Diamond NV"})
    assert _new_contact_entity(empty_window, monkeypatch) is None
