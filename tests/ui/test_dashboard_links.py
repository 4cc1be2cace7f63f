"""Dashboard tiles and bars open the register filtered to what they count."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt

from kgs_ropa.ui.main_window import MainWindow


def test_a_tile_opens_the_register_filtered(qtbot: Any, window: MainWindow) -> None:
    window.show_page("dashboard")
    tile = window.dashboard.numbers["active"].parentWidget()
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.register
    assert window.register.filters["status"].value() == "active"
    shown = window.register.model.rowCount()
    assert shown == int(window.dashboard.numbers["active"].text())


def test_a_bar_opens_the_register_filtered(qtbot: Any, window: MainWindow) -> None:
    window.show_page("dashboard")
    chart = window.dashboard.charts["basis"]
    row = next(i for i, (_label, n) in enumerate(chart.bars) if n)
    y = row * chart._row_height() + chart._row_height() // 2
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(chart.width() // 2, y))
    assert window.current_page() is window.register
    assert window.register.filters["lawful_basis"].value() == chart.codes[row]
    assert window.register.model.rowCount() > 0
