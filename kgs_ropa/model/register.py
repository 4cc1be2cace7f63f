"""The register: organisation, catalogues and processing activities (Art. 30(1) and 30(2) GDPR).

Codes from kgs_ropa.model.vocabulary are stored as plain strings; every catalogue row has a
stable `code` so exports and imports refer to it without generated ids. Relationships are
lazy="raise": a list must be loaded on purpose (selectinload), never row by row.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kgs_ropa.model.base import Base, Timestamped

RAISE: Final = "raise"


class Translatable:
    """Free text in other languages than the register's own: {"en": {"description": "..."}}.
    A language is a key, so a third one needs no new column."""

    translations: Mapped[dict[str, dict[str, str]]] = mapped_column(JSON, default=dict)


def _link(name: str, target: str) -> Table:
    """A many-to-many link between an activity and a catalogue row."""
    return Table(
        name,
        Base.metadata,
        Column("activity_id", ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True),
        Column(f"{target}_id", ForeignKey(f"{target}.id", ondelete="CASCADE"), primary_key=True),
    )


activity_data_subject = _link("activity_data_subject", "data_subject_category")
activity_system = _link("activity_system", "system")
activity_recipient = _link("activity_recipient", "recipient")
activity_processor = _link("activity_processor", "processor")
activity_measure = _link("activity_measure", "security_measure")


class Entity(Timestamped, Base):
    """A legal entity of the organisation: the controller or a group company."""

    __tablename__ = "entity"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(32), default="group_company")
    country: Mapped[str] = mapped_column(String(8), default="NL")
    address: Mapped[str] = mapped_column(Text, default="")
    registration_number: Mapped[str] = mapped_column(String(64), default="")
    email: Mapped[str] = mapped_column(String(255), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class Contact(Timestamped, Base):
    """The privacy officer, DPO, Art. 27 representative or another contact of the controller."""

    __tablename__ = "contact"
    id: Mapped[int] = mapped_column(primary_key=True)
    role: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(255), default="")
    email: Mapped[str] = mapped_column(String(255), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    entity_id: Mapped[int | None] = mapped_column(ForeignKey("entity.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text, default="")


class OrganisationSettings(Timestamped, Base):
    """Register-wide facts that belong in the database (exported and backed up with it)."""

    __tablename__ = "organisation_settings"
    id: Mapped[int] = mapped_column(primary_key=True)
    acts_as_processor: Mapped[bool] = mapped_column(Boolean, default=False)
    # EXPORT_LANGUAGES codes: the register goes out in these languages too.
    export_languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    employee_count_note: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")


class ProcessorRecord(Translatable, Timestamped, Base):
    """Art. 30(2): one record per client controller the organisation processes for."""

    __tablename__ = "processor_record"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    client_controller: Mapped[str] = mapped_column(String(255))
    client_contact: Mapped[str] = mapped_column(Text, default="")
    client_representative: Mapped[str] = mapped_column(Text, default="")
    client_dpo: Mapped[str] = mapped_column(Text, default="")
    processing_categories: Mapped[str] = mapped_column(Text, default="")
    transfers: Mapped[str] = mapped_column(Text, default="")
    security_measures: Mapped[str] = mapped_column(Text, default="")


class DataSubjectCategory(Timestamped, Base):
    __tablename__ = "data_subject_category"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    label_nl: Mapped[str] = mapped_column(String(255))
    label_en: Mapped[str] = mapped_column(String(255), default="")
    dpv_id: Mapped[str | None] = mapped_column(String(128))


class DataCategory(Timestamped, Base):
    """A category of personal data; `special` = Art. 9, `criminal` = Art. 10."""

    __tablename__ = "data_category"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    label_nl: Mapped[str] = mapped_column(String(255))
    label_en: Mapped[str] = mapped_column(String(255), default="")
    dpv_id: Mapped[str | None] = mapped_column(String(128))
    special: Mapped[bool] = mapped_column(Boolean, default=False)
    criminal: Mapped[bool] = mapped_column(Boolean, default=False)


class System(Translatable, Timestamped, Base):
    """An application, file store or location where personal data is kept (AP recommendation 4)."""

    __tablename__ = "system"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str] = mapped_column(Text, default="")
    location: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str] = mapped_column(String(8), default="")


class Processor(Translatable, Timestamped, Base):
    """A vendor processing personal data on the controller's behalf (Art. 28)."""

    __tablename__ = "processor"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    service: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str] = mapped_column(String(8), default="")
    role: Mapped[str] = mapped_column(String(32), default="processor")
    agreement_signed_on: Mapped[date | None] = mapped_column(Date)
    agreement_reference: Mapped[str] = mapped_column(Text, default="")
    contact: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")


class Recipient(Translatable, Timestamped, Base):
    """A category of recipients (Art. 30(1)(d)); `type` is a RECIPIENT_TYPES code."""

    __tablename__ = "recipient"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    name_en: Mapped[str] = mapped_column(String(255), default="")
    type: Mapped[str] = mapped_column(String(32))
    country: Mapped[str] = mapped_column(String(8), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class SecurityMeasure(Timestamped, Base):
    __tablename__ = "security_measure"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    label_nl: Mapped[str] = mapped_column(String(255))
    label_en: Mapped[str] = mapped_column(String(255), default="")
    dpv_id: Mapped[str | None] = mapped_column(String(128))
    kind: Mapped[str] = mapped_column(String(32), default="technical")


class Activity(Translatable, Timestamped, Base):
    """One processing activity of the register."""

    __tablename__ = "activity"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    name_en: Mapped[str] = mapped_column(String(255), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    business_function: Mapped[str] = mapped_column(String(255), default="")
    owner: Mapped[str] = mapped_column(String(255), default="")
    status: Mapped[str] = mapped_column(String(16), default="draft", index=True)
    controller_id: Mapped[int | None] = mapped_column(
        ForeignKey("entity.id", ondelete="SET NULL"), index=True
    )
    joint_controllers: Mapped[list[str]] = mapped_column(JSON, default=list)
    # ASSESSED_ELEMENTS codes assessed as "there is none"; an empty list not named here is
    # "not assessed yet" and exported as "to be confirmed".
    assessed_none: Mapped[list[str]] = mapped_column(JSON, default=list)
    rights: Mapped[list[str]] = mapped_column(JSON, default=list)
    rights_note: Mapped[str] = mapped_column(Text, default="")
    security_note: Mapped[str] = mapped_column(Text, default="")
    # None: not assessed yet (exported "to be confirmed"), never read as "no".
    automated_decision_making: Mapped[bool | None] = mapped_column(Boolean, default=None)
    automated_decision_note: Mapped[str] = mapped_column(Text, default="")
    dpia_required: Mapped[str] = mapped_column(String(16), default="to_assess")
    dpia_status: Mapped[str] = mapped_column(String(16), default="not_started")
    dpia_reference: Mapped[str] = mapped_column(Text, default="")
    # The DPIA screening: codes of model.dpia.SCREENING that apply, and when it was answered
    # (None: not screened yet, whatever the list holds).
    dpia_criteria: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Linked documents: [{"kind": ..., "title": ..., "target": a URL or a file path}].
    documents: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    dpia_screened_on: Mapped[date | None] = mapped_column(Date)
    last_reviewed_on: Mapped[date | None] = mapped_column(Date)
    last_reviewed_by: Mapped[str] = mapped_column(String(255), default="")
    next_review_due: Mapped[date | None] = mapped_column(Date, index=True)
    review_interval_months: Mapped[int] = mapped_column(Integer, default=3)
    # Facts the source did not give and were assumed: shown and exported as "to be confirmed".
    to_be_confirmed: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")

    controller: Mapped[Entity | None] = relationship(lazy=RAISE)
    purposes: Mapped[list[Purpose]] = relationship(
        lazy=RAISE, cascade="all, delete-orphan", order_by="Purpose.position"
    )
    data_subjects: Mapped[list[DataSubjectCategory]] = relationship(
        secondary=activity_data_subject, lazy=RAISE
    )
    data_categories: Mapped[list[ActivityDataCategory]] = relationship(
        lazy=RAISE, cascade="all, delete-orphan", order_by="ActivityDataCategory.position"
    )
    sources: Mapped[list[DataSource]] = relationship(
        lazy=RAISE, cascade="all, delete-orphan", order_by="DataSource.position"
    )
    systems: Mapped[list[System]] = relationship(secondary=activity_system, lazy=RAISE)
    recipients: Mapped[list[Recipient]] = relationship(secondary=activity_recipient, lazy=RAISE)
    processors: Mapped[list[Processor]] = relationship(secondary=activity_processor, lazy=RAISE)
    transfers: Mapped[list[Transfer]] = relationship(
        lazy=RAISE, cascade="all, delete-orphan", order_by="Transfer.position"
    )
    retention: Mapped[list[Retention]] = relationship(
        lazy=RAISE, cascade="all, delete-orphan", order_by="Retention.position"
    )
    security_measures: Mapped[list[SecurityMeasure]] = relationship(
        secondary=activity_measure, lazy=RAISE
    )
    cookies: Mapped[list[Cookie]] = relationship(lazy=RAISE, order_by="Cookie.position")


class Purpose(Translatable, Timestamped, Base):
    """A purpose with its Art. 6(1) lawful basis and what that basis needs documented."""

    __tablename__ = "purpose"
    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(Text)
    description_en: Mapped[str] = mapped_column(Text, default="")
    dpv_purpose: Mapped[str | None] = mapped_column(String(128))
    lawful_basis: Mapped[str | None] = mapped_column(String(32))
    legitimate_interest: Mapped[str] = mapped_column(Text, default="")
    balancing_note: Mapped[str] = mapped_column(Text, default="")
    consent_record: Mapped[str] = mapped_column(Text, default="")
    legal_obligation_reference: Mapped[str] = mapped_column(Text, default="")
    # The basis is inferred, not stated by the source: to be confirmed before the activity is live.
    basis_assumed: Mapped[bool] = mapped_column(Boolean, default=False)


class ActivityDataCategory(Translatable, Timestamped, Base):
    """A data category used by an activity, with the Art. 9(2) condition where it is special."""

    __tablename__ = "activity_data_category"
    __table_args__ = (UniqueConstraint("activity_id", "data_category_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), index=True
    )
    data_category_id: Mapped[int] = mapped_column(
        ForeignKey("data_category.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    art9_condition: Mapped[str | None] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="")

    category: Mapped[DataCategory] = relationship(lazy=RAISE)


class DataSource(Translatable, Timestamped, Base):
    """Where the data comes from, or the moment it is collected."""

    __tablename__ = "data_source"
    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(Text)
    description_en: Mapped[str] = mapped_column(Text, default="")
    from_data_subject: Mapped[bool] = mapped_column(Boolean, default=True)


class Transfer(Translatable, Timestamped, Base):
    """A transfer to a third country or international organisation (Art. 30(1)(e))."""

    __tablename__ = "transfer"
    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    country: Mapped[str] = mapped_column(String(8), default="")
    recipient: Mapped[str] = mapped_column(Text, default="")
    mechanism: Mapped[str | None] = mapped_column(String(32))
    documentation_reference: Mapped[str] = mapped_column(Text, default="")
    # For an adequacy decision of limited scope (US: DPF-certified only): the recipient is covered.
    adequacy_scope_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    # The mechanism (safeguard or derogation) is inferred, not established: to be confirmed
    # before the activity is live, and marked as an assumption wherever it is shown.
    mechanism_assumed: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")


class Retention(Translatable, Timestamped, Base):
    """A retention rule (Art. 30(1)(f)), for one data category or (None) the whole activity."""

    __tablename__ = "retention"
    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), index=True
    )
    data_category_id: Mapped[int | None] = mapped_column(
        ForeignKey("data_category.id", ondelete="SET NULL")
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    period: Mapped[str] = mapped_column(Text, default="")
    # A period someone can check: an amount of days, weeks, months or years (model.periods).
    period_amount: Mapped[int | None] = mapped_column(Integer)
    period_unit: Mapped[str | None] = mapped_column(String(8))
    start_event: Mapped[str] = mapped_column(Text, default="")
    legal_ground: Mapped[str] = mapped_column(Text, default="")
    criterion: Mapped[str] = mapped_column(Text, default="")

    category: Mapped[DataCategory | None] = relationship(lazy=RAISE)


class Cookie(Translatable, Timestamped, Base):
    __tablename__ = "cookie"
    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("activity.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(255))
    provider: Mapped[str] = mapped_column(String(255), default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    purpose_en: Mapped[str] = mapped_column(Text, default="")
    retention: Mapped[str] = mapped_column(String(255), default="")
    type: Mapped[str] = mapped_column(String(32), default="functional")
