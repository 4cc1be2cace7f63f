"""The PDF export, read back with pypdf: cover, contents, sections, annexes, both languages."""

from __future__ import annotations

import copy
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from report_data import HOSTILE, hostile_document, load
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, SimpleDocTemplate

from kgs_ropa.reports.activity import REGISTER_COLUMNS, SECTION_TABLE_KEYS
from kgs_ropa.reports.build import report_from_database
from kgs_ropa.reports.export import export_pdf
from kgs_ropa.reports.labels import Lang, label
from kgs_ropa.reports.pdf import (
    CHUNK,
    HEAD_SIZE,
    LANDSCAPE_WIDTH,
    PADDING,
    PORTRAIT_WIDTH,
    column_widths,
    data_table,
)
from kgs_ropa.reports.pdf_fonts import BOLD
from kgs_ropa.reports.report import Column, Table, text_cell
from kgs_ropa.services.setup import example_document
from kgs_ropa.storage.database import Database

TODAY = date(2026, 11, 25)
SECTION_FIELDS = [k for k, _ in REGISTER_COLUMNS if k not in SECTION_TABLE_KEYS]
ANNEXES = [
    "sheet_processors",
    "sheet_transfers",
    "sheet_retention",
    "sheet_measures",
    "sheet_cookies",
]


def _pages(db: Database, tmp_path: Path, lang: Lang, ids: list[str] | None = None) -> list[str]:
    out = tmp_path / f"register-{lang}.pdf"
    export_pdf(db, out, lang, ids, today=TODAY)
    return [" ".join(page.extract_text().split()) for page in PdfReader(out).pages]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_cover_contents_sections_and_annexes(
    example_db: Database, tmp_path: Path, lang: Lang
) -> None:
    pages = _pages(example_db, tmp_path, lang)
    cover, contents, text = pages[0], pages[1], " ".join(pages)
    for key in ("title", "controller", "dpo", "representative", "export_date", "fingerprint"):
        assert label(key, lang) in cover
    assert "KGS DIAMOND HOLDING BV" in cover
    assert re.search(r"\b[0-9a-f]{64}\b", cover)
    assert label("contents", lang) in contents
    assert label("overview", lang) in contents
    for index in range(1, 14):
        assert f"KGS-{index:02d}" in contents
    for index, key in enumerate(ANNEXES, 1):
        assert f"{label('annex', lang)} {index}. {label(key, lang)}" in text
    sections = " ".join(pages[3:])
    for key in SECTION_FIELDS:  # every element, once in each of the 13 sections
        assert sections.count(label(key, lang)) >= 13, key
    total = len(pages)
    assert f"{label('page_of', lang).format(page=total)} {total}" in pages[-1]


def test_contents_page_numbers_point_at_the_sections(example_db: Database, tmp_path: Path) -> None:
    pages = _pages(example_db, tmp_path, "en")
    entry = re.search(r"KGS-05 [^0-9]*? (\d+)\b", pages[1])
    assert entry is not None
    assert "KGS-05" in pages[int(entry.group(1)) - 1]


def test_markup_in_user_text_is_printed_literally(db: Database, tmp_path: Path) -> None:
    load(db, hostile_document())
    text = " ".join(_pages(db, tmp_path, "nl"))
    for hostile in HOSTILE:
        assert hostile in text
    assert "Ünïcødé" in text and "€" in text


def test_inquiry_subset_only_has_the_selected_activities(
    example_db: Database, tmp_path: Path
) -> None:
    pages = _pages(example_db, tmp_path, "en", ["KGS-03"])
    text = " ".join(pages)
    assert "Selection on request: 1 of 13" in pages[0]
    assert "KGS-03" in text and "KGS-04" not in text


def test_bookmarks_for_every_section(example_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "register.pdf"
    export_pdf(example_db, out, "en", today=TODAY)
    reader = PdfReader(out)
    top = [item.title for item in reader.outline if not isinstance(item, list)]
    assert top[0] == label("overview", "en")
    assert top[1] == label("activities", "en")
    assert len(top) == 2 + len(ANNEXES)
    activities = reader.outline[2]  # the bookmarks under "Processing activities"
    assert [item.title[:6] for item in activities] == [f"KGS-{n:02d}" for n in range(1, 14)]
    for item in activities:  # each on the page whose text starts with its heading
        page = reader.pages[reader.get_destination_page_number(item)].extract_text()
        assert " ".join(item.title.split()[:3]) in page
    assert reader.metadata is not None and reader.metadata.title == label("title", "en")


def test_names_in_other_scripts(db: Database, tmp_path: Path) -> None:
    document = hostile_document()
    names = ["Ελένη Παπαδοπούλου", "Юлия Смирнова", "Łódź Ğ Ş ő", "דוד כהן", "王小明 山田太郎"]
    document["activities"][0]["joint_controllers"] = [*names, "Symbols ✔ ★ ☎"]
    load(db, document)
    pages = _pages(db, tmp_path, "en", ["KGS-01"])
    text = " ".join(pages)
    for name in names[:3] + names[4:]:  # Chinese and Japanese in the shipped fallback font
        assert name in text
    assert "כהן" in text or "ןהכ" in text  # right-to-left text may come out reversed
    assert "Symbols ✔ ★ ☎" in text
    assert label("missing_glyphs", "en") not in pages[0]  # every character could be shown


def test_the_cover_names_the_characters_no_font_has(db: Database, tmp_path: Path) -> None:
    document = hostile_document()
    document["activities"][0]["joint_controllers"] = ["Hieroglyph \U00013000 here"]
    load(db, document)
    cover = _pages(db, tmp_path, "en", ["KGS-01"])[0]
    assert label("missing_glyphs", "en") in cover
    assert "U+13000 EGYPTIAN HIEROGLYPH A001" in cover


def test_a_long_table_has_its_header_once_at_the_top_of_every_page(tmp_path: Path) -> None:
    columns = [Column("code", "Kolomkop"), Column("name", "Naam", 40)]
    rows = [[text_cell(f"R{n:04d}"), text_cell("regel\n" * (n % 4))] for n in range(700)]
    out = tmp_path / "table.pdf"
    SimpleDocTemplate(str(out)).build(
        [Paragraph("Boven de tabel"), *data_table(Table("t", "T", columns, rows), 450, "nl")]
    )
    pages = [page.extract_text() for page in PdfReader(out).pages]
    assert len(pages) > 10  # more pages than one chunk of rows fills
    for page in pages:
        assert page.count("Kolomkop") == 1
        assert page.split("Kolomkop")[0].strip() in ("", "Boven de tabel")
    text = "".join(pages)
    assert [text.count(f"R{n:04d}") for n in range(700)] == [1] * 700


PART_KEYS = [
    "part_controller",
    "part_purposes",
    "part_subjects",
    "part_recipients",
    "part_transfers",
    "part_retention",
    "part_measures",
    "part_rights",
    "part_dpia",
    "part_review",
]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_each_section_in_the_order_of_article_30(
    example_db: Database, tmp_path: Path, lang: Lang
) -> None:
    pages = _pages(example_db, tmp_path, lang, ["KGS-01", "KGS-05"])
    # after the cover, the contents and the overview; without the running header and footer
    page_of = re.escape(label("page_of", lang)).replace(r"\{page\}", r"\d+")
    text = " ".join(re.sub(rf"^.*? {page_of} \d+ ", "", page) for page in pages[3:])
    assert text.startswith("KGS-01 ")
    for section in text.split(" KGS-05 ", 1):
        places = [section.find(label(key, lang)) for key in PART_KEYS]
        assert -1 not in places, places
        assert places == sorted(places)
        # (b) purposes with their bases before (c), and the rights after (g)
        assert places[1] < section.find(label("purpose", lang)) < places[2]


def _headings(lang: Lang) -> set[str]:
    keys = [*PART_KEYS, "data_categories"]
    return {label(key, lang) for key in keys}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_heading_ends_a_page(db: Database, tmp_path: Path, lang: Lang) -> None:
    load(db, hostile_document())
    out = tmp_path / "register.pdf"
    export_pdf(db, out, lang, today=TODAY)
    for number, page in enumerate(PdfReader(out).pages, 1):
        lines = [line.strip() for line in page.extract_text().splitlines() if line.strip()]
        # the running header and footer are drawn first: the last line is the page's content
        assert lines[-1] not in _headings(lang), (number, lines[-3:])


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_header_word_is_broken(example_db: Database, lang: Lang) -> None:
    """Every column of every table is at least as wide as the widest word of its header, in
    Dutch and in English, with the widths as the PDF sets them (from the first rows too)."""
    report = report_from_database(example_db, lang, today=TODAY)
    sections = list(report.activities)
    tables = [
        (report.overview, PORTRAIT_WIDTH),
        *[(t, PORTRAIT_WIDTH) for s in sections for t in s.tables],
        *[(t, LANDSCAPE_WIDTH) for t in report.annexes],
    ]
    for table, width in tables:
        rows = list(table.rows)[:CHUNK]
        for widths in (
            column_widths(table.columns, width),
            column_widths(table.columns, width, rows),
        ):
            assert sum(widths) == pytest.approx(width)
            for column, column_width in zip(table.columns, widths, strict=True):
                for word in column.title.split():
                    assert stringWidth(word, BOLD, HEAD_SIZE) <= column_width - PADDING, word


def test_tall_rows_flow_across_pages(tmp_path: Path) -> None:
    """Rows about half a page tall each: they share pages, split where the page ends, and
    the table takes about half as many pages as rows (not one page per row)."""
    columns = [Column("code", "Code", 10), Column("note", "Toelichting", 40)]
    text = "Een lange toelichting bij deze verwerker. " * 60
    rows = [[text_cell(f"P{n:02d}"), text_cell(text)] for n in range(12)]
    out = tmp_path / "tall.pdf"
    SimpleDocTemplate(str(out)).build(data_table(Table("t", "T", columns, rows), 450, "nl"))
    pages = [page.extract_text() for page in PdfReader(out).pages]
    assert len(pages) <= 8
    assert all(page.count("Toelichting") == 1 for page in pages)  # the header on each page
    joined = " ".join(" ".join(pages).split())
    assert all(joined.count(f"P{n:02d}") == 1 for n in range(12))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_section_not_filled_in_says_to_be_confirmed_not_none(
    db: Database, tmp_path: Path, lang: Lang
) -> None:
    # A new activity without purposes, data or retention: "(none)" told the authority it has
    # none, where the register simply does not say yet.
    document = copy.deepcopy(example_document("kgs"))
    document["activities"][0].update(purposes=[], data_categories=[], retention=[])
    load(db, document)
    pages = _pages(db, tmp_path, lang, ["KGS-01"])
    section = " ".join(pages[3:]).split(label("part_purposes", lang), 1)[1]
    section = section.split(label("part_review", lang), 1)[0]  # the activity, not the annexes
    missing = label("to_confirm", lang)
    assert section.lstrip().startswith(missing), section[:80]
    assert section.count(missing) >= 3  # purposes, personal data, retention
    assert f"({label('none', lang)})" not in section
