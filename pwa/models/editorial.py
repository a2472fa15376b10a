"""Keeping the Local Offer correct: versions, providers' proposed changes, and the
public's suggestions. (The live rows stay in the ORUK-shaped tables.)"""
from datetime import datetime

from sqlmodel import Field, SQLModel

from pwa.models import new_id, utcnow


class Version(SQLModel, table=True):
    """One saved state of an entry, as JSON: any earlier one can be viewed or restored.
    Field-level before and after come from comparing a version with the one before
    (the HSDS 3.0 `metadata` shape is derived from these pairs)."""

    id: str = Field(default_factory=new_id, primary_key=True)
    resource_type: str = Field(index=True)
    resource_id: str = Field(index=True)
    number: int  # 1, 2, 3 … per entry; equals the entry's `version` when saved
    data: str  # JSON
    action: str  # create, edit, approve, restore, archive, unarchive
    updated_by: str | None = Field(default=None, foreign_key="user.id")
    at: datetime = Field(default_factory=utcnow, index=True)
    note: str = ""


class ChangeRequest(SQLModel, table=True):
    """A provider's proposed edit. The last approved version stays live until an
    editor approves it, so nothing unchecked reaches families."""

    id: str = Field(default_factory=new_id, primary_key=True)
    resource_type: str = Field(index=True)
    resource_id: str = Field(index=True)
    base_version: int  # the version the provider started from
    data: str  # JSON, the whole proposed state
    author_id: str = Field(foreign_key="user.id", index=True)
    status: str = Field(default="pending", index=True)  # pending, approved, rejected, withdrawn
    reason: str = ""  # why it was rejected
    created: datetime = Field(default_factory=utcnow)
    decided_by: str | None = Field(default=None, foreign_key="user.id")
    decided_at: datetime | None = None


class Suggestion(SQLModel, table=True):
    """"Suggest a change" from anyone, without an account."""

    id: str = Field(default_factory=new_id, primary_key=True)
    service_id: str = Field(foreign_key="service.id", index=True)
    topic: str  # e.g. contact, opening-times, closed, other
    details: str
    email: str = ""  # only if the person wants a reply
    created: datetime = Field(default_factory=utcnow, index=True)
    status: str = Field(default="new", index=True)  # new, done
    handled_by: str | None = Field(default=None, foreign_key="user.id")
