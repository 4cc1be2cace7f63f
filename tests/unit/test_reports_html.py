"""The printable HTML of a report: the PDF's content, user text escaped."""

from __future__ import annotations

import pytest

from kgs_ropa.reports.build import report_from_database
from kgs_ropa.reports.html import render_html
from kgs_ropa.services import activities
from kgs_ropa.storage.database import Database


def test_the_html_holds_the_reports_sections_and_annexes(example_db: Database) -> None:
    report = report_from_database(example_db, "en")
    html = render_html(report)
    assert html.count('<h2 class="new-page">') == report.meta.activity_count == 13
    assert "Record of processing activities" in html
    assert report.meta.fingerprint in html
    for table in report.annexes_to_show():
        assert table.title in html


def test_user_text_is_never_markup(example_db: Database) -> None:
    doc = activities.new_document("X-01", "<b>bold</b> & <script>alert(1)</script>")
    new_id = activities.save_document(example_db, None, doc)
    html = render_html(report_from_database(example_db, "nl", [new_id]))
    assert "<script>" not in html and "<b>bold</b>" not in html
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;" in html


def test_column_shares_keep_the_longest_word_of_each_column_whole() -> None:
    from kgs_ropa.reports.html import LINE_CHARS, column_shares

    # Hints give "status" 10 of 116: less than its word ("Concept") needs of the line.
    hints, words = [12, 34, 16, 30, 10, 14], [6, 10, 8, 10, 7, 8]
    shares = column_shares(hints, words)
    assert sum(shares) == pytest.approx(1000, abs=3)
    for share, word in zip(shares, words, strict=True):
        assert share / 1000 * LINE_CHARS >= word + 3 - 0.1  # per mille, rounded
    assert shares[1] > shares[0]  # the room left still follows the hints
    # Words that overfill the line: each column gets its word's part of it.
    crowded = column_shares([1, 1], [60, 30])
    assert crowded[0] == pytest.approx(2 * crowded[1], rel=0.05)
