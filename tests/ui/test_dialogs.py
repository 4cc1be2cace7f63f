"""The dialogs: catalogue entries, export off the GUI thread, the crash dialog."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from kgs_ropa.services import catalogues
from kgs_ropa.storage.database import Database
from kgs_ropa.ui import conflict_dialog
from kgs_ropa.ui.catalogue_dialog import CatalogueDialog
from kgs_ropa.ui.conflict_dialog import ConflictDialog
from kgs_ropa.ui.crash import CrashDialog, install_excepthook, log_tail
from kgs_ropa.ui.export_dialog import ExportDialog
from kgs_ropa.ui.main_window import MainWindow


def test_catalogue_dialog_creates_a_processor(qtbot: Any, db: Database) -> None:
    dialog = CatalogueDialog(db, "processor")
    qtbot.addWidget(dialog)
    dialog.form.fields["name"].setText("Exact Online B.V.")
    dialog.form.fields["country"].set_value("NL")
    dialog.form.fields["agreement_signed_on"].set_value("2025-03-01")
    dialog._save()
    assert dialog.result() == CatalogueDialog.DialogCode.Accepted
    row = next(r for r in catalogues.list_rows(db, "processor") if r["name"] == "Exact Online B.V.")
    assert row["code"] == "exact-online-b-v"
    assert row["agreement_signed_on"].isoformat() == "2025-03-01"
    assert row["country"] == "NL"


def test_catalogue_dialog_keeps_bad_input_and_says_why(
    qtbot: Any, db: Database, answers: Any
) -> None:
    dialog = CatalogueDialog(db, "processor")
    qtbot.addWidget(dialog)
    dialog.form.fields["name"].setText("")
    dialog.form.fields["agreement_signed_on"].set_value("2025-03-01")
    dialog._save()
    assert dialog.result() != CatalogueDialog.DialogCode.Accepted
    assert "name is required" in answers.shown[0]
    assert dialog.form.fields["agreement_signed_on"].value() == "2025-03-01"  # input kept


def test_export_runs_off_the_gui_thread(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    dialog = ExportDialog(window.db, window.register, window)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    out = tmp_path / "register.xlsx"
    dialog.path.setText(str(out))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.open_button.isVisibleTo(dialog), timeout=60000)
    assert out.exists()
    assert load_workbook(out).sheetnames
    assert str(out) in dialog.status.text()


def test_export_to_a_missing_folder_says_what_to_do(qtbot: Any, window: MainWindow) -> None:
    dialog = ExportDialog(window.db, window.register, window)
    qtbot.addWidget(dialog)
    dialog.path.setText("/no/such/folder/register.pdf")
    dialog.start()
    assert "does not exist" in dialog.status.text()
    assert dialog.task is None


def test_crash_dialog_shows_the_log_tail(qtbot: Any, tmp_path: Path) -> None:
    log_file = tmp_path / "kgs-ropa.log"
    log_file.write_text("\n".join(f"line {i}" for i in range(200)) + "\n", encoding="utf-8")
    assert log_tail(log_file).splitlines()[-1] == "line 199"
    dialog = CrashDialog(log_file)
    qtbot.addWidget(dialog)
    assert "line 199" in dialog.text.toPlainText()
    assert "line 0\n" not in dialog.text.toPlainText()


def test_excepthook_logs_and_shows(
    qtbot: Any, tmp_path: Path, monkeypatch: Any, caplog: Any
) -> None:
    import sys

    shown: list[Path] = []
    monkeypatch.setattr(CrashDialog, "exec", lambda self: shown.append(self) or 0)
    previous = install_excepthook(tmp_path / "kgs-ropa.log")
    try:
        with caplog.at_level(logging.CRITICAL):
            sys.excepthook(ValueError, ValueError("boom"), None)
    finally:
        sys.excepthook = previous
    assert shown
    assert "unexpected error" in caplog.text


def test_catalogue_messages_are_translated(qtbot: Any, db: Database, answers: Any) -> None:
    from kgs_ropa.ui import i18n

    i18n.switch("nl")
    dialog = CatalogueDialog(db, "system")
    qtbot.addWidget(dialog)
    dialog._save()
    assert answers.shown == ["Een naam is verplicht."]


def test_processor_role_is_a_choice_that_keeps_unknown_values(qtbot: Any, db: Database) -> None:
    from PySide6.QtWidgets import QComboBox

    from kgs_ropa.ui import i18n

    dialog = CatalogueDialog(db, "processor")
    qtbot.addWidget(dialog)
    role = dialog.form.fields["role"]
    assert isinstance(role, QComboBox)
    assert [role.itemData(i) for i in range(role.count())] == ["processor", "sub_processor"]
    role.setCurrentIndex(role.findData("sub_processor"))
    dialog.form.fields["name"].setText("Hosting B.V.")
    dialog._save()
    row = next(r for r in catalogues.list_rows(db, "processor") if r["name"] == "Hosting B.V.")
    assert row["role"] == "sub_processor"

    odd = CatalogueDialog(db, "processor", {"name": "X", "role": "joint processor"})
    qtbot.addWidget(odd)
    assert odd.form.fields["role"].currentText() == "joint processor"
    assert odd.values()["role"] == "joint processor"

    i18n.switch("nl")
    dutch = CatalogueDialog(db, "processor")
    qtbot.addWidget(dutch)
    assert dutch.form.fields["role"].itemText(0) != "Processor"


def test_a_stale_catalogue_save_offers_the_side_by_side_compare(
    qtbot: Any, example_db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shot = tmp_path / "conflict.png"  # to look at when it changes
    row = catalogues.list_rows(example_db, "processor")[0]
    mine, theirs = (
        CatalogueDialog(example_db, "processor", row),
        CatalogueDialog(example_db, "processor", row),
    )
    qtbot.addWidget(mine)
    qtbot.addWidget(theirs)
    theirs.form.fields["service"].set_value("their service")
    theirs.form.fields["note"].set_value("their note")
    theirs._save()
    assert theirs.result() == CatalogueDialog.DialogCode.Accepted
    mine.form.fields["service"].set_value("my service")
    seen: list[ConflictDialog] = []

    def keep_my_service(dialog: ConflictDialog) -> int:
        seen.append(dialog)
        dialog.grab().save(str(shot))
        dialog.keep_mine("note", False)  # theirs for the note, mine for the service
        return ConflictDialog.DialogCode.Accepted

    monkeypatch.setattr(conflict_dialog, "ask", lambda *a: conflict_dialog.Choice.COMPARE)
    monkeypatch.setattr(ConflictDialog, "exec", keep_my_service)
    mine._save()
    assert seen and set(seen[0].keys) >= {"service", "note"}
    assert mine.result() != CatalogueDialog.DialogCode.Accepted  # the merge waits for a look
    mine._save()
    assert mine.result() == CatalogueDialog.DialogCode.Accepted
    saved = next(r for r in catalogues.list_rows(example_db, "processor") if r["id"] == row["id"])
    assert saved["service"] == "my service" and saved["note"] == "their note"
