"""Who is signed in, and what their role lets them reach.

Sessions are kept on the server (the usersession table): Flask's signed cookie
(HttpOnly, SameSite=Lax, Secure outside local development: see config) carries only a
random session id. Signing out deletes the row, so a copy of the cookie taken before
stops working at once; so do disabling the account and "sign out everywhere". A
session also ends after SESSION_IDLE_MINUTES idle (by role) and after
PERMANENT_SESSION_LIFETIME in all.

A small table rather than Flask-Session: Flask-Session's database backend needs
Flask-SQLAlchemy (this app uses SQLModel on its own engine), and its Redis backend
would make Redis a requirement; a table on the app's own database works on SQLite and
PostgreSQL alike, and the app must look up the user on every request anyway.
"""
from datetime import timedelta
from functools import wraps

from flask import abort, current_app, g, redirect, session, url_for

from pwa import urls
from pwa.db import get_session
from pwa.models.accounts import User
from pwa.queries import accounts


def _idle_limit(role: str) -> timedelta:
    limits = current_app.config["SESSION_IDLE_MINUTES"]
    return timedelta(minutes=limits.get(role, min(limits.values())))


def _load_user():
    g.user = None
    sid = session.get("sid")
    if not sid:
        session.pop("uid", None)  # a cookie from before sessions were kept on the server
        return
    db = get_session()
    user = accounts.session_user(db, sid, _idle_limit, current_app.permanent_session_lifetime)
    if db.dirty or db.deleted:
        db.commit()
    if user is None:
        session.clear()
    else:
        g.user = user


def sign_in(user: User) -> None:
    session.clear()  # a fresh session on sign-in: no fixation
    session.permanent = True
    db = get_session()
    session["sid"] = accounts.start_session(db, user.id)
    db.commit()


def sign_out() -> None:
    if session.get("sid"):
        db = get_session()
        accounts.end_session(db, session["sid"])
        db.commit()
    session.clear()


def role_required(*roles):
    """Signed-in people with one of these roles; others go to sign in, or get a 403."""
    def decorate(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            if g.user is None:
                return redirect(url_for("accounts.sign_in", next=urls.here()))
            if g.user.role not in roles:
                abort(403)
            return view(*args, **kwargs)
        wrapped.roles = roles  # read by the route-by-role test
        return wrapped
    return decorate


STAFF = ("admin", "editor")
ANYONE_SIGNED_IN = ("admin", "editor", "provider")


def init_app(app):
    app.before_request(_load_user)
