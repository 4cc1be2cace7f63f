"""The review report speaks the language it is made in: names and counts."""

from __future__ import annotations

from datetime import date

import pytest

from kgs_ropa.reports.labels import Lang
from kgs_ropa.reports.review_report import build_review_report, read_source
from kgs_ropa.services import review
from kgs_ropa.storage.database import Database


def _closed_review(db: Database) -> int:
    with db.transaction() as session:
        started = review.start(session, "2026 Q4", date.today(), ["Anna"])
        codes = [item.activity_code for item in started.items]
        review.mark(session, codes[0], "confirmed")
        review.mark(session, codes[1], "follow_up", action="Record it", owner="Anna")
        closed = review.close(session)
    return closed.id


@pytest.mark.parametrize(
    ("lang", "name", "summary"),
    [
        ("en", "Customer service and communication", "confirmed unchanged 1,"),
        ("nl", "Klantenservice en communicatie", "ongewijzigd bevestigd 1,"),
    ],
)
def test_names_and_counts_in_the_report_language(
    example_db: Database, lang: Lang, name: str, summary: str
) -> None:
    review_id = _closed_review(example_db)
    with example_db.reading() as session:
        report = build_review_report(read_source(session, review_id), lang)
    outcomes = {row[0].text: row[1].text for row in report.tables[0].rows}
    assert outcomes["KGS-02"] == name
    follow_ups = {row[0].text: row[1].text for row in report.tables[2].rows}
    assert follow_ups["KGS-03"] == {"en": "Purchase history and service improvement"}.get(
        lang, "Aankoopgeschiedenis en verbetering van de dienstverlening"
    )
    assert summary in report.summary
    assert "1 were" not in report.summary
