"""The Qt-free services behind the desktop app: rows, filters, saving, catalogues, impact."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kgs_ropa.services import activities, catalogues, dashboard, findings_cache, impact
from kgs_ropa.services.activities import RowFilter
from kgs_ropa.services.document import DocumentError
from kgs_ropa.storage.database import Database

TODAY = date(2026, 6, 1)


def test_rows_carry_what_the_table_needs(example_db: Database) -> None:
    rows = activities.list_rows(example_db)
    assert len(rows) == 13
    assert [r.code for r in rows] == sorted(r.code for r in rows)
    first = rows[0]
    assert first.purposes and first.lawful_bases and first.data_categories
    assert first.search_text == first.search_text.casefold()
    [alone] = activities.list_rows(example_db, [first.id])
    # The database aggregates each table's search text in no set order: compare the lines.
    assert sorted(alone.search_text.split("\n")) == sorted(first.search_text.split("\n"))
    assert replace(alone, search_text="") == replace(first, search_text="")


def test_rows_shown_first_are_completed_by_the_search_texts(example_db: Database) -> None:
    """The table's first rows lack their child rows' text; search_texts() adds exactly it,
    and a row read whole since (after an edit) keeps its own."""
    whole = activities.list_rows(example_db)
    first = activities.list_rows(example_db, with_text=False)
    assert not any(row.texts_complete for row in first)
    assert all(len(a.search_text) < len(b.search_text) for a, b in zip(first, whole, strict=True))
    more = activities.search_texts(example_db)
    assert [row.with_more_text(more.get(row.id, "")) for row in first] == whole
    assert whole[0].with_more_text("stale text") is whole[0]


def test_search_and_filters(example_db: Database) -> None:
    rows = activities.list_rows(example_db)
    by_processor = activities.filter_rows(rows, RowFilter(text="google analytics"), TODAY)
    assert 0 < len(by_processor) < len(rows)
    both_words = activities.filter_rows(rows, RowFilter(text="analytics google"), TODAY)
    assert both_words == by_processor
    consent = activities.filter_rows(rows, RowFilter(lawful_basis="consent"), TODAY)
    assert consent and all("consent" in r.lawful_bases for r in consent)
    assert activities.filter_rows(rows, RowFilter(status="retired"), TODAY) == []
    assert activities.filter_rows(rows, RowFilter(has_findings=True), TODAY) == []


def test_save_create_duplicate_retire_delete(example_db: Database) -> None:
    doc = activities.new_document("T-1", "Test")
    doc["purposes"] = [{"description": "Iets", "lawful_basis": "contract"}]
    new_id = activities.save_document(example_db, None, doc, comment="nieuw")
    saved = activities.get_document(example_db, new_id)
    assert saved["purposes"][0]["lawful_basis"] == "contract"
    saved["data_categories"] = [{"category": "name"}, {"category": "email"}]
    activities.save_document(example_db, new_id, saved)
    saved = activities.get_document(example_db, new_id)
    saved["data_categories"].reverse()  # same categories again: rows are reused
    activities.save_document(example_db, new_id, saved)
    assert [
        u["category"] for u in activities.get_document(example_db, new_id)["data_categories"]
    ] == ["email", "name"]
    copy_id = activities.duplicate(example_db, new_id)
    assert activities.get_document(example_db, copy_id)["code"] == "T-1-copy"
    assert activities.set_status(example_db, [copy_id], "retired") == 1
    assert activities.delete(example_db, [copy_id, new_id]) == 2
    with pytest.raises(activities.ActivityNotFoundError):
        activities.get_document(example_db, new_id)


def test_save_refuses_a_taken_code_and_bad_values(example_db: Database) -> None:
    taken = activities.list_rows(example_db)[0].code
    with pytest.raises(DocumentError, match="already used"):
        activities.save_document(example_db, None, activities.new_document(taken, "X"))
    bad = activities.new_document("T-2", "X")
    bad["next_review_due"] = "morgen"
    with pytest.raises(DocumentError, match="next_review_due"):
        activities.save_document(example_db, None, bad)
    assert "T-2" not in {r.code for r in activities.list_rows(example_db)}


def test_findings_per_activity(example_db: Database) -> None:
    findings = activities.register_findings(example_db, TODAY)
    counts = findings_cache.count(findings).per_activity
    assert set(counts) <= {r.code for r in activities.list_rows(example_db)}
    context = activities.check_context(example_db, TODAY)
    empty = activities.check_one(activities.new_document("T-3", "Leeg"), context)
    assert "art30.purposes" in {f.code for f in empty}


def test_catalogue_create_update_delete(db: Database) -> None:
    new_id = catalogues.create(db, "system", {"name": "Exact Online", "country": "NL"})
    row = next(r for r in catalogues.list_rows(db, "system") if r["id"] == new_id)
    assert row["code"] == "exact-online"
    second = catalogues.create(db, "system", {"name": "Exact Online"})
    assert (
        next(r for r in catalogues.list_rows(db, "system") if r["id"] == second)["code"]
        == "exact-online-2"
    )
    catalogues.update(db, "system", new_id, {"location": "Cloud (NL)"})
    with pytest.raises(catalogues.CatalogueError, match="already in use"):
        catalogues.update(db, "system", second, {"code": "exact-online"})
    catalogues.delete(db, "system", second)
    assert [r["code"] for r in catalogues.list_rows(db, "system")] == ["exact-online"]
    catalogues.save_settings(db, {"acts_as_processor": True})
    assert catalogues.get_settings(db)["acts_as_processor"] is True
    assert catalogues.organisation_is_empty(db)


def test_impact_questions(example_db: Database) -> None:
    processor = catalogues.list_rows(example_db, "processor")[0]
    involved = impact.for_processor(example_db, processor["id"])
    assert involved
    category = next(
        r for r in catalogues.list_rows(example_db, "data_category") if r["code"] == "name"
    )
    assert len(impact.for_data_category(example_db, category["id"])) >= len(involved)
    assert impact.for_country(example_db, "ZZ") == []


def test_answers_are_written_as_text(tmp_path: Path) -> None:
    rows = [['=HYPERLINK("x")', "+31 6", "gewoon"]]
    impact.write_table(tmp_path / "a.csv", ["Code", "Naam", "Status"], rows)
    with (tmp_path / "a.csv").open(encoding="utf-8-sig") as stream:
        written = list(csv.reader(stream, delimiter=";"))
    assert written[1][:2] == ['\'=HYPERLINK("x")', "'+31 6"]
    impact.write_table(tmp_path / "a.xlsx", ["Code", "Naam", "Status"], rows)
    cell = load_workbook(tmp_path / "a.xlsx").active["A2"]
    assert cell.data_type == "s"  # a text cell, not a formula
    assert cell.value == '=HYPERLINK("x")'


def test_dashboard_figures(example_db: Database) -> None:
    figures = dashboard.figures(example_db, TODAY)
    assert figures.total == 13
    assert sum(figures.by_lawful_basis.values()) >= 13


def test_navigation_counts_are_what_the_pages_list(example_db: Database) -> None:
    kinds = list(catalogues.KINDS)
    assert catalogues.counts(example_db, kinds) == {
        kind: len(catalogues.list_rows(example_db, kind)) for kind in kinds
    }
    assert impact.transfer_count(example_db) == len(impact.transfers(example_db)) > 0
