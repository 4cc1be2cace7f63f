"""Column headers fit their text in either language, at a small window size."""

from __future__ import annotations

from typing import Any

from kgs_ropa.ui import i18n
from kgs_ropa.ui.main_window import MainWindow


def _clipped(window: MainWindow) -> list[str]:
    header = window.register.table.horizontalHeader()
    model = window.register.model
    last = header.logicalIndex(header.count() - 1)  # stretched to fill: never clipped
    return [
        model.header(column)
        for column in range(model.columnCount())
        if column != last and header.sectionSize(column) < header.sectionSizeHint(column)
    ]


def test_no_header_is_clipped_in_dutch(window: MainWindow, qtbot: Any) -> None:
    window.resize(1366, 768)
    assert _clipped(window) == []
    i18n.switch("nl")
    english = window.register.search.placeholderText()
    qtbot.waitUntil(lambda: window.register.search.placeholderText() != english)  # retranslated
    assert _clipped(window) == []
