"""Two app windows on one register: the second save of one activity is refused, nothing lost."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from kgs_ropa.services import activities
from kgs_ropa.services.connect import connect
from kgs_ropa.services.history import set_actor
from kgs_ropa.storage.database import Database
from kgs_ropa.ui import conflict_dialog
from kgs_ropa.ui.main_window import MainWindow


@pytest.fixture
def two(
    qtbot: Any, example_db: Database, db_path: Path, tmp_path: Path, open_window: Any
) -> tuple[MainWindow, MainWindow]:
    other_db = connect(str(db_path))
    first = open_window(
        qtbot, example_db, QSettings(str(tmp_path / "a.ini"), QSettings.Format.IniFormat)
    )
    second = open_window(
        qtbot, other_db, QSettings(str(tmp_path / "b.ini"), QSettings.Format.IniFormat)
    )
    yield first, second
    set_actor(None)
    other_db.dispose()


def _edit_both(two: tuple[MainWindow, MainWindow]) -> int:
    first, second = two
    activity_id = first.register.model.all_rows[0].id
    first.edit_activity(activity_id)
    second.edit_activity(activity_id)
    set_actor("Anna")
    first.editor.field("business_function").setText("Anna's function")
    first.editor.field("owner").setText("Anna")
    assert first.editor.save()
    set_actor("Bert")
    second.editor.field("business_function").setText("Bert's function")
    return activity_id


def test_a_stale_save_offers_reload_and_keeps_the_text_until_then(
    two: tuple[MainWindow, MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = two
    activity_id = _edit_both(two)
    asked: list[str] = []
    answer = [conflict_dialog.Choice.KEEP_EDITING]
    monkeypatch.setattr(conflict_dialog, "ask", lambda _p, text: asked.append(text) or answer[0])
    assert not second.editor.save()
    assert "saved by Anna at" in asked[0]
    # Nothing of Bert's is lost, nothing of Anna's is overwritten.
    assert second.editor.field("business_function").text() == "Bert's function"
    assert activities.get_document(first.db, activity_id)["business_function"] == "Anna's function"
    answer[0] = conflict_dialog.Choice.RELOAD
    assert not second.editor.save()
    assert second.editor.field("business_function").text() == "Anna's function"
    assert not second.editor.is_dirty()


def test_compare_side_by_side_and_choose_per_field(
    two: tuple[MainWindow, MainWindow], monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    first, second = two
    activity_id = _edit_both(two)
    second.editor.field("owner").setText("Bert")
    seen: list[list[str]] = []

    def choose(dialog: conflict_dialog.ConflictDialog) -> int:
        seen.append(list(dialog.keys))
        dialog.keep_mine("owner", False)  # theirs for the owner, mine for the function
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(conflict_dialog, "ask", lambda *_a: conflict_dialog.Choice.COMPARE)
    monkeypatch.setattr(conflict_dialog.ConflictDialog, "exec", choose)
    assert not second.editor.save()
    assert sorted(seen[0]) == ["business_function", "owner"]
    assert second.editor.is_dirty()
    assert second.editor.save()
    saved = activities.get_document(first.db, activity_id)
    assert (saved["business_function"], saved["owner"]) == ("Bert's function", "Anna")
