"""Easy read text: a table of its own, one row per service, so a service without easy
read text has no row (and says so plainly), and the editor can change it alone."""
from datetime import datetime

from sqlmodel import Field, SQLModel

from pwa.models import utcnow


class ServiceEasyRead(SQLModel, table=True):
    """What it is, who it is for, how to get it, what it costs: each a few short
    sentences (one per line) and the pictogram shown beside them (a name from
    pwa.queries.easy_read.PICTOGRAMS)."""

    service_id: str = Field(foreign_key="service.id", primary_key=True)
    what: str = ""
    what_picture: str = ""
    who: str = ""
    who_picture: str = ""
    how: str = ""
    how_picture: str = ""
    cost: str = ""
    cost_picture: str = ""
    last_modified: datetime = Field(default_factory=utcnow)
