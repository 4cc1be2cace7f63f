"""The review report as a PDF, with the register export's page layout, fonts and tables."""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Paragraph, Spacer, Table

from kgs_ropa.reports.pdf import _FIELD_STYLE, LANDSCAPE_WIDTH, PORTRAIT_WIDTH, data_table
from kgs_ropa.reports.pdf_doc import RegisterDoc, Running
from kgs_ropa.reports.pdf_style import markup, styles
from kgs_ropa.reports.review_labels import rlabel
from kgs_ropa.reports.review_report import ReviewReport

LABEL_WIDTH = 62 * mm


def _para(text: str, style: str) -> Paragraph:
    return Paragraph(markup(text), styles()[style])


def _facts(report: ReviewReport) -> Table:
    rows = [[_para(name, "field"), _para(value, "value")] for name, value in report.facts]
    return Table(rows, colWidths=[LABEL_WIDTH, PORTRAIT_WIDTH - LABEL_WIDTH], style=_FIELD_STYLE)


def story(report: ReviewReport) -> list[Flowable]:
    # The facts on a portrait first page; the tables in landscape, where their columns fit.
    flowables: list[Flowable] = [
        _para(report.title, "cover_title"),
        _para(report.subtitle, "cover_sub"),
        _facts(report),
        Spacer(1, 6 * mm),
        _para(report.summary, "value"),
        NextPageTemplate("wide"),
        PageBreak(),
    ]
    for table in report.tables:
        flowables.append(_para(table.title, "h2"))
        if table.key == "changes" and report.changes_note:
            flowables.append(_para(report.changes_note, "value"))
            continue
        flowables += data_table(table, LANDSCAPE_WIDTH, report.lang)
        flowables.append(Spacer(1, 4 * mm))
    return flowables


def render_review_pdf(report: ReviewReport, out: Path | IO[bytes]) -> None:
    session = report.facts[0][1]
    history = report.facts[-1][1]
    running = Running(
        header_left=report.title,
        header_right=session,
        footer_left=f"{session} · {history[:16]}",
        page_of=rlabel("page_of", report.lang),
    )
    target: Any = str(out) if isinstance(out, Path) else out
    doc = RegisterDoc(
        target,
        running,
        title=f"{report.title}: {session}",
        subject=report.subtitle,
        creator="KGS ROPA",
        lang=report.lang,  # the document language, for screen readers
        keywords=[history],
    )
    doc.build(story(report))
    doc.finish("", [], 0)
