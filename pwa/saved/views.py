"""Saved services: a list a family keeps on their phone, with no account.

The list lives in one cookie, `saved`, of service slugs, newest first. It is set only
when the person presses Save, so it is strictly necessary for the service they asked
for (PECR reg 6(4)(b)): no consent banner. It is HttpOnly because no script needs to
read it (the server renders each button's state, and tells the service worker which
page to keep through an HX-Trigger header), and which SEND services a family saved says
something about their child's needs: fewer readers is better.

The Save and Remove buttons carry a CSRF token only for a visitor who already has a
session (a signed-in person, or someone who sent a form). A new visitor's search results
and service pages then start no session, so a council's CDN may keep them
(pwa/thrift.py); their Save is checked by where the browser says it came from
(security.post_from_this_site) instead.
"""
import json
import re
from datetime import datetime
from zoneinfo import ZoneInfo

from flask import (Blueprint, abort, current_app, g, make_response, redirect,
                   render_template, request, url_for)
from flask_babel import gettext as _
from flask_wtf.csrf import generate_csrf

from pwa import htmx, offline, security, urls
from pwa.db import get_session
from pwa.errors import or_404
from pwa.extensions import csrf
from pwa.queries import saved as saved_queries
from pwa.saved.forms import SLUG, SaveForm, ShareForm

bp = Blueprint("saved", __name__)

COOKIE = "saved"
MAX_SAVED = 50  # 50 slugs stay well inside a browser's 4 KB cookie
YEAR = 365 * 24 * 3600
_SLUG = re.compile(SLUG)


def parse_slugs(value: str) -> list[str]:
    """Well-formed, distinct slugs from a comma-separated list, at most MAX_SAVED."""
    slugs = []
    for slug in value.split(","):
        slug = slug.strip()
        if _SLUG.match(slug) and slug not in slugs:
            slugs.append(slug)
    return slugs[:MAX_SAVED]


def saved_slugs() -> list[str]:
    if "saved_slugs" not in g:
        g.saved_slugs = parse_slugs(request.cookies.get(COOKIE, ""))
    return g.saved_slugs


def save_token() -> str | None:
    """The CSRF token for Save and Remove forms, for a visitor who has a session already
    (their pages are private anyway); None for a new visitor, so none is started."""
    if current_app.config["SESSION_COOKIE_NAME"] in request.cookies:
        return generate_csrf()
    return None


def _now() -> datetime:
    return datetime.now(ZoneInfo(current_app.config["TIMEZONE"])).replace(tzinfo=None)


def _safe_next(target: str | None) -> str:
    # an open redirect would let a link in a text message send a family elsewhere
    return urls.safe_path(target, url_for("saved.index"))


def _keep(response, slugs: list[str]):
    response.set_cookie(COOKIE, ",".join(slugs[:MAX_SAVED]), max_age=YEAR, httponly=True,
                        samesite="Lax", secure=request.is_secure)
    return response


@bp.get("/saved")
def index():
    slugs = saved_slugs()
    services = saved_queries.saved_services(get_session(), slugs, _now())
    response = make_response(render_template(
        "saved/index.html", services=services, printing=request.args.get("print") == "1",
        share_url=url_for("saved.shared", s=",".join(x.service.slug for x in services))))
    response.headers["Cache-Control"] = "private, no-cache"  # this family's list only
    return response


@bp.post("/saved")
@csrf.exempt  # checked in _change: the button may carry no token
def add():
    return _change(saving=True)


@bp.post("/saved/remove")
@csrf.exempt
def remove():
    return _change(saving=False)


def _change(saving: bool):
    """POST, then redirect back (no JavaScript), or the new button (htmx)."""
    from_here = security.post_from_this_site()
    form = SaveForm(meta={"csrf": False})
    if from_here is False or not form.validate():
        abort(400)
    slug = form.slug.data
    name = or_404(saved_queries.service_names(get_session(), [slug]).get(slug))
    if from_here is None:
        return _confirm(saving, slug, name, _safe_next(form.next.data))
    others = [s for s in saved_slugs() if s != slug]
    slugs = [slug, *others] if saving else others
    if not htmx.wants_fragment():
        return _keep(redirect(_safe_next(form.next.data), 303), slugs)
    response = make_response(render_template(
        "partials/saved/_save_button.html", slug=slug, name=name, saved=saving,
        next=_safe_next(form.next.data), announce=True))
    response.vary.add("HX-Request")
    # app.js passes these to the service worker, which keeps (or drops) the copies for
    # offline reading (pwa/offline.py). The URLs come from url_for, so they keep the
    # language prefix.
    event = offline.SAVE_EVENT if saving else offline.REMOVE_EVENT
    response.headers["HX-Trigger"] = json.dumps({event: {
        "page": url_for("directory.service", slug=slug), "list": url_for("saved.index")}})
    return _keep(response, slugs)


def _confirm(saving: bool, slug: str, name: str, next_url: str):
    """Nothing said where this POST came from: ask, with a form that carries a token.
    htmx gets just that form in place of the button, and the question in the live region."""
    question = _("Save this service?") if saving else _("Remove this service from your saved list?")
    return htmx.render("saved/confirm.html", "partials/saved/_save_button.html",
                       heading=question, announce=question, slug=slug, name=name,
                       saved=not saving, next=next_url, token=generate_csrf())


@bp.get("/saved/shared")
def shared():
    """Someone's list, opened from a link on another phone."""
    slugs = parse_slugs(request.args.get("s", ""))
    services = saved_queries.saved_services(get_session(), slugs, _now())
    form = ShareForm(formdata=None, s=",".join(x.service.slug for x in services))
    return render_template("saved/shared.html", services=services, form=form)


@bp.post("/saved/shared")
def save_shared():
    form = ShareForm()
    if not form.validate_on_submit():
        abort(400)
    wanted = parse_slugs(form.s.data)
    known = saved_queries.service_names(get_session(), wanted)
    slugs = [s for s in wanted if s in known]
    slugs += [s for s in saved_slugs() if s not in slugs]
    return _keep(redirect(url_for("saved.index"), 303), slugs)
