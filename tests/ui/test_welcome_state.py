"""The welcome page tells an empty register from a filled one, in both languages."""

from __future__ import annotations

from typing import Any

from kgs_ropa.services import catalogues
from kgs_ropa.ui import i18n
from kgs_ropa.ui.main_window import MainWindow


def test_welcome_on_a_filled_register_summarises_it(window: MainWindow, qtbot: Any) -> None:
    window.show_page("welcome")
    welcome = window.welcome
    assert "still empty" not in welcome.intro.text()
    assert "This register holds 13 activities." in welcome.intro.text()
    assert welcome.buttons["example"].isHidden()
    assert not welcome.buttons["dashboard"].isHidden()
    assert welcome.buttons["empty"].text() == "Open the register"
    assert not welcome.buttons["empty"].isHidden()
    welcome.buttons["dashboard"].click()
    assert window.current_page() is window.dashboard
    window.show_page("welcome")
    i18n.switch("nl")
    qtbot.waitUntil(lambda: welcome.heading.text() != "Welcome to KGS ROPA")  # LanguageChange
    assert "Dit register bevat 13 verwerkingen." in welcome.intro.text()
    assert welcome.buttons["empty"].text() == "Het register openen"


def test_welcome_on_an_empty_register_offers_the_example(empty_window: MainWindow) -> None:
    welcome = empty_window.welcome
    assert "still empty" in welcome.intro.text()
    assert not welcome.buttons["example"].isHidden()
    assert welcome.buttons["dashboard"].isHidden()


def test_the_example_is_refused_in_dutch_on_a_filled_register(
    window: MainWindow, answers: Any
) -> None:
    i18n.switch("nl")
    window.load_example()
    assert answers.shown and answers.shown[-1].startswith("Dit register bevat al verwerkingen.")


def test_welcome_stops_offering_the_organisation_once_it_is_filled(
    empty_window: MainWindow,
) -> None:
    welcome = empty_window.welcome
    assert not welcome.buttons["organisation"].isHidden()
    empty_window.show_page("organisation")
    catalogues.create(empty_window.db, "entity", {"code": "HQ", "name": "KGS Diamond BV"})
    empty_window.show_page("welcome")
    assert welcome.buttons["organisation"].isHidden()
    assert welcome.hints["organisation"].isHidden()
    assert not welcome.buttons["empty"].isHidden()
