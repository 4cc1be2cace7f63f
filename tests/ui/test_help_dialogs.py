"""Help > User guide shows the guide rendered, offline, with its screenshots; Help > About the
version and the third-party notices."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument, QTextImageFormat
from PySide6.QtWidgets import QApplication, QLabel

from kgs_ropa import __version__
from kgs_ropa.ui import i18n
from kgs_ropa.ui.help_dialogs import AboutDialog, GuideDialog, guide_path
from kgs_ropa.ui.main_window import MainWindow


def _opened(qtbot: Any, window: MainWindow, key: str, kind: type) -> Any:
    window.actions_.all[key].trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind))
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_the_guide_opens_rendered_with_its_screenshots(qtbot: Any, window: MainWindow) -> None:
    dialog = _opened(qtbot, window, "guide", GuideDialog)
    document = dialog.browser.document()
    assert document.toPlainText().startswith("KGS ROPA user guide")
    assert "# " not in document.toPlainText()[:200]  # rendered, not shown as Markdown source
    for heading in ("First start", "The quarterly review", "Moving to a team database"):
        assert heading in document.toPlainText()
    image = dialog.browser.loadResource(
        QTextDocument.ResourceType.ImageResource, QUrl("screenshots/en-register.png")
    )
    assert not QImage.fromData(image).isNull()  # found beside the guide, offline


def _images(dialog: GuideDialog) -> list[QTextImageFormat]:
    found = []
    block = dialog.browser.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            char_format = iterator.fragment().charFormat()
            if char_format.isImageFormat():
                found.append(char_format.toImageFormat())
            iterator += 1
        block = block.next()
    return found


def test_the_guide_s_screenshots_fit_the_viewer_s_width(qtbot: Any, window: MainWindow) -> None:
    dialog = _opened(qtbot, window, "guide", GuideDialog)
    for width in (900, 600):
        dialog.resize(width, 700)
        qtbot.wait(10)
        available = dialog.browser.available_width()
        images = _images(dialog)
        assert len(images) == guide_path("en").read_text("utf-8").count("](screenshots/")
        for image in images:
            assert 0 < image.width() <= available, image.name()
            natural = QImage(str(guide_path("en").parent / image.name()))
            assert image.height() == pytest.approx(
                natural.height() * image.width() / natural.width()
            )
        assert dialog.browser.horizontalScrollBar().maximum() == 0
    dialog.resize(2200, 900)  # wider than a screenshot: shown at its own size, not blown up
    qtbot.wait(10)
    register = next(i for i in _images(dialog) if i.name().endswith("en-register.png"))
    assert register.width() == QImage(str(guide_path("en").parent / register.name())).width()


def test_the_guide_is_dutch_in_dutch(qtbot: Any, window: MainWindow) -> None:
    i18n.switch("nl")
    dialog = _opened(qtbot, window, "guide", GuideDialog)
    assert dialog.browser.document().toPlainText().startswith("Gebruikershandleiding KGS ROPA")


def test_a_link_to_another_document_opens_in_the_guide(qtbot: Any, window: MainWindow) -> None:
    dialog = _opened(qtbot, window, "guide", GuideDialog)
    dialog._follow(QUrl("checks.md"))
    assert dialog.browser.source().fileName() == "checks.md"
    assert dialog.browser.document().toPlainText().startswith("The checks")


def test_about_shows_the_version_and_every_notice(qtbot: Any, window: MainWindow) -> None:
    dialog = _opened(qtbot, window, "about", AboutDialog)
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert f"KGS ROPA {__version__}" in labels
    notices = dialog.notices.toPlainText()
    for name in ("PySide6", "SQLAlchemy", "alembic", "psycopg", "reportlab", "openpyxl"):
        assert name in notices
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in notices
    assert dialog.notices.isReadOnly()
