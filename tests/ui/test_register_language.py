"""The register table and the details pane speak the interface language."""

from __future__ import annotations

from typing import Any

from kgs_ropa.services import activities
from kgs_ropa.ui import i18n
from kgs_ropa.ui.main_window import MainWindow
from kgs_ropa.ui.register_model import Column


def _kgs10(window: MainWindow) -> Any:
    return next(row for row in window.register.model.all_rows if row.code == "KGS-10")


def test_purposes_in_english_when_the_interface_is_english(window: MainWindow) -> None:
    row = _kgs10(window)
    doc = activities.get_document(window.db, row.id)
    english = doc["purposes"][0]["description_en"]
    dutch = doc["purposes"][0]["description"]
    assert english and dutch and english != dutch
    model = window.register.model
    assert model.text(row, Column.PURPOSES).startswith(english)
    i18n.switch("nl")
    assert model.text(row, Column.PURPOSES).startswith(dutch)


def test_an_english_text_missing_falls_back_to_dutch(window: MainWindow, answers: Any) -> None:
    row = _kgs10(window)
    window.edit_activity(row.id)
    purpose = window.editor.field("purposes").items[0]
    purpose.fields["description_en"].setText("")
    assert window.editor.save(), answers.shown
    row = _kgs10(window)
    dutch = activities.get_document(window.db, row.id)["purposes"][0]["description"]
    assert window.register.model.text(row, Column.PURPOSES).startswith(dutch)


def test_an_empty_section_speaks_dutch_in_dutch(window: MainWindow, qtbot: Any) -> None:
    i18n.switch("nl")
    window.register.select(_kgs10(window).id)
    qtbot.waitUntil(lambda: "(e) Doorgiften" in window.register.details.toPlainText())
    text = window.register.details.toPlainText()
    after = text.split("(e) Doorgiften", 1)[1].strip()
    # KGS-10's transfers were never assessed: the export's "te bevestigen", not "geen".
    assert after.startswith("te bevestigen")


def test_an_unassessed_section_says_what_the_export_says(window: MainWindow, qtbot: Any) -> None:
    # An activity nobody assessed for transfers has "to be confirmed" in the export; the
    # details pane said "none".
    from kgs_ropa.ui.details import details_html

    doc = {"code": "X-1", "name": "Camerabewaking", "status": "draft", "transfers": []}
    english = details_html(doc, window.lookups, "en", [])
    assert "to be confirmed" in english.split("(e) Transfers", 1)[1].split("</p>", 1)[0]
    assert "Draft · <" not in english and "&nbsp;Draft&nbsp;</span></p>" in english
    doc["assessed_none"] = ["transfers", "recipients", "processors"]
    i18n.switch("nl")
    dutch = details_html(doc, window.lookups, "nl", [])
    assert "geen (beoordeeld)" in dutch.split("(e) Doorgiften", 1)[1].split("</p>", 1)[0]
    assert "geen (beoordeeld)" in dutch.split("(d) Ontvangers", 1)[1].split("</p>", 1)[0]
