"""Comments on the Local Offer, "You said, we did", and "Have your say" consultations
(SEND Regulations 2014, reg 56): tables only."""
from datetime import date, datetime

from sqlmodel import Field, SQLModel

from pwa.models import new_id, utcnow

# Reg 56(1)(a)-(c): what the council must ask families to comment on.
CATEGORIES = ("content", "missing", "accessibility", "development")
# new: not yet read; draft: themed or answered, not yet published; published: on
# "You said, we did"; excluded: never published (reg 56(4)), with the reason kept.
STATES = ("new", "draft", "published", "excluded")
EXCLUSION_REASONS = ("vexatious", "individual")
ACTION_STATUSES = ("planned", "in-progress", "done")


class FeedbackTheme(SQLModel, table=True):
    """The editors' own short list of themes, for grouping comments and the yearly report."""

    id: str = Field(default_factory=new_id, primary_key=True)
    name: str = Field(unique=True)
    position: int = 0


class Feedback(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    received: datetime = Field(default_factory=utcnow, index=True)
    page: str = ""  # the path the comment was left from
    category: str  # one of CATEGORIES
    comment: str  # as typed: never shown to the public
    # Optional, only to reply (and for the complaints pointer); never published.
    name: str = ""
    email: str = ""
    phone: str = ""
    locale: str = "en"  # the language the person used: replies go in it
    state: str = Field(default="new", index=True)  # one of STATES
    theme_id: str | None = Field(default=None, foreign_key="feedbacktheme.id", index=True)
    exclusion_reason: str | None = None  # one of EXCLUSION_REASONS
    exclusion_note: str = ""
    complaints_pointer_sent: datetime | None = None
    published_text: str = ""  # the comment with personal details removed, as confirmed
    response: str = ""  # the council's response
    action: str = ""  # what the council will do, if anything
    action_status: str | None = None  # one of ACTION_STATUSES
    moderated_by: str | None = Field(default=None, foreign_key="user.id")
    moderated: datetime | None = None
    published: datetime | None = Field(default=None, index=True)


class Consultation(SQLModel, table=True):
    """"Have your say": questions on one part of the Local Offer, open until closes_on."""

    id: str = Field(default_factory=new_id, primary_key=True)
    slug: str = Field(unique=True, index=True)
    title: str
    about: str  # what it is about and why we ask
    questions: str  # one question a line
    accessible_formats: str = ""  # other formats and how to ask for them
    opened: date
    closes_on: date = Field(index=True)  # answers are taken until the end of this day
    results: str = ""  # a summary of what people told us
    response: str = ""  # the council's response and what it will do
    results_published: datetime | None = None


class ConsultationResponse(SQLModel, table=True):
    """One person's answers. No name, no contact details: families answer anonymously."""

    id: str = Field(default_factory=new_id, primary_key=True)
    consultation_id: str = Field(foreign_key="consultation.id", index=True)
    received: datetime = Field(default_factory=utcnow)


class ConsultationAnswer(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    response_id: str = Field(foreign_key="consultationresponse.id", index=True)
    position: int
    question: str  # a copy: the answer keeps its question if the wording changes later
    answer: str
