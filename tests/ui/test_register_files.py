"""Which register am I in: its name in the title, Open / New / Recent registers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from kgs_ropa.ui import register_files
from kgs_ropa.ui.main_window import MainWindow


def test_the_title_names_the_register(window: MainWindow) -> None:
    name = Path(window.db.display_name).name
    assert window.windowTitle().startswith(f"{name} — KGS ROPA")


def test_the_register_is_remembered_as_recent(window: MainWindow, settings: QSettings) -> None:
    assert register_files.recent(settings)[0] == window.db.display_name
    register_files.remember(settings, "/elders/ander.sqlite")
    register_files.remember(settings, window.db.display_name)
    assert register_files.recent(settings) == [window.db.display_name, "/elders/ander.sqlite"]
    actions = window.actions_
    actions._fill_recent()
    assert [a.text() for a in actions.recent_menu.actions()] == ["/elders/ander.sqlite"]


def test_open_and_new_start_a_window_of_their_own(
    window: MainWindow, monkeypatch: Any, tmp_path: Path, answers: Any
) -> None:
    launched: list[Path] = []
    monkeypatch.setattr(register_files, "launch", lambda path: launched.append(path) or True)
    other = tmp_path / "ander.sqlite"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    window.actions_.all["open_register"].trigger()
    assert launched == [other]
    existing = tmp_path / "bestaat.sqlite"
    existing.write_text("")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(existing), ""))
    window.actions_.all["new_register"].trigger()
    assert launched == [other] and "already exists" in answers.shown[-1]
    fresh = tmp_path / "nieuw.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(fresh), ""))
    window.actions_.all["new_register"].trigger()
    assert launched == [other, fresh]


def test_export_this_activity_from_the_editor(window: MainWindow) -> None:
    first = window.register.model.all_rows[3]
    window.register.search.setText("zzz-hidden")
    window.edit_activity(first.id)
    assert window.actions_.all["export_activity"].isEnabled()
    dialog = window.actions_.export_activity()
    assert dialog is not None
    assert dialog.scope.currentData() == "selected"
    assert window.register.selected_ids() == [first.id]
    dialog.close()
