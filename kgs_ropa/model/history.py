"""Accountability tables: the change history, review sessions and snapshots of the register.

History rows are append-only and hash-chained (see kgs_ropa.services.history). They hold no
foreign keys to register rows on purpose: an entry must outlive the thing it describes.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kgs_ropa.model.base import Base, Timestamped, utcnow


class HistoryEntry(Base):
    __tablename__ = "history_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    actor: Mapped[str] = mapped_column(String(255), default="")
    action: Mapped[str] = mapped_column(String(16))  # create, update, delete, retire
    entity_type: Mapped[str] = mapped_column(String(64))
    entity_key: Mapped[str] = mapped_column(String(255), default="")
    activity_id: Mapped[int | None] = mapped_column(Integer, index=True)
    field: Mapped[str | None] = mapped_column(String(128))
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    comment: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")


class ReviewSession(Timestamped, Base):
    __tablename__ = "review_session"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    held_on: Mapped[date | None] = mapped_column(Date)
    participants: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(16), default="open")  # open, closed
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    snapshot_id: Mapped[int | None] = mapped_column(ForeignKey("snapshot.id", ondelete="SET NULL"))

    items: Mapped[list[ReviewItem]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="ReviewItem.position"
    )


class ReviewItem(Timestamped, Base):
    """One activity in a session's scope and its outcome (None until marked)."""

    __tablename__ = "review_item"
    __table_args__ = (UniqueConstraint("session_id", "activity_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("review_session.id", ondelete="CASCADE"), index=True
    )
    activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("activity.id", ondelete="SET NULL"), index=True
    )
    activity_code: Mapped[str] = mapped_column(String(64), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str | None] = mapped_column(String(16))  # confirmed, changed, follow_up
    note: Mapped[str] = mapped_column(Text, default="")
    action: Mapped[str] = mapped_column(Text, default="")
    action_owner: Mapped[str] = mapped_column(String(255), default="")
    action_due_on: Mapped[date | None] = mapped_column(Date)
    action_done_on: Mapped[date | None] = mapped_column(Date)
    marked_by: Mapped[str] = mapped_column(String(255), default="")
    marked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Snapshot(Base):
    """The whole register as it stood at `taken_at`, frozen as the JSON export document."""

    __tablename__ = "snapshot"
    id: Mapped[int] = mapped_column(primary_key=True)
    taken_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    label: Mapped[str] = mapped_column(String(255), default="")
    reason: Mapped[str] = mapped_column(String(32), default="manual")  # manual, review
    fingerprint: Mapped[str] = mapped_column(String(64))
    history_hash: Mapped[str] = mapped_column(String(64), default="")
    content: Mapped[str] = mapped_column(Text)
