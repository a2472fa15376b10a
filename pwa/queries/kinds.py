"""The kinds of entry editors look after: one row each, read by editing, history,
proposals and content translation, so a new kind (or a new field) is added here once.

`code` is what versions, proposals, translations and the audit log store; `segment`
is the kind's part of an editor's web address (/admin/<segment>/<slug>/…). Display
labels for kinds and codes live in pwa/labels.py, where they can be translated.
"""
from dataclasses import dataclass, field

from pwa.models import (
    Accessibility, Address, Contact, CostOption, LocalOfferAnswer, Location, Organization, Schedule,
    Service,
)
from pwa.models.easy_read import ServiceEasyRead
from pwa.models.information import InformationEasyRead, InformationPage
from pwa.queries.vocab import NEEDS_TAXONOMY, SUPPORT_TAXONOMY


@dataclass(frozen=True)
class Child:
    """Rows kept with an entry and versioned with it."""

    model: type
    parent: str  # the column that points at the entry
    fields: tuple[str, ...]
    ordered: bool = False  # kept in the order given (by `position`), never sorted


@dataclass(frozen=True)
class Kind:
    code: str
    segment: str
    model: type
    fields: tuple[str, ...]  # editable, versioned fields of the entry's own row
    children: dict[str, Child] = field(default_factory=dict)
    translatable: tuple[str, ...] = ()  # what an editor can translate ("easy_read" is JSON)
    # taxonomies whose terms the entry is linked to (ORUK attributes), kept in its state
    # as the terms' codes under this key, so a change of needs is versioned and proposed
    # (the kinds of support too: the home page's ways in find a service by them)
    terms: dict[str, str] = field(default_factory=dict)
    title: str = "name"  # the field that names the entry, and its web address



SERVICE = Kind(
    code="service", segment="services", model=Service,
    fields=("name", "description", "eligibility_description", "application_process",
            "wait_time", "minimum_age", "maximum_age", "status", "alert", "email", "url",
            "ehc_plan_required", "self_referral", "professional_referral",
            "personal_budget", "provider_type", "in_area", "setting", "s41_approved"),
    children={
        "schedules": Child(Schedule, "service_id", ("byday", "opens_at", "closes_at", "description")),
        "contacts": Child(Contact, "service_id", ("name", "title", "email")),
        "costs": Child(CostOption, "service_id", ("option", "amount", "amount_description")),
        # none or one row: a service without easy read text has no row
        "easy_read": Child(ServiceEasyRead, "service_id", ("what", "what_picture", "who", "who_picture",
                                                           "how", "how_picture", "cost", "cost_picture")),
        "answers": Child(LocalOfferAnswer, "service_id", ("question", "answer")),
    },
    translatable=("name", "description", "eligibility_description", "application_process"),
    terms={"needs": NEEDS_TAXONOMY, "support": SUPPORT_TAXONOMY},
)
ORGANISATION = Kind(
    code="organization", segment="organisations", model=Organization,
    fields=("name", "description", "email", "website"),
    translatable=("name", "description"),
)
LOCATION = Kind(
    code="location", segment="locations", model=Location,
    fields=("name", "description"),
    children={
        "addresses": Child(Address, "location_id", ("address_1", "city", "state_province",
                                                    "postal_code", "country", "address_type")),
        "accessibility": Child(Accessibility, "location_id", ("description", "details")),
    },
)
INFORMATION_PAGE = Kind(
    code="information_page", segment="information", model=InformationPage,
    fields=("title", "summary", "life_stage", "topic", "body", "owner", "sources"),
    children={"easy_read": Child(InformationEasyRead, "page_id", ("picture", "text"), ordered=True)},
    translatable=("title", "summary", "body", "easy_read"),
    title="title",
)

KINDS: dict[str, Kind] = {k.code: k for k in (SERVICE, ORGANISATION, LOCATION, INFORMATION_PAGE)}
BY_SEGMENT: dict[str, Kind] = {k.segment: k for k in KINDS.values()}
TRANSLATABLE: dict[str, Kind] = {code: k for code, k in KINDS.items() if k.translatable}
