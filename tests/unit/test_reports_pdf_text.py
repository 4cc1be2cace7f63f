"""The PDF's own text layout: lines by cached word widths, tables that page themselves."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import SimpleDocTemplate

from kgs_ropa.reports.pdf import data_table
from kgs_ropa.reports.pdf_fonts import FONT, collect_missing, register_fonts
from kgs_ropa.reports.pdf_grid import GAP, Grid, Layout, Look, Source
from kgs_ropa.reports.pdf_text import TextStyle, word_width, wrap
from kgs_ropa.reports.report import Column, Table, text_cell

STYLE = TextStyle(FONT, 10, 12.5, "black")


def test_lines_fit_keep_their_breaks_and_cut_words_wider_than_a_line() -> None:
    register_fonts()
    text = "een twee drie vier vijf zes zeven\n\nacht " + "x" * 80
    lines = wrap(text, 100, FONT, 10)
    assert lines[:2] == ["een twee drie vier", "vijf zes zeven"]
    assert lines[2] == ""  # the empty line the text has
    assert lines[3] == "acht"
    assert "".join(lines[4:]) == "x" * 80 and len(lines[4:]) > 1
    assert all(stringWidth(line, FONT, 10) <= 100 + 1 for line in lines)


def test_word_widths_include_the_fallback_fonts_and_note_what_no_font_has() -> None:
    register_fonts()
    assert word_width("Zürich", FONT, 10) == stringWidth("Zürich", FONT, 10)
    assert word_width("北京", FONT, 10) > 0  # set in a fallback font, not an empty box's width
    for _ in range(2):  # noted on every use, not only the first (the width is not cached)
        with collect_missing() as missing:
            word_width("a\U00013000", FONT, 10)
        assert missing == {"\U00013000"}


def _grid(rows: list[list[str]], head: bool = True) -> Grid:
    layout = Layout([100.0, 200.0], [STYLE, STYLE], Look(left=3, right=3, stripe="grey"))
    if head:
        layout.with_head(["Code", "Tekst"], STYLE)
    return Grid(layout, Source(iter(rows)))


def test_a_table_breaks_between_rows_and_reads_only_the_rows_a_page_needs() -> None:
    rows = [[f"R{n}", "regel"] for n in range(100)]
    grid = _grid(rows)
    _width, height = grid.wrap(300, 200)
    assert height > 200
    assert len(grid.rows) < 20  # not the whole table
    here, rest = grid.split(300, 200)
    assert here.wrap(300, 200)[1] <= 200
    assert isinstance(rest, Grid) and rest.layout.head is not None  # the header goes on
    taken = [row.index for row in here.rows]
    assert taken == list(range(len(taken)))
    assert rest.rows[0].index == taken[-1] + 1  # the stripes go on where they stopped


def test_a_row_taller_than_the_room_is_cut_between_lines_unless_the_room_is_small() -> None:
    tall = [["P1", "\n".join(f"regel {n}" for n in range(60))]]
    grid = _grid(tall)
    grid.wrap(300, 400)
    here, rest = grid.split(300, 400)
    assert isinstance(here, Grid) and isinstance(rest, Grid)
    above, below = here.rows[0].cells[1], rest.rows[0].cells[1]
    assert above + below == tall[0][1].split("\n")
    small = _grid(tall)
    small.wrap(300, GAP - 10)
    assert small.split(300, GAP - 10) == []  # on to the next page, whole


def test_a_table_of_user_text_prints_it_literally(tmp_path: Path) -> None:
    text = '<b>vet</b> & <img src="/etc/passwd"/> <font name="x">'
    table = Table("t", "T", [Column("a", "Kop")], [[text_cell(text)]])
    out = tmp_path / "t.pdf"
    SimpleDocTemplate(str(out)).build(data_table(table, 400, "nl"))
    assert " ".join(PdfReader(out).pages[0].extract_text().split()) == f"Kop {text}"
