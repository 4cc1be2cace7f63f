"""Dates show as the interface language writes them, type either way, with a calendar."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kgs_ropa.ui import i18n
from kgs_ropa.ui.fields import DateField
from kgs_ropa.ui.main_window import MainWindow


def _focused(qtbot: Any, widget: Any) -> None:
    widget.show()
    widget.activateWindow()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def test_a_date_types_as_written(qtbot: Any) -> None:
    field = DateField()
    qtbot.addWidget(field)
    assert field.value() is None and field.text() == ""
    _focused(qtbot, field)
    qtbot.keyClicks(field, "2026-11-25")
    assert field.value() == "2026-11-25" and field.text() == "2026-11-25"
    field.selectAll()
    qtbot.keyClicks(field, "31-1-2027")  # day first is understood and shown as ISO
    field.editingFinished.emit()
    assert field.value() == "2027-01-31" and field.text() == "2027-01-31"
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.value() is None


def test_an_impossible_date_is_kept_and_marked(qtbot: Any) -> None:
    field = DateField()
    qtbot.addWidget(field)
    for typed in ("2026-02-30", "2026-13-45"):
        field.clear()
        qtbot.keyClicks(field, typed)
        field.editingFinished.emit()
        assert field.text() == typed and field.value() == typed
        assert not field.is_valid()
        assert "Not a valid date" in field.toolTip()
    field.set_value("2026-02-28")
    assert field.is_valid() and "Not a valid date" not in field.toolTip()


def test_saving_an_impossible_date_names_the_field_and_keeps_it(
    window: MainWindow, answers: Any
) -> None:
    window.edit_activity(window.register.model.all_rows[0].id)
    field = window.editor.field("next_review_due")
    field.setText("2026-02-30")
    assert not window.editor.save()
    assert "Next review due" in answers.shown[-1] and "2026-02-30" in answers.shown[-1]
    assert field.text() == "2026-02-30"


def test_the_editor_date_types_iso_reads_dutch_and_saves_iso(
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
    field.editingFinished.emit()  # then it reads as Dutch writes dates, the value stays ISO
    assert field.text() == "04-03-2027"
    assert window.editor.save(), answers.shown
    assert window.editor.document()["next_review_due"] == "2027-03-04"
    window.set_language("en")
    QApplication.processEvents()
    assert field.text() == "2027-03-04" and not window.editor.is_dirty()
