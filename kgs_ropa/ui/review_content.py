"""What a reviewer needs beside an activity in a review session: its content, its open
findings, and what changed since it was last reviewed."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication

from kgs_ropa.model.dates import format_date
from kgs_ropa.services import activities, history
from kgs_ropa.services.review_ops import history_table
from kgs_ropa.storage.database import Database
from kgs_ropa.ui.details import details_html
from kgs_ropa.ui.history_values import (
    cell_text,
    entity_type_label,
    field_label,
    use_catalogue_labels,
)
from kgs_ropa.ui.history_view import local_time
from kgs_ropa.ui.i18n import current
from kgs_ropa.ui.lookups import Lookups


def item_html(db: Database, lookups: Lookups, activity_id: int, lang: str) -> str:
    doc = activities.get_document(db, activity_id)
    context = activities.check_context(db, date.today())
    findings = [(f.severity, f.message(lang)) for f in activities.check_one(doc, context)]
    use_catalogue_labels(lookups)
    return details_html(doc, lookups, lang, findings) + _changes_html(db, doc)


def _changes_html(db: Database, doc: dict[str, object]) -> str:
    last = doc.get("last_reviewed_on")
    since = date.fromisoformat(str(last)) if last else None
    rows = history_table(db, history.HistoryFilter(since=since, activity=str(doc["code"])))
    if since is None:
        heading = QCoreApplication.translate("ReviewContent", "Changes (never reviewed before)")
    else:
        heading = QCoreApplication.translate(
            "ReviewContent", "Changes since the last review (%1)"
        ).replace("%1", format_date(since, current()))
    if not rows:
        none = QCoreApplication.translate("ReviewContent", "No changes.")
        return f"<h3>{escape(heading)}</h3><p><i>{escape(none)}</i></p>"
    lines = []
    for row in rows[-50:]:  # the latest; the History tab has them all
        what = (
            field_label(row.field, row.entity_type)
            if row.field
            else entity_type_label(row.entity_type)
        )
        after = cell_text(row.entity_type, row.field, row.after)
        lines.append(
            f"<li>{escape(local_time(row.when))} · {escape(row.actor)} · {escape(what)}"
            + (f": {escape(after)}" if after else "")
            + "</li>"
        )
    return f"<h3>{escape(heading)}</h3><ul>{''.join(lines)}</ul>"
