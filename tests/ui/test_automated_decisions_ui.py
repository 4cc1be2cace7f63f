"""The editor asks automated decision-making as Not assessed / No / Yes; the details pane says it
as the exports do."""

from __future__ import annotations

from typing import Any

from kgs_ropa.services import activities
from kgs_ropa.ui.details import details_html
from kgs_ropa.ui.fields import AnswerField
from kgs_ropa.ui.history_values import cell_text
from kgs_ropa.ui.main_window import MainWindow

FIELD = "automated_decision_making"


def test_a_new_activity_starts_not_assessed_and_each_answer_is_saved(window: MainWindow) -> None:
    window.new_activity()
    editor = window.editor
    field = editor.field(FIELD)
    assert isinstance(field, AnswerField)
    assert field.value() is None and field.currentText() == "Not assessed"
    editor.field("name").setText("Lead scoring")
    for answer in (False, True, None):
        field.set_value(answer)
        assert editor.save()
        row = next(r for r in window.register.model.all_rows if r.name == "Lead scoring")
        assert activities.get_document(window.db, row.id)[FIELD] is answer
        window.edit_activity(row.id)
        assert window.editor.field(FIELD).value() is answer


def test_the_details_pane_never_says_no_for_a_question_nobody_answered(
    window: MainWindow,
) -> None:
    row = window.register.model.all_rows[0]
    doc: dict[str, Any] = activities.get_document(window.db, row.id)
    doc[FIELD], doc["automated_decision_note"], doc["translations"] = None, "", {}
    assert "Automated decisions</h4><ul><li>to be confirmed</li>" in details_html(
        doc, window.lookups, "en", []
    )
    doc[FIELD] = False
    assert "<li>No</li>" in details_html(doc, window.lookups, "en", [])
    assert "<li>Nee</li>" in details_html(doc, window.lookups, "nl", [])


def test_the_history_says_not_assessed_rather_than_nothing(window: MainWindow) -> None:
    # The history table reads a stored null as "" (services.history.display).
    assert cell_text("activity", FIELD, "") == "not assessed"
    assert cell_text("activity", "dpia_reference", "") == ""
