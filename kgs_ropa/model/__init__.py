"""Typed SQLAlchemy models of the register and its reference vocabularies (no Qt)."""

from kgs_ropa.model.base import Base
from kgs_ropa.model.history import HistoryEntry, ReviewItem, ReviewSession, Snapshot
from kgs_ropa.model.lease import register_lease
from kgs_ropa.model.register import (
    Activity,
    ActivityDataCategory,
    Contact,
    Cookie,
    DataCategory,
    DataSource,
    DataSubjectCategory,
    Entity,
    OrganisationSettings,
    Processor,
    ProcessorRecord,
    Purpose,
    Recipient,
    Retention,
    SecurityMeasure,
    System,
    Transfer,
)

__all__ = [
    "Activity",
    "ActivityDataCategory",
    "Base",
    "Contact",
    "Cookie",
    "DataCategory",
    "DataSource",
    "DataSubjectCategory",
    "Entity",
    "HistoryEntry",
    "OrganisationSettings",
    "Processor",
    "ProcessorRecord",
    "Purpose",
    "Recipient",
    "Retention",
    "ReviewItem",
    "ReviewSession",
    "SecurityMeasure",
    "Snapshot",
    "System",
    "Transfer",
    "register_lease",
]
