"""The PDF document template: cover, running header, "page x of y", bookmarks and a table
of contents, all in a single layout pass.

Two-pass builds (multiBuild) double the time of a large register. Instead, the total page count
and the table of contents are PDF form objects that pages refer to before they exist; they are
drawn once the layout is done, just before the file is saved. The contents take a number of
pages known in advance (one line per entry), so reserving them does not move anything.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Spacer

from kgs_ropa.reports.pdf_fonts import BOLD, FONT, font_runs, register_fonts
from kgs_ropa.reports.pdf_spool import SpoolingCanvas
from kgs_ropa.reports.pdf_style import ACCENT
from kgs_ropa.reports.pdf_text import Pen, TextStyle, word_width

MARGIN = 18 * mm
TOC_TOP = 40 * mm
TOC_LINE = 14.0  # points per contents line
TOTAL_FORM = "page_total"
MISSING_FORM = "missing_glyphs"  # on the cover: the characters no font could show
MISSING_LISTED = 12  # characters named one by one on the cover; the rest are counted


_RUNNING = TextStyle(FONT, 7.5, 7.5 * 1.25, ACCENT)  # the page number in the footer


def toc_lines_per_page() -> int:
    return int((A4[1] - TOC_TOP - 2 * MARGIN) // TOC_LINE)


def toc_pages(entries: int) -> int:
    return max(1, math.ceil(entries / toc_lines_per_page()))


@dataclass(slots=True)  # one per activity, kept to the end
class TocEntry:
    level: int
    title: str
    page: int = 0


class Deferred(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """Flowables made only when the layout reaches them: a large register's paragraphs are
    then never all in memory at once. It never fits, so the frame asks it to split, and the
    split is the flowables `make` returns (after an empty spacer, which always fits)."""

    def __init__(self, make: Callable[[], list[Flowable]]) -> None:
        super().__init__()
        self.make = make
        self.made: list[Flowable] | None = None  # made once: `make` may take the next item

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, available_height + 1

    def split(self, _width: float, _height: float) -> list[Flowable]:
        if self.made is None:
            self.made = self.make()
        return [Spacer(0, 0), *self.made]


@dataclass
class Running:
    """The texts of the running header and footer."""

    header_left: str
    header_right: str
    footer_left: str
    page_of: str  # "page {page} of"


class RegisterDoc(BaseDocTemplate):  # type: ignore[misc]  # reportlab has no type hints
    def __init__(self, out: str | IO[bytes], running: Running, **kw: Any) -> None:
        super().__init__(
            out,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 6 * mm,
            bottomMargin=MARGIN,
            initialFontName=FONT,  # embedded, like every font the file uses
            **kw,
        )
        self.running = running
        self._running_forms: set[str] = set()  # drawn so far, by name
        self._doSave = 0  # saved by finish(), after the forms are drawn
        self.addPageTemplates(
            [
                self._template("cover", A4, decorate=False),
                self._template("body", A4),
                self._template("wide", landscape(A4)),
            ]
        )

    def build(self, flowables: list[Flowable]) -> None:
        super().build(flowables, canvasmaker=SpoolingCanvas)

    def open_canvas(self) -> Any:
        """The spooling canvas, with the document's information, for drawing pages on it
        without platypus (finish() saves it)."""
        register_fonts()  # the canvas starts in the embedded font
        self.canv = self._makeCanvas(canvasmaker=SpoolingCanvas)
        return self.canv

    def _template(
        self, name: str, size: tuple[float, float], decorate: bool = True
    ) -> PageTemplate:
        frame = Frame(
            MARGIN,
            MARGIN,
            size[0] - 2 * MARGIN,
            size[1] - 2 * MARGIN - 6 * mm,
            id=f"{name}_frame",
            leftPadding=0,
            rightPadding=0,
        )
        on_page = self._decorate if decorate else self._cover_footer
        return PageTemplate(name, [frame], onPage=on_page, pagesize=size)

    def _footer(self, canvas: Any, width: float) -> None:
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(ACCENT)
        canvas.drawString(MARGIN, MARGIN - 8 * mm, self.running.footer_left)
        self._page_number(canvas, width)

    def _page_number(self, canvas: Any, width: float) -> None:
        """ "page x of y", y being a form drawn when the page count is known."""
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(ACCENT)
        text = self.running.page_of.format(page=canvas.getPageNumber()) + " "
        x = width - MARGIN - stringWidth(text, FONT, 7.5) - 14
        canvas.drawString(x, MARGIN - 8 * mm, text)
        canvas.saveState()
        canvas.translate(x + stringWidth(text, FONT, 7.5), MARGIN - 8 * mm)
        canvas.doForm(TOTAL_FORM)
        canvas.restoreState()

    def _cover_footer(self, canvas: Any, doc: Any) -> None:
        canvas.saveState()
        self._footer(canvas, canvas._pagesize[0])
        canvas.restoreState()

    def _decorate(self, canvas: Any, doc: Any) -> None:
        canvas.saveState()
        self._header(canvas)
        self._footer(canvas, canvas._pagesize[0])
        canvas.restoreState()

    def _header(self, canvas: Any) -> None:
        width, height = canvas._pagesize
        canvas.setFont(BOLD, 7.5)
        canvas.setFillColor(ACCENT)
        canvas.drawString(MARGIN, height - MARGIN + 2 * mm, self.running.header_left)
        owner = self.running.header_right  # the controller's name, as the user typed it
        owner_width = sum(stringWidth(run, font, 7.5) for font, run in font_runs(owner))
        _draw_runs(canvas, width - MARGIN - owner_width, height - MARGIN + 2 * mm, owner, FONT, 7.5)
        canvas.setStrokeColor(ACCENT)
        canvas.line(MARGIN, height - MARGIN, width - MARGIN, height - MARGIN)

    def decorate(self, canvas: Any, template: str) -> None:
        """The running header and footer of a page of this template ("cover": footer only):
        what every page of the template shares drawn once, as a form, and the page number."""
        name = f"running_{template}"
        if name not in self._running_forms:
            self._running_forms.add(name)
            canvas.beginForm(name, 0, 0, *canvas._pagesize)
            if template != "cover":
                self._header(canvas)
            canvas.setFont(FONT, 7.5)
            canvas.setFillColor(ACCENT)
            canvas.drawString(MARGIN, MARGIN - 8 * mm, self.running.footer_left)
            canvas.endForm()
        canvas.doForm(name)
        text = self.running.page_of.format(page=canvas.getPageNumber()) + " "
        width = word_width(text, FONT, 7.5)
        x, y = canvas._pagesize[0] - MARGIN - width - 14, MARGIN - 8 * mm
        pen = Pen(canvas)  # before the total: text is read in the order it is drawn
        pen.lines(x, y + _RUNNING.size, [text], _RUNNING)
        pen.close()
        canvas._code.append(f"q 1 0 0 1 {fp_str(x + width, y)} cm")
        canvas.doForm(TOTAL_FORM)
        canvas._code.append("Q")

    def finish(
        self, title: str, entries: list[TocEntry], pages: int, missing: list[str] | None = None
    ) -> None:
        """Draw the page total, the contents and the list of characters the document could not
        show (`missing`: a heading, then one line per character) into their forms, then save."""
        canvas = self.canv
        _missing_form(canvas, missing or [])
        canvas.beginForm(TOTAL_FORM, 0, 0, 100, 20)
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(ACCENT)
        canvas.drawString(0, 0, str(canvas.getPageNumber() - 1))
        canvas.endForm()
        per_page = toc_lines_per_page()
        for index in range(pages):
            chunk = entries[index * per_page : (index + 1) * per_page]
            _toc_form(canvas, f"toc{index}", title if index == 0 else "", chunk)
        canvas.set_outline(entries)
        canvas.save()


def _fit(text: str, width: float, size: float) -> str:
    if stringWidth(text, FONT, size) <= width:
        return text
    while text and stringWidth(text + "…", FONT, size) > width:
        text = text[: int(len(text) * 0.9) or len(text) - 1]
    return text + "…"


def _draw_runs(canvas: Any, x: float, y: float, text: str, font: str, size: float) -> None:
    """A line of user text, with the fallback font for what the main font cannot show."""
    for name, run in font_runs(text, font):
        canvas.setFont(name, size)
        canvas.drawString(x, y, run)
        x += stringWidth(run, name, size)


def _missing_form(canvas: Any, lines: list[str]) -> None:
    """Lines at the foot of the cover, above the footer; an empty form if there are none."""
    width, _height = A4
    canvas.beginForm(MISSING_FORM, 0, 0, width, A4[1])
    y = MARGIN + 4 * mm + 9 * max(len(lines) - 1, 0)
    for index, line in enumerate(lines):
        canvas.setFont(BOLD if index == 0 else FONT, 8)
        canvas.setFillColor(ACCENT if index == 0 else "black")
        canvas.drawString(MARGIN, y, _fit(line, width - 2 * MARGIN, 8))
        y -= 9
    canvas.endForm()


def _toc_form(canvas: Any, name: str, title: str, entries: list[TocEntry]) -> None:
    width, height = A4
    # An explicit box: by default it is the current page size, landscape after the annexes.
    canvas.beginForm(name, 0, 0, width, height)
    y = height - TOC_TOP
    if title:
        canvas.setFont(BOLD, 16)
        canvas.setFillColor(ACCENT)
        canvas.drawString(MARGIN, y + 8 * mm, title)
    canvas.setFillColor("black")
    right = width - MARGIN
    for entry in entries:
        size = 10 if entry.level == 0 else 8.5
        x = MARGIN + entry.level * 6 * mm
        font = BOLD if entry.level == 0 else FONT
        _draw_runs(canvas, x, y, _fit(entry.title, right - x - 14 * mm, size), font, size)
        canvas.setFont(FONT, size)
        canvas.drawRightString(right, y, str(entry.page))
        y -= TOC_LINE
    canvas.endForm()
