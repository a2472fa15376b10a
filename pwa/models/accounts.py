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
    # Encrypted with the configured key (pwa/crypto.py): a database copy alone cannot
    # produce codes. Set once two-step sign-in is switched on.
    totp_secret: str | None = None
    # The secret being set up, kept here (encrypted) rather than in the readable cookie.
    totp_pending: str | None = None
    # The last 30-second time step whose code was accepted: a code works only once.
    totp_last_step: int = 0
    # bumped by "sign out everywhere": sessions carrying an older number are refused
    session_version: int = 1
    active: bool = True
    created: datetime = Field(default_factory=utcnow)


class UserSession(SQLModel, table=True):
    """One signed-in browser. The cookie holds a random id; only its SHA-256 is kept,
    so deleting the row (sign-out, disabling the account) ends the session at once."""

    id: str = Field(primary_key=True)  # SHA-256 of the id in the cookie
    user_id: str = Field(foreign_key="user.id", index=True)
    created: datetime = Field(default_factory=utcnow)
    last_seen: datetime = Field(default_factory=utcnow, index=True)


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
    """Every email the app sends is queued here and sent by `flask send-mail`, so no
    page waits for (or fails with) the mail server. A password link is never stored:
    the body holds a marker, and the sender derives the link from reset_token_id."""

    id: str = Field(default_factory=new_id, primary_key=True)
    created: datetime = Field(default_factory=utcnow, index=True)
    to: str
    subject: str
    body: str
    status: str = Field(default="queued", index=True)  # queued, sent, failed (gave up)
    attempts: int = 0
    next_attempt: datetime | None = None
    sent: datetime | None = None
    last_error: str = ""
    reset_token_id: str | None = Field(default=None, foreign_key="passwordresettoken.id")
