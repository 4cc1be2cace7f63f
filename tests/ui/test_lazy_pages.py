"""The main window builds the register first and every other page when it is first shown."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from kgs_ropa.services import activities, catalogues, findings_cache, impact
from kgs_ropa.ui.main_window import MainWindow
from kgs_ropa.ui.navigation import COUNT_ROLE


def nav_counts(window: MainWindow) -> dict[str, int | None]:
    items = [window.nav.item(i) for i in range(window.nav.count())]
    return {item.data(Qt.ItemDataRole.UserRole): item.data(COUNT_ROLE) for item in items}


def test_only_the_register_is_built_before_a_page_is_asked_for(window: MainWindow) -> None:
    assert set(window.pages.built()) == {"welcome", "register"}
    counts = nav_counts(window)
    assert counts["processors"] == len(catalogues.list_rows(window.db, "processor"))
    assert counts["transfers"] == len(impact.transfers(window.db))
    assert counts["register"] == len(window.register.model.all_rows)


def test_a_page_is_built_when_shown_and_lists_what_its_count_says(window: MainWindow) -> None:
    window.show_page("transfers")
    assert "transfers" in window.pages.built()
    assert window.current_page() is window.transfers
    assert window.transfers.model.rowCount() == nav_counts(window)["transfers"]
    window.show_page("processors")
    assert window.current_page().model.rowCount() == nav_counts(window)["processors"]


def test_the_dashboard_built_late_shows_the_findings_already_counted(window: MainWindow) -> None:
    window.show_page("dashboard")
    severities = findings_cache.count(activities.register_findings(window.db, date.today()))
    assert window.dashboard.numbers["errors"].text() == f"{severities.severities['error']:,}"
    assert window.dashboard.numbers["warnings"].text() == f"{severities.severities['warning']:,}"


def test_the_navigation_keeps_its_order(window: MainWindow) -> None:
    assert list(nav_counts(window)) == [
        "welcome",
        "register",
        "dashboard",
        "processors",
        "recipients",
        "systems",
        "data_categories",
        "data_subjects",
        "measures",
        "cookies",
        "transfers",
        "organisation",
        "vocabularies",
    ]


def test_a_page_built_after_a_language_switch_speaks_it(window: MainWindow) -> None:
    window.set_language("nl")
    window.show_page("transfers")
    assert window.transfers.ask_button.text() == "Bij welke verwerkingen speelt dit land een rol?"
