"""Help > User guide shows the guide rendered, offline, with its screenshots; Help > About the
version and the third-party notices."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel

from kgs_ropa import __version__
from kgs_ropa.ui import i18n
from kgs_ropa.ui.help_dialogs import AboutDialog, GuideDialog
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
