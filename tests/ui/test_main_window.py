"""The main window: welcome, register, search, filters, pages, language, impact questions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from kgs_ropa.services.connect import connect
from kgs_ropa.storage.database import Database
from kgs_ropa.ui.main_window import MainWindow
from kgs_ropa.ui.pages import TITLES


def test_opens_on_the_register_with_every_activity(window: MainWindow) -> None:
    assert window.current_page() is window.register
    assert window.register.model.rowCount() == 13
    assert "13 of 13" in window.register.count_label.text()
    assert any(row.errors or row.warnings for row in window.register.model.all_rows)


def test_empty_register_shows_the_welcome_screen(empty_window: MainWindow) -> None:
    assert empty_window.current_page() is empty_window.welcome


def test_welcome_loads_the_example(qtbot: object, empty_window: MainWindow) -> None:
    empty_window.welcome.buttons["example"].click()
    assert empty_window.current_page() is empty_window.register
    assert empty_window.register.model.rowCount() == 13
    assert empty_window.catalogues["processors"].model.rowCount() > 0


def test_welcome_starts_empty_or_with_the_organisation(empty_window: MainWindow) -> None:
    empty_window.welcome.buttons["organisation"].click()
    assert empty_window.current_page() is empty_window.organisation
    empty_window.show_page("welcome")
    empty_window.welcome.buttons["empty"].click()
    assert empty_window.current_page() is empty_window.register


def test_search_matches_every_field(window: MainWindow) -> None:
    view = window.register
    view.search.setText("Google Analytics")  # a processor's name, not in the activity's own text
    assert 0 < view.model.rowCount() < 13
    view.search.setText("no such text anywhere")
    assert view.model.rowCount() == 0
    assert "0 of 13" in view.count_label.text()
    view.search.clear()
    assert view.model.rowCount() == 13


def test_filters(window: MainWindow) -> None:
    view = window.register
    view.filters["lawful_basis"].set_value("consent")
    consent = view.model.rowCount()
    assert 0 < consent < 13
    assert all("consent" in row.lawful_bases for row in view.model.rows())
    view.checks["has_findings"].setChecked(True)
    assert view.model.rowCount() <= consent
    view.clear_filters()
    assert view.model.rowCount() == 13
    view.filters["status"].set_value("retired")
    assert view.model.rowCount() == 0
    view.clear_filters()
    view.checks["review_due"].setChecked(True)
    assert all(row.review_due(view.model.today) for row in view.model.rows())


def test_selection_shows_details(window: MainWindow) -> None:
    window.register.table.selectRow(0)
    html = window.register.details.toPlainText()
    assert window.register.model.row_at(0).code in html
    assert "(b) Purposes" in html


def test_every_page_opens(window: MainWindow) -> None:
    for key in TITLES:
        window.show_page(key)
        assert window.current_page() is window.pages[key]
    assert window.dashboard.numbers["total"].text() == "13"


def test_language_switch_is_live(window: MainWindow) -> None:
    window.set_language("nl")
    QApplication.processEvents()
    assert window.actions_.menus["file"].title() == "&Bestand"
    assert window.register.model.headerData(1, Qt.Orientation.Horizontal) == "Naam"
    assert "van 13" in window.register.count_label.text()
    window.set_language("en")
    QApplication.processEvents()
    assert window.actions_.menus["file"].title() == "&File"


def test_an_impact_answer_sorted_otherwise_is_not_taken_for_a_change(
    window: MainWindow, tmp_path: Path
) -> None:
    page = window.catalogues["processors"]
    window.show_page("processors")
    page.table.selectRow(0)
    dialog = page.ask_impact()
    assert dialog is not None and dialog.model.rowCount() > 1
    dialog.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # by code, the other way
    assert dialog.export_to(tmp_path / "impact.xlsx")
    assert not dialog.changed_note.isVisible()


def test_language_is_remembered(window: MainWindow, settings: QSettings) -> None:
    window.set_language("nl")
    assert settings.value("ui/language") == "nl"


def test_processor_impact_question_and_export(window: MainWindow, tmp_path: Path) -> None:
    page = window.catalogues["processors"]
    window.show_page("processors")
    page.table.selectRow(0)
    dialog = page.ask_impact()
    assert dialog is not None
    assert dialog.model.rowCount() > 0
    out = tmp_path / "impact.xlsx"
    assert not dialog.written.isVisible()
    assert dialog.export_to(out)
    assert dialog.written.isVisible() and "impact.xlsx" in dialog.written.text()
    assert "Written" in dialog.written.text()
    assert not dialog.changed_note.isVisible()  # asked again, the same answer
    sheet = load_workbook(out).active
    assert sheet.title == "Impact"
    assert sheet["A1"].value.startswith("Which activities involve the processor")
    assert sheet["A2"].value == "Export date" and sheet["B2"].value
    assert sheet["A3"].value == "Content fingerprint (SHA-256)" and len(sheet["B3"].value) == 64
    assert sheet["A5"].value == "Code"
    default = dialog.default_path()
    assert default.is_absolute() and default.name.startswith("impact-")
    dialog.close()


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_an_impact_answer_exported_after_a_save_is_one_state_of_the_register(
    window: MainWindow, tmp_path: Path, lang: str
) -> None:
    """The answer and its fingerprint are read in one snapshot: an activity deleted since the
    question was asked is in neither the file nor, after the export, the table."""
    from kgs_ropa.reports.build import fingerprint
    from kgs_ropa.services import activities
    from kgs_ropa.services.document import dump_register

    window.set_language(lang)
    page = window.catalogues["processors"]
    window.show_page("processors")
    page.table.selectRow(0)
    dialog = page.ask_impact()
    assert dialog is not None and dialog.model.rowCount() > 1
    gone = dialog.model.rows()[0]
    other = connect(str(window.db.url.database))  # another window
    try:
        activities.delete(other, [gone.id])
    finally:
        other.dispose()
    out = tmp_path / "impact.xlsx"
    assert dialog.export_to(out)
    cells = [[c.value for c in row] for row in load_workbook(out).active.iter_rows()]
    with window.db.reading() as session:
        now = fingerprint(dump_register(session))
    assert cells[2][1] == now
    codes = [row[0] for row in cells[5:]]
    assert gone.code not in codes and codes == [r.code for r in dialog.model.rows()]
    changed = {"en": "changed since", "nl": "gewijzigd sinds"}[lang]
    assert dialog.changed_note.isVisible() and changed in dialog.changed_note.text()
    dialog.grab().save(str(tmp_path / "impact-after-export.png"))
    dialog.close()


def test_an_impact_answer_without_activities_says_so(qtbot: object) -> None:
    from kgs_ropa.ui.impact_dialog import ImpactDialog

    dialog = ImpactDialog("Which activities involve X?", [])
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    assert dialog.empty_state.isVisible() and "No activity" in dialog.empty_state.text()


def test_country_impact_question(window: MainWindow) -> None:
    window.transfers.country.set_value("US")
    dialog = window.transfers.ask_impact()
    assert dialog is not None
    assert "United States" in dialog.question
    dialog.close()


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_country_answer_names_the_activities_it_cannot_rule_out(
    window: MainWindow, tmp_path: Path, lang: str
) -> None:
    # The example's group transfers and Google Analytics have no country recorded: the answer
    # for the US is not "nothing to update or tell anyone" but "these may be involved".
    window.set_language(lang)
    window.show_page("transfers")
    window.transfers.country.set_value("US")
    dialog = window.transfers.ask_impact()
    assert dialog is not None and dialog.model.rowCount() == 0
    note = dialog.unknown_note
    assert note.isVisible() and "KGS-01" in note.text() and "KGS-13" in note.text()
    assert {"en": "not recorded", "nl": "niet is vastgelegd"}[lang] in note.text()
    assert {"en": "note below", "nl": "opmerking onder"}[lang] in dialog.empty_state.text()
    out = tmp_path / "impact.xlsx"
    assert dialog.export_to(out)
    cells = [c.value for row in load_workbook(out).active.iter_rows() for c in row]
    assert note.text() in cells and "KGS-13" in cells
    dialog.close()


def test_every_control_has_an_accessible_name(window: MainWindow) -> None:
    window.show_page("register")
    nameless = [
        type(w).__name__
        for w in window.register.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.isVisible()
        and not w.accessibleName()
        and not isinstance(w.parentWidget(), QLineEdit)
        and type(w).__name__ not in ("QScrollBar", "QHeaderView", "QWidget")
    ]
    assert nameless == []


def test_layout_is_remembered(
    qtbot: object,
    example_db: Database,
    settings: QSettings,
    open_window: Callable[..., MainWindow],
    wait_findings: Callable[..., None],
) -> None:
    first = open_window(qtbot, example_db, settings)
    first.register.table.setColumnWidth(1, 333)
    first.close()
    second = MainWindow(example_db, settings)
    qtbot.addWidget(second)  # type: ignore[attr-defined]
    assert second.register.table.columnWidth(1) == 333
    wait_findings(qtbot, second)


def test_organisation_settings_are_saved(window: MainWindow) -> None:
    from kgs_ropa.services import catalogues

    window.show_page("organisation")
    form = window.organisation.settings_form
    form.fields["acts_as_processor"].setChecked(True)
    form.fields["employee_count_note"].setPlainText("Ongeveer 120 medewerkers")
    window.organisation.save_button.click()
    saved = catalogues.get_settings(window.db)
    assert saved["acts_as_processor"] is True
    assert saved["employee_count_note"] == "Ongeveer 120 medewerkers"
    assert window.organisation.entities.model.rowCount() >= 1


def test_vocabulary_lists(window: MainWindow) -> None:
    view = window.vocabularies
    view.chooser.setCurrentIndex(view.chooser.findData("rights"))
    assert view.model.rowCount() == 9


def test_standard_shortcuts(window: MainWindow) -> None:
    shortcuts = {key: a.shortcut().toString() for key, a in window.actions_.all.items()}
    assert shortcuts["new"] == "Ctrl+N"
    assert shortcuts["save"] == "Ctrl+S"
    assert shortcuts["find"] == "Ctrl+F"
    assert shortcuts["export"] == "Ctrl+E"
    window.actions_.all["find"].trigger()
    assert window.current_page() is window.register
    assert window.register.search.hasFocus() or not window.isActiveWindow()


def test_the_dashboard_lists_open_follow_ups(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from kgs_ropa.services import review_ops
    from kgs_ropa.services.setup import initialise
    from kgs_ropa.ui.dashboard_view import DashboardView

    db = connect(str(tmp_path / "r.sqlite"))
    initialise(db, "kgs")
    review_ops.start(db, "2026 Q4", date(2026, 11, 25), ["Privacy officer"])
    review_ops.mark(
        db,
        "KGS-02",
        "follow_up",
        note="Belangenafweging vastleggen",
        action="Afweging schrijven",
        owner="Marketing",
        due=None,
    )
    view = DashboardView(db)
    qtbot.addWidget(view)
    view.reload()
    assert view.follow_ups.model.rowCount() == 1
