"""Register commands: what the filter hides, empty lists, codes, Duplicate, Delete and undo."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox

from kgs_ropa.services import activities
from kgs_ropa.ui.main_window import MainWindow


def test_a_filter_hiding_the_selection_clears_details_and_delete(window: MainWindow) -> None:
    first = window.register.model.all_rows[0]
    window.register.select(first.id)
    assert window.actions_.all["delete"].isEnabled()
    assert first.code in window.register.details.toPlainText()
    window.register.search.setText("zzz-no-such-activity")
    assert window.register.selected_ids() == []
    assert not window.actions_.all["delete"].isEnabled()
    assert first.code not in window.register.details.toPlainText()


def test_no_match_says_what_to_do(window: MainWindow) -> None:
    window.register.search.setText("zzz-no-such-activity")
    assert window.register.empty_state.isVisible()
    assert "Clear filters" in window.register.empty_state.text()
    window.register.clear_filters()
    assert not window.register.empty_state.isVisible()


def test_an_empty_register_says_how_to_start(empty_window: MainWindow) -> None:
    empty_window.show_page("register")
    assert "New activity" in empty_window.register.empty_state.text()


def test_a_new_activity_continues_the_register_s_codes(window: MainWindow) -> None:
    codes = {row.code for row in window.register.model.all_rows}
    window.new_activity()
    code = window.editor.field("code").text()
    assert code not in codes
    assert code.rsplit("-", 1)[0] == sorted(codes)[0].rsplit("-", 1)[0]


def test_duplicate_opens_an_unsaved_copy(window: MainWindow, answers: Any) -> None:
    first = window.register.model.all_rows[0]
    count = len(window.register.model.all_rows)
    window.register.select(first.id)
    window.duplicate_selected()
    editor = window.editor
    assert editor.activity_id is None and editor.is_dirty()
    assert len(activities.list_rows(window.db)) == count  # nothing written yet
    assert "kopie" in editor.field("name").text()
    assert not editor.field("code").text().endswith("-copy")
    assert editor.save(), answers.shown
    assert len(window.register.model.all_rows) == count + 1


def test_delete_names_the_activities_and_can_be_undone(window: MainWindow, answers: Any) -> None:
    first = window.register.model.all_rows[0]
    doc = activities.get_document(window.db, first.id)
    window.register.select(first.id)
    answers.answer = QMessageBox.StandardButton.Yes
    window.delete_selected()
    assert first.code in answers.asked[-1] and first.name in answers.asked[-1]
    assert first.code not in {row.code for row in window.register.model.all_rows}
    assert window.actions_.all["undo_delete"].isEnabled()
    window.undo_delete()
    row = next(r for r in window.register.model.all_rows if r.code == first.code)
    restored = activities.get_document(window.db, row.id)
    assert restored == doc
    assert not window.actions_.all["undo_delete"].isEnabled()
