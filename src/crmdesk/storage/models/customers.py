"""Customers: people and companies, their contact persons, addresses, emails, phones, tags, custom fields."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Column, ForeignKey, Index, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from crmdesk.domain.enums import AddressKind, Channel, CustomerKind, CustomFieldType
from crmdesk.storage.models.base import Base, Timestamped, one_of
from crmdesk.storage.types import EnumText, UtcDateTime

customer_tags = Table(
    "customer_tags",
    Base.metadata,
    Column("customer_id", ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_customer_tags_tag_id", "tag_id"),
)


class Customer(Timestamped, Base):
    """A person or a company the business sells to."""

    __tablename__ = "customers"
    __table_args__ = (
        one_of("kind", CustomerKind),
        one_of("channel", Channel),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint("payment_terms_days >= 0", name="payment_terms_not_negative"),
        Index("ix_customers_sort_name", "sort_name"),
        Index("ix_customers_archived_at", "archived_at"),
        Index("ix_customers_created_at", "created_at"),
        Index("ix_customers_import_batch_id", "import_batch_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[CustomerKind] = mapped_column(EnumText(CustomerKind), default=CustomerKind.PERSON)
    name: Mapped[str] = mapped_column(String(200))
    sort_name: Mapped[str] = mapped_column(String(200), default="")
    """Case-folded name, so that sorting is stable across scripts and cases."""
    vat_id: Mapped[str | None] = mapped_column(String(40))
    registration_no: Mapped[str | None] = mapped_column(String(40))
    language: Mapped[str] = mapped_column(String(8), default="en")
    """Language of the documents sent to this customer (BCP 47, e.g. ``lv``, ``fa``)."""
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    payment_terms_days: Mapped[int] = mapped_column(default=14)
    channel: Mapped[Channel | None] = mapped_column(EnumText(Channel))
    notes: Mapped[str] = mapped_column(Text, default="")
    archived_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    erased_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    """Set when the customer's personal data was erased on request (issued invoices keep their snapshot)."""
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id", ondelete="SET NULL"))
    """The import that created this customer, so that an import can be undone as a whole."""

    contact_persons: Mapped[list[ContactPerson]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="ContactPerson.id"
    )
    emails: Mapped[list[CustomerEmail]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="CustomerEmail.position"
    )
    phones: Mapped[list[CustomerPhone]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="CustomerPhone.position"
    )
    addresses: Mapped[list[Address]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="Address.id"
    )
    tags: Mapped[list[Tag]] = relationship(secondary=customer_tags, order_by="Tag.name")
    custom_values: Mapped[list[CustomFieldValue]] = relationship(
        back_populates="customer", cascade="all, delete-orphan"
    )


class ContactPerson(Base):
    """A person to talk to at a company customer."""

    __tablename__ = "contact_persons"
    __table_args__ = (Index("ix_contact_persons_customer_id", "customer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(32))
    notes: Mapped[str] = mapped_column(Text, default="")

    customer: Mapped[Customer] = relationship(back_populates="contact_persons")


class CustomerEmail(Base):
    __tablename__ = "customer_emails"
    __table_args__ = (
        UniqueConstraint("customer_id", "email"),
        Index("ix_customer_emails_email", "email"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    email: Mapped[str] = mapped_column(String(254))
    label: Mapped[str] = mapped_column(String(40), default="")
    position: Mapped[int] = mapped_column(default=0)
    """0 is the primary address."""

    customer: Mapped[Customer] = relationship(back_populates="emails")


class CustomerPhone(Base):
    __tablename__ = "customer_phones"
    __table_args__ = (
        UniqueConstraint("customer_id", "e164"),
        Index("ix_customer_phones_e164", "e164"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    e164: Mapped[str] = mapped_column(String(32))
    """The number in E.164 form (``+37120000000``); shown in national format."""
    label: Mapped[str] = mapped_column(String(40), default="")
    position: Mapped[int] = mapped_column(default=0)

    customer: Mapped[Customer] = relationship(back_populates="phones")


class Address(Base):
    __tablename__ = "addresses"
    __table_args__ = (
        one_of("kind", AddressKind),
        UniqueConstraint("customer_id", "kind"),
        Index("ix_addresses_city", "city"),
        Index("ix_addresses_country", "country"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    kind: Mapped[AddressKind] = mapped_column(EnumText(AddressKind), default=AddressKind.BILLING)
    line1: Mapped[str] = mapped_column(String(200), default="")
    line2: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    region: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    """ISO 3166-1 alpha-2."""

    customer: Mapped[Customer] = relationship(back_populates="addresses")


class Tag(Base):
    __tablename__ = "tags"
    __table_args__ = (UniqueConstraint("name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    color: Mapped[str] = mapped_column(String(9), default="")


class CustomFieldDefinition(Base):
    """A field the owner adds to every customer ("favourite colour", "shoe size")."""

    __tablename__ = "custom_field_definitions"
    __table_args__ = (one_of("field_type", CustomFieldType), UniqueConstraint("key"))

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(60))
    label: Mapped[str] = mapped_column(String(100))
    field_type: Mapped[CustomFieldType] = mapped_column(EnumText(CustomFieldType))
    choices: Mapped[str] = mapped_column(Text, default="[]")
    """JSON list of the allowed values of a choice field."""
    position: Mapped[int] = mapped_column(default=0)
    archived: Mapped[bool] = mapped_column(default=False)


class CustomFieldValue(Base):
    """One customer's value of one custom field, as canonical text (ISO dates, plain decimals)."""

    __tablename__ = "custom_field_values"
    __table_args__ = (Index("ix_custom_field_values_field_id", "field_id"),)

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True)
    field_id: Mapped[int] = mapped_column(
        ForeignKey("custom_field_definitions.id", ondelete="CASCADE"), primary_key=True
    )
    value: Mapped[str] = mapped_column(Text)

    customer: Mapped[Customer] = relationship(back_populates="custom_values")
    field: Mapped[CustomFieldDefinition] = relationship()


class ImportBatch(Base):
    """One import run (CSV, XLSX, vCard): what came in, from where, and whether it was undone."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_name: Mapped[str] = mapped_column(String(255))
    kind: Mapped[str] = mapped_column(String(20), default="customers")
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime())
    row_count: Mapped[int] = mapped_column(default=0)
    undone_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
