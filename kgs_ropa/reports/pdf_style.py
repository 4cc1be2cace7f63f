"""Paragraph styles and colours of the PDF renderer."""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle

from kgs_ropa.reports.pdf_fonts import BOLD, FONT, markup, register_fonts

__all__ = [
    "ACCENT",
    "BOLD",
    "FONT",
    "GRID",
    "LIGHT",
    "markup",
    "styles",
]  # markup: for other reports

ACCENT = colors.HexColor("#1F4E79")
LIGHT = colors.HexColor("#DCE6F0")
GRID = colors.HexColor("#9FB6CD")


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
        "h3": _style("h3", 10, fontName=BOLD, textColor=ACCENT, spaceBefore=10, spaceAfter=4),
        "h4": _style("h4", 8.5, fontName=BOLD, spaceBefore=6, spaceAfter=3),
        "field": _style("field", 8, fontName=BOLD),
        "value": _style("value", 8.5),
        "cell": _style("cell", 7.5),
        "head": _style("head", 7, fontName=BOLD, textColor=colors.white),
        "toc": _style("toc", 9),
    }
