"""A new activity starts from the empty document, whatever activity was open before."""

from __future__ import annotations

from typing import Any

from kgs_ropa.services import activities
from kgs_ropa.ui.main_window import MainWindow


def _id(window: MainWindow, code: str) -> int:
    return next(row.id for row in window.register.model.all_rows if row.code == code)


def test_new_activity_keeps_nothing_of_the_activity_open_before(
    window: MainWindow, answers: Any
) -> None:
    for code in ("KGS-02", "KGS-10"):
        window.edit_activity(_id(window, code))
        window.editor.cancel()
    window.new_activity()
    editor = window.editor
    shown = editor.document()
    # The register's only controller is the one default a new activity has.
    empty = {
        **activities.new_document(shown["code"], ""),
        "controller": activities.sole_controller(window.db),
    }
    assert shown == empty
    editor.field("name").setText("Bezoekersregistratie")
    assert editor.save(), answers.shown
    stored = activities.get_document(window.db, editor.activity_id)
    assert stored == {**empty, "name": "Bezoekersregistratie"}


def test_the_controller_shows_its_name_after_loading_the_example(
    empty_window: MainWindow, wait_findings: Any, qtbot: Any
) -> None:
    empty_window.load_example()
    wait_findings(qtbot, empty_window)
    empty_window.edit_activity(_id(empty_window, "KGS-10"))
    controller = empty_window.editor.field("controller")
    assert controller.currentData() == "kgs_holding"
    assert controller.currentText() == "KGS DIAMOND HOLDING BV"
