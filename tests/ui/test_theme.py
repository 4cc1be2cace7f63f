"""The look: Fusion with one whole palette, our own icons, page headers, chips, the type scale."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from kgs_ropa.ui import i18n, icons, palette, theme
from kgs_ropa.ui.chips import SEVERITY_ROLE
from kgs_ropa.ui.main_window import MainWindow
from kgs_ropa.ui.widgets import WrappedLabel

UI = Path(__file__).resolve().parents[2] / "kgs_ropa" / "ui"


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    """The theme applied; the autouse `plain_look` gives the test app's own look back."""
    theme.apply(qapp)
    return qapp


def test_fusion_and_the_whole_palette_also_under_a_dark_system_scheme(
    qapp: QApplication,
) -> None:
    qapp.styleHints().setColorScheme(Qt.ColorScheme.Dark)
    try:
        pal = theme.build_palette()
    finally:
        qapp.styleHints().unsetColorScheme()
    roles = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        assert pal.color(group, roles.Window) == QColor(palette.WINDOW)
        assert pal.color(group, roles.Base) == QColor(palette.SURFACE)
        assert pal.color(group, roles.Text) == QColor(palette.TEXT)
        assert pal.color(group, roles.WindowText) == QColor(palette.TEXT)
        assert pal.color(group, roles.Button) == QColor(palette.SURFACE)
    assert pal.color(QPalette.ColorGroup.Active, roles.Highlight) == QColor(palette.ACCENT)
    assert pal.color(QPalette.ColorGroup.Active, roles.HighlightedText) == QColor(palette.ON_ACCENT)
    assert pal.color(QPalette.ColorGroup.Disabled, roles.Text) == QColor(palette.DISABLED)


def test_apply_sets_fusion_palette_and_style_sheet(themed: QApplication) -> None:
    sheet = themed.styleSheet()
    themed.setStyleSheet("")  # under a style sheet, style() is the sheet's own wrapper
    style = themed.style()
    assert isinstance(style, theme.SpacedFusion)
    assert style.baseStyle().name().lower() == "fusion"
    assert style.pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin) == theme.SPACE_M
    themed.setStyleSheet(sheet)
    assert themed.palette().color(QPalette.ColorRole.Window) == QColor(palette.WINDOW)
    assert ":focus" in sheet and palette.ACCENT in sheet
    assert "chevron-down.svg" in sheet


@pytest.mark.parametrize(
    "name",
    sorted(
        [
            *MainWindow.__init__.__globals__["TITLES"],
            *("new", "save", "duplicate", "retire", "delete", "export", "import"),
            *("print", "review", "history"),
        ]
    ),
)
def test_icon_is_ours_and_draws_in_the_theme_colours(qapp: QApplication, name: str) -> None:
    assert 'stroke="currentColor"' in icons.svg_source(name)
    icon = icons.icon(name)
    for mode, colour in ((QIcon.Mode.Normal, palette.TEXT), (QIcon.Mode.Selected, palette.ACCENT)):
        image = icon.pixmap(QSize(20, 20), mode).toImage()
        pixels = [image.pixelColor(x, y) for x in range(20) for y in range(20)]
        strokes = [p for p in pixels if p.alpha() >= 160]
        assert len(strokes) > 30, "legible at 20 px: strokes, not a blur"
        want = QColor(colour)
        for p in (p for p in pixels if p.alpha() == 255):  # the colour, less rounding
            assert abs(p.red() - want.red()) + abs(p.green() - want.green()) <= 2, p.name()
            assert abs(p.blue() - want.blue()) <= 1, p.name()


def test_navigation_and_toolbar_carry_our_icons(window: MainWindow) -> None:
    for i in range(window.nav.count()):
        assert not window.nav.item(i).icon().isNull()
    toolbar = window.actions_.toolbar_actions
    assert set(toolbar) == {
        *("new", "save", "duplicate", "retire", "delete", "import", "export"),
        *("print", "review", "history"),
    }
    for action in toolbar.values():
        assert not action.icon().isNull()
        assert action.iconText() and "&" not in action.iconText()


def test_every_page_has_a_title_and_an_explanation(window: MainWindow) -> None:
    for key in window.pages:
        if key == "editor":  # opened from the register, below
            continue
        window.show_page(key)
        if key == "welcome":
            assert window.header.isHidden()
            continue
        assert not window.header.isHidden()
        assert window.header.title.text() == window.nav.currentItem().text()
        assert window.header.explanation.text()
    window.edit_activity(window.register.model.all_rows[0].id)
    assert window.header.isHidden()  # the editor's title is the activity's name


def test_header_follows_the_language(qtbot: object, window: MainWindow) -> None:
    window.show_page("transfers")
    i18n.switch("nl")
    qtbot.waitUntil(lambda: window.header.title.text() == "Doorgiften")  # type: ignore[attr-defined]
    assert "EER" in window.header.explanation.text()


def test_findings_strip_rows_are_chips(window: MainWindow) -> None:
    window.edit_activity(window.register.model.all_rows[0].id)
    strip = window.editor.findings_list
    severities = {strip.item(i).data(SEVERITY_ROLE) for i in range(strip.count())}
    assert severities <= {"error", "warning"} and severities


def test_nothing_cut_at_1366_by_768(themed: QApplication, window: MainWindow) -> None:
    """The window's smallest size fits the screen (less a taskbar) in both languages."""
    for lang in ("en", "nl"):
        i18n.switch(lang)
        for key in window.pages:
            window.show_page(key)
            hint = window.minimumSizeHint()
            assert hint.width() <= 1366 and hint.height() <= 728, (lang, key, hint)


def test_font_sizes_come_from_the_type_scale() -> None:
    """No ad-hoc sizes or heading style sheets in the interface: theme.Type has the scale."""
    pattern = re.compile(r"setPointSize|font-size|HEADING_STYLE|font-weight: bold")
    offenders = [
        path.name
        for path in UI.glob("*.py")
        if path.name != "theme.py" and pattern.search(path.read_text("utf-8"))
    ]
    assert offenders == []


def _tabs_fit(window: MainWindow) -> object:
    tabs = window.editor.tabs
    return lambda: tabs.tabBar().sizeHint().width() <= tabs.width()


def test_every_editor_tab_fits_at_1366_in_both_languages(
    qtbot: object, themed: QApplication, window: MainWindow
) -> None:
    """On a narrow window the editor shows the navigation's icons only, so no tab scrolls away;
    elsewhere the pane keeps its titles."""
    window.resize(1366, 768)
    for lang in ("en", "nl"):
        i18n.switch(lang)
        welcome = "Welkom" if lang == "nl" else "Welcome"
        qtbot.waitUntil(lambda w=welcome: window.nav.item(0).text() == w)  # type: ignore[attr-defined]
        window.edit_activity(window.register.model.all_rows[0].id)
        qtbot.waitUntil(_tabs_fit(window), timeout=2000)  # type: ignore[attr-defined]
        window.editor.cancel()
        window.show_page("register")
        assert window.nav.width() > 150  # titles and counts again


def test_the_palette_stays_whole_when_the_system_turns_dark(themed: QApplication) -> None:
    themed.styleHints().setColorScheme(Qt.ColorScheme.Dark)
    try:
        QApplication.processEvents()
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Text):
            assert themed.palette().color(role) == theme.build_palette().color(role)
    finally:
        themed.styleHints().unsetColorScheme()


def test_no_form_label_is_cut_in_the_editor(
    qtbot: object, themed: QApplication, window: MainWindow
) -> None:
    """A long label in a narrow column (a purpose's "Legal obligation (law, article)" in
    Dutch) wraps onto lines the row has room for."""
    window.resize(1366, 768)
    for lang in ("nl", "en"):
        i18n.switch(lang)
        window.edit_activity(window.register.model.all_rows[0].id)
        tabs = window.editor.tabs
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            for label in tabs.currentWidget().findChildren(WrappedLabel):
                if label.isVisible() and label.wordWrap():
                    needed = label.heightForWidth(label.width())
                    assert label.height() >= needed, (lang, label.text(), label.size())
        window.editor.cancel()


def test_a_high_contrast_system_keeps_its_own_colours(qapp: QApplication) -> None:
    before = (qapp.styleSheet(), QPalette(qapp.palette()))
    theme.apply(qapp, high_contrast=True)
    assert qapp.styleSheet() == before[0]
    assert qapp.palette() == before[1]
    assert not qapp.property("kgs_theme_hooked")
