"""A published privacy statement read as text: plain text, an HTML page or a PDF.

The result keeps the statement's own sentences (they are quoted back to the user) and its
paragraphs; nothing is interpreted here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from kgs_ropa.storage.errors import KnownError

MAX_STATEMENT_BYTES = 20 * 1024 * 1024  # a statement is a few pages; refuse a wrong file early

_BLOCKS = {
    "p",
    "div",
    "section",
    "article",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "ul",
    "ol",
    "header",
    "footer",
    "main",
    "blockquote",
}
_LINES = {"li", "tr", "br", "dt", "dd"}
_SKIP = {"script", "style", "head", "noscript", "template"}
# A sentence ends at . ! or ? followed by a space, or at a line's end.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")


class StatementError(KnownError, ValueError):
    """The statement file cannot be read."""


@dataclass(frozen=True)
class Sentence:
    text: str
    paragraph: int  # sentences of one paragraph share the number
    section: int  # a heading starts a new section
    line: int  # the line of the statement text it starts on, from 1


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _LINES:
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")
        elif tag in {"td", "th"}:
            self.parts.append(" | ")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_text(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    parser.close()
    lines = (line.strip() for line in "".join(parser.parts).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader  # only when a PDF is read
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        pages = [(page.extract_text() or "").splitlines() for page in reader.pages]
    except (PdfReadError, ValueError, KeyError) as exc:
        raise StatementError(f"{path.name}: not a readable PDF ({exc})") from exc
    running = _running_lines(pages)
    return "\n\n".join(
        unwrap(
            "\n".join(
                line
                for line in lines
                if line.strip() not in running and not _PAGE_NUMBER.search(line)
            )
        )
        for lines in pages
    )


# "page 3 of 12", "pagina 3 van 12", "3 / 12", "3": a running footer, not the statement's text.
_PAGE_NUMBER = re.compile(
    r"\b(page|pagina)\s+\d+(\s+(of|van)(\s+\d+)?)?\s*$|^\s*\d+(\s*/\s*\d+)?\s*$", re.IGNORECASE
)


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Lines that open or close most pages: the running header and footer."""
    if len(pages) < 3:
        return set()
    counts: dict[str, int] = {}
    for lines in pages:
        kept = [line.strip() for line in lines if line.strip()]
        for line in set(kept[:2] + kept[-2:]):
            counts[line] = counts.get(line, 0) + 1
    return {line for line, n in counts.items() if n > len(pages) / 2}


def unwrap(content: str) -> str:
    """A PDF page's text with the lines the layout broke joined again: a line that does not
    end a sentence goes on in the next one when that starts in lower case or the line is
    nearly as wide as the page's widest (a short one is a heading)."""
    raw = [line.strip() for line in content.splitlines()]
    full = 0.6 * max((len(line) for line in raw), default=0)
    lines: list[str] = []
    for line in raw:
        previous = lines[-1] if lines else ""
        goes_on = line[:1].islower() or len(previous) >= full
        if previous and line and goes_on and not previous.endswith((".", "!", "?", ":")):
            lines[-1] = lines[-1][:-1] + line if lines[-1].endswith("-") else f"{lines[-1]} {line}"
        else:
            lines.append(line)
    return "\n".join(lines)


def _is_heading(line: str) -> bool:
    """A line without closing punctuation, or a short question ("Hoe lang bewaren wij ...?")."""
    if line.endswith("?"):
        return len(line.split()) <= 12
    return not line.endswith((".", ":", ";", "!", ","))


def read_statement(path: Path) -> str:
    """The statement's text, whatever of the three forms it comes in."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise StatementError(f"{path}: {exc.strerror or exc}") from exc
    if size > MAX_STATEMENT_BYTES:
        raise StatementError(f"{path.name}: {size} bytes is too large for a privacy statement")
    if path.suffix.lower() == ".pdf":
        return pdf_text(path)
    data = path.read_bytes()
    if data.startswith(b"%PDF"):
        return pdf_text(path)
    content = _decode(data)
    if path.suffix.lower() in {".html", ".htm", ".xhtml"} or re.match(
        r"\s*(<!doctype html|<html|<article|<div|<p[ >])", content, re.IGNORECASE
    ):
        return html_text(content)
    return content


def sentences(content: str) -> list[Sentence]:
    """The statement's sentences; a blank line starts a new paragraph, as does a line that
    reads as a heading (no closing punctuation)."""
    result: list[Sentence] = []
    paragraph = section = 0
    previous_blank = True
    for number, raw in enumerate(content.splitlines(), start=1):
        line = raw.strip().lstrip("#").strip().strip("•·*-–\x7f").strip()
        if not line:
            previous_blank = True
            continue
        heading = _is_heading(line)
        if previous_blank or heading:
            paragraph += 1
        section += heading
        previous_blank = heading
        for piece in _SENTENCE_END.split(line):
            if piece.strip():
                result.append(Sentence(piece.strip(), paragraph, section, number))
    return result
