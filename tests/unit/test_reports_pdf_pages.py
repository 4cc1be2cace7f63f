"""The register's pages as drawn without platypus (reports/pdf_pages.py): page numbers, the
outline, text split across pages, headings kept with what follows them."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from report_data import hostile_document, load
from reportlab.pdfgen.canvas import Canvas

from kgs_ropa.reports.build import report_from_database
from kgs_ropa.reports.export import export_pdf
from kgs_ropa.reports.labels import label
from kgs_ropa.reports.pdf import _text_styles
from kgs_ropa.reports.pdf_grid import Layout, Look, Rows, Source
from kgs_ropa.reports.pdf_pages import Pages
from kgs_ropa.reports.pdf_text import TextStyle
from kgs_ropa.storage.database import Database

TODAY = date(2026, 11, 25)
STYLE = TextStyle("DejaVuSans", 8, 10, "black")


def _export(db: Database, tmp_path: Path, lang: str = "nl") -> PdfReader:
    out = tmp_path / f"register-{lang}.pdf"
    export_pdf(db, out, lang, today=TODAY)  # type: ignore[arg-type]
    return PdfReader(out)


def _text(page: Any) -> str:
    return " ".join(page.extract_text().split())


def test_every_page_says_its_number_and_the_total(example_db: Database, tmp_path: Path) -> None:
    for lang in ("nl", "en"):
        pages = _export(example_db, tmp_path, lang).pages
        for number, page in enumerate(pages, 1):
            footer = f"{label('page_of', lang).format(page=number)} {len(pages)}"
            assert footer in _text(page), (lang, number)


def test_one_bookmark_per_activity_on_the_page_the_contents_name(
    example_db: Database, tmp_path: Path
) -> None:
    reader = _export(example_db, tmp_path, "en")
    titles = [s.title for s in report_from_database(example_db, "en", today=TODAY).activities]
    marks = reader.outline[2]  # under "Processing activities"
    assert [" ".join(m.title.split()) for m in marks] == [" ".join(t.split()) for t in titles]
    contents = _text(reader.pages[1]) + " " + _text(reader.pages[2])
    for mark in marks:
        page = reader.get_destination_page_number(mark)
        code = mark.title.split()[0]
        listed = re.search(rf"{code} .*? (\d+)\b", contents)
        assert listed is not None and int(listed.group(1)) == page + 1, code
        assert _text(reader.pages[page]).split(code)[0].count("KGS-") == 0  # its heading


def test_a_cell_longer_than_a_page_keeps_all_its_text_in_order(
    db: Database, tmp_path: Path
) -> None:
    document = hostile_document()
    words = [f"w{n:04d}" for n in range(3000)]  # over three pages in the value column
    document["activities"][0]["description"] = " ".join(words)
    load(db, document)
    out = tmp_path / "long.pdf"
    export_pdf(db, out, "nl", ["KGS-01"], today=TODAY)
    texts = [p.extract_text() for p in PdfReader(out).pages]
    assert re.findall(r"\bw\d{4}\b", " ".join(texts)) == words
    pages_with = [t for t in texts if re.search(r"\bw\d{4}\b", t)]
    assert len(pages_with) >= 3


def _pages(tmp_path: Path) -> tuple[Pages, Canvas]:
    canvas = Canvas(str(tmp_path / "p.pdf"))
    pages = Pages(canvas, lambda _canvas, _template: None)
    pages.use("body")
    return pages, canvas


def _table(count: int) -> Rows:
    layout = Layout([100.0, 200.0], [STYLE, STYLE], Look(left=3, right=3, grid="grey"))
    layout.with_head(["Code", "Tekst"], STYLE)
    return Rows(layout, Source(iter([[f"R{n:03d}", "regel"] for n in range(count)])))


def test_a_table_goes_on_under_its_header_on_the_next_pages(tmp_path: Path) -> None:
    pages, canvas = _pages(tmp_path)
    pages.table(_table(200))
    pages.close()
    canvas.save()
    texts = [_text(p) for p in PdfReader(tmp_path / "p.pdf").pages]
    assert len(texts) > 2
    assert all(t.startswith("Code Tekst") and t.count("Code") == 1 for t in texts)
    assert re.findall(r"R\d{3}", " ".join(texts)) == [f"R{n:03d}" for n in range(200)]


def test_a_heading_moves_on_with_the_start_of_what_it_heads(tmp_path: Path) -> None:
    pages, canvas = _pages(tmp_path)
    styles = _text_styles()
    before = pages.number
    while pages.y - pages.bottom > 30:  # fill the page to 30 points above its foot
        pages.block("vulling", styles["value"])
    assert pages.number == before
    pages.keep(60)  # a heading and the first row of its table need 60 points
    pages.block("Kop", styles["h3"])
    assert pages.number == before + 1
    assert pages.at_top is False and pages.y < 800
    pages.close()
    canvas.save()
    texts = [_text(p) for p in PdfReader(tmp_path / "p.pdf").pages]
    assert texts[-1] == "Kop" and "Kop" not in texts[0]


def test_a_block_splits_between_lines_where_the_page_ends(tmp_path: Path) -> None:
    pages, canvas = _pages(tmp_path)
    lines = [f"regel{n:03d}" for n in range(100)]  # 1,000 points at 10 per line
    pages.block("\n".join(lines), STYLE)
    pages.close()
    canvas.save()
    texts = [_text(p) for p in PdfReader(tmp_path / "p.pdf").pages]
    assert len(texts) == 2
    assert texts[0].split() == lines[:71]  # as many as the frame's 710 points take
    assert " ".join(texts).split() == lines
