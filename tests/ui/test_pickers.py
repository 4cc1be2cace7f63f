"""Checkable pickers and the country list: mouse, keyboard, height, one sorted list."""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from kgs_ropa.ui import i18n
from kgs_ropa.ui.fields import MultiPicker
from kgs_ropa.ui.lookups import country_choices

CHOICES = [("a", "Adres"), ("b", "Bankrekening"), ("c", "Camerabeelden")]


def _picker(qtbot: Any, choices: list[tuple[str, str]] = CHOICES) -> MultiPicker:
    picker = MultiPicker(lambda _lang: choices)
    qtbot.addWidget(picker)
    picker.show()
    return picker


def test_clicking_the_text_ticks_and_clicking_again_unticks(qtbot: Any) -> None:
    picker = _picker(qtbot)
    rect = picker.list.visualItemRect(picker.list.item(1))
    text_point = QPoint(rect.right() - 10, rect.center().y())
    qtbot.mouseClick(picker.list.viewport(), Qt.MouseButton.LeftButton, pos=text_point)
    assert picker.value() == ["b"]
    qtbot.mouseClick(picker.list.viewport(), Qt.MouseButton.LeftButton, pos=text_point)
    assert picker.value() == []


def test_the_keyboard_goes_from_the_filter_into_the_list(qtbot: Any) -> None:
    picker = _picker(qtbot)
    picker.filter.setFocus()
    qtbot.keyClicks(picker.filter, "bank")
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)  # the only match is ticked
    assert picker.value() == ["b"]
    picker.filter.clear()
    qtbot.keyClick(picker.filter, Qt.Key.Key_Down)
    assert picker.window().focusWidget() is picker.list and picker.list.currentRow() == 0
    qtbot.keyClick(picker.list, Qt.Key.Key_Space)
    assert picker.value() == ["b", "a"]


def test_a_short_list_is_short(qtbot: Any) -> None:
    short = _picker(qtbot, CHOICES[:1])
    long = _picker(qtbot, [(str(n), f"Item {n}") for n in range(30)])
    assert short.list.height() < long.list.height() / 2


def _plain(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()


def test_countries_are_one_list_a_to_z_with_their_status() -> None:
    for lang in ("en", "nl"):
        i18n.switch(lang)
        labels = [label for _code, label in country_choices(lang)]
        names = [label.split(" (")[0] for label in labels]
        # Accents sort with their letter: Åland beside Albania, Österreich beside Oman.
        assert names == sorted(names, key=_plain)
    i18n.switch("en")
    by_code = dict(country_choices("en"))
    assert by_code["AT"].endswith("EEA")
    assert "partial adequacy" in by_code["US"]
    assert "no adequacy" in by_code["CN"]


def test_proposed_folders_are_free(tmp_path: Any) -> None:
    from datetime import date

    from kgs_ropa.ui.history_inquiry import default_folder

    first = default_folder(date(2026, 12, 1), tmp_path)
    first.mkdir()
    second = default_folder(date(2026, 12, 1), tmp_path)
    assert second.name == "inquiry-pack-2026-12-01-2" and not second.exists()


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen popup
@pytest.mark.parametrize(
    ("lang", "typed"), [("nl", "Verenigde St"), ("en", "United St"), ("nl", "staten")]
)
def test_a_country_search_offers_names_that_start_with_it_first(
    qtbot: Any, lang: str, typed: str
) -> None:
    # "Verenigde St" offered "Kleine afgelegen eilanden van de Verenigde Staten" first, and
    # Down + Enter picked it.
    from kgs_ropa.ui.fields import ChoiceField

    i18n.switch(lang)
    field = ChoiceField(country_choices, optional=True, searchable=True)
    qtbot.addWidget(field)
    field.show()
    line = field.lineEdit()
    line.clear()
    qtbot.keyClicks(line, typed)
    completer = field.completer()
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    first = completer.completionModel().index(0, 0).data()
    if typed == "staten":  # no name starts with it: every match, in A-Z order
        assert completer.completionCount() > 1
        return
    assert first.startswith(typed), first
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert field.value() == "US"
