"""The editor's retention period: an amount and a unit picker, saved as both, words that follow."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from kgs_ropa.services import activities
from kgs_ropa.ui.main_window import MainWindow
from kgs_ropa.ui.period_field import PeriodField


def _first_rule_field(window: MainWindow) -> PeriodField:
    rules = window.editor.field("retention")
    field = rules.items[0].fields["period_amount"]
    assert isinstance(field, PeriodField)
    return field


def test_an_amount_and_a_unit_are_saved(window: MainWindow, answers: Any) -> None:
    first = window.register.model.all_rows[0]
    window.edit_activity(first.id)
    field = _first_rule_field(window)
    assert field.values() == {"period_amount": None, "period_unit": None}
    assert not field.unit.isEnabled()  # no amount, no unit
    field.amount.setValue(28)
    field.unit.setCurrentIndex(field.unit.findData("day"))
    assert window.editor.is_dirty()
    assert window.editor.save(), answers.shown
    saved = activities.get_document(window.db, first.id)["retention"][0]
    assert (saved["period_amount"], saved["period_unit"]) == (28, "day")
    window.edit_activity(first.id)
    assert _first_rule_field(window).values() == {"period_amount": 28, "period_unit": "day"}


def test_the_unit_reads_singular_for_one(window: MainWindow) -> None:
    window.set_language("en")
    window.edit_activity(window.register.model.all_rows[0].id)
    field = _first_rule_field(window)
    field.amount.setValue(1)
    assert field.unit.itemText(field.unit.findData("day")) == "day"
    field.amount.setValue(28)
    assert field.unit.itemText(field.unit.findData("day")) == "days"
    window.set_language("nl")
    QApplication.processEvents()  # the language change arrives as an event
    assert field.unit.itemText(field.unit.findData("year")) == "jaar"
    assert field.unit.itemText(field.unit.findData("week")) == "weken"


def test_words_that_contradict_the_period_are_a_finding(window: MainWindow) -> None:
    window.edit_activity(window.register.model.all_rows[0].id)
    rule = window.editor.field("retention").items[0]
    rule.fields["period"].setText("28 dagen")
    field = _first_rule_field(window)
    field.amount.setValue(2)
    field.unit.setCurrentIndex(field.unit.findData("month"))
    window.editor.run_checks()
    assert "retention.contradicts" in {f.code for f in window.editor.current_findings}
    field.unit.setCurrentIndex(field.unit.findData("day"))
    field.amount.setValue(28)
    window.editor.run_checks()
    assert "retention.contradicts" not in {f.code for f in window.editor.current_findings}
