"""Accounts: passwords, tokens and the audit trail. No Flask here."""
import base64
import hashlib
import hmac
import re
import secrets
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlmodel import Session, delete, select, update

from pwa.models.accounts import AuditEvent, OutboxEmail, PasswordResetToken, User, UserSession

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


# --- Two-step sign-in (TOTP). Secrets are encrypted at rest with a key from the
# configuration, so a copy of the database alone cannot produce codes.

def fernet(key: str) -> Fernet:
    """A Fernet key as configured, or one derived from another high-entropy secret."""
    try:
        return Fernet(key)
    except (ValueError, TypeError):
        derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                       info=b"localoffer two-step secrets").derive(key.encode())
        return Fernet(base64.urlsafe_b64encode(derived))


def _decrypt(box: Fernet, stored: str | None) -> str | None:
    if not stored:
        return None
    if re.fullmatch(r"[A-Z2-7]+=*", stored):
        return stored  # written before secrets were encrypted: still accepted, re-encrypted on use
    try:
        return box.decrypt(stored.encode()).decode()
    except InvalidToken:
        return None  # the key changed: the person resets two-step with an administrator


def totp_secret(user: User, box: Fernet) -> str | None:
    return _decrypt(box, user.totp_secret)


def check_totp(user: User, code: str, box: Fernet, now: datetime | None = None) -> bool:
    """A current code (one step of clock drift either way) not used before: each accepted
    code's time step is remembered, so a code seen over a shoulder cannot be replayed."""
    secret = totp_secret(user, box)
    step = _matching_step(secret, code, now)
    if step is None or step <= (user.totp_last_step or 0):
        return False
    user.totp_last_step = step
    user.totp_secret = box.encrypt(secret.encode()).decode()  # re-encrypts any legacy secret
    return True


def _matching_step(secret: str | None, code: str, now: datetime | None) -> int | None:
    code = re.sub(r"\s", "", code or "")
    if not secret or not re.fullmatch(r"\d{6}", code):
        return None
    totp = pyotp.TOTP(secret)
    now = now or datetime.now(timezone.utc)
    for drift in (-1, 0, 1):
        moment = now + timedelta(seconds=drift * totp.interval)
        if hmac.compare_digest(totp.at(moment), code):
            return totp.timecode(moment)
    return None


def pending_totp_secret(user: User, box: Fernet) -> str:
    """The secret being set up: kept (encrypted) on the account, never in the cookie."""
    secret = _decrypt(box, user.totp_pending)
    if secret is None:
        secret = pyotp.random_base32()
        user.totp_pending = box.encrypt(secret.encode()).decode()
    return secret


def confirm_totp(user: User, code: str, box: Fernet, now: datetime | None = None) -> bool:
    secret = _decrypt(box, user.totp_pending)
    step = _matching_step(secret, code, now)
    if step is None:
        return False
    user.totp_secret, user.totp_pending, user.totp_last_step = user.totp_pending, None, step
    return True


def turn_off_totp(user: User) -> None:
    user.totp_secret = user.totp_pending = None
    user.totp_last_step = 0


# --- Signed-in sessions, kept on the server: the cookie holds only a random id.

def start_session(session: Session, user_id: str) -> str:
    token = secrets.token_urlsafe(32)
    session.add(UserSession(id=_sha256(token), user_id=user_id))
    return token


def session_user(session: Session, token: str, idle_limit, absolute: timedelta,
                 now: datetime | None = None) -> User | None:
    """The active user of this session while it is within its limits; an expired
    session is deleted. idle_limit(role) gives the idle limit for a role."""
    now = now or datetime.now(timezone.utc)
    row = session.get(UserSession, _sha256(token)) if token else None
    if row is None:
        return None
    user = session.get(User, row.user_id)
    if (user is None or not user.active or now - _aware(row.created) > absolute
            or now - _aware(row.last_seen) > idle_limit(user.role)):
        session.delete(row)
        return None
    if now - _aware(row.last_seen) > timedelta(minutes=1):  # one write a minute, not a request
        row.last_seen = now
        session.add(row)
    return user


def end_session(session: Session, token: str) -> None:
    session.exec(delete(UserSession).where(UserSession.id == _sha256(token or "")))


def end_all_sessions(session: Session, user_id: str) -> None:
    session.exec(delete(UserSession).where(UserSession.user_id == user_id))


def change_account(session: Session, user: User, role: str, organization_id: str | None,
                   active: bool) -> None:
    """A new role, or disabled: either ends every session the person has, at once."""
    if role != user.role or not active:
        end_all_sessions(session, user.id)
    if not active:
        cancel_reset_tokens(session, user.id)  # an emailed link must not bring the account back
    user.role, user.active = role, active
    user.organization_id = organization_id if role == "provider" else None
    session.add(user)


# --- Password links. The token is derived from its row's id with the app's secret
# key, so nothing stored (the row keeps only a hash; the outbox only a marker) can be
# used as a link: the mail sender derives it again when it sends the email.

def new_reset_token(session: Session, user: User, key: str = "", now: datetime | None = None) -> str:
    """A new link's token; every other unused link of this person stops working."""
    now = now or datetime.now(timezone.utc)
    cancel_reset_tokens(session, user.id, now)
    row = PasswordResetToken(user_id=user.id, token_hash="", expires=now + RESET_LIFETIME)
    token = reset_token_for(row.id, key)
    row.token_hash = _sha256(token)
    session.add(row)
    session.flush()
    return token


def reset_token_for(row_id: str, key: str) -> str:
    mac = hmac.new(key.encode(), b"password-reset:" + row_id.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).decode().rstrip("=")


def reset_row_id(session: Session, token: str) -> str | None:
    row = session.exec(select(PasswordResetToken).where(
        PasswordResetToken.token_hash == _sha256(token))).first()
    return row.id if row else None


def cancel_reset_tokens(session: Session, user_id: str, now: datetime | None = None) -> None:
    session.exec(update(PasswordResetToken)
                 .where(PasswordResetToken.user_id == user_id, PasswordResetToken.used.is_(None))
                 .values(used=now or datetime.now(timezone.utc)))


def reset_token_user(session: Session, token: str, now: datetime | None = None) -> User | None:
    """The user a reset token belongs to, while it is unused and unexpired."""
    row = _reset_row(session, token, now)
    return session.get(User, row.user_id) if row else None


def consume_reset_token(session: Session, token: str, now: datetime | None = None) -> None:
    """Use this link, and cancel every other link the person was sent."""
    row = _reset_row(session, token, now)
    cancel_reset_tokens(session, row.user_id, now)


def _reset_row(session, token, now):
    now = now or datetime.now(timezone.utc)
    row = session.exec(select(PasswordResetToken).where(
        PasswordResetToken.token_hash == _sha256(token))).first()
    if row is None or row.used is not None or _aware(row.expires) < now:
        return None
    return row


def audit(session: Session, action: str, user: User | None = None, detail: str = "") -> None:
    session.add(AuditEvent(action=action, user_id=user.id if user else None, detail=detail[:500]))


def outbox(session: Session, to: str, subject: str, body: str,
           reset_token_id: str | None = None) -> OutboxEmail:
    """Queue an email; `flask send-mail` sends it."""
    email = OutboxEmail(to=to, subject=subject, body=body, reset_token_id=reset_token_id)
    session.add(email)
    return email


def _sha256(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
