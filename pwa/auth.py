"""Who is signed in, and what their role lets them reach.

Sessions live in Flask's signed cookie (HttpOnly, SameSite=Lax, Secure outside local
development: see config). The cookie carries the user's session_version, so "sign out
everywhere" (which bumps it) ends every other session at once.
"""
from functools import wraps

from flask import abort, g, redirect, session, url_for

from pwa import urls
from pwa.db import get_session
from pwa.models.accounts import User


def _load_user():
    g.user = None
    uid = session.get("uid")
    if uid:
        user = get_session().get(User, uid)
        if user and user.active and session.get("sv") == user.session_version:
            g.user = user
        else:
            session.clear()


def sign_in(user: User) -> None:
    session.clear()  # a fresh session on sign-in: no fixation
    session.permanent = True
    session["uid"] = user.id
    session["sv"] = user.session_version


def sign_out() -> None:
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
