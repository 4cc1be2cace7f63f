"""Fonts for the PDF, and user text made safe for reportlab's Paragraph markup.

reportlab's built-in fonts are Latin-1 only, so the shipped DejaVu TTF is embedded: it covers
Dutch, the rest of Europe, Greek, Cyrillic, Hebrew and more. A character DejaVu lacks is set in
the first fallback font that has it: two shipped ones (Droid Sans Fallback for Chinese and
Japanese, Noto Sans Symbols 2 for symbols and pictographs), then fonts of the system (Windows'
Korean, Indic and emoji fonts, where present). What no font has is collected while the PDF is
made, so the document can say which characters it could not show. Paragraph parses its input
as markup (a stray `<` aborts the build, `<img src>` reads a file), so every piece of user text
passes through `markup()`.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from importlib import resources
from itertools import groupby
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FALLBACK = "Fallback"  # the fallback fonts are registered as Fallback0, Fallback1, ...

# Control characters other than tab and newline have no glyph and may upset the parser.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
_WINDOWS_FONTS = Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts"
SHIPPED_FALLBACKS = ["DroidSansFallbackFull.ttf", "NotoSansSymbols2-Regular.ttf"]
# TrueType-outline fonts of the system (reportlab cannot embed CFF-outline OpenType).
SYSTEM_FALLBACKS = [
    (_WINDOWS_FONTS / "malgun.ttf", 0),  # Malgun Gothic: Korean
    (_WINDOWS_FONTS / "Nirmala.ttf", 0),  # Nirmala UI: Indic scripts
    (_WINDOWS_FONTS / "seguiemj.ttf", 0),  # Segoe UI Emoji, in outline
    (_WINDOWS_FONTS / "seguisym.ttf", 0),  # Segoe UI Symbol
    (_WINDOWS_FONTS / "msyh.ttc", 0),  # Microsoft YaHei
    (Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), 0),
    (Path("/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf"), 0),
    (Path("/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf"), 0),
]
# The characters of the PDF being made that no font could show (None: not collecting).
_MISSING: ContextVar[set[str] | None] = ContextVar("missing_glyphs", default=None)


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


def _candidates() -> Iterator[tuple[Path, int]]:
    fonts = resources.files("kgs_ropa.resources.fonts")
    for name in SHIPPED_FALLBACKS:
        with resources.as_file(fonts.joinpath(name)) as path:
            yield path, 0
    yield from SYSTEM_FALLBACKS


@cache
def fallbacks() -> tuple[tuple[str, frozenset[int]], ...]:
    """The fallback fonts found, registered, each with the code points it covers; loaded the
    first time a text needs one."""
    found: list[tuple[str, frozenset[int]]] = []
    for path, index in _candidates():
        if not path.is_file():
            continue
        name = f"{FALLBACK}{len(found)}"
        try:
            font = TTFont(name, str(path), subfontIndex=index)
        except (TTFError, OSError, ValueError):
            continue
        pdfmetrics.registerFont(font)
        pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
        found.append((name, frozenset(font.face.charToGlyph)))
    return tuple(found)


def _invisible(char: str) -> bool:
    """A format character or variation selector: it has no glyph of its own to miss."""
    return unicodedata.category(char) == "Cf" or 0xFE00 <= ord(char) <= 0xFE0F


@cache
def _font_for(char: str) -> str | None:
    """The fallback font that shows `char`; None if none does."""
    code = ord(char)
    return next((name for name, covered in fallbacks() if code in covered), None)


def font_runs(text: str, font: str = FONT) -> list[tuple[str, str]]:
    """`text` cut into (font name, run) pieces: `font`, or a fallback for characters only a
    fallback has glyphs for. Control characters are dropped, and so are invisible format
    characters no font has; other characters no font has stay in `font` (an empty box) and
    are noted for the document's list of characters it could not show."""
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
    covered = register_fonts()
    if text.isascii() or all(ord(c) in covered for c in text):
        return [(font, text)]

    def font_of(char: str) -> str:
        if ord(char) in covered:
            return font
        fallback = _font_for(char)
        if fallback is None:
            _note_missing(char)
        return fallback or font

    kept = "".join(c for c in text if ord(c) in covered or not _invisible(c) or _font_for(c))
    return [(name, "".join(run)) for name, run in groupby(kept, key=font_of)]


def _note_missing(char: str) -> None:
    missing = _MISSING.get()
    if missing is not None:
        missing.add(char)


@contextmanager
def collect_missing() -> Iterator[set[str]]:
    """While the block runs, the characters no font could show are added to the set."""
    missing: set[str] = set()
    token = _MISSING.set(missing)
    try:
        yield missing
    finally:
        _MISSING.reset(token)


def describe(char: str) -> str:
    """A character the PDF could not show, as a reader can look it up: U+1F600 GRINNING FACE."""
    return f"U+{ord(char):04X} {unicodedata.name(char, '')}".rstrip()


def _escape(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def markup(text: str) -> str:
    """User text as Paragraph markup that prints literally, line breaks kept."""
    return "".join(
        _escape(run) if name in (FONT, BOLD) else f'<font name="{name}">{_escape(run)}</font>'
        for name, run in font_runs(text)
    )
