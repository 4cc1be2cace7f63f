"""The review session's activity list is wide enough and wraps long names."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from kgs_ropa.services import review_ops
from kgs_ropa.services.document import load_register
from kgs_ropa.services.setup import seed_vocabularies
from kgs_ropa.services.synthetic import synthetic_document
from kgs_ropa.storage.database import Database
from kgs_ropa.ui.review_dialog import ReviewDialog


def test_activity_list_takes_a_fair_share_and_never_scrolls_sideways(
    qtbot: Any, db: Database
) -> None:
    document = synthetic_document(4)
    for activity in document["activities"]:
        # Both names: the list shows the one in the interface language.
        activity["name"] += " een heel lange naam" * 8
        activity["name_en"] = activity["name"]
    with db.transaction() as session:
        seed_vocabularies(session)
        load_register(session, document)
    review_ops.start(db, "2026 Q4", date.today(), ["Anna"])
    dialog = ReviewDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    list_width, form_width = dialog.splitter.sizes()
    assert list_width >= 0.35 * (list_width + form_width)
    assert dialog.items.horizontalScrollBar().maximum() == 0
    long_item = next(
        dialog.items.item(i)
        for i in range(dialog.items.count())
        if "een heel lange naam" in dialog.items.item(i).text()
    )
    rect = dialog.items.visualItemRect(long_item)
    assert rect.width() <= dialog.items.viewport().width()
    assert rect.height() > 2 * dialog.items.fontMetrics().height()  # wrapped, not cut off
    assert long_item.toolTip() == long_item.text()
    assert dialog.items.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff


def test_the_start_page_says_what_the_session_covers_in_a_card(qtbot: Any, db: Database) -> None:
    with db.transaction() as session:
        seed_vocabularies(session)
        load_register(session, synthetic_document(4))
    due = review_ops.due_count(db, date.today())
    dialog = ReviewDialog(db)
    qtbot.addWidget(dialog)
    dialog.resize(1200, 800)
    dialog.show()
    qtbot.waitExposed(dialog)
    page = dialog.start_page
    assert page.due_label.text() == f"{due} activities are due for review and will be in scope."
    assert page.last_label.text() == "No review session has been closed yet."
    # One card of reading width, centred: no fields stretched across the dialog.
    card = page.heading.parentWidget()
    assert card.width() < 0.7 * dialog.width()
    assert card.geometry().center().x() == pytest.approx(page.width() / 2, abs=20)
    assert page.start_button.parentWidget() is card

    review_ops.start(db, "2026 Q3", date(2026, 9, 30), ["Anna"])
    current = review_ops.current(db)
    assert current is not None
    item = current.items[0]
    review_ops.mark(db, item.activity_code, "confirmed", version=item.version)
    review_ops.close(db)
    later = ReviewDialog(db)
    qtbot.addWidget(later)
    assert later.start_page.last_label.text() == (
        "Last session: 2026 Q3, held on 2026-09-30, 1 activity reviewed."
    )


def test_the_activity_list_shows_each_outcome_as_a_chip(qtbot: Any, db: Database) -> None:
    with db.transaction() as session:
        seed_vocabularies(session)
        load_register(session, synthetic_document(3))
    review_ops.start(db, "2026 Q4", date.today(), ["Anna"])
    current = review_ops.current(db)
    assert current is not None
    first = current.items[0]
    review_ops.mark(db, first.activity_code, "confirmed", version=first.version)
    dialog = ReviewDialog(db)
    qtbot.addWidget(dialog)
    rows = [dialog.items.item(i) for i in range(dialog.items.count())]
    # The outcome is a chip (the item's icon), never a mark typed into the name.
    assert all(not row.icon().isNull() for row in rows)
    assert rows[0].text().startswith(first.activity_code)
    assert not any(mark in row.text() for row in rows for mark in "✔✎⚑·○")
    access = Qt.ItemDataRole.AccessibleTextRole
    assert rows[0].data(access).startswith("✔ Confirmed: ")
    assert rows[1].data(access).startswith("○ To review: ")
    widths = {row.icon().availableSizes()[0].width() for row in rows}
    assert len(widths) == 1  # every chip as wide: the names line up


def test_enter_on_the_start_page_presses_start(qtbot: Any, db: Database) -> None:
    with db.transaction() as session:
        seed_vocabularies(session)
        load_register(session, synthetic_document(2))
    dialog = ReviewDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.start_button.isDefault() and not dialog.form.save_button.isDefault()
    dialog.participants.setFocus()
    qtbot.keyClick(dialog.participants, Qt.Key.Key_Return)
    assert dialog.stack.currentIndex() == 1
    assert dialog.form.save_button.isDefault() and not dialog.start_button.isDefault()
