"""Fonts, paragraph styles and safe text for the PDF renderer.

reportlab's built-in fonts are Latin-1 only, so the shipped DejaVu TTF is embedded. Paragraph
parses its input as markup (a stray `<` aborts the build, `<img src>` reads a file), so every
piece of user text passes through `markup()` first.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ACCENT = colors.HexColor("#1F4E79")
LIGHT = colors.HexColor("#DCE6F0")
GRID = colors.HexColor("#9FB6CD")

# Control characters other than tab and newline have no glyph and may upset the parser.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


@cache
def register_fonts() -> None:
    """Register the embedded fonts once per process."""
    fonts = resources.files("kgs_ropa.resources.fonts")
    for name in (FONT, BOLD):
        with resources.as_file(fonts.joinpath(f"{name}.ttf")) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def markup(text: str) -> str:
    """User text as Paragraph markup that prints literally, line breaks kept."""
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
    return escape(text).replace("\n", "<br/>")


def _style(name: str, size: float, **extra: object) -> ParagraphStyle:
    settings: dict[str, object] = {"fontName": FONT, "fontSize": size, "leading": size * 1.25}
    return ParagraphStyle(name, **{**settings, **extra})


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    return {
        "cover_title": _style("cover_title", 24, fontName=BOLD, textColor=ACCENT, spaceAfter=8),
        "cover_sub": _style("cover_sub", 13, spaceAfter=24),
        "cover_label": _style("cover_label", 9, fontName=BOLD, textColor=ACCENT),
        "cover_text": _style("cover_text", 10, spaceAfter=8),
        "small": _style("small", 8),
        "h1": _style("h1", 16, fontName=BOLD, textColor=ACCENT, spaceAfter=10),
        "h2": _style("h2", 13, fontName=BOLD, textColor=ACCENT, spaceBefore=4, spaceAfter=6),
        "h3": _style("h3", 10, fontName=BOLD, spaceBefore=8, spaceAfter=4),
        "field": _style("field", 8, fontName=BOLD),
        "value": _style("value", 8.5),
        "cell": _style("cell", 7.5),
        "head": _style("head", 7, fontName=BOLD, textColor=colors.white),
        "toc": _style("toc", 9),
    }
