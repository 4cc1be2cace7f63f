"""Dates show and type as YYYY-MM-DD in every language, with a calendar; empty is allowed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QPoint, Qt

from kgs_ropa.ui import i18n
from kgs_ropa.ui.fields import DateEdit, DateField
from kgs_ropa.ui.main_window import MainWindow


def _focused(qtbot: Any, widget: Any) -> None:
    widget.show()
    widget.activateWindow()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def test_a_date_types_as_written_after_tab(qtbot: Any) -> None:
    field = DateField()
    qtbot.addWidget(field)
    assert field.value() is None and field.text() == "—"
    assert field.calendarPopup() and field.displayFormat() == "yyyy-MM-dd"
    _focused(qtbot, field)
    qtbot.keyClicks(field, "2026-11-25")
    assert field.value() == "2026-11-25" and field.text() == "2026-11-25"
    field.selectAll()
    qtbot.keyClicks(field, "2027-01-31")
    assert field.value() == "2027-01-31"
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.value() is None


def test_a_date_types_where_the_user_clicked(qtbot: Any) -> None:
    field = DateEdit(None, QDate(2025, 1, 1))
    qtbot.addWidget(field)
    field.resize(200, 30)
    _focused(qtbot, field)
    qtbot.mouseClick(field.lineEdit(), Qt.MouseButton.LeftButton, pos=QPoint(6, 10))
    qtbot.waitUntil(lambda: field.lineEdit().selectedText() == "2025")
    qtbot.keyClicks(field, "2028-02-29")
    assert field.date() == QDate(2028, 2, 29)


def test_the_editor_date_is_iso_in_dutch_and_saves(
    window: MainWindow, qtbot: Any, answers: Any
) -> None:
    i18n.switch("nl")
    first = window.register.model.all_rows[0]
    window.edit_activity(first.id)
    field = window.editor.field("next_review_due")
    window.editor.tabs.setCurrentIndex(len(window.editor.forms) - 1)
    _focused(qtbot, field)
    field.selectAll()
    qtbot.keyClicks(field, "2027-03-04")
    assert field.text() == "2027-03-04"
    assert window.editor.save(), answers.shown
    assert window.editor.document()["next_review_due"] == "2027-03-04"
