"""The organisation page: unsaved settings prompt; the example never adds a second controller."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox

from kgs_ropa.services import activities, catalogues
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
