"""Counts read as sentences: one activity, two activities, in English and in Dutch."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel

from kgs_ropa.services.impact import ImpactRow
from kgs_ropa.ui import i18n
from kgs_ropa.ui.impact_dialog import ImpactDialog
from kgs_ropa.ui.main_window import MainWindow


def _count_label(dialog: ImpactDialog) -> str:
    return next(label.text() for label in dialog.findChildren(QLabel) if label.text()[:1].isdigit())


def test_the_impact_dialog_counts_in_singular_and_plural(qtbot: Any) -> None:
    row = ImpactRow(1, "KGS-01", "Werving", "Recruitment", "active", "HR")
    for rows, english, dutch in (
        ([row], "1 activity", "1 verwerking"),
        ([row, row], "2 activities", "2 verwerkingen"),
    ):
        i18n.switch("en")
        dialog = ImpactDialog("Which?", rows)
        qtbot.addWidget(dialog)
        assert _count_label(dialog) == english
        i18n.switch("nl")
        dialog = ImpactDialog("Welke?", rows)
        qtbot.addWidget(dialog)
        assert _count_label(dialog) == dutch


def test_delete_one_activity_asks_in_singular(window: MainWindow, answers: Any) -> None:
    window.register.select(window.register.model.all_rows[0].id)
    answers.answer = answers.answer.No
    window.delete_selected()
    assert answers.asked[-1].startswith("Delete this activity?")
    i18n.switch("nl")
    window.delete_selected()
    assert answers.asked[-1].startswith("Deze verwerking verwijderen?")
    window.register.table.selectAll()
    window.delete_selected()
    assert answers.asked[-1].startswith("Deze 13 verwerkingen verwijderen?")
