"""The spooling canvas: the PDF of reportlab's own canvas, with finished pages out of memory."""

from __future__ import annotations

import io
import re
import zlib
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFIndirectObject, PDFPage, PDFStream
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate

from kgs_ropa.reports.export import export_pdf
from kgs_ropa.reports.labels import Lang
from kgs_ropa.reports.pdf_doc import TocEntry
from kgs_ropa.reports.pdf_spool import FLATE, SpoolingCanvas, _stream
from kgs_ropa.storage.database import Database

FONT_IN_CONTENT = re.compile(rb"/(\S+) [\d.]+ Tf")


def _texts(pdf: Path | io.BytesIO) -> list[str]:
    return [page.extract_text() for page in PdfReader(pdf).pages]


def _story() -> list[Paragraph]:
    style = getSampleStyleSheet()["Normal"]
    return [Paragraph(f"Verwerking {n}: é € ø <b>vet</b>", style) for n in range(400)]


def test_same_pages_as_reportlabs_own_canvas(tmp_path: Path) -> None:
    plain, spooled = tmp_path / "plain.pdf", tmp_path / "spooled.pdf"
    SimpleDocTemplate(str(plain), pagesize=A4).build(_story())
    SimpleDocTemplate(str(spooled), pagesize=A4).build(_story(), canvasmaker=SpoolingCanvas)
    assert len(_texts(spooled)) > 5
    assert _texts(spooled) == _texts(plain)


def _draw_pages(canvas: Canvas, count: int, bookmark_every: int = 0) -> None:
    for n in range(count):
        canvas.drawString(72, 720, f"page {n + 1}")
        if bookmark_every and n % bookmark_every == 0:
            canvas.bookmarkPage(f"p{n}")
            canvas.addOutlineEntry(f"Activity {n + 1}", f"p{n}")
        canvas.showPage()


def test_finished_pages_leave_memory_but_for_their_numbers() -> None:
    canvas = SpoolingCanvas(io.BytesIO(), pagesize=A4)
    _draw_pages(canvas, 2)
    doc = canvas._doc
    objects, names = len(doc.idToObject), len(doc.idToObjectNumberAndVersion)
    _draw_pages(canvas, 50)
    assert not any(isinstance(item, PDFPage | PDFStream) for item in doc.idToObject.values())
    assert (len(doc.idToObject), len(doc.idToObjectNumberAndVersion)) == (objects, names)


def test_cross_references_point_at_their_objects_and_bookmarks_at_their_pages() -> None:
    out = io.BytesIO()
    canvas = SpoolingCanvas(out, pagesize=A4)
    _draw_pages(canvas, 30, bookmark_every=7)
    canvas.save()
    data = out.getvalue()
    start = int(data.rsplit(b"startxref", 1)[1].split()[0])
    lines = data[start:].split(b"trailer")[0].splitlines()
    assert lines[:2] == [b"xref", b"0 %d" % (len(lines) - 2)]
    for number, line in enumerate(lines[3:], 1):
        offset = int(line.split()[0])
        assert data[offset:].startswith(b"%d 0 obj" % number), number
    reader = PdfReader(io.BytesIO(data), strict=True)
    assert len(reader.pages) == 30
    marks = [(m.title, reader.get_destination_page_number(m)) for m in reader.outline]
    assert marks == [(f"Activity {n + 1}", n) for n in range(0, 30, 7)]


def test_a_form_drawn_after_the_pages_that_show_it() -> None:
    out = io.BytesIO()
    canvas = SpoolingCanvas(out, pagesize=A4)
    for n in range(3):
        canvas.drawString(72, 720, f"page {n + 1} of")
        canvas.doForm("total")
        canvas.showPage()
    canvas.beginForm("total")
    canvas.drawString(200, 720, "3")
    canvas.endForm()
    canvas.save()
    texts = _texts(out)
    assert len(texts) == 3
    assert all("3" in text.replace(f"page {n + 1}", "") for n, text in enumerate(texts))


def test_a_form_shown_but_never_drawn_is_an_error() -> None:
    canvas = SpoolingCanvas(io.BytesIO(), pagesize=A4)
    canvas.doForm("total")
    canvas.showPage()
    with pytest.raises(ValueError, match="total"):
        canvas.save()


def test_a_file_by_name_like_reportlabs_canvas(tmp_path: Path) -> None:
    for name, maker in (("plain.pdf", Canvas), ("spooled.pdf", SpoolingCanvas)):
        canvas = maker(str(tmp_path / name), pagesize=A4)
        canvas.drawString(72, 720, "Orderafhandeling")
        canvas.save()
    assert _texts(tmp_path / "spooled.pdf") == _texts(tmp_path / "plain.pdf")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_export_embeds_every_font_its_pages_name(
    example_db: Database, tmp_path: Path, lang: Lang
) -> None:
    out = tmp_path / "register.pdf"
    export_pdf(example_db, out, lang)
    reader = PdfReader(out)
    assert reader.trailer["/Root"]["/Lang"] == lang
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for name in set(FONT_IN_CONTENT.findall(page.get_contents().get_data())):
            font = fonts[f"/{name.decode()}"].get_object()
            assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]


def test_outline_from_contents_entries() -> None:
    out = io.BytesIO()
    canvas = SpoolingCanvas(out, pagesize=A4)
    _draw_pages(canvas, 6)
    entries = [
        TocEntry(0, "Overzicht", 1),
        TocEntry(0, "Verwerkingsactiviteiten", 2),
        TocEntry(1, "KGS-01 Orderafhandeling", 2),
        TocEntry(1, "KGS-02 Klantenservice — €, ø", 4),
        TocEntry(0, "Bijlage 1. Verwerkers", 6),
    ]
    canvas.set_outline(entries)
    canvas.save()
    reader = PdfReader(out, strict=True)
    outline = reader.outline
    assert [m.title for m in outline if not isinstance(m, list)] == [
        "Overzicht",
        "Verwerkingsactiviteiten",
        "Bijlage 1. Verwerkers",
    ]
    children = outline[2]
    assert [m.title for m in children] == [
        "KGS-01 Orderafhandeling",
        "KGS-02 Klantenservice — €, ø",
    ]
    pages = [reader.get_destination_page_number(m) + 1 for m in [*outline[:2], *children]]
    assert pages == [1, 2, 2, 4]
    assert reader.get_destination_page_number(outline[3]) + 1 == 6


def _mixed_pages(canvas: Canvas) -> None:
    """Pages of three kinds: portrait, landscape, and portrait showing a form."""
    canvas.beginForm("stamp", 0, 0, 100, 20)
    canvas.drawString(0, 0, "stamp")
    canvas.endForm()
    for n in range(9):
        canvas.setPageSize(landscape(A4) if n % 3 == 1 else A4)
        canvas.drawString(72, 400, f"page {n + 1}")
        if n % 3 == 2:
            canvas.doForm("stamp")
        canvas.showPage()
    canvas.save()


def test_page_dictionaries_as_reportlab_writes_them(tmp_path: Path) -> None:
    """Pages of a kind seen before are written from the first one's dictionary: the same
    entries as reportlab's canvas gives each page."""
    plain, spooled = tmp_path / "plain.pdf", tmp_path / "spooled.pdf"
    _mixed_pages(Canvas(str(plain)))
    _mixed_pages(SpoolingCanvas(str(spooled)))

    def entries(path: Path) -> list[tuple[object, ...]]:
        pages = PdfReader(path).pages
        return [
            (
                [float(v) for v in page.mediabox],
                sorted(page["/Resources"].get("/XObject", {})),
                page.get_contents().get_data(),
            )
            for page in pages
        ]

    assert len(entries(spooled)) == 9
    assert entries(spooled) == entries(plain)


def test_page_commands_written_as_reportlab_writes_a_stream() -> None:
    canvas = SpoolingCanvas(io.BytesIO())
    doc = canvas._doc
    compressed = zlib.compress(b"BT /F1 12 Tf (x) Tj ET ")
    stream = PDFStream(PDFDictionary({"Filter": FLATE}), compressed)
    reference = doc.Reference(stream)
    number = doc.idToObjectNumberAndVersion[reference.name][0]
    expected = PDFIndirectObject(reference.name, stream).format(doc)
    assert _stream(number, compressed) == expected
