"""Family information pages and the jargon buster: tables only.

A page keeps `version` and `archived_at` as services do, so the editing work can give
pages the same version history, optimistic locking and 30-day archive later.
"""
from datetime import date, datetime

from sqlmodel import Field, SQLModel

from pwa.models import new_id, utcnow



class InformationPage(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    slug: str = Field(unique=True, index=True)
    title: str
    summary: str = ""
    life_stage: str = Field(default="all", index=True)  # one of pwa.queries.vocab.LIFE_STAGES
    topic: str = Field(index=True)
    position: int = 0  # order within its topic
    body: str = ""  # Markdown source; rendered and sanitised on the way out
    owner: str = ""  # the team or role answerable for the page (CoP: "transparent")
    reviewed_date: date | None = None
    next_review_date: date | None = Field(default=None, index=True)
    last_modified: datetime = Field(default_factory=utcnow)
    version: int = 1
    archived_at: datetime | None = Field(default=None, index=True)
    # Where the page's statements come from: a JSON list of {"label", "url", "local",
    # "verified"}
    # (pwa.queries.facts reads it). "local" marks the council's own commitments, so a
    # family can tell a promise of Millbrook's from a duty in law.
    sources: str = ""

    @property
    def name(self) -> str:
        """Its title, under the name the editing pages use for every kind of entry."""
        return self.title


class InformationEasyRead(SQLModel, table=True):
    """One easy read point of a page: a sentence and the pictogram beside it (a name
    from pwa.queries.easy_read.PICTOGRAMS). A child table, not JSON, so an editor can
    change one point and the checker can report on each."""

    id: str = Field(default_factory=new_id, primary_key=True)
    page_id: str = Field(foreign_key="informationpage.id", index=True)
    position: int = 0
    text: str
    picture: str = ""


class JargonTerm(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    slug: str = Field(unique=True, index=True)
    term: str
    aliases: str = ""  # other spellings and initials, one a line
    plain: str  # a plain English definition
    easy_read: str  # the easy read definition: short sentences, one a line
    sources: str = ""  # as InformationPage.sources


class Fact(SQLModel, table=True):
    """One number a family acts on (a time limit, an age, a distance, a date), kept once
    with where it comes from, so a change in the law is one edit. Pages name it as
    {{key}} and the renderer fills it in."""

    id: str = Field(default_factory=new_id, primary_key=True)
    key: str = Field(unique=True, index=True)
    value: str  # digits, or a day of the year as --MM-DD (shown in each language's words)
    meaning: str = ""  # what the number is, for editors
    source_label: str = ""
    source_url: str = ""
    local: bool = False  # the council's own commitment, not the law
    # False until someone has read the cited provision in the official text: the page
    # then says so, rather than present a citation written from memory as checked
    source_verified: bool = True
