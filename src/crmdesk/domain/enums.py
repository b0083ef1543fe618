"""The closed vocabularies of the data model, in the owner's words.

Stored as their string values (readable in the SQLite file and in exports).
"""

from __future__ import annotations

from enum import StrEnum


class CustomerKind(StrEnum):
    PERSON = "person"
    COMPANY = "company"


class AddressKind(StrEnum):
    BILLING = "billing"
    SHIPPING = "shipping"


class CustomFieldType(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    CHOICE = "choice"


class InteractionKind(StrEnum):
    CALL = "call"
    EMAIL = "email"
    MEETING = "meeting"
    VISIT = "visit"
    NOTE = "note"
    COMPLAINT = "complaint"
    FEEDBACK = "feedback"
    FOLLOW_UP = "follow_up"


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"
    INTERNAL = "internal"


class ComplaintStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"


class OpportunityStage(StrEnum):
    LEAD = "lead"
    QUALIFIED = "qualified"
    QUOTED = "quoted"
    WON = "won"
    LOST = "lost"


class QuoteStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    EXPIRED = "expired"


class InvoiceKind(StrEnum):
    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"


class InvoiceStatus(StrEnum):
    DRAFT = "draft"
    ISSUED = "issued"


class PaymentMethod(StrEnum):
    BANK_TRANSFER = "bank_transfer"
    CASH = "cash"
    CARD = "card"
    OTHER = "other"


class ProductKind(StrEnum):
    PRODUCT = "product"
    SERVICE = "service"


class MovementKind(StrEnum):
    OPENING_BALANCE = "opening_balance"
    RECEIVED = "received"
    SOLD = "sold"
    RETURNED = "returned"
    DELIVERY = "delivery"
    ADJUSTMENT = "adjustment"


class PurchaseOrderStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    PARTIALLY_RECEIVED = "partially_received"
    RECEIVED = "received"
    CANCELLED = "cancelled"


class DeliveryNoteStatus(StrEnum):
    DRAFT = "draft"
    SHIPPED = "shipped"
    DELIVERED = "delivered"


class Channel(StrEnum):
    SHOP = "shop"
    PHONE = "phone"
    WEB = "web"
    FAIR = "fair"
    REFERRAL = "referral"
    OTHER = "other"
