"""Fonts for the PDF, and user text made safe for reportlab's Paragraph markup.

reportlab's built-in fonts are Latin-1 only, so the shipped DejaVu TTF is embedded: it covers
Dutch, the rest of Europe, Greek, Cyrillic, Hebrew and more. For the scripts it lacks (Chinese,
Japanese, Korean names) a fallback font of the system is embedded where one is installed;
shipping one would add tens of megabytes. Paragraph parses its input as markup (a stray `<`
aborts the build, `<img src>` reads a file), so every piece of user text passes through
`markup()`.
"""

from __future__ import annotations

import os
import re
from functools import cache
from importlib import resources
from itertools import groupby
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FALLBACK = "SystemFallback"

# Control characters other than tab and newline have no glyph and may upset the parser.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
_WINDOWS_FONTS = Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts"
# TrueType-outline fonts with CJK coverage (reportlab cannot embed CFF-outline OpenType).
FALLBACK_CANDIDATES = [
    (_WINDOWS_FONTS / "msyh.ttc", 0),  # Microsoft YaHei
    (_WINDOWS_FONTS / "msgothic.ttc", 0),  # MS Gothic
    (_WINDOWS_FONTS / "malgun.ttf", 0),  # Malgun Gothic
    (_WINDOWS_FONTS / "simsun.ttc", 0),  # SimSun
    (Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"), 0),
    (Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), 0),
]


@cache
def register_fonts() -> frozenset[int]:
    """Register the embedded fonts once per process; the code points DejaVu has glyphs for."""
    fonts = resources.files("kgs_ropa.resources.fonts")
    covered: frozenset[int] = frozenset()
    for name in (FONT, BOLD):
        with resources.as_file(fonts.joinpath(f"{name}.ttf")) as path:
            font = TTFont(name, str(path))
            pdfmetrics.registerFont(font)
            covered = covered or frozenset(font.face.charToGlyph)
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)
    return covered


@cache
def fallback_coverage() -> frozenset[int]:
    """Register the first usable system fallback font; the code points it covers (none if
    there is no such font: those characters then show as empty boxes, the export still works)."""
    for path, index in FALLBACK_CANDIDATES:
        if not path.is_file():
            continue
        try:
            font = TTFont(FALLBACK, str(path), subfontIndex=index)
        except (TTFError, OSError, ValueError):
            continue
        pdfmetrics.registerFont(font)
        pdfmetrics.registerFontFamily(FALLBACK, normal=FALLBACK, bold=FALLBACK)
        return frozenset(font.face.charToGlyph)
    return frozenset()


def _escape(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def font_runs(text: str, font: str = FONT) -> list[tuple[str, str]]:
    """`text` cut into (font name, run) pieces: `font`, or the fallback for characters only
    the fallback has glyphs for. Control characters are dropped."""
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
    covered = register_fonts()
    if text.isascii() or all(ord(c) in covered for c in text):
        return [(font, text)]
    fallback = fallback_coverage()

    def needs_fallback(char: str) -> bool:
        code = ord(char)
        return code not in covered and code in fallback

    return [
        (FALLBACK if other else font, "".join(run))
        for other, run in groupby(text, key=needs_fallback)
    ]


def markup(text: str) -> str:
    """User text as Paragraph markup that prints literally, line breaks kept."""
    return "".join(
        f'<font name="{FALLBACK}">{_escape(run)}</font>' if font == FALLBACK else _escape(run)
        for font, run in font_runs(text)
    )
