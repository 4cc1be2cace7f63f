"""The review report speaks the language it is made in: names and counts."""

from __future__ import annotations

import re
from datetime import date

import pytest

from kgs_ropa.checks.register import check_register
from kgs_ropa.message import Message
from kgs_ropa.reports.finding_fields import finding_field
from kgs_ropa.reports.labels import Lang
from kgs_ropa.reports.review_report import build_review_report, read_source
from kgs_ropa.services import history, review
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


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_open_findings_name_the_field_in_words_and_no_rule_code(
    example_db: Database, lang: Lang
) -> None:
    review_id = _closed_review(example_db)
    with example_db.reading() as session:
        report = build_review_report(read_source(session, review_id), lang)
        findings = check_register(read_source(session, review_id).document, date.today())
    table = report.tables[3]
    assert [c.key for c in table.columns] == ["severity", "code", "field", "message"]
    fields = [row[2].text for row in table.rows]
    raw = re.compile(r"\w\[\d+\]|[a-z]_[a-z]|\w\.\w")  # purposes[0], lawful_basis, a.b
    assert fields and not [f for f in fields if raw.search(f)]
    messages = {row[3].text for row in table.rows}
    assert messages == {f.message(lang) for f in findings}


@pytest.mark.parametrize(
    ("path", "nl", "en"),
    [
        ("retention[0].period", "Bewaarregel 1 › Termijn", "Retention rule 1 › Period"),
        ("purposes[1].description", "Doel 2 › Omschrijving", "Purpose 2 › Description"),
        ("transfers[0].country", "Doorgifte 1 › Land", "Transfer 1 › Country"),
        ("automated_decision_making", "Geautomatiseerde besluitvorming, incl. profilering", None),
        ("owner", "Eigenaar", "Owner"),
        ("some.unknown_path", "some.unknown_path", "some.unknown_path"),  # never made up
    ],
)
def test_a_finding_field_reads_as_the_labels_say_it(path: str, nl: str, en: str | None) -> None:
    assert finding_field(path, "nl") == nl
    if en is not None:
        assert finding_field(path, "en") == en


def test_the_history_comment_of_a_closed_review_is_in_the_closers_language(
    example_db: Database,
) -> None:
    def dutch(text: Message) -> str:
        return text.render(lambda template: {"review {name}": "beoordeling {name}"}[template])

    with example_db.transaction() as session:
        started = review.start(session, "2026 Q4", date.today(), ["Anna"])
        review.mark(session, started.items[0].activity_code, "confirmed")
        review.close(session, dutch)
    with example_db.reading() as session:
        comments = {e.comment for e in history.entries(session) if e.comment}
    assert "beoordeling 2026 Q4" in comments and "review 2026 Q4" not in comments
