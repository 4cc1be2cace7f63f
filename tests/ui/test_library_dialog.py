"""File > New activity from the library: the dialog lists the standard activities in the
interface's language; the chosen one opens as an unsaved draft and saves as one."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog

from kgs_ropa.services import activities
from kgs_ropa.ui import i18n
from kgs_ropa.ui.library_actions import LibraryDialog
from kgs_ropa.ui.main_window import MainWindow


def test_the_file_menu_offers_the_library_after_new_activity(
    window: MainWindow, qtbot: Any
) -> None:
    actions = window.actions_
    entries = window.actions_.menus["file"].actions()
    index = entries.index(actions.all["new"])
    assert entries[index + 1] is actions.library.action
    assert actions.library.action.text() == "New activity from the &library…"
    window.set_language("nl")
    qtbot.waitUntil(
        lambda: actions.library.action.text() == "Nieuwe verwerking uit de &bibliotheek…"
    )


def test_the_dialog_lists_every_standard_activity_in_the_language(qapp: object) -> None:
    dialog = LibraryDialog()
    names = [dialog.choices.item(i).text() for i in range(dialog.choices.count())]
    assert names[:2] == ["HR administration and payroll", "Camera surveillance (CCTV)"]
    assert len(names) == 6 and dialog.chosen == "hr_payroll"
    i18n.switch("nl")
    dutch = LibraryDialog()
    assert dutch.choices.item(1).text() == "Camerabewaking"
    assert dutch.windowTitle() == "Nieuwe verwerking uit de bibliotheek"


def test_a_library_activity_opens_as_an_unsaved_draft(window: MainWindow, answers: Any) -> None:
    window.actions_.library.start("cctv")
    editor = window.editor
    assert editor.activity_id is None and editor.is_dirty()
    assert editor.field("name").text() == "Camerabewaking"
    assert editor.save(), answers.shown
    saved = activities.get_document(window.db, editor.activity_id)
    assert saved["status"] == "draft" and saved["data_subjects"] == ["employee", "visitor"]
    assert all(p["basis_assumed"] for p in saved["purposes"])


def test_cancelling_the_dialog_opens_nothing(window: MainWindow, monkeypatch: Any) -> None:
    monkeypatch.setattr(LibraryDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    page = window.current_page()
    window.actions_.library.choose()
    assert window.current_page() is page


def test_the_dialog_says_what_the_selected_activity_covers(qapp: object) -> None:
    dialog = LibraryDialog()
    text = dialog.about.toPlainText()
    assert text.startswith("The records of employees")
    assert "Paying salaries and withholding payroll taxes" in text
    assert "Legal obligation (Art. 6(1)(c)) (assumed, to be confirmed)" in text
    assert "Citizen service number (BSN)" in text
    dialog.choices.setCurrentRow(1)
    assert "Cameras that protect people" in dialog.about.toPlainText()
    assert "DPIA list" in dialog.about.toPlainText()
    i18n.switch("nl")
    dutch = LibraryDialog()
    dutch.choices.setCurrentRow(1)
    text = dutch.about.toPlainText()
    assert text.startswith("Camera's die personen")
    assert "Gerechtvaardigd belang (art. 6 lid 1 sub f) (aangenomen, te bevestigen)" in text
    assert "Camerabeelden" in text
