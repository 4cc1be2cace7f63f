"""File > Back up now and File > Restore from a backup."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from kgs_ropa.services import activities
from kgs_ropa.services.connect import connect
from kgs_ropa.services.document import dump_register
from kgs_ropa.services.setup import initialise
from kgs_ropa.storage import backup
from kgs_ropa.storage.database import Database
from kgs_ropa.ui import import_dialog
from kgs_ropa.ui.backup_actions import apply_keep_count
from kgs_ropa.ui.main_window import MainWindow


def test_back_up_and_restore_from_the_file_menu(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answers: Any
) -> None:
    titles = [a.text() for a in window.actions_.menus["file"].actions()]
    assert "&Back up now…" in titles and "Restore from a bac&kup…" in titles
    target = tmp_path / "copy.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "")))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: None))
    assert window.actions_.backups.back_up() == target
    first = window.register.model.all_rows[0]
    window._change(activities.delete, [first.id])
    assert first.id not in {row.id for row in window.register.model.all_rows}
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a: (str(target), "")))
    assert window.actions_.backups.restore(), answers.shown
    assert "Replace the register by the backup" in answers.asked[-1]
    assert first.id in {row.id for row in window.register.model.all_rows}


def test_the_number_of_backups_kept_is_a_setting(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(backup.ENV_KEEP, raising=False)
    monkeypatch.setattr(backup, "_chosen_keep", None)  # restored after the test
    titles = [a.text() for a in window.actions_.menus["file"].actions()]
    assert "&Automatic backups kept…" in titles
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a: (3, True)))
    assert window.actions_.backups.ask_keep_count() == 3
    assert window.settings.value("backups/keep") in (3, "3")  # beside the other settings
    for _ in range(5):
        backup.automatic(window.db, "daily")
    assert len(list(backup.backup_folder(window.db).glob("*-daily-*"))) == 3
    monkeypatch.setenv(backup.ENV_KEEP, "7")  # the command line's variable wins when set
    assert backup.keep_count() == 7
    monkeypatch.delenv(backup.ENV_KEEP)
    backup.set_keep_count(None)
    apply_keep_count(window.settings)  # as at the next start
    assert backup.keep_count() == 3


def test_an_import_in_the_app_backs_the_register_up_first(
    example_db: Database, tmp_path: Path
) -> None:
    db = connect(str(tmp_path / "other.sqlite"))
    initialise(db)
    document = tmp_path / "register.json"
    with example_db.reading() as session:
        document.write_text(json.dumps(dump_register(session)), encoding="utf-8")
    result = import_dialog._import(db, document, "fail", {}, None)
    assert not result.problems and len(result.added) == 13
    made = list(backup.backup_folder(db).glob("*-import-*.sqlite"))
    assert len(made) == 1
    backup.check_file(made[0])  # the register as it was before the import
    db.dispose()
