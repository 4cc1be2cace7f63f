"""A table drawn straight on the canvas: every cell's lines wrapped once (pdf_text), rows put
on pages by the table itself, the header row repeated at the top of every page it takes.

The rows come from an iterator and are laid out only as the pages reach them, so a long
table is never all in memory: what is held is the rows of the page being filled. A page ends
between rows, unless that would leave more than GAP points empty: then the row that does not
fit is cut between two of its lines and goes on under the header on the next page.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.platypus import Flowable

from kgs_ropa.reports.pdf_text import Pen, TextStyle, wrap

GAP = 120.0  # points a page may end early to keep a row whole


@dataclass(frozen=True)
class Look:
    """How a table is drawn: its cells' padding, its lines, its stripes and header colour."""

    left: float
    right: float
    top: float = 3.0
    bottom: float = 3.0
    grid: Any = None  # the colour of a grid around every cell
    below: Any = None  # the colour of a line under every row (without a grid)
    stripe: Any = None  # the background of every second row
    head_fill: Any = None  # the background of the header row
    line_width: float = 0.25


@dataclass(slots=True)
class Row:
    """A row laid out: each cell's lines, its height, and its place in the table (stripes)."""

    cells: list[list[str]]
    height: float
    index: int


@dataclass
class Source:
    """The rows not yet laid out, shared by the parts of a table on successive pages."""

    rows: Iterator[list[str]]
    count: int = 0
    done: bool = False

    def next(self) -> list[str] | None:
        texts = next(self.rows, None)
        if texts is None:
            self.done = True
        return texts


@dataclass
class Layout:
    """The columns of a table: widths, a style per column, the look."""

    widths: list[float]
    styles: list[TextStyle]
    look: Look
    head_style: TextStyle | None = None
    head: Row | None = None
    _room: list[float] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._room = [w - self.look.left - self.look.right for w in self.widths]

    def row(self, texts: list[str], index: int, styles: list[TextStyle] | None = None) -> Row:
        styles = styles or self.styles
        cells = [
            wrap(text, room, style.font, style.size)
            for text, room, style in zip(texts, self._room, styles, strict=True)
        ]
        return Row(cells, self._height(cells, styles), index)

    def _height(self, cells: list[list[str]], styles: list[TextStyle]) -> float:
        text = max(len(lines) * style.leading for lines, style in zip(cells, styles, strict=True))
        return text + self.look.top + self.look.bottom

    def with_head(self, titles: list[str], style: TextStyle) -> Layout:
        self.head_style = style
        self.head = self.row(titles, -1, [style] * len(titles))
        return self

    def cut(self, row: Row, room: float) -> tuple[Row, Row] | None:
        """The row's lines that fit in `room` points, and the rest; None if not a line fits."""
        text_room = room - self.look.top - self.look.bottom
        counts = [int(text_room // style.leading) for style in self._styles(row)]
        if min(counts) <= 0:
            return None
        above = [lines[:n] for lines, n in zip(row.cells, counts, strict=True)]
        below = [lines[n:] for lines, n in zip(row.cells, counts, strict=True)]
        if not any(below):
            return None
        styles = self._styles(row)
        return (
            Row(above, self._height(above, styles), row.index),
            Row(below, self._height(below, styles), row.index),
        )

    def _styles(self, row: Row) -> list[TextStyle]:
        if row.index < 0 and self.head_style is not None:
            return [self.head_style] * len(row.cells)
        return self.styles


class Rows:
    """A table from where the last page left it: the rows laid out (`rows`), then the ones
    still in `source`."""

    def __init__(self, layout: Layout, source: Source, rows: list[Row] | None = None) -> None:
        self.layout, self.source = layout, source
        self.rows: list[Row] = rows or []
        self.width = sum(layout.widths)

    def head_height(self) -> float:
        return self.layout.head.height if self.layout.head else 0.0

    def fill(self, height: float) -> float:
        """Lay out rows until they are more than `height` points tall, or there are no more;
        their height, with the header."""
        total = self.head_height() + sum(row.height for row in self.rows)
        while total <= height and not self.source.done:
            texts = self.source.next()
            if texts is None:
                break
            self.rows.append(self.layout.row(texts, self.source.count))
            self.source.count += 1
            total += self.rows[-1].height
        return total

    def take(self, height: float) -> list[Row]:
        """The rows that fit in `height` points under the header (the last one cut between
        its lines where keeping it whole would leave more than GAP points empty), taken off
        the table; none if not even a line fits."""
        room = height - self.head_height()
        used, taken = 0.0, 0
        for row in self.rows:
            if used + row.height > room:
                break
            used += row.height
            taken += 1
        here, rest = self.rows[:taken], self.rows[taken:]
        if rest and room - used > GAP:
            pieces = self.layout.cut(rest[0], room - used)
            if pieces is not None:
                here, rest = [*here, pieces[0]], [pieces[1], *rest[1:]]
        if here:
            self.rows = rest
        return here

    def height_of(self, rows: list[Row]) -> float:
        return self.head_height() + sum(row.height for row in rows)


class Grid(Rows, Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """The table as a platypus flowable: a frame asks it to split; the part that fits is
    drawn."""

    def __init__(self, layout: Layout, source: Source, rows: list[Row] | None = None) -> None:
        Flowable.__init__(self)
        Rows.__init__(self, layout, source, rows)
        self.height = 0.0

    def wrap(self, _available_width: float, available_height: float) -> tuple[float, float]:
        self.height = self.fill(available_height)
        if not self.rows:  # the rows ran out where the page before ended: no lone header
            self.height = 0.0
        return self.width, self.height

    def split(self, _available_width: float, available_height: float) -> list[Flowable]:
        here = self.take(available_height)
        if not here:
            return []
        part = Grid(self.layout, Source(iter(()), done=True), here)
        part.height = part.height_of(here)
        return [part, Grid(self.layout, self.source, self.rows)]

    def draw(self) -> None:
        pen = Pen(self.canv)
        paint(self.canv, pen, self.layout, self.rows, 0.0, self.height)
        pen.close()


def paint(canvas: Any, pen: Pen, layout: Layout, rows: list[Row], x: float, top: float) -> None:
    """The header and `rows` with their top left corner at (x, top): backgrounds and lines
    on the canvas, the text to `pen`."""
    if not rows:
        return
    every = [layout.head, *rows] if layout.head else list(rows)
    tops, y = [], top
    for row in every:
        tops.append(y)
        y -= row.height
    width = sum(layout.widths)
    _backgrounds(canvas, layout.look, every, tops, x, width)
    _texts(pen, layout, every, tops, x)
    _lines(canvas, layout, every, tops, x, top)


def _backgrounds(
    canvas: Any, look: Look, rows: list[Row], tops: list[float], x: float, width: float
) -> None:
    """The header's fill and the stripes, each colour as one path of rectangles (written
    as the operators reportlab's path object writes)."""
    fills: dict[int, tuple[Any, list[str]]] = {}
    for row, top in zip(rows, tops, strict=True):
        fill = look.head_fill if row.index < 0 else (look.stripe if row.index % 2 else None)
        if fill is None:
            continue
        if id(fill) not in fills:
            fills[id(fill)] = (fill, [])
        fills[id(fill)][1].append(f"{fp_str(x, top - row.height, width, row.height)} re")
    for fill, path in fills.values():
        canvas.setFillColor(fill)
        canvas._code.append(" ".join(path) + " f")


def _texts(pen: Pen, layout: Layout, rows: list[Row], tops: list[float], x: float) -> None:
    for row, top in zip(rows, tops, strict=True):
        left = x + layout.look.left
        for lines, style, width in zip(row.cells, layout._styles(row), layout.widths, strict=True):
            pen.lines(left, top - layout.look.top, lines, style)
            left += width


def _lines(
    canvas: Any, layout: Layout, rows: list[Row], tops: list[float], x: float, top: float
) -> None:
    look = layout.look
    colour = look.grid or look.below
    if colour is None:
        return
    canvas.setStrokeColor(colour)
    canvas.setLineWidth(look.line_width)
    bottoms = [y - row.height for row, y in zip(rows, tops, strict=True)]
    left, right = fp_str(x), fp_str(x + sum(layout.widths))
    path = [
        f"{left} {y} m {right} {y} l"
        for y in map(fp_str, bottoms if look.below else [top, *bottoms])
    ]
    if look.grid:
        upper, lower = fp_str(top), fp_str(bottoms[-1])
        for edge in accumulate([x, *layout.widths]):
            at = fp_str(edge)
            path.append(f"{at} {upper} m {at} {lower} l")
    canvas._code.append(" ".join(path) + " S")
