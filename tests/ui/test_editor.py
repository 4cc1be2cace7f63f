"""The activity editor: create, edit, findings as the user types, undo, the unsaved prompt."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import QMessageBox

from kgs_ropa.services import activities
from kgs_ropa.ui.main_window import MainWindow


def _codes(window: MainWindow) -> set[str]:
    return {row.code for row in window.register.model.all_rows}


def _finding_codes(window: MainWindow) -> set[str]:
    return {f.code for f in window.editor.current_findings}


def test_create_an_activity_through_the_form(window: MainWindow, answers: Any) -> None:
    window.new_activity()
    editor = window.editor
    assert window.current_page() is editor
    editor.field("name").setText("Bezoekersregistratie")
    editor.field("purposes")._add_clicked()
    purpose = editor.field("purposes").items[0]
    purpose.fields["description"].setPlainText("Registreren wie het pand betreedt")
    purpose.fields["lawful_basis"].set_value("legitimate_interests")
    assert editor.save(), answers.shown
    assert "Bezoekersregistratie" in {row.name for row in window.register.model.all_rows}
    saved = activities.get_document(window.db, editor.activity_id)
    assert saved["purposes"][0]["lawful_basis"] == "legitimate_interests"


def test_edit_an_activity(window: MainWindow, answers: Any) -> None:
    first = window.register.model.all_rows[0]
    window.edit_activity(first.id)
    window.editor.field("business_function").setText("Verkoop binnendienst")
    assert window.editor.is_dirty()
    assert window.editor.save(), answers.shown
    assert not window.editor.is_dirty()
    row = next(r for r in window.register.model.all_rows if r.id == first.id)
    assert row.business_function == "Verkoop binnendienst"


def test_a_finding_appears_and_disappears_as_the_user_types(window: MainWindow) -> None:
    window.new_activity()
    editor = window.editor
    editor.run_checks()
    editor_window = window
    assert "art30.purposes" in _finding_codes(editor_window)
    editor.field("purposes")._add_clicked()
    editor.run_checks()
    assert "art30.purposes" not in _finding_codes(editor_window)
    assert "art30.purpose_description" in _finding_codes(editor_window)
    note = editor.forms[1].notes["purposes"]
    assert not note.isHidden() and note.text()
    editor.field("purposes").items[0].fields["description"].setPlainText("Iets doen")
    editor.run_checks()
    assert "art30.purpose_description" not in _finding_codes(editor_window)


def test_findings_update_on_their_own_after_a_pause(qtbot: Any, window: MainWindow) -> None:
    window.new_activity()
    window.editor.field("purposes")._add_clicked()
    qtbot.waitUntil(lambda: "art30.purpose_description" in _finding_codes(window), timeout=3000)


def test_save_refuses_a_bad_code_and_shows_its_field(window: MainWindow, answers: Any) -> None:
    window.edit_activity(window.register.model.all_rows[0].id)
    window.editor.tabs.setCurrentIndex(len(window.editor.forms) - 1)
    window.editor.field("code").setText(window.register.model.all_rows[1].code)
    assert not window.editor.save()
    assert "Code: " in answers.shown[0] and "already used" in answers.shown[0]
    assert window.editor.tabs.currentIndex() == 0


def test_undo_and_redo_in_the_form(window: MainWindow) -> None:
    window.edit_activity(window.register.model.all_rows[0].id)
    editor = window.editor
    original = editor.field("owner").text()
    editor.field("owner").setText("Iemand anders")
    editor.undo()
    assert editor.field("owner").text() == original
    editor.redo()
    assert editor.field("owner").text() == "Iemand anders"


def test_unsaved_changes_prompt(window: MainWindow, answers: Any) -> None:
    first, second = window.register.model.all_rows[:2]
    window.edit_activity(first.id)
    window.editor.field("owner").setText("Nog niet opgeslagen")
    answers.answer = QMessageBox.StandardButton.Cancel
    window.edit_activity(second.id)  # switching asks; Cancel stays
    assert window.editor.activity_id == first.id
    assert answers.asked
    window.show_page("dashboard")  # leaving asks too
    assert window.current_page() is window.editor
    answers.answer = QMessageBox.StandardButton.Discard
    window.edit_activity(second.id)
    assert window.editor.activity_id == second.id
    assert activities.get_document(window.db, first.id)["owner"] != "Nog niet opgeslagen"


def test_unsaved_changes_can_be_saved_from_the_prompt(window: MainWindow, answers: Any) -> None:
    first = window.register.model.all_rows[0]
    window.edit_activity(first.id)
    window.editor.field("owner").setText("Opgeslagen via de vraag")
    answers.answer = QMessageBox.StandardButton.Save
    window.show_page("register")
    assert window.current_page() is window.register
    assert activities.get_document(window.db, first.id)["owner"] == "Opgeslagen via de vraag"


def test_duplicate_retire_and_delete(window: MainWindow, answers: Any) -> None:
    first = window.register.model.all_rows[0]
    window.register.select(first.id)
    window.duplicate_selected()
    assert window.editor.save()
    copy_id = window.editor.activity_id
    assert copy_id != first.id
    assert len(window.register.model.all_rows) == 14
    window.show_page("register")
    window.register.select(copy_id)
    window.retire_selected()
    assert activities.get_document(window.db, copy_id)["status"] == "retired"
    window.register.select(copy_id)
    answers.answer = QMessageBox.StandardButton.No
    window.delete_selected()
    assert len(window.register.model.all_rows) == 14
    answers.answer = QMessageBox.StandardButton.Yes
    window.delete_selected()
    assert len(window.register.model.all_rows) == 13
    assert "Delete this activity?" in answers.asked[-1]


def test_add_a_processor_inline(window: MainWindow, monkeypatch: Any) -> None:
    from kgs_ropa.ui import editor as editor_module

    class Accepting(editor_module.CatalogueDialog):
        def exec(self) -> int:
            self.form.fields["name"].setText("Nieuwe Verwerker B.V.")
            self._save()
            return int(self.result())

    monkeypatch.setattr(editor_module, "CatalogueDialog", Accepting)
    window.edit_activity(window.register.model.all_rows[0].id)
    window.editor.field("processors").add_button.click()
    assert "nieuwe_verwerker_b_v" in window.editor.field("processors").value()
    assert any(
        row["name"] == "Nieuwe Verwerker B.V." for row in window.catalogues["processors"]._all
    )


def test_a_tab_title_marks_its_findings_not_a_bare_count(window: MainWindow) -> None:
    # "(g) Security (2)" beside "No security measures given" read as two measures.
    window.edit_activity(window.register.model.all_rows[0].id)
    editor = window.editor
    editor.field("security_measures").set_value([])
    editor.run_checks()
    security = editor._tab_of("security_measures")
    title = editor.tabs.tabText(security)
    assert title.startswith("(g) Security ") and ("●" in title or "▲" in title)
    assert not re.search(r"\(\d+\)", title), title


def test_the_editor_switches_language(window: MainWindow) -> None:
    window.edit_activity(window.register.model.all_rows[0].id)
    window.set_language("nl")
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    assert window.editor.save_button.text() == "Opslaan"
    assert window.editor.tabs.tabText(1).startswith("(b) Doeleinden")
    window.set_language("en")


def test_the_editor_shows_the_activity_s_history(window: MainWindow, answers: Any) -> None:
    first = window.register.model.all_rows[0]
    window.edit_activity(first.id)
    editor = window.editor
    editor.field("business_function").setText("Verkoop binnendienst")
    editor.comment.setText("Afdeling na reorganisatie")
    assert editor.save(), answers.shown
    editor.tabs.setCurrentWidget(editor.history_tab)
    assert editor.history_panel is not None
    rows = editor.history_panel.model.rows()
    assert rows and {r.entity_key for r in rows} == {first.code}
    assert any(
        r.field == "business_function" and r.comment == "Afdeling na reorganisatie" for r in rows
    )
    window.new_activity()
    editor.tabs.setCurrentWidget(editor.history_tab)
    assert editor.history_panel.model.rowCount() == 0


def test_the_dpia_screening_is_recorded_and_its_conclusion_checked(
    window: MainWindow, answers: Any, tmp_path: Any
) -> None:
    first = window.register.model.all_rows[0]
    window.edit_activity(first.id)
    editor = window.editor
    editor.field("dpia_criteria").set_value(["ap_location", "edpb_monitoring"])
    editor.field("dpia_screened_on").set_value("2026-11-30")
    editor.tabs.setCurrentIndex(len(editor.forms) - 1)
    editor.run_checks()
    assert {"dpia.required_ap"} <= _finding_codes(window)
    assert "dpia.screening" not in _finding_codes(window)
    window.resize(1200, 900)
    window.grab().save(str(tmp_path / "dpia.png"))
    assert editor.save(), answers.shown
    saved = activities.get_document(window.db, first.id)
    assert saved["dpia_criteria"] == ["ap_location", "edpb_monitoring"]
    assert saved["dpia_screened_on"] == "2026-11-30"


def test_english_texts_are_edited_next_to_the_dutch(window: MainWindow, answers: Any) -> None:
    first = window.register.model.all_rows[0]
    window.edit_activity(first.id)
    english = window.editor.field("translations")
    english.form.fields["business_function"].setText("Sales")
    purpose = window.editor.field("purposes").items[0]
    purpose.fields["translations"].form.fields["balancing_note"].setText("See the LIA")
    assert window.editor.save(), answers.shown
    saved = activities.get_document(window.db, first.id)
    assert saved["translations"]["en"]["business_function"] == "Sales"
    assert saved["purposes"][0]["translations"] == {"en": {"balancing_note": "See the LIA"}}
    assert saved["business_function"] != "Sales"  # the Dutch text stays as it was


def test_a_new_activity_belongs_to_the_register_s_only_controller(
    window: MainWindow, answers: Any
) -> None:
    controller = activities.sole_controller(window.db)
    assert controller is not None  # the example has one controller
    window.new_activity()
    window.editor.field("name").setText("Bezoekersregistratie")
    assert window.editor.save(), answers.shown
    saved = activities.get_document(window.db, window.editor.activity_id)
    assert saved["controller"] == controller
    window.actions_.library.start("cctv")
    assert window.editor.save(), answers.shown
    assert activities.get_document(window.db, window.editor.activity_id)["controller"] == controller
