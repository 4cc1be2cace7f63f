"""The writer's lease: who has the register open for writing, kept in the register itself.

A table without an ORM class: it is not register content (no history, no document, no version
counter), only the one row that says which process may write (services.lease).
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Column, DateTime, Integer, String, Table

from kgs_ropa.model.base import Base

LEASE_ROW = 1  # one writer per register: the table holds at most this one row

register_lease = Table(
    "register_lease",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("holder", String(200), nullable=False),  # the user's name as set in the app
    Column("host", String(255), nullable=False),
    Column("pid", Integer, nullable=False),
    Column("token", String(64), nullable=False),  # one process's lease, whatever its pid
    Column("since", DateTime(timezone=True), nullable=False),
    Column("refreshed", DateTime(timezone=True), nullable=False),
    CheckConstraint(f"id = {LEASE_ROW}", name="one_row"),
)
