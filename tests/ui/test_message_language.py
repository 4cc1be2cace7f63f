"""A value the register refuses is told in the interface language, named as the editor
labels its field (the command line keeps the English)."""

from __future__ import annotations

from typing import Any

import pytest

from kgs_ropa.message import Message
from kgs_ropa.services.document import DocumentError, load_register
from kgs_ropa.storage.database import Database
from kgs_ropa.ui import i18n
from kgs_ropa.ui.error_text import user_message
from kgs_ropa.ui.main_window import MainWindow


def test_the_dutch_editor_says_why_a_save_was_refused_in_dutch(
    window: MainWindow, answers: Any
) -> None:
    window.set_language("nl")
    first, second = window.register.model.all_rows[:2]
    window.edit_activity(first.id)
    window.editor.field("code").setText(second.code)
    assert not window.editor.save()
    assert answers.shown == [
        f"Niet opgeslagen: Code: de code '{second.code}' wordt al door een andere verwerking "
        "gebruikt. Verbeter dit en sla opnieuw op."
    ]
    window.set_language("en")
    assert not window.editor.save()
    assert answers.shown[1] == (
        f"Not saved: Code: the code '{second.code}' is already used by another activity. "
        "Correct it and save again."
    )


def test_a_field_of_an_item_is_named_as_the_editor_labels_it(qtbot: Any) -> None:
    error = DocumentError(
        "activity.transfers[0].country",
        "unknown {vocabulary} {value}",
        vocabulary=Message("country code"),
        value="'XX'",
    )
    i18n.switch("nl")
    assert user_message(error) == "Doorgifte 1 › Land: onbekende landcode 'XX'"
    i18n.switch("en")
    assert user_message(error) == "Transfer 1 › Country: unknown country code 'XX'"
    assert str(error) == "activity.transfers[0].country: unknown country code 'XX'"


def test_a_refused_register_document_reads_dutch(qtbot: Any, db: Database) -> None:
    doc = {
        "format": "kgs-ropa-register",
        "format_version": 2,
        "activities": [{"code": "A1", "name": "Een", "status": "draft"}, {"code": ""}],
    }
    with pytest.raises(DocumentError) as caught, db.transaction() as session:
        load_register(session, doc)
    i18n.switch("nl")
    dutch = user_message(caught.value)
    assert dutch == "Verwerking 2 › Code: mag niet leeg zijn"
