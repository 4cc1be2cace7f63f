"""Text laid out once, with cheap primitives: lines split by cached word widths and drawn
straight on the canvas.

A reportlab Paragraph parses its text as markup, splits it into fragments and measures every
word again each time a table asks its height: most of a large register's export time. Here a
text is cut into words, each word measured once per font and size (a cache across the whole
document), the lines filled greedily, and every line drawn as plain strings in its font runs
(the fallback fonts as font_runs picks them). Nothing is parsed as markup, so user text prints
as typed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import Flowable

from kgs_ropa.reports.pdf_fonts import font_runs, register_fonts

_WIDTHS: dict[tuple[str, str, float], float] = {}
_SHORT = 40  # characters of a text measured whole, as one word (and cached)
SHRINK = 0.05  # reportlab's spaceShrinkage
_CACHE_LIMIT = 500_000  # words: a bound on the cache's memory for registers of any size
_WRAP_LIMIT = 10_000  # texts whose lines are kept, at most
_LINES_LIMIT = 10_000  # lines kept encoded, at most (about 4 MB)
_WRAP_LONGEST = 200  # characters of the longest text whose lines are kept


@dataclass(frozen=True, slots=True)
class TextStyle:
    """What the layout needs of a paragraph style."""

    font: str
    size: float
    leading: float
    color: Any
    space_before: float = 0.0
    space_after: float = 0.0

    @classmethod
    def of(cls, style: ParagraphStyle) -> TextStyle:
        return cls(
            style.fontName,
            style.fontSize,
            style.leading,
            style.textColor,
            style.spaceBefore,
            style.spaceAfter,
        )


def word_width(word: str, font: str, size: float) -> float:
    """The width of a word as drawn, fallback fonts included; measured once."""
    key = (word, font, size)
    width = _WIDTHS.get(key)
    if width is None:
        runs = font_runs(word, font)
        width = sum(stringWidth(run, name, size) for name, run in runs)
        if _cacheable(word):  # a word with a character no font has is noted on every use
            if len(_WIDTHS) >= _CACHE_LIMIT:
                _WIDTHS.clear()
            _WIDTHS[key] = width
    return width


def _cacheable(word: str) -> bool:
    if word.isascii():
        return True
    covered = register_fonts()
    return all(ord(c) in covered for c in word)


_WRAPPED: dict[tuple[str, float, str, float], list[str]] = {}


def wrap(text: str, width: float, font: str, size: float) -> list[str]:
    """The lines of `text` in `width` points: its own line breaks kept, whitespace between
    words made one space, a word wider than the line cut where the line ends. The same text
    in the same column comes back as the same list (never to be changed)."""
    key = (text, width, font, size)
    lines = _WRAPPED.get(key)
    if lines is None:
        lines = _wrap(text, width, font, size)
        # a character no font has is noted on every use; long texts seldom come again
        if len(text) <= _WRAP_LONGEST and _cacheable(text):
            if len(_WRAPPED) >= _WRAP_LIMIT:
                _WRAPPED.clear()
            _WRAPPED[key] = lines
    return lines


def _wrap(text: str, width: float, font: str, size: float) -> list[str]:
    if "\n" not in text and len(text) < _SHORT and word_width(text, font, size) <= width:
        return [" ".join(text.split())]  # most cells: one short line, measured once
    space = word_width(" ", font, size)
    lines: list[str] = []
    for paragraph in text.rstrip("\n").split("\n"):
        line: list[str] = []
        used = 0.0
        for word in paragraph.split():
            wide = word_width(word, font, size)
            # as Paragraph does, the spaces of a line may shrink a little to make a word fit
            if line and used + space + wide <= width + SHRINK * space * len(line):
                line.append(word)
                used += space + wide
                continue
            if line:
                lines.append(" ".join(line))
            if wide > width:
                *whole, word = _cut(word, width, font, size)
                lines += whole
                wide = word_width(word, font, size)
            line, used = [word], wide
        lines.append(" ".join(line))
    return lines


def _cut(word: str, width: float, font: str, size: float) -> Iterator[str]:
    """A word too wide for a line, in pieces that fit (at least a character each)."""
    piece, used = "", 0.0
    for char in word:
        wide = word_width(char, font, size)
        if piece and used + wide > width:
            yield piece
            piece, used = "", 0.0
        piece += char
        used += wide
    yield piece


Piece = tuple[tuple[str, int], str]  # (font name, subset) and the operator that shows it


class Pen:
    """One text object for many lines, written as PDF operators: the font, size, leading and
    colour set only when they change, a line placed by its origin and the lines under it by
    "next line" (T*).

    Each line is cut into font runs and encoded for its fonts' subsets once per document
    (reportlab encodes on every draw: a fifth of a large export's time); the operators are
    those reportlab's text object writes for a TrueType font."""

    def __init__(self, canvas: Any) -> None:
        self.canvas = canvas
        self.code: list[str] = ["BT"]
        self.font: tuple[str, int] | None = None  # font name and subset selected
        self.style: TextStyle | None = None  # the style of the last lines
        self.size = self.leading = 0.0
        self.color: Any = None
        self.encoded: dict[tuple[str, str], list[Piece]] = _encoded(canvas)
        self.selects: dict[tuple[tuple[str, int], float], str] = {}

    def lines(self, x: float, top: float, lines: list[str], style: TextStyle) -> None:
        """Lines whose first line's top is at `top`, in the style's font, with the fallback
        fonts where font_runs picks them."""
        if not lines:
            return
        code = self.code
        if style is not self.style:
            self._restyle(style)
        # where Paragraph puts the first baseline
        code.append(f"1 0 0 1 {fp_str(x, top - style.size)} Tm")
        font, encoded = style.font, self.encoded
        for index, line in enumerate(lines):
            if index:
                code.append("T*")
            pieces = encoded.get((font, line)) or self._encode(font, line)
            for selected, shown in pieces:
                if selected != self.font:
                    code.append(self._select(selected))
                code.append(shown)

    def _restyle(self, style: TextStyle) -> None:
        """The colour, leading and size of `style`, each set where it changes."""
        if style.color is not self.color:
            self.code.append(_fill(self.canvas, style.color))
            self.color = style.color
        if style.leading != self.leading:
            self.code.append(f"{fp_str(style.leading)} TL")
            self.leading = style.leading
        if style.size != self.size:
            self.size, self.font = style.size, None
        self.style = style

    def _select(self, font: tuple[str, int]) -> str:
        """The operator that selects a font's subset at the current size."""
        self.font = font
        operator = self.selects.get((font, self.size))
        if operator is None:
            operator = self.selects[font, self.size] = _select(self.canvas, font, self.size)
        return operator

    def _encode(self, font: str, line: str) -> list[Piece]:
        escape, doc = self.canvas._escape, self.canvas._doc
        pieces = [
            ((name, subset), f"({escape(text)}) Tj")
            for name, run in font_runs(line, font)
            for subset, text in getFont(name).splitString(run, doc)
        ]
        if len(self.encoded) >= _LINES_LIMIT:
            self.encoded.clear()
        self.encoded[font, line] = pieces
        return pieces

    def close(self) -> None:
        """Put the text on the canvas (nothing if no line was written)."""
        if len(self.code) > 1:
            self.code.append("ET")
            self.canvas._code.append(" ".join(self.code))
        self.code = ["BT"]
        self.font, self.style, self.color = None, None, None
        self.size = self.leading = 0.0


def _select(canvas: Any, font: tuple[str, int], size: float) -> str:
    """The operator that selects a font's subset at a size (the subset named once per
    document)."""
    names: dict[tuple[str, int], str] = canvas._doc.__dict__.setdefault("_kgs_subsets", {})
    internal = names.get(font)
    if internal is None:
        internal = names[font] = getFont(font[0]).getSubsetInternalName(font[1], canvas._doc)
    return f"{internal} {fp_str(size)} Tf"


_FILLS: dict[int, tuple[Any, str]] = {}


def _fill(canvas: Any, color: Any) -> str:
    """The operator that sets a fill colour, as reportlab writes it; made once per colour."""
    known = _FILLS.get(id(color))
    if known is None or known[0] is not color:
        text = canvas.beginText()
        text.setFillColor(color)
        known = _FILLS[id(color)] = (color, text._code[-1])
    return known[1]


def _encoded(canvas: Any) -> dict[tuple[str, str], list[Piece]]:
    """The lines encoded so far for the canvas's document (subset codes are per document)."""
    doc = canvas._doc
    found: dict[tuple[str, str], list[Piece]] | None = getattr(doc, "_kgs_encoded", None)
    if found is None:
        found = {}
        doc._kgs_encoded = found
    return found


class TextBlock(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A paragraph of plain text in a style: lines wrapped to the frame's width."""

    def __init__(self, text: str, style: TextStyle) -> None:
        super().__init__()
        self.text, self.style = text, style
        self.lines: list[str] = []
        self.width = self.height = 0.0
        self.spaceBefore, self.spaceAfter = style.space_before, style.space_after

    def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
        if not self.lines or available_width != self.width:
            self.lines = wrap(self.text, available_width, self.style.font, self.style.size)
        self.width = available_width
        self.height = len(self.lines) * self.style.leading
        return self.width, self.height

    def draw(self) -> None:
        pen = Pen(self.canv)
        pen.lines(0, self.height, self.lines, self.style)
        pen.close()

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """The lines that fit, and a block of the rest (nothing if not even a line fits)."""
        self.wrap(available_width, available_height)
        fit = int(available_height // self.style.leading)
        if fit <= 0 or fit >= len(self.lines):
            return []
        return [self._part(self.lines[:fit], after=0), self._part(self.lines[fit:], before=0)]

    def _part(
        self, lines: list[str], before: float | None = None, after: float | None = None
    ) -> TextBlock:
        part = TextBlock("\n".join(lines), self.style)
        part.lines = lines
        part.width = self.width
        part.spaceBefore = self.spaceBefore if before is None else before
        part.spaceAfter = self.spaceAfter if after is None else after
        return part
