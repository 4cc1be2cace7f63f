"""The report as a PDF for an inspector: cover, contents, overview, one section per activity
in the order of Art. 30(1), annexes. Text is laid out once with cheap primitives (pdf_text:
lines split by cached word widths; pdf_grid: tables drawn on the canvas, page by page), not a
reportlab Paragraph per cell; a row taller than the room left continues on the next page. A
heading never ends a page: it moves on with the first lines of what it heads.

The register's pages are placed and drawn by pdf_pages, without platypus (draw_register); the
flowables here (data_table) serve the reports still built with platypus (review, notice).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, partial
from itertools import chain, count, islice
from pathlib import Path
from typing import IO, Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, TableStyle

from kgs_ropa.reports import report as model
from kgs_ropa.reports.build import STEPS, Progress, progress_part
from kgs_ropa.reports.labels import Lang, label
from kgs_ropa.reports.pdf_doc import (
    MISSING_FORM,
    MISSING_LISTED,
    Deferred,
    RegisterDoc,
    Running,
    TocEntry,
    toc_pages,
)
from kgs_ropa.reports.pdf_fonts import (
    BOLD,
    FONT,
    collect_missing,
    describe,
    register_fonts,
)
from kgs_ropa.reports.pdf_grid import GAP, Grid, Layout, Look, Rows, Source
from kgs_ropa.reports.pdf_pages import Pages, block_height
from kgs_ropa.reports.pdf_style import ACCENT, GRID, LIGHT, styles
from kgs_ropa.reports.pdf_text import TextBlock, TextStyle, word_width

CHUNK = 100  # the first rows of a table whose text sets its column widths
PORTRAIT_WIDTH = 174 * mm
LANDSCAPE_WIDTH = 261 * mm
LABEL_WIDTH = 60 * mm
KEEP = 36.0  # points of what follows a heading that must fit under it on the same page
HEAD_SIZE = 7.0  # the "head" style of table headers
CELL_SIZE = 7.5  # the "cell" style of table cells
PADDING = 6.0  # left and right padding of a table cell

_DATA_LOOK = Look(left=3, right=3, grid=GRID, stripe=LIGHT, head_fill=ACCENT)
_FIELD_LOOK = Look(left=2, right=6, below=GRID)
_FIELD_STYLE = TableStyle(  # the review report's facts, as reportlab tables
    [
        ("FONT", (0, 0), (-1, -1), FONT, 9),  # else reportlab names Helvetica, not embedded
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, GRID),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
    ]
)


@cache
def _text_styles() -> dict[str, TextStyle]:
    return {name: TextStyle.of(style) for name, style in styles().items()}


def _para(text: str, style: str) -> TextBlock:
    return TextBlock(text, _text_styles()[style])


def _empty(table: model.Table, lang: Lang) -> TextBlock:
    return _para(table.empty or f"({label('none', lang)})", "small")


def _keep(heads: list[TextBlock], opening: float, width: float, fixed: float = 0) -> list[Flowable]:
    """The headings, after a page break if the room left cannot take them and the start of
    what follows them: `opening` points of a table whose first `fixed` points (a header row)
    must fit whole, and its next row too, or the room must be large enough for the table to
    split that row with a few lines of it above the page's foot."""
    if not heads:
        return []
    height = sum(h.wrap(width, 1e6)[1] + h.getSpaceBefore() + h.getSpaceAfter() for h in heads)
    height += min(opening, max(GAP + 1, fixed + KEEP))
    return [CondPageBreak(height), *heads]


def _header_floor(column: model.Column) -> float:
    """The width a column needs so that no word of its header breaks."""
    words = column.title.split() or [""]
    widest: float = max(word_width(word, BOLD, HEAD_SIZE) for word in words)
    return widest + PADDING + 1


def _content(
    columns: list[model.Column], rows: list[list[model.Cell]], width: float
) -> tuple[list[float], list[float]]:
    """From the first rows of a table: a weight per column (its hint, and more for columns
    whose text is long), and the width its longest word needs (at most a fifth of the table)."""
    weights, floors = [], []
    for index, column in enumerate(columns):
        texts = [row[index].text for row in rows]
        mean = sum(min(len(t), 240) for t in texts) / len(texts) if texts else column.width
        weights.append(0.4 * column.width + 0.6 * mean + 1)
        words = {word for text in texts for word in text.split()} or {""}
        longest = max(word_width(word, FONT, CELL_SIZE) for word in words)
        floors.append(min(longest + PADDING + 1, width / 5))
    return weights, floors


def column_widths(
    columns: list[model.Column], width: float, rows: list[list[model.Cell]] | None = None
) -> list[float]:
    """Widths in proportion to the columns' hints and, given the first rows, the length of
    their text; each at least its header floor, and the width of its longest word where all
    of those fit (what the narrow ones need is taken from the others, in proportion)."""
    register_fonts()  # the fonts' metrics
    heads = [_header_floor(c) for c in columns]
    if not rows:
        return _spread([c.width for c in columns], heads, width)
    weights, words = _content(columns, rows, width)
    floors = [max(pair) for pair in zip(heads, words, strict=True)]
    if sum(floors) > width:
        floors = heads
    return _spread(weights, floors, width)


def _spread(weights: list[float], floors: list[float], width: float) -> list[float]:
    """`width` shared in proportion to the weights, no share below its floor."""
    fixed: dict[int, float] = {}
    while len(fixed) < len(weights):
        free = width - sum(fixed.values())
        share = sum(w for i, w in enumerate(weights) if i not in fixed)
        widths = [fixed.get(i, free * w / share) for i, w in enumerate(weights)]
        short = {i: floors[i] for i, w in enumerate(widths) if i not in fixed and w < floors[i]}
        if not short:
            return widths
        fixed.update(short)
    return [width * f / sum(floors) for f in floors]  # the floors cannot all fit: shrink


def data_table(
    table: model.Table,
    width: float,
    lang: Lang,
    heads: list[TextBlock] | None = None,
    *,
    fit: bool = False,
) -> list[Flowable]:
    """A table with its header row on every page it takes, after its headings (kept with
    its first row); column widths from the hints and the header words, and with `fit` from
    the text of the first rows too.

    Nothing is made before the layout reaches the table, and its rows only as the pages
    reach them (pdf_grid), so a long table is never all in memory at once (nor its rows,
    where the report makes them as they are walked)."""
    return [Deferred(partial(_grid, table, width, lang, heads or [], fit))]


def _grid(
    table: model.Table, width: float, lang: Lang, heads: list[TextBlock], fit: bool
) -> list[Flowable]:
    rows = _rows(table, width, fit)
    if rows is None:
        empty = _empty(table, lang)
        return [*_keep(heads, empty.wrap(width, 1e6)[1] + 6, width), empty]
    head = rows.head_height()
    opening = rows.fill(head)  # the header and the first row
    grid = Grid(rows.layout, rows.source, rows.rows)
    return [*_keep(heads, opening, width, fixed=head), grid]


def _rows(table: model.Table, width: float, fit: bool) -> Rows | None:
    """The table's rows, not yet laid out, under its header; None if it has none."""
    rows = iter(table.rows)
    first = list(islice(rows, CHUNK))
    if not first:
        return None
    widths = column_widths(table.columns, width, first if fit else None)
    styles = _text_styles()
    layout = Layout(widths, [styles["cell"]] * len(widths), _DATA_LOOK)
    layout.with_head([c.title for c in table.columns], styles["head"])
    texts = ([cell.text for cell in row] for row in chain(first, rows))
    return Rows(layout, Source(texts))


# ---------------------------------------------------------------- the register, page by page

Head = tuple[str, str]  # a heading: its text and style


def _keep_with(pages: Pages, heads: list[Head], opening: float, fixed: float = 0) -> None:
    """The headings, on a new page if the room left cannot take them and the start of what
    follows them (as _keep, for pages drawn without platypus)."""
    if not heads:
        return
    styles = _text_styles()
    height = sum(block_height(text, styles[style], pages.width) for text, style in heads)
    pages.keep(height + min(opening, max(GAP + 1, fixed + KEEP)))
    for text, style in heads:
        pages.block(text, styles[style])


def _put_table(pages: Pages, table: model.Table, lang: Lang, heads: list[Head]) -> None:
    """A table with its header row on every page it takes, after its headings (kept with
    its first row); column widths from the hints and the text of the first rows."""
    rows = _rows(table, pages.width, fit=True)
    if rows is None:
        text = table.empty or f"({label('none', lang)})"
        small = _text_styles()["small"]
        _keep_with(pages, heads, block_height(text, small, pages.width) + 6)
        pages.block(text, small)
        return
    head = rows.head_height()
    _keep_with(pages, heads, rows.fill(head), fixed=head)
    pages.table(rows)


def _put_cover(pages: Pages, report: model.Report) -> None:
    meta, lang = report.meta, report.meta.lang
    pages.space(30 * mm)
    blocks: list[Head] = [(meta.title, "cover_title"), (meta.subtitle, "cover_sub")]
    notice = model.internal_notice(meta.audience, lang)
    if notice:
        blocks.append((notice, "h2"))
    for party in meta.parties:
        blocks.append((party.role, "cover_label"))
        blocks.append(("\n".join(party.lines) or label("not_recorded", lang), "cover_text"))
    for key, value in meta.cover_facts():
        blocks += [(label(key, lang), "cover_label"), (value, "cover_text")]
    if meta.is_subset:
        text = label("inquiry_subset", lang)
        count, total = meta.activity_count, meta.total_activity_count
        blocks.append((text.format(count=count, total=total), "h3"))
    blocks += [(line, "cover_text") for line in meta.status_lines()]
    styles = _text_styles()
    for text, style in blocks:
        pages.block(text, styles[style])
    pages.form(MISSING_FORM)


def _ticker(progress: Progress | None, total: int) -> Callable[[], None]:
    """Reports one more activity laid out each time it is called."""
    if progress is None:
        return lambda: None
    done = count(1)
    return lambda: progress(next(done), total)


def _field_rows(fields: list[tuple[str, model.Cell]]) -> Rows:
    styles = _text_styles()
    layout = Layout(
        [LABEL_WIDTH, PORTRAIT_WIDTH - LABEL_WIDTH],
        [styles["field"], styles["value"]],
        _FIELD_LOOK,
    )
    return Rows(layout, Source(iter([[name, cell.text] for name, cell in fields])))


def _contacts(meta: model.Meta) -> list[tuple[str, model.Cell]]:
    """The contact details Art. 30(1)(a) asks for next to the controller: the DPO, the
    representative and the privacy officer, as the cover names them."""
    return [(p.role, model.text_cell(", ".join(p.lines))) for p in meta.parties[1:] if p.lines]


def _put_part(pages: Pages, part: model.SectionPart, meta: model.Meta) -> None:
    """One element of Art. 30(1): its heading, kept with the first lines after it, then its
    fields and tables (a table gets a title of its own only where it is not alone)."""
    heads: list[Head] = [(part.title, "h3")] if part.title else []
    fields = [*part.fields, *(_contacts(meta) if part.key == "part_controller" else [])]
    if fields:
        rows = _field_rows(fields)
        _keep_with(pages, heads, rows.fill(0))  # fill(0): the first row
        pages.table(rows)
        heads = []
    for table in part.tables:
        if fields or len(part.tables) > 1:
            heads.append((table.title, "h4"))
        _put_table(pages, table, meta.lang, heads)
        heads = []


def _put_activities(
    pages: Pages, report: model.Report, entries: list[TocEntry], done: Callable[[], None]
) -> None:
    """One section per activity, each from a new page, with its contents entry (the first
    also the entry of the whole part). The contents are drawn last, so the sections are
    walked once."""
    h2 = _text_styles()["h2"]
    for index, section in enumerate(report.activities):
        done()
        pages.page_break()
        if index == 0:
            pages.mark(_entry(entries, 0, label("activities", report.meta.lang)))
        pages.mark(_entry(entries, 1, section.title))
        pages.block(section.title, h2)
        for item in section.parts:
            _put_part(pages, item, report.meta)


def _put_annexes(pages: Pages, report: model.Report, entries: list[TocEntry]) -> None:
    lang = report.meta.lang
    h1 = _text_styles()["h1"]
    pages.use("wide")
    for index, table in enumerate(report.annexes_to_show(), 1):
        pages.page_break()
        title = f"{label('annex', lang)} {index}. {table.title}"
        pages.mark(_entry(entries, 0, title))
        pages.block(title, h1)
        _put_table(pages, table, lang, [])


def _entry(entries: list[TocEntry], level: int, title: str) -> TocEntry:
    """A contents entry, in document order; its page is filled in where its section starts."""
    entries.append(TocEntry(level, title))
    return entries[-1]


def draw_register(
    pages: Pages, report: model.Report, progress: Progress | None = None
) -> tuple[list[TocEntry], int]:
    """Cover, contents pages (forms filled in later), overview, activities and annexes; the
    contents entries (their pages filled in) and the number of contents pages."""
    lang = report.meta.lang
    entries: list[TocEntry] = []
    annexes = len(report.annexes_to_show())
    reserved = toc_pages(1 + bool(report.activities) + len(report.activities) + annexes)
    _put_cover(pages, report)
    pages.use("body")
    for index in range(reserved):
        pages.page_break()
        pages.form(f"toc{index}")
    pages.page_break()
    overview = _entry(entries, 0, label("overview", lang))
    pages.mark(overview)
    pages.block(overview.title, _text_styles()["h1"])
    _put_table(pages, report.overview, lang, [])
    _put_activities(pages, report, entries, _ticker(progress, len(report.activities)))
    _put_annexes(pages, report, entries)
    pages.close()
    return entries, reserved


def _missing_lines(missing: set[str], meta: model.Meta) -> list[str]:
    """What the cover says about the characters no font could show: none, or a heading and
    the characters by code point and name."""
    if not missing:
        return []
    chars = sorted(missing)
    lines = [label("missing_glyphs", meta.lang), *map(describe, chars[:MISSING_LISTED])]
    if len(chars) > MISSING_LISTED:
        lines.append(label("missing_more", meta.lang).format(count=len(chars) - MISSING_LISTED))
    return lines


def render_pdf(
    report: model.Report, out: Path | IO[bytes], progress: Progress | None = None
) -> None:
    meta = report.meta
    version = label("register_version", meta.lang)
    running = Running(
        header_left=meta.title,
        header_right=meta.parties[0].lines[0] if meta.parties[0].lines else "",
        footer_left=f"{meta.export_date_text} · {version} {meta.register_version}",
        page_of=label("page_of", meta.lang),
    )
    target: Any = str(out) if isinstance(out, Path) else out
    doc = RegisterDoc(
        target,
        running,
        title=meta.title,
        author=running.header_right,
        subject=meta.subtitle,
        creator="KGS ROPA",
        lang=meta.lang,  # the document language, for screen readers
        keywords=[meta.fingerprint],
    )
    with collect_missing() as missing:
        pages = Pages(doc.open_canvas(), doc.decorate)
        entries, reserved = draw_register(pages, report, progress_part(progress, 0, STEPS - 1))
    doc.finish(label("contents", meta.lang), entries, reserved, _missing_lines(missing, meta))
    if progress is not None:
        progress(STEPS, STEPS)
