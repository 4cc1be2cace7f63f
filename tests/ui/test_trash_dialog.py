"""Edit > Deleted activities: a delete can be undone after the app was closed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

from kgs_ropa.services import activities, trash
from kgs_ropa.storage.database import Database
from kgs_ropa.ui.main_window import MainWindow
from kgs_ropa.ui.trash_dialog import TrashModel


def test_a_delete_is_undone_after_a_restart(
    qtbot: Any, example_db: Database, settings: QSettings, open_window: Any, answers: Any
) -> None:
    window: MainWindow = open_window(qtbot, example_db, settings)
    row = next(r for r in window.register.model.all_rows if r.code == "KGS-04")
    window.register.select(row.id)
    window.delete_selected()
    assert "Deleted activities" in answers.asked[0]  # the question says how to get it back
    window.close()
    again: MainWindow = open_window(qtbot, example_db, settings)  # a new start: no undo
    assert not again.actions_.all["undo_delete"].isEnabled()
    assert "KGS-04" not in {r.code for r in again.register.model.all_rows}
    dialog = again.show_deleted()
    assert [r.code for r in dialog.model.rows()] == ["KGS-04"]
    [restored] = dialog.restore()
    assert dialog.model.rowCount() == 0 and dialog.empty_state.isVisible()
    assert again.register.selected_ids() == [restored]
    assert "KGS-04" in {r.code for r in again.register.model.all_rows}


def test_undo_delete_gives_nothing_back_twice(window: MainWindow) -> None:
    row = next(r for r in window.register.model.all_rows if r.code == "KGS-05")
    window.register.select(row.id)
    window.delete_selected()
    assert window.actions_.all["undo_delete"].isEnabled()
    dialog = window.show_deleted()
    dialog.restore()
    assert not window.actions_.all["undo_delete"].isEnabled()


def test_the_trash_model_passes_the_model_checks(qtmodeltester: Any, example_db: Database) -> None:
    ids = [r.id for r in activities.list_rows(example_db)][:3]
    activities.delete(example_db, ids)
    model = TrashModel()
    model.set_rows(trash.deleted(example_db))
    assert model.rowCount() == 3
    qtmodeltester.check(model)
