"""Pages laid out and drawn straight on the canvas, without platypus: text blocks and tables
placed one after the other in a page's frame, with the spacing rules of a platypus frame, so
the pages are those the flowables made.

Platypus asks every flowable to wrap and split and keeps a frame per page; for a register of
thousands of activities, most of the export's time went there. Here a text block is its lines
and a table its rows (pdf_grid), each put where the last one ended: a block splits between
lines, a table between rows, and "keep" starts a new page when the room left is less than a
heading and the start of what it heads. Each page's text is one text object, written when the
page ends (on top of the table backgrounds and lines drawn while it was filled).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm

from kgs_ropa.reports.pdf_grid import Rows, paint
from kgs_ropa.reports.pdf_text import Pen, TextStyle, wrap

MARGIN = 18 * mm
HEADER = 6 * mm  # the running header's room above the frame
PADDING = 6.0  # a platypus frame's padding at its top and bottom
FUZZ = 1e-6  # reportlab's _FUZZ: rounding a frame forgives
SIZES = {"cover": A4, "body": A4, "wide": landscape(A4)}


class Pages:
    """The page being filled: where the next thing goes (`y`), whether anything is on it yet
    (`at_top`: a block's space before is dropped there) and the space after the last thing
    (the next one's space before overlaps it)."""

    def __init__(self, canvas: Any, decorate: Callable[[Any, str], None]) -> None:
        self.canvas, self.decorate = canvas, decorate
        self.template = self.next_template = "cover"
        self.open = False
        self.pen = Pen(canvas)
        self.y = self.bottom = self.width = 0.0
        self.at_top, self.after = True, 0.0

    # ------------------------------------------------------------------ pages

    def use(self, template: str) -> None:
        """The template of the pages begun from now on."""
        self.next_template = template

    def _begin(self) -> None:
        self.template = self.next_template
        width, height = SIZES[self.template]
        self.canvas.setPageSize((width, height))
        self.decorate(self.canvas, self.template)
        self.y = height - MARGIN - HEADER - PADDING
        self.bottom = MARGIN + PADDING
        self.width = width - 2 * MARGIN
        self.at_top, self.after, self.open = True, 0.0, True

    def _page(self) -> None:
        if not self.open:
            self._begin()

    def page_break(self) -> None:
        """End the page (begun first if nothing began it, as a platypus PageBreak does)."""
        self._page()
        self.pen.close()
        self.canvas.showPage()
        self.open = False

    def close(self) -> None:
        """End the last page."""
        if self.open:
            self.page_break()

    @property
    def number(self) -> int:
        self._page()
        page: int = self.canvas.getPageNumber()
        return page

    # ------------------------------------------------------------------ content

    def _room(self, before: float) -> tuple[float, float]:
        """The space before the next thing on this page, and the room under it."""
        space = 0.0 if self.at_top else max(before - self.after, 0.0)
        return space, self.y - self.bottom - space

    def _advance(self, space: float, height: float, after: float) -> None:
        if space + height:
            self.at_top = False
        self.y -= space + height + after
        self.after = after

    def nothing(self) -> None:
        """What a zero-size flowable does: the next space before no longer overlaps."""
        self._page()
        self.after = 0.0

    def keep(self, height: float) -> None:
        """A new page unless `height` points are left on this one."""
        self._page()
        if self.y - self.bottom < height or self.y - self.bottom <= 0:
            self.page_break()
            self._page()
        self.after = 0.0

    def space(self, height: float) -> None:
        self._page()
        self._advance(0.0, height, 0.0)

    def form(self, name: str) -> None:
        """A form object drawn in page coordinates (filled in when the layout is done)."""
        self._page()
        self.canvas.doForm(name)
        self.after = 0.0

    def block(self, text: str, style: TextStyle) -> None:
        """A paragraph of plain text the width of the frame, split between lines across
        pages."""
        self._page()
        lines = wrap(text, self.width, style.font, style.size)
        before, after = style.space_before, style.space_after
        while True:
            space, room = self._room(before)
            height = len(lines) * style.leading
            if room > 0 and height <= room + FUZZ:
                self._draw(lines, style, space, after)
                return
            fit = int(room // style.leading) if room > 0 else 0
            if 0 < fit < len(lines):
                self._draw(lines[:fit], style, space, 0.0)
                lines, before = lines[fit:], 0.0
            elif self.at_top:  # taller than a page even at its top: drawn over the foot
                self._draw(lines, style, space, after)
                return
            self.page_break()
            self._page()

    def mark(self, entry: Any) -> None:
        """A contents entry (and bookmark) pointing at this page."""
        entry.page = self.number
        self.nothing()

    def _draw(self, lines: list[str], style: TextStyle, space: float, after: float) -> None:
        self.pen.lines(MARGIN, self.y - space, lines, style)
        self._advance(space, len(lines) * style.leading, after)

    def table(self, rows: Rows) -> None:
        """A table's rows from where they are, split between rows (or a tall row's lines)
        across pages, the header on top of every part."""
        self._page()
        while True:
            room = self.y - self.bottom
            height = rows.fill(room) if room > 0 else 0.0
            if not rows.rows and rows.source.done:
                return
            if rows.rows and room > 0 and height <= room + FUZZ:  # the rest of the table
                self._rows(rows, rows.rows)
                rows.rows = []
                return
            here = rows.take(room) if room > 0 else []
            if not here and self.at_top and rows.rows:  # not a line fits on a whole page
                here, rows.rows = rows.rows[:1], rows.rows[1:]
            if here:
                self._rows(rows, here)
                continue
            self.page_break()
            self._page()

    def _rows(self, rows: Rows, here: list[Any]) -> None:
        paint(self.canvas, self.pen, rows.layout, here, MARGIN, self.y)
        self._advance(0.0, rows.height_of(here), 0.0)


def block_height(text: str, style: TextStyle, width: float) -> float:
    """The height of a block with its space before and after, as `keep` needs it."""
    lines = wrap(text, width, style.font, style.size)
    return len(lines) * style.leading + style.space_before + style.space_after
