"""The printable HTML of a report: the PDF's content, user text escaped."""

from __future__ import annotations

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
