"""Accounts: passwords, tokens and the audit trail. No Flask here."""
import hashlib
import re
import secrets
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session, select

from pwa.models.accounts import AuditEvent, OutboxEmail, PasswordResetToken, User

MIN_PASSWORD_LENGTH = 12  # NCSC: length, and no composition rules
RESET_LIFETIME = timedelta(hours=1)
_hasher = PasswordHasher()  # Argon2id with the library's current defaults
COMMON = frozenset((Path(__file__).with_name("common_passwords.txt")
                    .read_text(encoding="utf-8").split()))
# Hashing this on a failed look-up makes "no such user" take as long as "wrong password".
_DUMMY_HASH = _hasher.hash(secrets.token_hex(16))


def normalise_email(email: str) -> str:
    return email.strip().lower()


def password_problem(password: str, email: str = "") -> str | None:
    """Why a new password will not do ("short", "common"), or None."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return "short"
    lowered = password.lower()
    local = normalise_email(email).split("@")[0]
    if (lowered in COMMON or len(set(lowered)) <= 3 or (local and len(local) > 3 and local in lowered)
            or re.fullmatch(r"(.{1,4})\1+", lowered) or "localoffer" in lowered.replace(" ", "")):
        return "common"
    return None


def set_password(user: User, password: str) -> None:
    user.password_hash = _hasher.hash(password)


def authenticate(session: Session, email: str, password: str) -> User | None:
    user = session.exec(select(User).where(User.email == normalise_email(email))).first()
    if user is None or not user.active or not user.password_hash:
        _verify(_DUMMY_HASH, password)
        return None
    if not _verify(user.password_hash, password):
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        set_password(user, password)
        session.add(user)
    return user


def _verify(hashed: str, password: str) -> bool:
    try:
        return _hasher.verify(hashed, password)
    except (VerificationError, InvalidHashError):
        return False


def totp_ok(user: User, code: str) -> bool:
    code = re.sub(r"\s", "", code or "")
    return bool(user.totp_secret) and pyotp.TOTP(user.totp_secret).verify(code, valid_window=1)


def new_reset_token(session: Session, user: User, now: datetime | None = None) -> str:
    now = now or datetime.now(timezone.utc)
    token = secrets.token_urlsafe(32)
    session.add(PasswordResetToken(user_id=user.id, token_hash=_sha256(token),
                                   expires=now + RESET_LIFETIME))
    return token


def reset_token_user(session: Session, token: str, now: datetime | None = None) -> User | None:
    """The user a reset token belongs to, while it is unused and unexpired."""
    row = _reset_row(session, token, now)
    return session.get(User, row.user_id) if row else None


def consume_reset_token(session: Session, token: str, now: datetime | None = None) -> None:
    row = _reset_row(session, token, now)
    row.used = now or datetime.now(timezone.utc)
    session.add(row)


def _reset_row(session, token, now):
    now = now or datetime.now(timezone.utc)
    row = session.exec(select(PasswordResetToken).where(
        PasswordResetToken.token_hash == _sha256(token))).first()
    if row is None or row.used is not None or _aware(row.expires) < now:
        return None
    return row


def audit(session: Session, action: str, user: User | None = None, detail: str = "") -> None:
    session.add(AuditEvent(action=action, user_id=user.id if user else None, detail=detail[:500]))


def outbox(session: Session, to: str, subject: str, body: str) -> OutboxEmail:
    email = OutboxEmail(to=to, subject=subject, body=body)
    session.add(email)
    return email


def _sha256(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
