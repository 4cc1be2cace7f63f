"""The change history as a PDF: the rows as the app shows them (field labels, readable values,
local time), with the review report's page layout, fonts and table renderer."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kgs_ropa.model.dates import format_moment
from kgs_ropa.reports.labels import Lang
from kgs_ropa.reports.report import Column, Table, text_cell
from kgs_ropa.reports.review_labels import rlabel
from kgs_ropa.reports.review_report import ReviewReport

# (label key, width hint in characters) of the columns, in the app's order.
COLUMNS = [
    ("col_when", 14),
    ("col_user", 12),
    ("col_change", 13),
    ("col_what", 18),
    ("col_field", 22),
    ("col_value_before", 34),
    ("col_value_after", 34),
    ("col_comment", 16),
]


@dataclass(frozen=True)
class HistoryExport:
    lang: Lang
    register: str  # the register's name: its file or database name, never a folder or server
    selection: str  # the filter, as the user chose it
    latest_hash: str
    rows: Sequence[Sequence[str]]  # one text per column of COLUMNS


def build_history_report(export: HistoryExport, made: datetime) -> ReviewReport:
    lang = export.lang
    columns = [Column(key, rlabel(key, lang), width) for key, width in COLUMNS]
    table = Table("history", rlabel("history_title", lang), columns)
    table.rows.extend([text_cell(text) for text in row] for row in export.rows)
    facts = [
        (rlabel("history_register", lang), export.register),
        (rlabel("history_selection", lang), export.selection),
        (rlabel("history_count", lang), str(len(export.rows))),
        (rlabel("history_made_on", lang), format_moment(made, lang)),
        (rlabel("history_hash", lang), export.latest_hash),
    ]
    return ReviewReport(
        lang=lang,
        title=rlabel("history_title", lang),
        subtitle=rlabel("subtitle", lang),
        facts=facts,
        summary=rlabel("history_times", lang),
        tables=[table],
        changes_note="",
    )


def export_history_pdf(export: HistoryExport, out: Path, made: datetime | None = None) -> None:
    """Written next to `out` first, so a failed export never leaves half a file."""
    from kgs_ropa.reports.export import atomic_path
    from kgs_ropa.reports.review_pdf import render_review_pdf  # reportlab only when asked for

    report = build_history_report(export, made or datetime.now().astimezone())
    with atomic_path(Path(out)) as partial:
        render_review_pdf(report, partial)
