"""Tables only, shaped on Open Referral UK v3 / HSDS 3.0, so the data can be exchanged with other directories.

We store the HSDS 3.0 superset (eligibility_description, application_process,
fees_description, wait_time) plus the Local Offer extensions, and leave the ORUK
projection to the API serialiser. Ids are UUID strings, as in ORUK.
"""
import uuid
from datetime import date, datetime, timezone

from sqlalchemy import Index
from sqlmodel import Field, SQLModel


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Organization(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    slug: str = Field(unique=True, index=True)
    name: str
    description: str = ""
    email: str = ""
    website: str = ""
    version: int = 1


class Service(SQLModel, table=True):
    # The directory in name order, deep pages included, read from the index alone.
    # The services with no venue ("available anywhere" in a distance search) the same way.
    # A search's filters and name asked of one service at a time, by id, the same way:
    # counting matches, or sorting a few, reads no service row.
    __table_args__ = (Index("ix_service_listing", "name", "status", "archived_at", "id"),
                      Index("ix_service_venue_listing", "has_venue", "name", "status", "archived_at", "id"),
                      Index("ix_service_filters", "id", "name", "status", "archived_at", "in_area",
                            "minimum_age", "maximum_age", "ehc_plan_required"))

    id: str = Field(default_factory=new_id, primary_key=True)
    slug: str = Field(unique=True, index=True)
    organization_id: str = Field(foreign_key="organization.id", index=True)
    name: str
    description: str = ""
    url: str = ""
    email: str = ""
    # ORUK enum: active, inactive, defunct, temporarily closed
    status: str = Field(default="active", index=True)
    alert: str = ""
    eligibility_description: str = ""
    # one step per line
    application_process: str = ""
    wait_time: str = ""
    minimum_age: int = 0
    maximum_age: int = 25
    # Local Offer extensions (Children and Families Act 2014, Schedule 2)
    provider_type: str = Field(index=True)
    in_area: bool = True
    setting: str | None = None  # Sch 2 para 3: mainstream, special, la-secured
    s41_approved: bool = False
    ehc_plan_required: bool = False
    self_referral: bool = False
    professional_referral: bool = False
    personal_budget: bool = False
    # "checked and correct" is not "saved": kept apart from last_modified
    assured_date: date | None = None
    assurer_email: str = ""
    next_review_date: date | None = Field(default=None, index=True)
    last_modified: datetime = Field(default_factory=utcnow)
    # optimistic locking: a save must name the version it started from (no lost updates)
    version: int = 1
    # archived entries are hidden from the public, restorable for 30 days, then purged
    archived_at: datetime | None = Field(default=None, index=True)
    # met at a venue (rather than online, by phone or at home): kept by
    # queries.nearby.refresh after loads and imports, so a distance search finds the
    # services "available anywhere" by an index instead of looking for each one's venues
    has_venue: bool = False


class LocalOfferAnswer(SQLModel, table=True):
    """Answers to Schedule 2 para 5 (a)-(j) for education and training providers."""

    id: str = Field(default_factory=new_id, primary_key=True)
    service_id: str = Field(foreign_key="service.id", index=True)
    question: str  # "a" … "j"
    answer: str


class Location(SQLModel, table=True):
    # "within 5 miles" first narrows to a box on this index, then measures exactly
    __table_args__ = (Index("ix_location_latitude_longitude", "latitude", "longitude"),)

    id: str = Field(default_factory=new_id, primary_key=True)
    slug: str = Field(unique=True, index=True)
    location_type: str = "physical"
    name: str = ""
    description: str = ""
    latitude: float | None = None
    longitude: float | None = None
    version: int = 1


class Address(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    location_id: str = Field(foreign_key="location.id", index=True)
    address_1: str
    city: str
    state_province: str = ""
    postal_code: str
    country: str = "GB"
    address_type: str = "physical"


class Accessibility(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    location_id: str = Field(foreign_key="location.id", index=True)
    description: str
    details: str = ""


class ServiceAtLocation(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    service_id: str = Field(foreign_key="service.id", index=True)
    location_id: str = Field(foreign_key="location.id", index=True)


class Contact(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    service_id: str = Field(foreign_key="service.id", index=True)
    name: str = ""
    title: str = ""
    email: str = ""


class Phone(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    contact_id: str = Field(foreign_key="contact.id", index=True)
    number: str
    description: str = ""


class Schedule(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    service_id: str = Field(foreign_key="service.id", index=True)
    freq: str = "WEEKLY"
    byday: str = ""  # RFC 5545 days, "MO,TU"
    opens_at: str = ""  # "09:00"
    closes_at: str = ""
    description: str = ""


class CostOption(SQLModel, table=True):
    __table_args__ = (Index("ix_costoption_amount_service", "amount", "service_id"),)  # "free only"

    id: str = Field(default_factory=new_id, primary_key=True)
    service_id: str = Field(foreign_key="service.id", index=True)
    option: str = ""
    amount: float | None = None
    amount_description: str = ""


class Language(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    service_id: str = Field(foreign_key="service.id", index=True)
    name: str = ""
    code: str = ""
    note: str = ""


class Taxonomy(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    name: str = Field(unique=True)
    description: str = ""


class TaxonomyTerm(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    taxonomy_id: str = Field(foreign_key="taxonomy.id", index=True)
    parent_id: str | None = Field(default=None, foreign_key="taxonomyterm.id")
    code: str = Field(index=True)
    name: str
    description: str = ""


class Attribute(SQLModel, table=True):
    """Links a service to a taxonomy term (ORUK's extension point for SEND needs)."""

    # A need or kind filter: the services linked to some terms, from the index alone.
    __table_args__ = (Index("ix_attribute_term_link", "taxonomy_term_id", "link_id"),)

    id: str = Field(default_factory=new_id, primary_key=True)
    link_id: str = Field(foreign_key="service.id", index=True)
    link_type: str = "service"
    taxonomy_term_id: str = Field(foreign_key="taxonomyterm.id", index=True)


class ServiceSearch(SQLModel, table=True):
    """The text search runs over: one row per service, rebuilt by queries.search.reindex.

    PostgreSQL adds a generated tsvector column with a GIN index; SQLite mirrors it
    into an FTS5 table (see the initial migration). `name` is the service's: the rows
    are walked in name order to list a broad word's matches (queries.search._walk).
    """
    __table_args__ = (Index("ix_servicesearch_name", "name", "service_id"),)

    service_id: str = Field(foreign_key="service.id", primary_key=True)
    name: str
    body: str


class ProblemReport(SQLModel, table=True):
    """An accessibility problem a visitor told us about, through the form the
    accessibility statement links to (PSBAR 2018 reg 8: a way to report problems)."""

    id: str = Field(default_factory=new_id, primary_key=True)
    page: str = ""
    description: str
    email: str = ""  # optional: only when the person wants a reply
    created: datetime = Field(default_factory=utcnow, index=True)


# Tables of other areas, registered on the same metadata.
from pwa.models.accounts import AuditEvent, OutboxEmail, PasswordResetToken, User, UserSession  # noqa: E402,F401,E501
from pwa.models.editorial import ChangeRequest, Suggestion, Version  # noqa: E402,F401


from pwa.models.easy_read import ServiceEasyRead  # noqa: E402,F401  (easy read text)
from pwa.models.information import Fact, InformationEasyRead, InformationPage, JargonTerm  # noqa: E402,F401
from pwa.models.feedback import (  # noqa: E402,F401  (comments, "You said, we did", consultations)
    Consultation, ConsultationAnswer, ConsultationResponse, Feedback, FeedbackTheme)
from pwa.models.translations import ContentTranslation  # noqa: E402,F401  (translated content)
from pwa.models.imports import ImportedRecord  # noqa: E402,F401  (where imported entries came from)
from pwa.models.places import Postcode, ServicePlace  # noqa: E402,F401  (for "near a postcode")
