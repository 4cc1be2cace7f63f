"""Retention periods in days, weeks, months or years: words, storage, documents, exports, import."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from alembic import command
from alembic.script import ScriptDirectory
from pypdf import PdfReader
from sqlalchemy import text

from kgs_ropa.importers.sheet_rows import _retention
from kgs_ropa.model.periods import Period, describe, format_period, from_months, parse_period
from kgs_ropa.reports.export import export_pdf, export_xlsx
from kgs_ropa.services import activities
from kgs_ropa.services.connect import connect
from kgs_ropa.services.document import DocumentError, dump_register, load_register
from kgs_ropa.services.setup import seed_vocabularies
from kgs_ropa.services.synthetic import synthetic_document
from kgs_ropa.storage import migrate
from kgs_ropa.storage.database import Database

REVISION = "0004_retention_period_units"


@pytest.mark.parametrize(
    ("amount", "unit", "nl", "en"),
    [
        (28, "day", "28 dagen", "28 days"),
        (1, "day", "1 dag", "1 day"),
        (1, "week", "1 week", "1 week"),
        (4, "week", "4 weken", "4 weeks"),
        (1, "month", "1 maand", "1 month"),
        (6, "month", "6 maanden", "6 months"),
        (1, "year", "1 jaar", "1 year"),
        (7, "year", "7 jaar", "7 years"),
    ],
)
def test_periods_in_words_singular_and_plural(amount: int, unit: str, nl: str, en: str) -> None:
    assert format_period(amount, unit, "nl") == nl
    assert format_period(amount, unit, "en") == en


@pytest.mark.parametrize(
    ("typed", "period"),
    [
        ("28 days", Period(28, "day")),
        ("2 jaar", Period(2, "year")),
        ("zes maanden", Period(6, "month")),
        ("1 week.", Period(1, "week")),
        ("36 mnd", Period(36, "month")),
        ("7 jaar na einde boekjaar", None),  # a sentence, not only a period
        ("24 hours", None),  # hours are no unit of a retention period
    ],
)
def test_a_typed_period_is_read(typed: str, period: Period | None) -> None:
    assert parse_period(typed) == period


def test_older_months_become_years_when_whole() -> None:
    assert from_months(24) == Period(2, "year")
    assert from_months(18) == Period(18, "month")
    assert Period(2, "year").same_length(Period(24, "month"))
    assert Period(4, "week").same_length(Period(28, "day"))
    assert not Period(1, "month").same_length(Period(30, "day"))
    assert Period(24, "hour").same_length(Period(1, "day"))


def test_the_reader_gets_amount_unit_and_only_the_words_that_add_something() -> None:
    rule = {"period_amount": 28, "period_unit": "day"}
    assert describe(rule, "", "nl") == "28 dagen"
    assert describe(rule, "", "en") == "28 days"
    assert describe(rule, "na afloop van de garantie", "nl") == (
        "28 dagen (na afloop van de garantie)"
    )
    assert describe({"period_amount": 2, "period_unit": "year"}, "_ga: 2 years", "nl") == (
        "_ga: 2 years"
    )
    assert describe({"period_amount": None}, "zolang nodig", "nl") == "zolang nodig"
    # The user's words say the same length in hours: they stand alone.
    assert describe({"period_amount": 1, "period_unit": "day"}, "_gid: 24 hours", "en") == (
        "_gid: 24 hours"
    )


def test_spreadsheet_periods_become_amount_and_unit() -> None:
    assert _retention("28 days") == {
        "category": None,
        "period": "",
        "period_amount": 28,
        "period_unit": "day",
        "start_event": "",
        "legal_ground": "",
        "criterion": "",
    }
    assert (_retention("2 jaar")["period_amount"], _retention("2 jaar")["period_unit"]) == (
        2,
        "year",
    )
    kept = _retention("7 jaar na het einde van het boekjaar")
    assert kept["period"] == "7 jaar na het einde van het boekjaar"
    assert kept["period_amount"] is None and kept["period_unit"] is None


def _one_rule(rule: dict[str, Any]) -> dict[str, Any]:
    document = synthetic_document(1)
    document["activities"][0]["retention"] = [rule]
    return document


def _loaded_rule(db: Database, document: dict[str, Any]) -> dict[str, Any]:
    with db.transaction() as session:
        seed_vocabularies(session)
        load_register(session, document)
    with db.reading() as session:
        rule: dict[str, Any] = dump_register(session)["activities"][0]["retention"][0]
    return rule


def test_a_version_1_document_with_months_is_read(db: Database) -> None:
    document = _one_rule({"period": "", "period_months": 84})
    document["format_version"] = 1
    rule = _loaded_rule(db, document)
    assert (rule["period_amount"], rule["period_unit"]) == (7, "year")
    assert "period_months" not in rule


def test_a_document_round_trips_days(db: Database) -> None:
    rule = _loaded_rule(db, _one_rule({"period": "", "period_amount": 28, "period_unit": "day"}))
    assert (rule["period_amount"], rule["period_unit"]) == (28, "day")


@pytest.mark.parametrize(
    ("rule", "where"),
    [
        ({"period_amount": 28}, "period_unit"),
        ({"period_unit": "day"}, "period_amount"),
        ({"period_amount": 28, "period_unit": "fortnight"}, "period_unit"),
        ({"period_amount": -1, "period_unit": "day"}, "period_amount"),
    ],
)
def test_half_a_period_is_bad_input(db: Database, rule: dict[str, Any], where: str) -> None:
    with pytest.raises(DocumentError) as caught, db.transaction() as session:
        seed_vocabularies(session)
        load_register(session, _one_rule(rule))
    assert caught.value.path == f"activities[0].retention[0].{where}"


def test_a_change_of_period_is_in_the_history(db: Database) -> None:
    rule = {"period": "", "period_amount": 2, "period_unit": "month"}
    _loaded_rule(db, _one_rule(rule))
    with db.reading() as session:
        activity_id = session.scalar(text("SELECT id FROM activity"))
    doc = activities.get_document(db, activity_id)
    doc["retention"][0].update(period_amount=28, period_unit="day")
    activities.save_document(db, activity_id, doc)
    with db.reading() as session:
        rows = session.execute(
            text("SELECT field, after FROM history_entry WHERE action = 'update' ORDER BY id")
        ).all()
    changed = {field: json.loads(after) for field, after in rows}
    assert changed == {"retention[0].period_amount": 28, "retention[0].period_unit": "day"}


def _example_with_days(db: Database) -> None:
    with db.transaction() as session:
        seed_vocabularies(session)
        document = _one_rule(
            {"period": "", "period_amount": 28, "period_unit": "day", "start_event": ""}
        )
        load_register(session, copy.deepcopy(document))


@pytest.mark.parametrize(("lang", "words"), [("nl", "28 dagen"), ("en", "28 days")])
def test_exports_write_the_period_in_the_reader_language(
    db: Database, tmp_path: Path, lang: Any, words: str
) -> None:
    _example_with_days(db)
    export_xlsx(db, tmp_path / "r.xlsx", lang)
    workbook = openpyxl.load_workbook(tmp_path / "r.xlsx")
    cells = [str(c.value) for ws in workbook.worksheets for row in ws.iter_rows() for c in row]
    assert any(words in cell for cell in cells)
    export_pdf(db, tmp_path / "r.pdf", lang)
    pdf = " ".join(p.extract_text() for p in PdfReader(tmp_path / "r.pdf").pages)
    assert words in " ".join(pdf.split())


def _config(connection: Any) -> Any:
    return migrate._alembic_config(connection)


def _below_units() -> str:
    script = ScriptDirectory.from_config(migrate._alembic_config())
    below = script.get_revision(REVISION).down_revision
    assert isinstance(below, str)
    return below


def _migrate_months(db: Database) -> list[tuple[Any, ...]]:
    """Down to months and up again, with a rule of 84 months and one of 18 set in between."""
    migrate.upgrade(db)
    with db.transaction() as session:
        seed_vocabularies(session)
        document = synthetic_document(1)
        document["activities"][0]["retention"] *= 3
        load_register(session, document)
    with db.engine.begin() as connection:
        command.downgrade(_config(connection), _below_units())
        months = connection.execute(text("SELECT period_months FROM retention ORDER BY id"))
        assert [m for (m,) in months] == [84, 84, 84]
        connection.execute(text("UPDATE retention SET period_months = 18 WHERE position = 1"))
        connection.execute(text("UPDATE retention SET period_months = NULL WHERE position = 2"))
    migrate.upgrade(db)
    with db.engine.connect() as connection:
        query = "SELECT period_amount, period_unit FROM retention ORDER BY position"
        return [tuple(row) for row in connection.execute(text(query))]


EXPECTED = [(7, "year"), (18, "month"), (None, None)]


def test_the_migration_converts_months_on_sqlite(tmp_path: Path) -> None:
    db = connect(str(tmp_path / "m.sqlite"))
    assert _migrate_months(db) == EXPECTED
    db.dispose()


def test_the_migration_converts_months_on_postgresql(pg_target: str) -> None:
    db = connect(pg_target)
    assert _migrate_months(db) == EXPECTED
    db.dispose()
