"""Wide and small screens: the register's filter boxes show their whole label, and the
catalogue lists give a wide window's width to their name or description column."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QHeaderView, QStyle, QStyleOptionComboBox

from kgs_ropa.ui.main_window import MainWindow


def _text_room(combo: QComboBox) -> int:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return field.width()


@pytest.mark.parametrize("width", [1366, 1100])
def test_the_filter_boxes_show_their_labels_whole_on_a_small_screen_in_dutch(
    window: MainWindow, qtbot: Any, width: int
) -> None:
    """1100: the test's plain font is smaller than the theme's, so a narrower window stands
    in for the walk's 1366 x 768 with the app's look."""
    window.set_language("nl")
    window.resize(width, 768)
    window.show_page("register")
    combo = window.register.filters["data_category"]
    qtbot.waitUntil(lambda: combo.currentText() == "Alle gegevenscategorieën")
    qtbot.waitUntil(lambda: window.width() == width)
    for combo in window.register.filters.values():
        needed = combo.fontMetrics().horizontalAdvance(combo.currentText())
        assert _text_room(combo) >= needed, combo.currentText()


def test_a_catalogue_list_stretches_its_description_on_a_wide_screen(
    window: MainWindow, qtbot: Any
) -> None:
    window.resize(1920, 1080)
    window.show_page("processors")
    page = window.catalogues["processors"]
    header = page.table.horizontalHeader()
    service = page.model.keys.index("service")
    qtbot.waitUntil(lambda: window.width() == 1920)
    assert header.sectionResizeMode(service) == QHeaderView.ResizeMode.Stretch
    assert not header.stretchLastSection()
    # The service texts are long: their column is the widest, the others fit their texts.
    widths = [header.sectionSize(c) for c in range(header.count())]
    assert max(widths) == widths[service]
    last = header.count() - 1
    assert (
        widths[last] <= max(page.table.sizeHintForColumn(last), header.sectionSizeHint(last)) + 12
    )


def test_the_contacts_entity_column_fits_the_entity_names(window: MainWindow) -> None:
    window.resize(1920, 1080)
    window.show_page("organisation")
    contacts = window.organisation.contacts
    column = contacts.model.keys.index("entity_id")
    shown = contacts.model.index(0, column).data()
    assert shown == "KGS DIAMOND HOLDING BV"  # the name, not the stored id
    needed = contacts.table.fontMetrics().horizontalAdvance(shown)
    assert contacts.table.columnWidth(column) > needed
    entities = window.organisation.entities
    header = entities.table.horizontalHeader()
    address = entities.model.keys.index("address")
    assert header.sectionResizeMode(address) == QHeaderView.ResizeMode.Stretch
