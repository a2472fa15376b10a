"""Where imported entries came from: one row per record of a source feed."""
from datetime import datetime

from sqlmodel import Field, SQLModel, UniqueConstraint

from pwa.models import new_id, utcnow


class ImportedRecord(SQLModel, table=True):
    """Matches a source's record to our entry, so a second import updates it rather
    than adding it again; the fingerprint of what the source sent and the entry's
    version after the import tell "unchanged" from "changed at the source" from
    "changed here by an editor since"."""

    __table_args__ = (UniqueConstraint("source", "resource_type", "source_id"),)
    id: str = Field(default_factory=new_id, primary_key=True)
    source: str = Field(index=True)  # the source's name, as the council gave it
    resource_type: str  # service, organization, location
    source_id: str
    resource_id: str = Field(index=True)
    fingerprint: str
    local_version: int
    imported_at: datetime = Field(default_factory=utcnow)
