"""File > Back up now and File > Restore from a backup."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from kgs_ropa.services import activities
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
