"""The dates of the review, history, compare and inquiry dialogs: shown as the interface
language writes them, an impossible one (29-02-2027) refused with the field's name and kept as
typed, a valid one used; and the review dialog's other refusals in the interface language."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from kgs_ropa.model import Activity
from kgs_ropa.services import review_ops
from kgs_ropa.storage.database import Database
from kgs_ropa.ui import history_inquiry, i18n
from kgs_ropa.ui.fields import DayField
from kgs_ropa.ui.history_diff import DiffDialog
from kgs_ropa.ui.history_inquiry import InquiryDialog
from kgs_ropa.ui.history_view import HistoryDialog
from kgs_ropa.ui.review_dialog import ReviewDialog

IMPOSSIBLE = "29-02-2027"  # 2027 is no leap year: a day-first date editor made it the 28th


def dutch(day: date) -> str:
    return day.strftime("%d-%m-%Y")


@pytest.fixture
def loaded(synthetic_register: Callable[[int], Database]) -> Database:
    return synthetic_register(3)


@pytest.fixture
def nl(qapp: object) -> None:
    i18n.switch("nl")


def type_into(qtbot: Any, field: DayField, text: str) -> None:
    field.selectAll()
    qtbot.keyClicks(field, text)
    field.editingFinished.emit()


def refused(answers: Any, name: str) -> bool:
    said = answers.shown[-1] if answers.shown else ""
    return name in said and IMPOSSIBLE in said and "geen geldige datum" in said


def test_a_day_field_follows_the_language_and_marks_an_impossible_day(qtbot: Any) -> None:
    field = DayField(None, date(2026, 3, 5))
    qtbot.addWidget(field)
    assert field.text() == "2026-03-05" and field.day() == date(2026, 3, 5)
    i18n.switch("nl")
    QApplication.processEvents()
    assert field.text() == "05-03-2026" and field.placeholderText() == "DD-MM-JJJJ"
    type_into(qtbot, field, IMPOSSIBLE)
    assert field.text() == IMPOSSIBLE and field.day() is None
    assert "border" in field.styleSheet() and "Geen geldige datum" in field.toolTip()
    type_into(qtbot, field, "")
    assert field.day() is None and "border" in field.styleSheet()  # a day must be given
    type_into(qtbot, field, "2027-02-28")  # ISO is understood too, and shown the Dutch way
    assert field.text() == "28-02-2027" and field.day() == date(2027, 2, 28)
    assert field.styleSheet() == ""


def test_review_session_day_and_follow_up_due_date(
    qtbot: Any, nl: None, loaded: Database, answers: Any
) -> None:
    dialog = ReviewDialog(loaded)
    qtbot.addWidget(dialog)
    assert dialog.held_on.text() == dutch(date.today())
    type_into(qtbot, dialog.held_on, IMPOSSIBLE)
    dialog.start_button.click()
    assert refused(answers, "Datum") and review_ops.current(loaded) is None
    assert dialog.held_on.text() == IMPOSSIBLE
    type_into(qtbot, dialog.held_on, "28-02-2027")
    dialog.start_button.click()
    session = review_ops.current(loaded)
    assert session is not None and session.held_on == date(2027, 2, 28)

    form = dialog.form
    assert form.due.text() == dutch(date.today() + timedelta(days=30))
    code = form.item.activity_code if form.item else ""
    form.buttons["follow_up"].setChecked(True)
    form.action.setText("Verwerkersovereenkomst tekenen")
    type_into(qtbot, form.due, IMPOSSIBLE)
    form.save_button.click()
    assert refused(answers, "Uiterlijk") and form.due.text() == IMPOSSIBLE
    assert all(i.outcome is None for i in review_ops.current(loaded).items)  # type: ignore[union-attr]
    type_into(qtbot, form.due, "01-03-2027")
    form.save_button.click()
    marked = next(i for i in review_ops.current(loaded).items if i.activity_code == code)  # type: ignore[union-attr]
    assert marked.outcome == "follow_up" and marked.action_due_on == date(2027, 3, 1)


def test_compare_on_a_date(qtbot: Any, nl: None, loaded: Database, answers: Any) -> None:
    review_ops.take_snapshot(loaded, "before")
    with loaded.transaction() as session:
        activity = session.scalars(select(Activity).where(Activity.code == "GEN-00002")).one()
        activity.name = "Later naam"
    dialog = DiffDialog(loaded)
    qtbot.addWidget(dialog)
    dialog.older.setCurrentIndex(dialog.older.findData("1"))
    dialog.newer.setCurrentIndex(dialog.newer.findData("date"))
    assert dialog.newer_day.text() == dutch(date.today())
    type_into(qtbot, dialog.newer_day, IMPOSSIBLE)
    dialog.compare_button.click()
    assert refused(answers, "Datum van B") and dialog.model.rowCount() == 0
    assert dialog.newer_day.text() == IMPOSSIBLE
    type_into(qtbot, dialog.newer_day, dutch(date.today()))
    dialog.compare_button.click()
    assert [(r.code, r.after) for r in dialog.model.rows()] == [("GEN-00002", "Later naam")]


def test_history_filter_days(qtbot: Any, nl: None, loaded: Database, answers: Any) -> None:
    dialog = HistoryDialog(loaded)
    qtbot.addWidget(dialog)
    panel = dialog.panel
    assert panel.until.text() == dutch(date.today())
    everything = panel.model.rowCount()
    panel.use_until.setChecked(True)
    type_into(qtbot, panel.until, IMPOSSIBLE)
    panel.apply.click()
    assert refused(answers, "Tot en met") and IMPOSSIBLE in panel.count.text()
    assert panel.model.rowCount() == everything and panel.until.text() == IMPOSSIBLE
    assert panel.where().until is None  # an export takes what the table shows
    yesterday = date.today() - timedelta(days=1)  # the register was made today
    type_into(qtbot, panel.until, dutch(yesterday))
    panel.apply.click()
    assert panel.model.rowCount() == 0 and panel.where().until == yesterday


def test_inquiry_pack_since(
    qtbot: Any, nl: None, loaded: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[date | None] = []

    def build(_db: Database, out: Path, _lang: str, since: date | None) -> dict[str, Any]:
        asked.append(since)
        return {"files": [], "history_hash": "0" * 64}

    monkeypatch.setattr(history_inquiry, "build_pack", build)
    dialog = InquiryDialog(loaded)
    qtbot.addWidget(dialog)
    a_year_ago = date.today().replace(year=date.today().year - 1)
    assert dialog.since.text() in (dutch(a_year_ago), dutch(a_year_ago - timedelta(days=1)))
    dialog.path.setText(str(tmp_path / "pack"))
    dialog.use_since.setChecked(True)
    type_into(qtbot, dialog.since, IMPOSSIBLE)
    dialog.write_button.click()
    said = dialog.status.text()
    assert "Wijzigingen vanaf" in said and IMPOSSIBLE in said and "geen geldige datum" in said
    assert asked == [] and dialog.since.text() == IMPOSSIBLE
    type_into(qtbot, dialog.since, "01-03-2026")
    dialog.write_button.click()
    qtbot.waitUntil(lambda: not dialog.open_button.isHidden(), timeout=30000)
    assert asked == [date(2026, 3, 1)]


def test_a_refused_review_start_is_told_in_dutch(
    qtbot: Any, nl: None, loaded: Database, answers: Any
) -> None:
    review_ops.start(loaded, "2026 Q4", date.today(), [])
    review_ops.close(loaded)
    dialog = ReviewDialog(loaded)
    qtbot.addWidget(dialog)
    dialog.name.setText("2026 Q4")
    dialog.start_button.click()
    assert answers.shown[-1] == "er is al een controlesessie met de naam '2026 Q4'"
