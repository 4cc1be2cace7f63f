"""The report as a PDF for an inspector: cover, contents, overview, one section per activity,
annexes. Tables are cut into chunks of a few hundred rows, which keeps layout time linear.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from itertools import count, islice
from pathlib import Path
from typing import IO, Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from kgs_ropa.reports import report as model
from kgs_ropa.reports.build import STEPS, Progress, progress_part
from kgs_ropa.reports.labels import Lang, label
from kgs_ropa.reports.pdf_doc import (
    Deferred,
    DeferredFill,
    FormPage,
    Heading,
    RegisterDoc,
    Running,
    TocEntry,
    toc_pages,
)
from kgs_ropa.reports.pdf_fonts import FONT, markup
from kgs_ropa.reports.pdf_style import ACCENT, GRID, LIGHT, styles

CHUNK = 100  # rows per reportlab Table: a chunk laid out is what a long table holds in memory
PORTRAIT_WIDTH = 174 * mm
LANDSCAPE_WIDTH = 261 * mm
LABEL_WIDTH = 60 * mm
MAX_CELL_HEIGHT = 300.0  # points: a table cell taller than this continues in the next row

_BODY_STYLE = TableStyle(  # the rows of a table that goes on under the part before it
    [
        ("FONT", (0, 0), (-1, -1), FONT, 7.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.25, GRID),
        ("ROWBACKGROUNDS", (0, 0), (-1, -1), [None, LIGHT]),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
)
_TABLE_STYLE = TableStyle(  # a table with its header row
    [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, LIGHT]),
    ],
    parent=_BODY_STYLE,
)
_FIELD_STYLE = TableStyle(
    [
        ("FONT", (0, 0), (-1, -1), FONT, 9),  # else reportlab names Helvetica, not embedded
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, GRID),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
    ]
)


def _para(text: str, style: str) -> Paragraph:
    return Paragraph(markup(text), styles()[style])


def _empty(table: model.Table, lang: Lang) -> Paragraph:
    return _para(table.empty or f"({label('none', lang)})", "small")


def _fits(text: str, width: float) -> bool:
    """Surely shorter than a page in a column of `width` (a cheap bound, no layout)."""
    return len(text) * 4.6 * 10 < width * MAX_CELL_HEIGHT


def _row_parts(row: list[model.Cell], widths: list[float]) -> list[list[Any]]:
    """One table row, or several when a cell is taller than a page: reportlab cannot split a
    row while it repeats the header, so the long cell continues in the rows below."""
    cells: list[Any] = [_para(cell.text, "cell") for cell in row]
    if all(_fits(cell.text, w) for cell, w in zip(row, widths, strict=True)):
        return [cells]
    columns: list[list[Any]] = []
    for para, width in zip(cells, widths, strict=True):
        pieces = [para]
        while pieces[-1].wrap(width - 6, MAX_CELL_HEIGHT)[1] > MAX_CELL_HEIGHT:
            parts = pieces[-1].split(width - 6, MAX_CELL_HEIGHT)
            if len(parts) < 2:
                break
            pieces[-1:] = parts
        columns.append(pieces)
    depth = max(len(c) for c in columns)
    return [[c[i] if i < len(c) else "" for c in columns] for i in range(depth)]


def data_table(table: model.Table, width: float, lang: Lang) -> list[Flowable]:
    """A table in chunks, each with the header row repeated; column widths from the hints.

    Nothing is made before the layout reaches the table, and each chunk only when the layout
    reaches it, so a long table's paragraphs are never all in memory at once (nor its rows,
    where the report makes them as they are walked)."""
    return [Deferred(partial(_first_chunk, table, width, lang))]


def _first_chunk(table: model.Table, width: float, lang: Lang) -> list[Flowable]:
    rows = iter(table.rows)
    first = list(islice(rows, CHUNK))
    if not first:
        return [_empty(table, lang)]
    total = sum(c.width for c in table.columns)
    widths = [width * c.width / total for c in table.columns]
    head = [_para(c.title, "head") for c in table.columns]
    return [_table(head, _parts(first, widths), widths), *_after(rows, head, widths)]


def _parts(chunk: list[list[model.Cell]], widths: list[float]) -> list[list[Any]]:
    return [part for row in chunk for part in _row_parts(row, widths)]


def _table(head: list[Any], parts: list[list[Any]], widths: list[float]) -> Table:
    """Rows under their header row, which reportlab repeats on every page the table takes."""
    return Table([head, *parts], colWidths=widths, repeatRows=1, style=_TABLE_STYLE)


def _after(rest: Iterator[list[model.Cell]], head: list[Any], widths: list[float]) -> list[Any]:
    """The rows after a chunk, made later, when the layout reaches them."""
    following = list(islice(rest, CHUNK))
    if not following:
        return []
    return [DeferredFill(partial(_continued, following, rest, head, widths))]


def _continued(
    chunk: list[list[model.Cell]],
    rest: Iterator[list[model.Cell]],
    head: list[Any],
    widths: list[float],
    room_width: float,
    room_height: float,
) -> list[Flowable]:
    """The next chunk of rows: those that fit on the page go on under the chunk before, with
    no header of their own; the others start a table with its header on the next page."""
    parts = _parts(chunk, widths)
    body = Table(parts, colWidths=widths, style=_BODY_STYLE)
    pieces = body.split(room_width, room_height)
    if len(pieces) == 1:  # all of them fit
        return [body, *_after(rest, head, widths)]
    if not pieces:  # not even one
        return [_table(head, parts, widths), *_after(rest, head, widths)]
    fitted = len(pieces[0]._cellvalues)  # reportlab's own count of the rows that fit
    return [pieces[0], _table(head, parts[fitted:], widths), *_after(rest, head, widths)]


def _cover(report: model.Report) -> list[Flowable]:
    meta, lang = report.meta, report.meta.lang
    story: list[Flowable] = [
        Spacer(1, 30 * mm),
        _para(meta.title, "cover_title"),
        _para(meta.subtitle, "cover_sub"),
    ]
    notice = model.internal_notice(meta.audience, lang)
    if notice:
        story.append(_para(notice, "h2"))
    for party in meta.parties:
        story.append(_para(party.role, "cover_label"))
        story.append(_para("\n".join(party.lines) or label("not_recorded", lang), "cover_text"))
    facts = [
        ("export_date", meta.export_date_text),
        ("register_version", meta.register_version),
        ("fingerprint", meta.fingerprint),
        ("activity_count", str(meta.activity_count)),
    ]
    for key, value in facts:
        story += [_para(label(key, lang), "cover_label"), _para(value, "cover_text")]
    if meta.is_subset:
        text = label("inquiry_subset", lang)
        story.append(
            _para(text.format(count=meta.activity_count, total=meta.total_activity_count), "h3")
        )
    story += [_para(line, "cover_text") for line in meta.status_lines()]
    return story


def _entry(entries: list[TocEntry], level: int, title: str) -> TocEntry:
    """A contents entry, in document order; its page is filled in by its Heading."""
    entries.append(TocEntry(level, title))
    return entries[-1]


def _ticker(progress: Progress | None, total: int) -> Callable[[], None]:
    """Reports one more activity laid out each time it is called."""
    if progress is None:
        return lambda: None
    done = count(1)
    return lambda: progress(next(done), total)


def _section(title: str, level: int, entries: list[TocEntry], style: str) -> list[Flowable]:
    return [Heading(_entry(entries, level, title)), _para(title, style)]


def _marks(entries: list[TocEntry]) -> Iterator[list[Flowable]]:
    """For each activity, the headings that put its contents entries where its section starts
    (the first also the entry of the whole part)."""
    part, *activities = entries
    for index, entry in enumerate(activities):
        yield [*([Heading(part)] if index == 0 else []), Heading(entry)]


def _activities(
    sections: Iterator[model.ActivitySection],
    marks: Iterator[list[Flowable]],
    lang: Lang,
    done: Callable[[], None],
) -> list[Flowable]:
    """The section of the next activity, made only now that the layout reaches it, then
    (made later) the sections after it."""
    section = next(sections, None)
    if section is None:
        return []
    done()
    story = [PageBreak(), *next(marks), _para(section.title, "h2")]
    rows = [[_para(name, "field"), _para(cell.text, "value")] for name, cell in section.fields]
    story.append(
        Table(
            rows,
            colWidths=[LABEL_WIDTH, PORTRAIT_WIDTH - LABEL_WIDTH],
            splitInRow=1,
            style=_FIELD_STYLE,
        )
    )
    for table in section.tables:
        story.append(_para(table.title, "h3"))
        story += data_table(table, PORTRAIT_WIDTH, lang)
    return [*story, Deferred(partial(_activities, sections, marks, lang, done))]


def _annexes(report: model.Report, entries: list[TocEntry]) -> Iterator[Flowable]:
    lang = report.meta.lang
    yield NextPageTemplate("wide")
    for index, table in enumerate(report.annexes_to_show(), 1):
        yield PageBreak()
        title = f"{label('annex', lang)} {index}. {table.title}"
        yield from _section(title, 0, entries, "h1")
        yield from data_table(table, LANDSCAPE_WIDTH, lang)


def story(
    report: model.Report, progress: Progress | None = None
) -> tuple[list[Flowable], list[TocEntry], int]:
    """The flowables, the contents entries they fill in, and the pages reserved for contents."""
    lang = report.meta.lang
    entries: list[TocEntry] = []
    annexes = len(report.annexes_to_show())
    entry_count = 1 + bool(report.activities) + len(report.activities) + annexes
    reserved = toc_pages(entry_count)
    flowables = [*_cover(report), NextPageTemplate("body")]
    for index in range(reserved):
        flowables += [PageBreak(), FormPage(f"toc{index}")]
    flowables.append(PageBreak())
    flowables += _section(label("overview", lang), 0, entries, "h1")
    flowables += data_table(report.overview, PORTRAIT_WIDTH, lang)
    # The contents need every title now; the sections are made again, one at a time, as the
    # layout reaches them.
    first = len(entries)
    if report.activities:
        _entry(entries, 0, label("activities", lang))
    for section in report.activities:
        _entry(entries, 1, section.title)
    sections, marks = iter(report.activities), _marks(entries[first:])
    done = _ticker(progress, len(report.activities))
    flowables.append(Deferred(partial(_activities, sections, marks, lang, done)))
    flowables += list(_annexes(report, entries))
    return flowables, entries, reserved


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
    # the sections are made as the layout reaches them: their count is the progress
    flowables, entries, reserved = story(report, progress_part(progress, 0, STEPS - 1))
    doc.build(flowables)
    doc.finish(label("contents", meta.lang), entries, reserved)
    if progress is not None:
        progress(STEPS, STEPS)
