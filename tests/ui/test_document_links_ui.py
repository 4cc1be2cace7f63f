"""Linking a document on an activity in the editor, and opening it with one click."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QDesktopServices

from kgs_ropa.services import activities
from kgs_ropa.ui.details import details_html
from kgs_ropa.ui.document_links import LinkTargetField
from kgs_ropa.ui.main_window import MainWindow


def _opened(monkeypatch: Any) -> list[str]:
    opened: list[str] = []

    def open_url(url: Any) -> bool:
        opened.append(url.toString())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return opened


def test_a_linked_file_is_saved_and_opened(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: Any
) -> None:
    agreement = tmp_path / "verwerkersovereenkomst.pdf"
    agreement.write_bytes(b"%PDF-1.4")
    row = next(r for r in window.register.model.all_rows if r.code == "KGS-04")
    window.edit_activity(row.id)
    links = window.editor.field("documents")
    links.add_button.click()
    [item] = links.items
    item.fields["kind"].set_value("processing_agreement")
    item.fields["title"].set_value("Verwerkersovereenkomst Mailchimp")
    item.fields["target"].set_value(str(agreement))
    assert window.editor.save()
    saved = activities.get_document(window.db, row.id)["documents"]
    assert saved == [
        {
            "kind": "processing_agreement",
            "title": "Verwerkersovereenkomst Mailchimp",
            "target": str(agreement),
        }
    ]
    opened = _opened(monkeypatch)
    target: LinkTargetField = item.fields["target"]
    target.open_button.click()
    assert opened == [f"file://{agreement.as_posix()}"]


def test_a_web_address_opens_and_a_missing_file_says_so(
    qtbot: Any, monkeypatch: Any, answers: Any
) -> None:
    field = LinkTargetField()
    qtbot.addWidget(field)
    assert not field.open_button.isEnabled()
    opened = _opened(monkeypatch)
    field.set_value("https://intra.example/dpia-camera")
    field.open_button.click()
    assert opened == ["https://intra.example/dpia-camera"]
    field.set_value("/nowhere/dpia.docx")
    field.open_button.click()
    assert len(opened) == 1 and "is not there" in answers.shown[0]


def test_an_empty_link_row_is_not_saved(window: MainWindow) -> None:
    row = next(r for r in window.register.model.all_rows if r.code == "KGS-04")
    window.edit_activity(row.id)
    window.editor.field("documents").add_button.click()
    assert window.editor.save()  # nothing refused, nothing stored
    assert activities.get_document(window.db, row.id)["documents"] == []


def test_the_details_pane_lists_the_linked_documents(window: MainWindow) -> None:
    row = next(r for r in window.register.model.all_rows if r.code == "KGS-04")
    doc = activities.get_document(window.db, row.id)
    doc["documents"] = [{"kind": "dpia", "title": "DPIA <camera>", "target": r"D:\dpia\c.docx"}]
    html = details_html(doc, window.lookups, "en", [])
    assert "DPIA: DPIA &lt;camera&gt; — file c.docx" in html
