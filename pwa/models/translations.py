"""Translations of content (services, organisations, information pages), entered by
editors or loaded with the data. Interface text is translated in locales/ instead."""
from datetime import datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from pwa.models import new_id, utcnow


class ContentTranslation(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("resource_type", "resource_id", "field", "lang"),)

    id: str = Field(default_factory=new_id, primary_key=True)
    resource_type: str = Field(index=True)  # service, organization, information_page
    resource_id: str = Field(index=True)
    field: str  # e.g. name, description, body
    lang: str = Field(index=True)
    text: str
    # "draft" until a native speaker has checked it: shown to editors, never hidden
    status: str = "draft"
    updated: datetime = Field(default_factory=utcnow)
