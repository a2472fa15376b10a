"""People who keep the Local Offer correct, and the trail of what they did."""
from datetime import datetime

from sqlmodel import Field, SQLModel

from pwa.models import new_id, utcnow

ROLES = ("admin", "editor", "provider")


class User(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    email: str = Field(unique=True, index=True)  # stored lower-cased
    name: str
    role: str  # admin, editor or provider
    # providers act for one organisation only
    organization_id: str | None = Field(default=None, foreign_key="organization.id", index=True)
    password_hash: str = ""  # Argon2id; empty until the person sets a password
    totp_secret: str | None = None  # set once two-step sign-in is switched on
    # bumped by "sign out everywhere": sessions carrying an older number are refused
    session_version: int = 1
    active: bool = True
    created: datetime = Field(default_factory=utcnow)


class PasswordResetToken(SQLModel, table=True):
    """Single-use: only the SHA-256 of the emailed token is stored."""

    id: str = Field(default_factory=new_id, primary_key=True)
    user_id: str = Field(foreign_key="user.id", index=True)
    token_hash: str = Field(unique=True)
    expires: datetime
    used: datetime | None = None


class AuditEvent(SQLModel, table=True):
    """Sign-ins and administrative actions: who did what, when."""

    id: str = Field(default_factory=new_id, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    user_id: str | None = Field(default=None, foreign_key="user.id", index=True)
    action: str = Field(index=True)  # e.g. "sign-in", "sign-in-failed", "approve"
    detail: str = ""


class OutboxEmail(SQLModel, table=True):
    """Every email the app sends is kept here; the demo and the tests read them here."""

    id: str = Field(default_factory=new_id, primary_key=True)
    created: datetime = Field(default_factory=utcnow, index=True)
    to: str
    subject: str
    body: str
