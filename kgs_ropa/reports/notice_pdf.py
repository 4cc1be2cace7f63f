"""The privacy statement as a PDF, with the register export's fonts, page layout and tables."""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, NextPageTemplate, Paragraph, Spacer

from kgs_ropa.reports import report as model
from kgs_ropa.reports.labels import label
from kgs_ropa.reports.notice import Bullets, Grid, Heading, Line, Notice, Part
from kgs_ropa.reports.notice import Paragraph as NoticeParagraph
from kgs_ropa.reports.pdf import PORTRAIT_WIDTH, data_table
from kgs_ropa.reports.pdf_doc import RegisterDoc, Running
from kgs_ropa.reports.pdf_style import markup, styles

_OPEN = '<font color="#8A5A00"><b>[{}: {}]</b></font>'  # open points stand out in print
_STYLE_OF_LEVEL = {1: "cover_title", 2: "h2", 3: "h3"}


def _bullet_style() -> ParagraphStyle:
    body = styles()["cover_text"]
    return ParagraphStyle("notice_bullet", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=3)


def _runs(line: Line, open_label: str) -> str:
    return "".join(
        markup(run) if isinstance(run, str) else _OPEN.format(markup(open_label), markup(run.about))
        for run in line
    )


def _flowables(part: Part, notice: Notice, open_label: str) -> list[Flowable]:
    style = styles()
    if isinstance(part, Heading):
        return [Paragraph(_runs(part.line, open_label), style[_STYLE_OF_LEVEL[part.level]])]
    if isinstance(part, NoticeParagraph):
        return [Paragraph(_runs(part.line, open_label), style["cover_text"])]
    if isinstance(part, Bullets):
        bullet = _bullet_style()
        items = [Paragraph(_runs(item, open_label), bullet, bulletText="•") for item in part.items]
        return [*items, Spacer(1, 2 * mm)]
    assert isinstance(part, Grid)
    columns = [model.Column(str(i), title, 14) for i, title in enumerate(part.columns)]
    rows = [[model.text_cell(cell) for cell in row] for row in part.rows]
    return data_table(model.Table("cookies", "", columns, rows), PORTRAIT_WIDTH, notice.lang)


def story(notice: Notice, open_label: str) -> list[Flowable]:
    flowables: list[Flowable] = [NextPageTemplate("body")]
    pending: list[Flowable] = []  # a heading stays on the page of what follows it
    for part in notice.parts:
        made = _flowables(part, notice, open_label)
        if isinstance(part, Heading):
            pending += made
            continue
        flowables.append(KeepTogether(pending + made[:1]) if pending else made[0])
        flowables += made[1:]
        pending = []
    flowables += pending
    flowables.append(Spacer(1, 4 * mm))
    return flowables


def render_notice_pdf(notice: Notice, open_label: str, out: Path | IO[bytes]) -> None:
    running = Running(
        header_left=notice.title,
        header_right="",
        footer_left=notice.title,
        page_of=label("page_of", notice.lang),
    )
    target: Any = str(out) if isinstance(out, Path) else out
    doc = RegisterDoc(target, running, title=notice.title, creator="KGS ROPA", lang=notice.lang)
    doc.build(story(notice, open_label))
    doc.finish("", [], 0)
