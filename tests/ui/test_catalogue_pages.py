"""Catalogue pages and dialogs: what an empty list says, and the name before the code."""

from __future__ import annotations

from typing import Any

from focus_chain import tab_stops
from PySide6.QtCore import Qt

from kgs_ropa.storage.database import Database
from kgs_ropa.ui.catalogue_dialog import CatalogueDialog
from kgs_ropa.ui.main_window import MainWindow


def test_an_empty_catalogue_says_how_to_add_the_first_entry(empty_window: MainWindow) -> None:
    page = empty_window.catalogues["processors"]
    empty_window.show_page("processors")
    assert page.model.rowCount() == 0
    assert page.empty_state.isVisible()
    assert "New…" in page.empty_state.text()


def test_the_organisation_lists_show_their_empty_message_whole(empty_window: MainWindow) -> None:
    empty_window.resize(1160, 700)  # the first window on a 1366x768 screen
    empty_window.show_page("organisation")
    for view in (empty_window.organisation.entities, empty_window.organisation.contacts):
        label = view.empty_state
        assert label.isVisible()
        room = label.contentsRect()
        flags = int(label.alignment()) | int(Qt.TextFlag.TextWordWrap)
        needed = label.fontMetrics().boundingRect(room, flags, label.text())
        assert needed.height() <= room.height(), (needed, room)


def test_a_search_without_match_says_to_clear_it(window: MainWindow) -> None:
    page = window.catalogues["processors"]
    window.show_page("processors")
    assert not page.empty_state.isVisible()
    page.search.setText("no such processor anywhere")
    assert page.empty_state.isVisible()
    assert "Clear the search" in page.empty_state.text()
    page.search.clear()
    assert not page.empty_state.isVisible()


def test_catalogue_dialogs_start_with_the_name(qtbot: Any, db: Database) -> None:
    kinds = (("processor", "name"), ("data_category", "label_nl"), ("cookie", "name"))
    for kind, name_key in kinds:
        dialog = CatalogueDialog(db, kind)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda d=dialog: d.focusWidget() is not None)
        assert dialog.focusWidget() is dialog.form.fields[name_key], kind
        keys = [spec.key for spec in dialog.form.specs]
        if "code" in keys:  # the code comes after the name, in the layout and the tab order
            assert keys.index(name_key) < keys.index("code")
            assert dialog.form.fields["code"] in tab_stops(dialog.form.fields[name_key], 12)


def test_the_activity_editor_starts_with_the_name(window: MainWindow) -> None:
    window.new_activity()
    name, code = window.editor.field("name"), window.editor.field("code")
    assert window.editor.focusWidget() is name
    form = window.editor.forms[0]
    keys = [spec.key for spec in form.specs]
    assert keys[0] == "name" and keys.index("code") > keys.index("name_en")
    assert tab_stops(name, 2)[1:] == [window.editor.field("name_en"), code]
