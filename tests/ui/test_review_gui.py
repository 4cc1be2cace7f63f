"""A review session through the desktop app: start, mark, pause, resume, close with a report."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import select

from kgs_ropa.model import Activity, ReviewItem
from kgs_ropa.model import vocabulary as voc
from kgs_ropa.services import activities, review_ops
from kgs_ropa.services.connect import connect
from kgs_ropa.services.history import set_actor
from kgs_ropa.storage import backup
from kgs_ropa.storage.database import Database
from kgs_ropa.ui import i18n, tasks
from kgs_ropa.ui.history_diff import DiffDialog
from kgs_ropa.ui.history_view import HistoryDialog, HistoryModel
from kgs_ropa.ui.main_window import MainWindow
from kgs_ropa.ui.review_dialog import ReviewDialog
from kgs_ropa.ui.review_followups import FollowUpsPanel


@pytest.fixture
def loaded(synthetic_register: Callable[[int], Database]) -> Database:
    return synthetic_register(5)


def mark_current(dialog: ReviewDialog, outcome: str, note: str = "", action: str = "") -> None:
    form = dialog.form
    form.buttons[outcome].setChecked(True)
    form.note.setPlainText(note)
    form.action.setText(action)
    form.owner.setText("Bram" if action else "")
    form.save_button.click()


def test_review_session_through_the_dialog(
    qtbot: Any, loaded: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = ReviewDialog(loaded)
    qtbot.addWidget(dialog)
    assert dialog.stack.currentIndex() == 0
    dialog.name.setText("2026 Q4")
    dialog.participants.setText("Anna, Bram")
    dialog.start_button.click()
    assert dialog.stack.currentIndex() == 1
    total = dialog.items.count()
    assert total >= 2 and dialog.progress.value() == 0
    shown = dialog.content.toPlainText()  # the activity itself beside its outcome
    assert dialog.form.item is not None and dialog.form.item.activity_code in shown
    assert "Changes" in shown
    with loaded.reading() as session:
        drafts = set(session.scalars(select(Activity.code).where(Activity.status == "draft")))
    assert not drafts & {item.activity_code for item in dialog.state.items}

    mark_current(dialog, "confirmed")
    mark_current(dialog, "follow_up", note="agreement missing", action="Sign the DPA")
    assert dialog.progress.value() == 2
    # The line under the dialog follows the work, not "The review has started." to the end.
    assert dialog.status.text() == f"2 of {total} marked." or total == 2
    opened: list[int] = []
    dialog.open_activity.connect(opened.append)
    dialog.form.edit_button.click()
    assert opened

    dialog.pause_button.click()  # pause: everything marked so far is stored
    resumed = ReviewDialog(loaded)
    qtbot.addWidget(resumed)
    assert resumed.stack.currentIndex() == 1 and resumed.progress.value() == 2
    while resumed.state is not None and resumed.state.pending:
        mark_current(resumed, "changed", note="updated")
    assert resumed.progress.value() == total
    assert "close the session" in resumed.status.text()
    suggested = resumed.report_suggestion("2026 Q4")  # in Documents, never an existing file
    assert suggested.name.startswith("review-2026") and not suggested.exists()
    i18n.switch("nl")
    assert resumed.report_suggestion("2026 Q4").name.startswith("controleverslag-2026")
    i18n.switch("en")

    report = tmp_path / "review.pdf"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(report), "*.pdf"))
    changed: list[list[int]] = []
    resumed.activities_changed.connect(changed.append)
    resumed.close_button.click()
    qtbot.waitUntil(lambda: resumed.report_path is not None, timeout=20000)
    tasks.wait_all()

    assert changed and len(changed[0]) == total
    text = "".join(page.extract_text() or "" for page in PdfReader(report).pages)
    assert "2026 Q4" in text and "Sign the DPA" in text
    assert resumed.stack.currentIndex() == 0  # closed: it says so, no offer to start again
    assert "is closed" in resumed.due_label.text() and not resumed.start_button.isEnabled()
    with loaded.reading() as session:
        items = session.scalars(select(ReviewItem)).all()
        reviewed = session.scalars(
            select(Activity).where(Activity.last_reviewed_on == date.today())
        ).all()
    assert {i.outcome for i in items} == {"confirmed", "follow_up", "changed"}
    # A backup at the close, as the command line makes.
    assert len(list(backup.backup_folder(loaded).glob("*-review-*.sqlite"))) == 1
    assert len(reviewed) == total
    assert review_ops.open_follow_ups(loaded)[0].action == "Sign the DPA"


def test_history_dialog_filters_and_verifies(
    qtbot: Any, qtmodeltester: Any, loaded: Database
) -> None:
    dialog = HistoryDialog(loaded)
    qtbot.addWidget(dialog)
    model = dialog.panel.model
    qtmodeltester.check(model)
    everything = model.rowCount()
    assert everything > 5
    dialog.panel.show_activity("GEN-00002")
    assert 0 < model.rowCount() < everything
    what = {model.text(r, HistoryModel.Column.WHAT) for r in model.rows()}
    assert what == {"Activity GEN-00002"}
    assert dialog.verify()
    with loaded.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE history_entry SET actor = 'x' WHERE id = 3")
    assert not dialog.verify()
    assert "entry 3" in dialog.chain_label.text()


def test_diff_dialog_shows_a_change_side_by_side(qtbot: Any, loaded: Database) -> None:
    review_ops.take_snapshot(loaded, "before")
    with loaded.transaction() as session:
        activity = session.scalars(select(Activity).where(Activity.code == "GEN-00003")).one()
        activity.owner = "Nieuwe eigenaar"
    dialog = DiffDialog(loaded)
    qtbot.addWidget(dialog)
    dialog.compare_button.click()
    rows = dialog.model.rows()
    owner = next(r for r in rows if r.field == "owner")
    assert (owner.code, owner.after) == ("GEN-00003", "Nieuwe eigenaar")
    assert "1 changed" in dialog.summary.text()


def test_diff_dialog_says_what_to_do_and_when_nothing_differs(qtbot: Any, loaded: Database) -> None:
    review_ops.take_snapshot(loaded, "now")
    dialog = DiffDialog(loaded)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty_state.isVisible() and "Compare" in dialog.empty_state.text()
    dialog.compare_button.click()  # the snapshot against the register now: the same
    assert dialog.empty_state.isVisible() and "No differences" in dialog.empty_state.text()


def test_review_menu_and_inquiry_pack_from_the_main_window(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    actions = window.actions_.review
    review_menu = [a.text() for a in window.actions_.menus["review"].actions()]
    file_menu = window.actions_.menus["file"].actions()
    assert actions.all["session"].text() in review_menu
    assert actions.all["inquiry"] in file_menu
    dialog = actions.review_session()
    dialog.start_button.click()
    dialog.items.setCurrentRow(1)
    dialog.form.edit_button.click()
    assert window.current_page() is window.editor
    with window.db.transaction() as session:  # as if saved in the editor
        code = dialog.state.items[1].activity_code
        session.scalars(select(Activity).where(Activity.code == code)).one().name = "Nieuw"
    window.hub.activities_changed.emit([])
    assert dialog.items.currentRow() == 1 and dialog.form.item.activity_name == "Nieuw"
    pack = actions.inquiry_pack()
    pack.path.setText(str(tmp_path / "pack"))
    pack.write_button.click()
    qtbot.waitUntil(lambda: pack.open_button.isVisible(), timeout=30000)
    assert (tmp_path / "pack" / "manifest.json").exists()
    assert len(pack.hash_field.text()) == 64  # the whole fingerprint, not a cut one
    assert pack.path.text() != str(tmp_path / "pack")  # a second pack gets a new folder
    pack.path.setText(str(tmp_path / "pack"))
    pack.write_button.click()  # an existing folder is refused in words, before any work
    assert "already exists" in pack.status.text() and pack.write_button.isEnabled()


def test_diff_dialog_compares_a_date_with_now(qtbot: Any, loaded: Database, answers: Any) -> None:
    review_ops.take_snapshot(loaded, "before")
    with loaded.transaction() as session:
        activity = session.scalars(select(Activity).where(Activity.code == "GEN-00002")).one()
        activity.name = "Later naam"
    dialog = DiffDialog(loaded)
    qtbot.addWidget(dialog)
    dialog.older.setCurrentIndex(dialog.older.findData("1"))
    dialog.newer.setCurrentIndex(dialog.newer.findData("date"))
    assert dialog.newer_day.isEnabled() and not dialog.older_day.isEnabled()
    dialog.compare_button.click()  # the end of today includes the later change
    assert [(r.code, r.field, r.after) for r in dialog.model.rows()] == [
        ("GEN-00002", "name", "Later naam")
    ]
    dialog.newer_day.set_day(date.today() - timedelta(days=1))
    dialog.compare_button.click()  # yesterday the register did not exist yet
    assert answers.shown and "did not exist yet" in answers.shown[-1]
    i18n.switch("nl")
    dialog.compare_button.click()  # in the interface language, the date as it writes dates
    yesterday = date.today() - timedelta(days=1)
    assert "bestond het register nog niet" in answers.shown[-1]
    assert yesterday.strftime("%d-%m-%Y") in answers.shown[-1]


def test_diff_dialog_names_fields_and_values_as_the_editor(qtbot: Any, loaded: Database) -> None:
    review_ops.take_snapshot(loaded, "before")
    with loaded.reading() as session:
        activity_id = session.scalars(select(Activity.id).where(Activity.code == "GEN-00003")).one()
    doc = activities.get_document(loaded, activity_id)
    doc["next_review_due"] = "2027-03-05"
    doc["purposes"][0]["lawful_basis"] = "legal_obligation"
    doc["transfers"] = [{"country": "US", "recipient": "Google LLC", "mechanism": "scc"}]
    activities.save_document(loaded, activity_id, doc)
    dialog = DiffDialog(loaded)
    qtbot.addWidget(dialog)
    dialog.compare_button.click()
    model, C = dialog.model, dialog.model.Column  # noqa: N806 (an enum alias)
    shown = {model.text(r, C.FIELD): model.text(r, C.AFTER) for r in model.rows()}
    assert shown["Next review due"] == "2027-03-05"
    assert shown["Purpose 1 › Lawful basis"] == voc.LAWFUL_BASES.label("legal_obligation", "en")
    assert not any(text.startswith(("{", "[")) for text in shown.values())
    basis = next(n for n, r in enumerate(model.rows()) if r.field.endswith("lawful_basis"))
    dialog.view.setCurrentIndex(model.index(basis, 0))
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)  # Enter opens the difference in full
    assert dialog.detail is not None
    ((label, _before, after),) = dialog.detail.cell_texts()
    assert (label, after) == ("Purpose 1 › Lawful basis", shown["Purpose 1 › Lawful basis"])
    added = next(n for n, r in enumerate(model.rows()) if r.field == "transfers[0]")
    assert model.text(model.row_at(added), C.FIELD) == "Transfer 1"
    detail = dialog.show_detail(model.index(added, 0))
    assert detail is not None
    fields = dict((label, after) for label, _before, after in detail.cell_texts())
    assert fields["Transfer 1 › Recipient"] == "Google LLC"


def test_follow_ups_panel_lists_and_closes_actions(
    qtbot: Any, qtmodeltester: Any, loaded: Database
) -> None:
    started = review_ops.start(loaded, "Q", date.today(), [])
    code = started.items[0].activity_code
    review_ops.mark(loaded, code, "follow-up", action="Sign the DPA", owner="Bram")
    panel = FollowUpsPanel(loaded)
    qtbot.addWidget(panel)
    qtmodeltester.check(panel.model)
    assert [r.action for r in panel.model.rows()] == ["Sign the DPA"]
    panel.view.selectRow(0)
    with qtbot.waitSignal(panel.changed):
        panel.done_button.click()
    assert panel.model.rowCount() == 0 and not panel.done_button.isEnabled()
    assert review_ops.open_follow_ups(loaded) == []


def test_a_stale_mark_in_the_dialog_names_who_and_shows_theirs(
    qtbot: Any, loaded: Database, answers: Any
) -> None:
    dialog = ReviewDialog(loaded)
    qtbot.addWidget(dialog)
    dialog.name.setText("2026 Q4")
    dialog.start_button.click()
    item = dialog.form.item
    assert item is not None
    other = connect(str(loaded.url.database))  # a second window, or the command line
    set_actor("Bram")
    review_ops.mark(other, item.activity_code, "changed", note="theirs")
    set_actor(None)
    other.dispose()
    mark_current(dialog, "confirmed", note="mine")
    assert any("was changed by Bram at" in text for text in answers.shown), answers.shown
    assert dialog.state is not None
    marked = next(i for i in dialog.state.items if i.activity_code == item.activity_code)
    assert marked.note == "theirs" and marked.outcome == "changed"  # theirs kept and shown


def test_a_broken_history_is_told_in_the_interface_language(qtbot: Any, loaded: Database) -> None:
    i18n.switch("nl")
    dialog = HistoryDialog(loaded)
    qtbot.addWidget(dialog)
    with loaded.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE history_entry SET actor = 'x' WHERE id = 3")
    assert not dialog.verify()
    assert dialog.chain_label.text() == (
        "De geschiedenis klopt niet bij regel 3: de inhoud klopt niet met de hash (bewerkt)"
    )
    i18n.switch("en")
    assert not dialog.verify()
    assert dialog.chain_label.text().endswith("its content does not match its hash (edited)")
