"""Keyboard paths from search to list, and sizes and splitters kept between runs."""

from __future__ import annotations

from typing import Any

from focus_chain import tab_stops
from PySide6.QtCore import QSettings, Qt

from kgs_ropa.storage.database import Database
from kgs_ropa.ui.main_window import MainWindow


def test_one_tab_from_the_register_search_reaches_the_table(qtbot: Any, window: MainWindow) -> None:
    register = window.register
    window.show_page("register")
    assert tab_stops(register.search, 1)[1] is register.table
    register.search.setFocus()
    register.table.clearSelection()
    qtbot.keyClick(register.search, Qt.Key.Key_Down)
    assert register.table.hasFocus()
    assert register.selected_ids() == [register.model.rows()[0].id]


def test_enter_in_a_catalogue_search_goes_to_the_match(qtbot: Any, window: MainWindow) -> None:
    page = window.catalogues["processors"]
    window.show_page("processors")
    assert tab_stops(page.search, 1)[1] is page.table
    page.search.setFocus()
    qtbot.keyClicks(page.search, page.model.rows()[0]["name"])
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.table.hasFocus() and page.selected() is not None


def test_the_review_splitters_and_size_are_remembered(
    qtbot: Any, example_db: Database, settings: QSettings, open_window: Any
) -> None:
    window = open_window(qtbot, example_db, settings)
    dialog = window.actions_.review.review_session()
    dialog.resize(760, 520)
    dialog.splitter.setSizes([150, 600])
    dialog.right.setSizes([300, 150])
    sizes = dialog.splitter.sizes(), dialog.right.sizes()
    dialog.close()
    window.close()
    again = open_window(qtbot, example_db, settings)  # as after a restart: the same settings
    dialog = again.actions_.review.review_session()
    assert (dialog.width(), dialog.height()) == (760, 520)
    assert (dialog.splitter.sizes(), dialog.right.sizes()) == sizes
