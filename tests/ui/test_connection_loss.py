"""The database server goes away in the middle of work: the editor keeps what it holds, says the
server is unreachable, and saves once the server is back, once (a save whose answer was lost is
not made twice)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import create_engine, event, func, select, text

from kgs_ropa.model import HistoryEntry
from kgs_ropa.services import activities, catalogues
from kgs_ropa.services.connect import connect
from kgs_ropa.services.setup import initialise
from kgs_ropa.storage.database import Database
from kgs_ropa.ui import conflict_dialog, save_retry
from kgs_ropa.ui.main_window import MainWindow

pytestmark = pytest.mark.postgres


class Outage:
    """Cuts the register's server off: its connections are ended and no new one is made."""

    def __init__(self, db: Database, url: str) -> None:
        self.down = False
        self.url = url
        event.listen(db.engine, "do_connect", self._connect)

    def _connect(self, *_args: Any) -> None:
        if self.down:
            raise psycopg.OperationalError("connection refused (the server is down)")

    def start(self) -> None:
        self.down = True
        admin = create_engine(self.url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            )
        admin.dispose()

    def end(self) -> None:
        self.down = False


@pytest.fixture
def on_server(
    pg_target: str, qtbot: Any, open_window: Any, settings: QSettings, monkeypatch: Any
) -> Iterator[tuple[MainWindow, Outage]]:
    monkeypatch.setattr(save_retry, "BACKOFF", (0.2, 0.4))
    db = connect(pg_target)
    initialise(db, "kgs")
    window = open_window(qtbot, db, settings)
    yield window, Outage(db, pg_target)
    db.dispose()


def name_changes(db: Database, activity_id: int) -> int:
    with db.reading() as session:
        return (
            session.scalar(
                select(func.count(HistoryEntry.id)).where(
                    HistoryEntry.activity_id == activity_id, HistoryEntry.field == "name"
                )
            )
            or 0
        )


def save_while_down(window: MainWindow, outage: Outage, name: str) -> int:
    """Rename the first activity in the editor and save it while the server is away."""
    activity_id = window.register.model.all_rows[0].id
    window.edit_activity(activity_id)
    window.editor.field("name").setText(name)
    outage.start()
    assert not window.editor.save()
    return activity_id


def test_the_editor_saves_once_the_server_is_back(
    on_server: tuple[MainWindow, Outage], qtbot: Any, answers: Any, evidence: Any
) -> None:
    window, outage = on_server
    editor = window.editor
    activity_id = save_while_down(window, outage, "Order handling (written while down)")
    assert editor.save_when_back.waiting and not answers.shown  # a line, not a dialog
    assert "No connection to the database server" in editor.save_when_back.line.text()
    assert editor.is_dirty()
    assert editor.field("name").text() == "Order handling (written while down)"
    qtbot.wait(700)  # two tries while the server is still away
    assert editor.save_when_back.tries >= 2 and editor.is_dirty()
    outage.end()
    qtbot.waitUntil(lambda: not editor.save_when_back.waiting, timeout=5000)
    assert not editor.is_dirty()
    doc, _version = activities.get_versioned(window.db, activity_id)
    assert doc["name"] == "Order handling (written while down)"
    assert name_changes(window.db, activity_id) == 1
    evidence(
        "Database server unreachable (connections ended, new ones refused)",
        "save an activity in the editor",
        1,
        "the editor kept its content, said so, and saved once when the server was back",
    )


def test_a_save_whose_answer_was_lost_is_not_made_twice(
    on_server: tuple[MainWindow, Outage], monkeypatch: Any
) -> None:
    window, outage = on_server
    editor = window.editor
    activity_id = save_while_down(window, outage, "Saved, but the answer never came")
    outage.end()
    # The commit reached the server; only its answer was lost (saved here through another
    # session with the editor's own version).
    doc = {**editor.document(), activities.VERSION: editor.version}
    activities.save(window.db, activity_id, doc)
    asked: list[str] = []
    monkeypatch.setattr(conflict_dialog, "ask", lambda _p, t: asked.append(t))
    editor.save_when_back.try_again()
    assert not asked and not editor.save_when_back.waiting and not editor.is_dirty()
    assert name_changes(window.db, activity_id) == 1


def test_the_organisation_settings_are_saved_once_the_server_is_back(
    on_server: tuple[MainWindow, Outage], qtbot: Any, answers: Any
) -> None:
    window, outage = on_server
    page = window.organisation
    note = page.settings_form.fields["note"]
    note.set_value("Written while the server was down.")
    outage.start()
    assert not page.save_settings()
    assert page.save_when_back.waiting and not answers.shown and page.is_dirty()
    outage.end()
    qtbot.waitUntil(lambda: not page.save_when_back.waiting, timeout=5000)
    assert not page.is_dirty()
    assert catalogues.get_settings(window.db)["note"] == "Written while the server was down."
    with window.db.reading() as session:
        changes = session.scalar(
            select(func.count(HistoryEntry.id)).where(
                HistoryEntry.entity_type == "organisation_settings", HistoryEntry.field == "note"
            )
        )
    assert changes == 1
