"""The editor keeps its shape: long text, findings coming and going, typing, the keyboard."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kgs_ropa.ui import editor as editor_module
from kgs_ropa.ui.main_window import MainWindow


def test_a_long_name_never_widens_the_window(qtbot: Any, window: MainWindow) -> None:
    window.resize(1200, 700)
    window.new_activity()
    before = window.width()
    window.editor.field("name").setText("Lange naam " * 400)  # 4,400 characters
    window.editor._update_title()
    qtbot.wait(50)
    assert window.width() == before
    assert window.minimumSizeHint().width() < 1200
    assert window.editor.save_button.isVisible()
    assert window.editor.save_button.geometry().right() <= window.editor.width()


def test_findings_have_a_fixed_place(qtbot: Any, window: MainWindow) -> None:
    window.new_activity()
    editor = window.editor
    editor.run_checks()
    assert editor.current_findings
    top_with_findings = editor.tabs.geometry().top()
    window.edit_activity(window.register.model.all_rows[0].id)
    editor.run_checks()
    qtbot.wait(20)
    if not editor.current_findings:  # the example's first activity may be complete
        assert "No findings" in editor.findings_list.item(0).text()
    assert editor.tabs.geometry().top() == top_with_findings


def test_fixing_a_finding_does_not_move_the_fields_below(qtbot: Any, window: MainWindow) -> None:
    # Ticking a security measure removes the finding under the list; the field below stayed
    # under the pointer only if the finding's place stays.
    window.resize(1366, 768)
    window.new_activity()
    editor = window.editor
    editor.tabs.setCurrentIndex(editor._tab_of("security_measures"))
    measures, below = editor.field("security_measures"), editor.field("security_note")
    measures.set_value([])
    editor.run_checks()
    qtbot.wait(20)
    form = editor.forms[editor._tab_of("security_measures")]
    assert form.notes["security_measures"].isVisible()
    top = below.mapTo(editor, below.rect().topLeft()).y()
    measures.set_value(["logging"])
    editor.run_checks()
    qtbot.wait(20)
    assert not form.notes["security_measures"].isVisible()
    assert below.mapTo(editor, below.rect().topLeft()).y() == top
    # Another activity starts without the empty places.
    editor.flush_undo()
    editor._saved_doc = editor.document()  # leave without the unsaved-changes question
    window.edit_activity(window.register.model.all_rows[1].id)
    assert not form.notes["security_measures"].sizePolicy().retainSizeWhenHidden()


def test_checks_wait_for_a_pause_in_typing(
    qtbot: Any, window: MainWindow, monkeypatch: Any
) -> None:
    window.new_activity()
    runs: list[int] = []
    original = editor_module.ActivityEditor.run_checks
    monkeypatch.setattr(
        editor_module.ActivityEditor,
        "run_checks",
        lambda self: (runs.append(1), original(self))[1],
    )
    name = window.editor.field("name")
    for _ in range(20):  # a key every 100 ms, quicker than the pause
        qtbot.keyClick(name, "x")
        qtbot.wait(100)
    assert runs == []
    qtbot.waitUntil(lambda: bool(runs), timeout=3000)


def test_escape_leaves_the_editor_and_asks_when_unsaved(window: MainWindow, answers: Any) -> None:
    window.edit_activity(window.register.model.all_rows[0].id)
    name = window.editor.field("owner")
    name.setFocus()
    name.setText("Gewijzigd")
    answers.answer = QMessageBox.StandardButton.Cancel
    _press(window, name, Qt.Key.Key_Escape)
    assert answers.asked and window.current_page() is window.editor
    answers.answer = QMessageBox.StandardButton.Discard
    _press(window, name, Qt.Key.Key_Escape)
    assert window.current_page() is window.register


def test_ctrl_tab_switches_sections_from_a_text_field(window: MainWindow) -> None:
    window.edit_activity(window.register.model.all_rows[0].id)
    field = window.editor.field("name")
    field.setFocus()
    _press(window, field, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.tabs.currentIndex() == 1
    _press(window, field, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.tabs.currentIndex() == 2
    _press(window, field, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.tabs.currentIndex() == 1


def test_the_keyboard_lands_in_the_section_it_opens(window: MainWindow) -> None:
    # Opening an activity put the cursor in the change note, and Ctrl+Tab left it there:
    # what one typed for the section went into the note.
    window.show()
    window.activateWindow()
    window.edit_activity(window.register.model.all_rows[0].id)
    editor = window.editor
    assert editor.focusWidget() is editor.field("name")
    _press(window, editor.field("name"), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    _press(window, editor.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    page = editor.tabs.currentWidget()
    assert editor.tabs.currentIndex() == 2 and page.isAncestorOf(editor.focusWidget())


def _press(window: MainWindow, widget: Any, key: Qt.Key, modifiers: Any = None) -> None:
    from PySide6.QtTest import QTest

    window.activateWindow()
    QTest.keyClick(widget, key, modifiers or Qt.KeyboardModifier.NoModifier)


def test_fields_and_sections_explain_their_article(window: MainWindow) -> None:
    window.new_activity()
    editor = window.editor
    label = next(f.labels["controller"] for f in editor.forms if "controller" in f.labels)
    assert "Art. 30(1)(a)" in label.toolTip() and label.whatsThis()
    assert "Art. 30(1)(e)" in editor.tabs.tabToolTip(4)
    help_menu = window.actions_.menus["help"].actions()
    assert window.actions_.all["whats_this"] in help_menu


def test_linking_a_processor_outside_the_eea_offers_the_transfer(
    window: MainWindow, answers: Any
) -> None:
    from kgs_ropa.services import catalogues

    catalogues.create(window.db, "processor", {"name": "Cloud Inc.", "country": "US"})
    window.hub.catalogue_changed.emit("processor")
    window.edit_activity(window.register.model.all_rows[0].id)
    picker = window.editor.field("processors")
    code = next(r["code"] for r in window.lookups.rows["processor"] if r["name"] == "Cloud Inc.")
    answers.answer = QMessageBox.StandardButton.Yes
    picker.select(code)
    assert "outside the EEA" in answers.asked[-1]
    transfers = window.editor.field("transfers").value()
    assert {"country": "US", "recipient": "Cloud Inc."}.items() <= transfers[-1].items()
    asked = len(answers.asked)
    picker.select(code)  # already linked: no second offer
    assert len(answers.asked) == asked
