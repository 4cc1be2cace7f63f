"""Review sessions: walk through the activities due, mark each, close with a snapshot.

A session is persisted as it goes, so pausing is simply stopping and resuming is opening it
again. At most one session is open at a time. Closing sets each reviewed activity's last-review
date and next due date (its review_interval_months later), freezes a snapshot of the register
and leaves the data for the review report.
"""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kgs_ropa.message import QT_TRANSLATE_NOOP, Message, Value, message, quoted
from kgs_ropa.model import Activity, ReviewItem, ReviewSession
from kgs_ropa.services import snapshots
from kgs_ropa.services.concurrency import LastChange, StaleRecordError
from kgs_ropa.services.history import COMMENT, current_actor
from kgs_ropa.storage.database import StorageError

OUTCOMES = ("confirmed", "changed", "follow_up")
ALIASES = {"follow-up": "follow_up", "followup": "follow_up"}


class ReviewError(StorageError):
    """A review action that cannot be done now; `message` says why (English on the command
    line, the interface language in the app)."""

    def __init__(self, template: str, **values: Value) -> None:
        self.message = message(template, **values)
        super().__init__(str(self.message))


@dataclass(frozen=True)
class ItemView:
    id: int
    activity_id: int | None
    activity_code: str
    activity_name: str
    outcome: str | None
    note: str
    action: str
    action_owner: str
    action_due_on: date | None
    action_done_on: date | None
    marked_by: str
    marked_at: datetime | None
    activity_name_en: str = ""
    version: int = 0  # what a save sends back: a stale mark is refused

    def name(self, lang: str) -> str:
        """The activity's name in `lang` where it has one (English), else its Dutch name."""
        return (
            self.activity_name_en if lang == "en" and self.activity_name_en else self.activity_name
        )


@dataclass(frozen=True)
class SessionView:
    id: int
    name: str
    held_on: date | None
    participants: list[str]
    status: str
    closed_at: datetime | None
    snapshot_id: int | None
    items: list[ItemView]

    @property
    def counts(self) -> Counter[str]:
        return Counter(i.outcome or "pending" for i in self.items)

    @property
    def marked(self) -> int:
        return sum(1 for i in self.items if i.outcome)

    @property
    def pending(self) -> list[ItemView]:
        return [i for i in self.items if not i.outcome]


@dataclass(frozen=True)
class FollowUp:
    item_id: int
    session_name: str
    activity_code: str
    activity_name: str
    action: str
    owner: str
    due_on: date | None

    def overdue(self, today: date) -> bool:
        return self.due_on is not None and self.due_on < today


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def normalise_outcome(outcome: str) -> str:
    value = ALIASES.get(outcome, outcome)
    if value not in OUTCOMES:
        raise ReviewError(
            QT_TRANSLATE_NOOP(
                "ServiceMessages", "unknown outcome {outcome} (confirmed, changed or follow-up)"
            ),
            outcome=quoted(outcome),
        )
    return value


def due_activities(session: Session, on: date) -> list[Activity]:
    """Active activities whose review is due on `on`, or that were never reviewed.

    Drafts are not in the register's assertions yet, so a review has nothing to confirm."""
    query = (
        select(Activity)
        .where(Activity.status == "active")
        .where((Activity.next_review_due.is_(None)) | (Activity.next_review_due <= on))
        .order_by(Activity.code)
    )
    return list(session.scalars(query))


def _names(session: Session, ids: list[int]) -> dict[int, tuple[str, str]]:
    """(Dutch name, English name) by activity id."""
    query = select(Activity.id, Activity.name, Activity.name_en).where(Activity.id.in_(ids))
    return {r.id: (r.name, r.name_en or "") for r in session.execute(query)}


def _load(session: Session, review_id: int) -> ReviewSession:
    query = select(ReviewSession).options(selectinload(ReviewSession.items))
    review = session.scalars(query.where(ReviewSession.id == review_id)).first()
    if review is None:
        raise ReviewError(
            QT_TRANSLATE_NOOP("ServiceMessages", "there is no review session {id}"),
            id=str(review_id),
        )
    return review


def open_review(session: Session) -> ReviewSession | None:
    query = select(ReviewSession).where(ReviewSession.status == "open").order_by(ReviewSession.id)
    found = session.scalars(query).first()
    return _load(session, found.id) if found else None


def require_open(session: Session) -> ReviewSession:
    review = open_review(session)
    if review is None:
        raise ReviewError(
            QT_TRANSLATE_NOOP(
                "ServiceMessages", "no review session is open; start one with `review start NAME`"
            )
        )
    return review


def view(session: Session, review: ReviewSession) -> SessionView:
    names = _names(session, [i.activity_id for i in review.items if i.activity_id])
    items = [
        ItemView(
            i.id,
            i.activity_id,
            i.activity_code,
            names.get(i.activity_id or 0, ("", ""))[0],
            i.outcome,
            i.note,
            i.action,
            i.action_owner,
            i.action_due_on,
            i.action_done_on,
            i.marked_by,
            i.marked_at,
            names.get(i.activity_id or 0, ("", ""))[1],
            i.version,
        )
        for i in review.items
    ]
    return SessionView(
        review.id,
        review.name,
        review.held_on,
        list(review.participants or []),
        review.status,
        review.closed_at,
        review.snapshot_id,
        items,
    )


def start(
    session: Session,
    name: str,
    held_on: date,
    participants: list[str],
    activity_codes: list[str] | None = None,
) -> SessionView:
    """Open a session over the activities due (or the ones named)."""
    name = name.strip()
    if not name:
        raise ReviewError(
            QT_TRANSLATE_NOOP("ServiceMessages", 'a review session needs a name, e.g. "2026 Q4"')
        )
    if open_review(session) is not None:
        raise ReviewError(
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "a review session is already open; close it first (`review close`)",
            )
        )
    if session.scalar(select(ReviewSession.id).where(ReviewSession.name == name)):
        raise ReviewError(
            QT_TRANSLATE_NOOP("ServiceMessages", "there is already a review session named {name}"),
            name=quoted(name),
        )
    scope = _scope(session, held_on, activity_codes)
    review = ReviewSession(name=name, held_on=held_on, participants=participants, status="open")
    review.items = [
        ReviewItem(activity_id=a.id, activity_code=a.code, position=n) for n, a in enumerate(scope)
    ]
    session.add(review)
    session.flush()
    return view(session, review)


def _scope(session: Session, held_on: date, codes: list[str] | None) -> list[Activity]:
    if not codes:
        return due_activities(session, held_on)
    found = {a.code: a for a in session.scalars(select(Activity).where(Activity.code.in_(codes)))}
    missing = [c for c in codes if c not in found]
    if missing:
        raise ReviewError(
            QT_TRANSLATE_NOOP("ServiceMessages", "unknown activity {codes}"),
            codes=", ".join(missing),
        )
    return [found[c] for c in codes]


def find_item(review: ReviewSession, activity: str) -> ReviewItem:
    for item in review.items:
        if activity in (item.activity_code, str(item.activity_id)):
            return item
    raise ReviewError(
        QT_TRANSLATE_NOOP(
            "ServiceMessages", "activity {activity} is not in the scope of review {review}"
        ),
        activity=quoted(activity),
        review=quoted(review.name),
    )


def mark(
    session: Session,
    activity: str,
    outcome: str,
    note: str = "",
    action: str = "",
    owner: str = "",
    due: date | None = None,
    version: int | None = None,
) -> ItemView:
    """Record the outcome for one activity of the open session (again: the last mark counts).

    With `version` (what the dialog read), a mark someone else saved since is not overwritten.
    """
    outcome = normalise_outcome(outcome)
    if outcome == "follow_up" and not (action or note).strip():
        raise ReviewError(
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "a follow-up needs an action (--action) or a note saying what to do",
            )
        )
    review = require_open(session)
    item = find_item(review, activity)
    if version is not None and version != item.version:
        change = LastChange(item.marked_by, item.marked_at)
        raise StaleRecordError(f"the review of {item.activity_code}", change)
    item.outcome = outcome
    item.note = note
    is_follow_up = outcome == "follow_up"
    item.action = (action or note) if is_follow_up else action
    item.action_owner = owner
    item.action_due_on = due
    item.marked_by = current_actor(session)
    item.marked_at = datetime.now(UTC)
    session.flush()
    return next(i for i in view(session, review).items if i.id == item.id)


def _reviewed_on(item: ReviewItem) -> date:
    marked = item.marked_at or datetime.now(UTC)
    if marked.tzinfo is None:  # SQLite gives UTC back without its zone
        marked = marked.replace(tzinfo=UTC)
    return marked.astimezone().date()


def close(session: Session, say: Callable[[Message], str] = str) -> SessionView:
    """Close the open session: review dates on the activities, a snapshot, status closed.

    `say` puts the history's comment on the changes in the closer's language (the app's
    interface language; English on the command line)."""
    review = require_open(session)
    comment = message(QT_TRANSLATE_NOOP("ServiceMessages", "review {name}"), name=review.name)
    session.info[COMMENT] = say(comment)
    marked = [i for i in review.items if i.outcome and i.activity_id]
    activities = {
        a.id: a
        for a in session.scalars(
            select(Activity).where(Activity.id.in_([i.activity_id for i in marked]))
        )
    }
    for item in marked:
        activity = activities.get(item.activity_id or 0)
        if activity is None:
            continue  # deleted since it was marked
        activity.last_reviewed_on = _reviewed_on(item)
        activity.last_reviewed_by = item.marked_by
        months = activity.review_interval_months or 3
        activity.next_review_due = add_months(activity.last_reviewed_on, months)
    session.flush()
    snapshot = snapshots.take(session, label=review.name, reason="review")
    review.status = "closed"
    review.closed_at = datetime.now(UTC)
    review.snapshot_id = snapshot.id
    session.flush()
    return view(session, review)


def sessions(session: Session) -> list[SessionView]:
    query = select(ReviewSession).options(selectinload(ReviewSession.items))
    return [view(session, r) for r in session.scalars(query.order_by(ReviewSession.id))]


def latest_closed(session: Session) -> SessionView | None:
    query = (
        select(ReviewSession.id)
        .where(ReviewSession.status == "closed")
        .order_by(ReviewSession.closed_at.desc(), ReviewSession.id.desc())
    )
    found = session.scalars(query).first()
    return view(session, _load(session, found)) if found else None


def previous_closed(session: Session, review: SessionView) -> SessionView | None:
    """The session closed before `review` (for "what changed since the last review")."""
    query = (
        select(ReviewSession.id)
        .where(ReviewSession.status == "closed", ReviewSession.id != review.id)
        .order_by(ReviewSession.closed_at.desc(), ReviewSession.id.desc())
    )
    if review.closed_at is not None:
        query = query.where(ReviewSession.closed_at <= review.closed_at)
    found = session.scalars(query).first()
    return view(session, _load(session, found)) if found else None


def open_follow_ups(session: Session) -> list[FollowUp]:
    """Follow-up actions not yet done, from every session, oldest due date first."""
    query = (
        select(ReviewItem, ReviewSession.name)
        .join(ReviewSession, ReviewItem.session_id == ReviewSession.id)
        .where(ReviewItem.outcome == "follow_up", ReviewItem.action_done_on.is_(None))
    )
    rows = list(session.execute(query))
    names = _names(session, [item.activity_id for item, _ in rows if item.activity_id])
    result = [
        FollowUp(
            item.id,
            name,
            item.activity_code,
            names.get(item.activity_id or 0, ("", ""))[0],
            item.action,
            item.action_owner,
            item.action_due_on,
        )
        for item, name in rows
    ]
    return sorted(result, key=lambda f: (f.due_on or date.max, f.activity_code))


def complete_follow_up(session: Session, item_id: int, done_on: date) -> None:
    item = session.get(ReviewItem, item_id)
    if item is None or item.outcome != "follow_up":
        raise ReviewError(
            QT_TRANSLATE_NOOP("ServiceMessages", "there is no follow-up {id}"), id=str(item_id)
        )
    item.action_done_on = done_on


def overdue_reviews(session: Session, today: date) -> list[tuple[str, str, date | None]]:
    """(code, name, next due date) of activities in use whose review date has passed, or that
    were never reviewed."""
    query = (
        select(Activity.code, Activity.name, Activity.next_review_due)
        .where(Activity.status == "active")
        .where((Activity.next_review_due.is_(None)) | (Activity.next_review_due < today))
        .order_by(Activity.next_review_due, Activity.code)
    )
    return [(r.code, r.name, r.next_review_due) for r in session.execute(query)]
