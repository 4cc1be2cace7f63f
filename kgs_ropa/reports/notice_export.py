"""The privacy statement written to a file in one of its formats, all or nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from kgs_ropa.reports.export import atomic_path
from kgs_ropa.reports.labels import Lang
from kgs_ropa.reports.notice import Notice, build_notice, open_label
from kgs_ropa.reports.notice_html import render_fragment, render_page
from kgs_ropa.reports.notice_markdown import render_markdown


def notice_text(notice: Notice, kind: str) -> str:
    """The statement as HTML (a page, or a fragment to embed) or Markdown."""
    label = open_label(notice.lang)
    if kind == "html":
        return render_page(notice, label)
    if kind == "fragment":
        return render_fragment(notice, label)
    if kind == "md":
        return render_markdown(notice, label)
    raise ValueError(f"not a text format of the statement: {kind}")


def write_notice(
    document: dict[str, Any], lang: Lang, kind: str, out: Path, today: date | None = None
) -> int:
    """Write the statement; the number of points it leaves open."""
    notice = build_notice(document, lang, today)
    with atomic_path(out) as partial:
        if kind == "pdf":
            from kgs_ropa.reports.notice_pdf import render_notice_pdf  # reportlab when asked

            render_notice_pdf(notice, open_label(lang), partial)
        else:
            partial.write_text(notice_text(notice, kind), "utf-8")
    return len(notice.open_points())
