"""Automated decision-making is unknown, no or yes: nobody's answer is never exported as "no"."""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from alembic import command
from notice_data import webshop
from pypdf import PdfReader
from sqlalchemy import select, text

from kgs_ropa.checks.register import check_register
from kgs_ropa.importers.file_import import import_file
from kgs_ropa.model import Activity
from kgs_ropa.reports.build import report_from_database
from kgs_ropa.reports.export import export_pdf, export_xlsx, export_xlsx_editable
from kgs_ropa.reports.html import render_html
from kgs_ropa.reports.labels import label
from kgs_ropa.reports.notice import build_notice
from kgs_ropa.reports.notice_export import notice_text
from kgs_ropa.services import history
from kgs_ropa.services.connect import connect
from kgs_ropa.services.document import DocumentError, dump_register, load_register
from kgs_ropa.services.replay import replay_difference
from kgs_ropa.services.setup import initialise, seed_vocabularies
from kgs_ropa.services.synthetic import synthetic_document
from kgs_ropa.storage import migrate
from kgs_ropa.storage.database import Database

FIELD = "automated_decision_making"
TODAY = date(2026, 12, 1)
BELOW = "0004_document_links"  # the revision before automated decision-making could be unknown


def _answers(db: Database) -> dict[str, bool | None]:
    with db.reading() as session:
        rows = session.scalars(select(Activity).order_by(Activity.code))
        return {a.code: a.automated_decision_making for a in rows}


def _document(answers: list[bool | None]) -> dict[str, Any]:
    document = synthetic_document(len(answers))
    for activity, answer in zip(document["activities"], answers, strict=True):
        activity[FIELD] = answer
    return document


# ---------------------------------------------------------------------------- the document


def test_the_document_reads_none_false_true_and_a_missing_answer(db: Database) -> None:
    document = _document([None, False, True, None])
    del document["activities"][3][FIELD]  # a file that never mentions it
    with db.transaction() as session:
        load_register(session, document)
    codes = [a["code"] for a in document["activities"]]
    assert _answers(db) == dict(zip(codes, [None, False, True, None], strict=True))
    with db.reading() as session:
        dumped = {a["code"]: a[FIELD] for a in dump_register(session)["activities"]}
    assert dumped == _answers(db)  # the register read gives None, not 0 or False


def test_the_document_refuses_an_answer_that_is_no_true_false_or_null(db: Database) -> None:
    document = _document(["maybe"])  # type: ignore[list-item]
    with pytest.raises(DocumentError) as raised, db.transaction() as session:
        load_register(session, document)
    assert FIELD in raised.value.path


# ---------------------------------------------------------------------------- the migration


def _migrate(db: Database) -> tuple[dict[str, bool | None], int]:
    """Four activities at head: never answered (false by the old default), true, answered
    false in an edit, and one set true then false; down to the boolean and up again."""
    migrate.upgrade(db)
    with db.transaction() as session:
        seed_vocabularies(session)
        load_register(session, _document([False, True, False, True]))
    codes = sorted(_answers(db))
    with db.transaction() as session:
        rows = {a.code: a for a in session.scalars(select(Activity))}
        rows[codes[2]].automated_decision_making = True
    with db.transaction() as session:
        rows = {a.code: a for a in session.scalars(select(Activity))}
        rows[codes[2]].automated_decision_making = False
        rows[codes[3]].automated_decision_making = False
    with db.engine.begin() as connection:
        command.downgrade(migrate._alembic_config(connection), BELOW)
        purposes = connection.execute(text("SELECT count(*) FROM purpose")).scalar_one()
    migrate.upgrade(db)
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM purpose")).scalar_one() == purposes
    answers = _answers(db)
    return {code: answers[code] for code in codes}, purposes


def _check_migration(db: Database) -> None:
    answers, purposes = _migrate(db)
    assert purposes > 0  # no activity's children were lost on the way
    assert list(answers.values()) == [None, True, False, False]
    with db.reading() as session:
        assert history.verify(session) is None  # the chain still holds
        assert replay_difference(session) is None  # and replays to the migrated register
        entries = history.entries(session)
    upgrade = [e for e in entries if e.actor == "schema upgrade"]
    assert [(e.field, e.before, e.after) for e in upgrade] == [(FIELD, "false", None)]


def test_the_migration_keeps_only_answers_it_can_tell_on_sqlite(tmp_path: Path) -> None:
    db = connect(str(tmp_path / "m.sqlite"))
    _check_migration(db)
    db.dispose()


def test_the_migration_keeps_only_answers_it_can_tell_on_postgresql(pg_target: str) -> None:
    db = connect(pg_target)
    _check_migration(db)
    db.dispose()


# ---------------------------------------------------------------------------- import


def test_an_empty_spreadsheet_cell_is_not_assessed(db: Database, tmp_path: Path) -> None:
    cells = ["", "Nee", "Ja - kredietscore", "profilering", "Ja\nprofilering"]
    wb = openpyxl.Workbook()
    wb.active.append(["Verwerking", "Doel", "Geautomatiseerde besluitvorming"])
    for number, cell in enumerate(cells):
        wb.active.append([f"Verwerking {number}", f"Doel {number}", cell or None])
    wb.save(tmp_path / "register.xlsx")
    import_file(db, tmp_path / "register.xlsx")
    with db.reading() as session:
        imported = [(a[FIELD], a["automated_decision_note"]) for a in _by_name(session)]
    assert imported == [
        (None, ""),
        (False, ""),
        (True, "Ja - kredietscore"),
        (None, "profilering"),  # words kept, no answer made up
        (True, "Ja\nprofilering"),  # a line break in the cell parts the words too
    ]


def _by_name(session: Any) -> list[dict[str, Any]]:
    return sorted(dump_register(session)["activities"], key=lambda a: a["name"])


# ---------------------------------------------------------------------------- exports


@pytest.fixture
def answered(db: Database) -> Database:
    """Three activities: not assessed, no, yes (with a note)."""
    document = _document([None, False, True])
    document["activities"][2]["automated_decision_note"] = "kredietscore"
    with db.transaction() as session:
        load_register(session, document)
    return db


def test_the_editable_workbook_keeps_not_assessed(answered: Database, tmp_path: Path) -> None:
    out = tmp_path / "editable.xlsx"
    export_xlsx_editable(answered, out, "nl")
    again = connect(str(tmp_path / "again.sqlite"))
    initialise(again)
    import_file(again, out)
    assert (
        list(_answers(again).values())
        == list(_answers(answered).values())
        == [
            None,
            False,
            True,
        ]
    )
    again.dispose()


def test_the_workbook_says_to_be_confirmed_where_nobody_answered(
    answered: Database, tmp_path: Path
) -> None:
    for lang in ("nl", "en"):
        out = tmp_path / f"r-{lang}.xlsx"
        export_xlsx(answered, out, lang)
        sheet = openpyxl.load_workbook(out)[label("sheet_register", lang)]
        column = next(
            c.column
            for row in sheet.iter_rows()
            for c in row
            if c.value == label("automated_decisions", lang)
        )
        values = [r[column - 1].value for r in sheet.iter_rows() if r[column - 1].value][1:]
        expected = [label(k, lang) for k in ("to_confirm", "no", "yes")]
        # A Dutch text without its English version is marked as Dutch in the English export.
        expected[2] += ": kredietscore" if lang == "nl" else ": [nl] kredietscore"
        assert values == expected, lang


def test_the_pdf_and_the_print_say_to_be_confirmed(answered: Database, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    export_pdf(answered, out, "en")
    pdf = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    html = render_html(report_from_database(answered, "nl", None))
    answers = []
    for part in html.split(label("automated_decisions", "nl"))[1:]:
        answers.append(part.split("<td>", 1)[1].split("</td>", 1)[0])
    assert answers == ["te bevestigen", "Nee", "Ja: kredietscore"]
    words = pdf.split("Automated decision-making, incl. profiling")[1:]
    assert [w.split()[0] for w in words] == ["to", "No", "Yes:"]


def test_the_notice_says_nothing_about_decisions_nobody_assessed() -> None:
    shop = webshop()
    for activity in shop["activities"]:
        activity[FIELD] = False
    told = notice_text(build_notice(shop, "en", TODAY), "md")
    assert "We take no decisions about you based solely on automated processing." in told
    unsure = copy.deepcopy(shop)
    unsure["activities"][0][FIELD] = None
    notice = build_notice(unsure, "en", TODAY)
    told = notice_text(notice, "md")
    assert "We take no decisions about you" not in told
    assert "whether we take decisions here based solely on automated processing" in [
        p.about for p in notice.open_points()
    ]


def test_an_active_activity_not_assessed_is_a_warning() -> None:
    document = _document([None, False])
    for activity in document["activities"]:
        activity["status"] = "active"
    codes = [(f.activity, f.code) for f in check_register(document, TODAY) if f.field == FIELD]
    assert codes == [(document["activities"][0]["code"], "activity.automated_unknown")]
