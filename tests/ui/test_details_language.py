"""The details pane keeps the selected activity through a language switch."""

from __future__ import annotations

from typing import Any

from kgs_ropa.ui.main_window import MainWindow


def test_details_show_the_same_activity_in_the_new_language(window: MainWindow, qtbot: Any) -> None:
    register = window.register
    register.table.selectRow(2)
    chosen = register.selected_ids()
    english = register.details.toPlainText()
    window.actions_.all["lang_nl"].trigger()
    qtbot.waitUntil(lambda: register.details.toPlainText() != english)
    assert register.selected_ids() == chosen
    dutch = register.details.toPlainText()
    assert dutch.startswith("KGS-03 · ")
    assert "Actief" in dutch and "Active" not in dutch
    window.actions_.all["lang_en"].trigger()
    qtbot.waitUntil(lambda: register.details.toPlainText() != dutch)
    assert register.selected_ids() == chosen
    assert register.details.toPlainText() == english


def test_reading_the_register_again_keeps_the_selected_activity(window: MainWindow) -> None:
    register = window.register
    register.table.selectRow(4)
    chosen = register.selected_ids()
    shown = register.details.toPlainText()
    window.reload_register()  # as after a catalogue change or Refresh
    assert register.selected_ids() == chosen
    assert register.details.toPlainText() == shown
