"""The review report: scope, participants, outcome per activity, what changed since the previous
review, open follow-ups and open check findings, in Dutch or English.

Built on the export's report model (tables of typed cells) and rendered by review_pdf.py with the
export's PDF building blocks. Everything it shows is stored, so the report of any closed session
can be made again later (the inquiry pack does).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from kgs_ropa.checks import check_register
from kgs_ropa.message import QT_TRANSLATE_NOOP
from kgs_ropa.reports.annexes import findings_table
from kgs_ropa.reports.labels import Lang, format_date
from kgs_ropa.reports.report import Column, Table, date_cell, text_cell
from kgs_ropa.reports.review_labels import outcome_label, rlabel
from kgs_ropa.services import review, snapshots
from kgs_ropa.services.diff import RegisterDiff, diff_documents, show
from kgs_ropa.storage.database import Database

Doc = dict[str, Any]
# Set by closing a review: the outcome table says that already.
REVIEW_FIELDS = {"last_reviewed_on", "last_reviewed_by", "next_review_due"}


@dataclass(frozen=True)
class ReviewSource:
    """What a review report is made of, read in one go."""

    session: review.SessionView
    document: Doc  # the snapshot frozen at close
    fingerprint: str
    history_hash: str
    previous: review.SessionView | None
    diff: RegisterDiff | None  # None for the first review
    follow_ups: list[review.FollowUp]


@dataclass
class ReviewReport:
    lang: Lang
    title: str
    subtitle: str
    facts: list[tuple[str, str]]  # (label, value) on the first page
    summary: str
    tables: list[Table]
    changes_note: str  # instead of the changes table when there is nothing to compare with


def read_source(session: Session, review_id: int) -> ReviewSource:
    found = next((s for s in review.sessions(session) if s.id == review_id), None)
    if found is None or found.status != "closed" or found.snapshot_id is None:
        raise review.ReviewError(
            QT_TRANSLATE_NOOP("ServiceMessages", "the report is made for a closed review session")
        )
    snapshot = snapshots.get(session, found.snapshot_id)
    document = snapshots.document(snapshot)
    previous = review.previous_closed(session, found)
    diff = None
    if previous is not None and previous.snapshot_id is not None:
        before = snapshots.document(snapshots.get(session, previous.snapshot_id))
        diff = diff_documents(before, document)
    return ReviewSource(
        found,
        document,
        snapshot.fingerprint,
        snapshot.history_hash,
        previous,
        diff,
        review.open_follow_ups(session),
    )


def _closed_on(source: ReviewSource) -> date:
    closed = source.session.closed_at or datetime.now(UTC)
    if closed.tzinfo is None:
        closed = closed.replace(tzinfo=UTC)
    return closed.astimezone().date()


def _table(key: str, title: str, spec: list[tuple[str, int]], lang: Lang) -> Table:
    return Table(key, title, [Column(k, rlabel(k, lang), w) for k, w in spec])


def activity_names(document: Doc, lang: Lang) -> dict[str, str]:
    """Activity names by code in `lang` where the snapshot has them (English), for the
    follow-ups, which carry the name as recorded (Dutch)."""
    if lang == "nl":
        return {}
    return {
        str(a.get("code")): str(a["name_en"])
        for a in document.get("activities", [])
        if a.get("name_en")
    }


def outcome_table(source: ReviewSource, lang: Lang) -> Table:
    spec = [("col_code", 12), ("col_activity", 40), ("col_outcome", 18), ("col_note", 50)]
    spec += [("col_marked_by", 14), ("col_marked_on", 12)]
    result = _table("outcomes", rlabel("outcomes", lang), spec, lang)
    for item in source.session.items:
        marked = item.marked_at.date() if item.marked_at else None
        note = "\n".join(
            x for x in (item.note, item.action if item.outcome == "follow_up" else "") if x
        )
        result.rows.append(
            [
                text_cell(item.activity_code),
                text_cell(item.name(lang)),
                text_cell(outcome_label(item.outcome, lang)),
                text_cell(note),
                text_cell(item.marked_by),
                date_cell(marked, lang),
            ]
        )
    return result


def changes_table(diff: RegisterDiff, lang: Lang) -> Table:
    spec = [("col_code", 12), ("col_change", 14), ("col_field", 30), ("col_before", 40)]
    spec += [("col_after", 40)]
    result = _table("changes", rlabel("changes", lang), spec, lang)
    for code, name in diff.added:
        result.rows.append([text_cell(code), text_cell(rlabel("added", lang)), text_cell(name)])
    for code, name in diff.removed:
        result.rows.append([text_cell(code), text_cell(rlabel("removed", lang)), text_cell(name)])
    for activity in diff.changed:
        for change in activity.changes:
            if change.path in REVIEW_FIELDS:
                continue
            result.rows.append(
                _change_row(activity.code, change.path, change.before, change.after, lang)
            )
    for change in diff.other:
        result.rows.append(_change_row("", change.path, change.before, change.after, lang))
    for row in result.rows:
        row += [text_cell("")] * (len(result.columns) - len(row))
    return result


def _change_row(code: str, path: str, before: Any, after: Any, lang: Lang) -> list[Any]:
    return [
        text_cell(code),
        text_cell(rlabel("changed_field", lang)),
        text_cell(path),
        text_cell(show(before)),
        text_cell(show(after)),
    ]


def follow_up_table(
    items: list[review.FollowUp], lang: Lang, today: date, names: dict[str, str] | None = None
) -> Table:
    spec = [("col_code", 12), ("col_activity", 32), ("col_action", 50), ("col_owner", 18)]
    spec += [("col_due", 14), ("col_session", 16)]
    result = _table("follow_ups", rlabel("follow_ups", lang), spec, lang)
    names = names or {}
    for item in items:
        due = date_cell(item.due_on, lang)
        if item.overdue(today):
            due = text_cell(f"{due.text} ({rlabel('overdue', lang)})")
        result.rows.append(
            [
                text_cell(item.activity_code),
                text_cell(names.get(item.activity_code, item.activity_name)),
                text_cell(item.action),
                text_cell(item.owner),
                due,
                text_cell(item.session_name),
            ]
        )
    return result


def build_review_report(source: ReviewSource, lang: Lang) -> ReviewReport:
    closed_on = _closed_on(source)
    s = source.session
    counts = s.counts
    summary = rlabel("summary", lang).format(
        total=len(s.items),
        confirmed=counts["confirmed"],
        changed=counts["changed"],
        follow_up=counts["follow_up"],
        pending=counts["pending"],
    )
    facts = [
        (rlabel("session", lang), s.name),
        (rlabel("held_on", lang), format_date(s.held_on, lang) if s.held_on else ""),
        (rlabel("closed_on", lang), format_date(closed_on, lang)),
        (rlabel("participants", lang), ", ".join(s.participants) or "-"),
        (rlabel("scope", lang), rlabel("scope_text", lang).format(count=len(s.items))),
        (rlabel("snapshot", lang), f"{s.snapshot_id} · {source.fingerprint}"),
        (rlabel("history_hash", lang), source.history_hash or "-"),
    ]
    findings = findings_table(check_register(source.document, closed_on), lang, rule_codes=False)
    findings.title = rlabel("findings", lang)
    changes = changes_table(source.diff or RegisterDiff(), lang)
    note = rlabel("first_review", lang) if source.diff is None else ""
    if source.previous is not None and source.diff is not None:
        changes.title = rlabel("changes_since", lang).format(name=source.previous.name)
    tables = [
        outcome_table(source, lang),
        changes,
        follow_up_table(source.follow_ups, lang, closed_on, activity_names(source.document, lang)),
        findings,
    ]
    return ReviewReport(
        lang, rlabel("title", lang), rlabel("subtitle", lang), facts, summary, tables, note
    )


def export_review_report(db: Database, review_id: int, out: Path, lang: str = "nl") -> None:
    """Write the PDF next to `out`, then rename it into place."""
    with db.reading() as session:
        source = read_source(session, review_id)
    write_review_report(source, out, lang)


def write_review_report(source: ReviewSource, out: Path, lang: str = "nl") -> None:
    from kgs_ropa.reports.export import atomic_path
    from kgs_ropa.reports.review_pdf import render_review_pdf

    language: Lang = "en" if lang == "en" else "nl"
    report = build_review_report(source, language)
    with atomic_path(Path(out)) as partial:
        render_review_pdf(report, partial)
