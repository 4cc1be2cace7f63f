"""The change history reads well: newest first, readable values, types as words."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QSize, Qt

from kgs_ropa.model import vocabulary as voc
from kgs_ropa.storage.database import Database
from kgs_ropa.ui import i18n
from kgs_ropa.ui.chips import ACTION_CHIPS
from kgs_ropa.ui.delegates import CHIP_ROLE, RegisterDelegate
from kgs_ropa.ui.history_values import cell_text, entity_type_label, field_label, tooltip_text
from kgs_ropa.ui.history_view import HistoryDialog, HistoryModel, local_time

C = HistoryModel.Column


@pytest.fixture
def loaded(synthetic_register: Callable[[int], Database]) -> Database:
    return synthetic_register(3)


def _dialog(qtbot: Any, db: Database) -> HistoryDialog:
    dialog = HistoryDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_opens_large_with_the_newest_change_on_top(qtbot: Any, loaded: Database) -> None:
    dialog = _dialog(qtbot, loaded)
    screen = dialog.screen().availableGeometry()
    assert dialog.width() >= 0.8 * screen.width()
    model = dialog.panel.model
    ids = [row.id for row in model.rows()]
    assert ids == sorted(ids, reverse=True)
    assert dialog.panel.view.verticalScrollBar().value() == 0


def test_columns_fit_their_header_and_a_timestamp(qtbot: Any, loaded: Database) -> None:
    i18n.switch("nl")
    dialog = _dialog(qtbot, loaded)
    view = dialog.panel.view
    cell = view.fontMetrics()
    assert view.columnWidth(C.WHEN) > cell.horizontalAdvance(local_time("2026-11-25 15:45:00"))
    head = view.horizontalHeader().fontMetrics()
    for column in (C.WHEN, C.ACTOR, C.ACTION, C.WHAT, C.FIELD, C.COMMENT):
        title = dialog.panel.model.header(column)
        assert view.columnWidth(column) > head.horizontalAdvance(title), title


def test_values_and_types_are_readable(qtbot: Any, loaded: Database) -> None:
    dialog = _dialog(qtbot, loaded)
    model = dialog.panel.model
    after = [model.text(row, C.AFTER) for row in model.rows()]
    assert after and not any(text.startswith(("{", "[")) for text in after)
    what = {model.text(row, C.WHAT).split(" ")[0] for row in model.rows()}
    assert "Activity" in what
    assert not any("_" in word for word in what)
    created = next(
        position
        for position, row in enumerate(model.rows())
        if row.entity_type == "activity" and row.action == "create"
    )
    tip = model.data(model.index(created, C.AFTER), Qt.ItemDataRole.ToolTipRole)
    assert "\nName: " in "\n" + tip  # the editor's label, not the key
    assert "\nnext_review_due" not in "\n" + tip
    assert not tip.startswith("{")


def test_fields_read_as_the_editor_labels_them() -> None:
    assert field_label("purposes[0].balancing_note", "purpose") == "Purpose 1 › Balancing test"
    assert field_label("next_review_due", "activity") == "Next review due"
    assert field_label("retention[1].period_amount", "retention") == (
        "Retention rule 2 › Retention period"
    )
    assert field_label("label_en", "data_category") == "Name (English)"
    i18n.switch("nl")
    assert field_label("purposes[0].lawful_basis", "purpose") == "Doel 1 › Grondslag"


def test_dates_read_as_the_language_writes_them() -> None:
    assert cell_text("activity", "next_review_due", "2026-03-05") == "2026-03-05"
    i18n.switch("nl")
    assert cell_text("activity", "next_review_due", "2026-03-05") == "05-03-2026"


def test_codes_become_labels_and_lists_are_joined(qtbot: Any) -> None:
    lang = i18n.current()
    rights = cell_text("activity", "rights", "access, erasure")
    assert rights == f"{voc.RIGHTS.label('access', lang)}, {voc.RIGHTS.label('erasure', lang)}"
    basis = cell_text("purpose", "purposes[0].lawful_basis", "contract")
    assert basis == voc.LAWFUL_BASES.label("contract", lang)
    record = json.dumps({"code": "crm", "name": "CRM", "tags": ["a", "b"], "special": False})
    assert cell_text("system", "", record) == "CRM"
    assert "Tags: a, b" in tooltip_text("system", "", record)
    assert entity_type_label("activity_data_category") == "Data category of activity"
    i18n.switch("nl")
    assert entity_type_label("activity") != "Activity"


def test_assessed_elements_and_retention_rules_read_as_the_editor_shows_them() -> None:
    # A change's detail said "transfers" (a code) and "Camera images" (a rule without its
    # period).
    assessed = cell_text("activity", "assessed_none", "transfers")
    assert assessed == "Transfers outside the EEA"
    rule = {"category": "", "period": "", "period_amount": 28, "period_unit": "day"}
    assert cell_text("activity", "retention", json.dumps([rule])) == "28 days"
    i18n.switch("nl")
    assert cell_text("activity", "assessed_none", "transfers") == "Doorgiften buiten de EER"
    assert cell_text("activity", "retention", json.dumps([rule])) == "28 dagen"


def test_a_catalogue_row_is_named_by_its_label_not_its_code(qtbot: Any, loaded: Database) -> None:
    from kgs_ropa.services import catalogues

    row = catalogues.list_rows(loaded, "measure")[0]
    catalogues.update(loaded, "measure", row["id"], {"label_en": "Renamed measure"})
    dialog = _dialog(qtbot, loaded)
    model = dialog.panel.model
    column = model.Column.WHAT
    whats = [model.text(r, column) for r in model.rows() if r.entity_type == "security_measure"]
    assert "Security measure Renamed measure" in whats
    assert not any(row["code"] in what for what in whats)


def test_linked_documents_read_as_kind_title_and_file_name() -> None:
    links = [
        {"kind": "dpia", "title": "DPIA camera", "target": "/home/anna/docs/dpia-camera.pdf"},
        {"kind": "processing_agreement", "title": "", "target": "https://example.com/dpa"},
    ]
    text = cell_text("activity", "documents", json.dumps(links))
    assert text == (
        "DPIA: DPIA camera — dpia-camera.pdf, Processing agreement: https://example.com/dpa"
    )
    i18n.switch("nl")
    assert cell_text("activity", "documents", json.dumps(links[1:])).startswith(
        "Verwerkersovereenkomst: "
    )


def test_remembers_where_the_user_left_it(
    qtbot: Any, loaded: Database, settings: QSettings
) -> None:
    first = HistoryDialog(loaded, settings=settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(640, 420)
    first.close()
    again = HistoryDialog(loaded, settings=settings)
    qtbot.addWidget(again)
    assert again.size() == QSize(640, 420)


def _edited(db: Database) -> None:
    """One field changed after the load: a balancing test, shown by its editor label."""
    from kgs_ropa.services import activities

    with db.reading() as session:
        from sqlalchemy import text

        first = session.scalar(text("SELECT id FROM activity ORDER BY code"))
    doc = activities.get_document(db, first)
    doc["purposes"][0]["balancing_note"] = "Afgewogen op 1 maart"
    doc["next_review_due"] = "2027-03-05"
    activities.save_document(db, first, doc, comment="herziening")


def test_enter_opens_a_change_with_every_field_before_and_after(
    qtbot: Any, loaded: Database
) -> None:
    _edited(loaded)
    dialog = _dialog(qtbot, loaded)
    panel = dialog.panel
    model = panel.model
    position = next(n for n, r in enumerate(model.rows()) if r.field.endswith("balancing_note"))
    panel.view.setCurrentIndex(model.index(position, 0))
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    detail = panel.detail
    assert detail is not None and detail.isVisible()
    assert detail.cell_texts() == [
        ("Purpose 1 › Balancing test", "Afweging vastgelegd", "Afgewogen op 1 maart")
    ]
    detail.close()
    created = next(n for n, r in enumerate(model.rows()) if r.action == "create")
    detail = panel.show_detail(model.index(created, 0))
    assert detail is not None
    values = {label: after for label, _before, after in detail.cell_texts()}
    assert "Name" in values and "Code" in values
    assert not any("_" in label for label in values)
    # Catalogue rows by their names, as the editor shows them, not by their codes.
    assert values["Controller"] and values["Controller"] != "gen-holding"
    # Closing the history closes the detail it opened, whether or not the detail was
    # closed (and deleted) first.
    dialog.reject()
    assert not detail.isVisible()
    again = panel.show_detail(model.index(created, 0))
    assert again is not None
    again.close()  # deletes itself
    qtbot.waitUntil(lambda: panel.detail is None)
    dialog.reject()


def test_the_history_exports_to_pdf_and_csv(qtbot: Any, loaded: Database, tmp_path: Any) -> None:
    from pypdf import PdfReader

    _edited(loaded)
    i18n.switch("nl")
    dialog = _dialog(qtbot, loaded)
    assert dialog.export_to(tmp_path / "h.pdf", "pdf")
    pdf = " ".join(p.extract_text() for p in PdfReader(tmp_path / "h.pdf").pages)
    pdf = " ".join(pdf.split())
    assert "Wijzigingshistorie" in pdf
    assert "Doel 1 › Belangenafweging" in pdf
    assert "05-03-2027" in pdf and "2027-03-05" not in pdf
    assert "balancing_note" not in pdf and "next_review_due" not in pdf
    # The register by its file name: the folders it sits in never leave the machine.
    assert Path(loaded.display_name).name in pdf
    assert str(Path(loaded.display_name).parent) not in pdf
    # The dialog says where the file went, in the interface's language.
    assert dialog.written.isVisible() and "h.pdf" in dialog.written.text()
    assert "Opgeslagen" in dialog.written.text()
    assert dialog.export_to(tmp_path / "h.csv", "csv")
    assert "h.csv" in dialog.written.text()
    lines = (tmp_path / "h.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("id,tijdstip_utc,gebruiker")
    assert len(lines) - 1 == len(dialog.panel.model.rows())


def test_each_change_shows_what_it_did_as_a_chip(qtbot: Any, loaded: Database) -> None:
    dialog = _dialog(qtbot, loaded)
    model = dialog.panel.model
    assert isinstance(dialog.panel.view.itemDelegate(), RegisterDelegate)
    actions = {row.action for row in model.rows()}
    assert "create" in actions
    for position, row in enumerate(model.rows()):
        chip = model.index(position, C.ACTION).data(CHIP_ROLE)
        assert chip == ACTION_CHIPS[row.action]
        assert model.index(position, C.WHAT).data(CHIP_ROLE) is None
