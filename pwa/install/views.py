"""Installable and offline: the web app manifest, the service worker and the
offline page it shows for pages that were not saved.

The worker's source is templates/install/sw.js; this view prefixes it with its
settings, built here so every URL comes from url_for and asset_url (hashed names).
"""
import hashlib
import json

from flask import Blueprint, current_app, g, jsonify, make_response, render_template, url_for
from flask_babel import gettext as _

from pwa import council, i18n, icons
from pwa import offline as offline_contract

bp = Blueprint("install", __name__)

PRECACHE_ASSETS = ["css/site.css", "js/htmx-2.0.11.min.js", "js/app.js"]
# Paths the worker never caches nor answers from a cache, with or without a language
# prefix (/pl/admin): staff and account pages, and reset links, are personal and must
# never outlive a session.
NEVER_CACHE = (r"^(/[a-z]{2,3}(-[a-z0-9]+)?)?"
               r"/(admin|account|sign-in|sign-out|forgot-password|reset-password)(/|$)")


def asset_url(source: str) -> str:
    return current_app.jinja_env.globals["asset_url"](source)


@bp.get("/manifest.webmanifest")
def manifest():
    here = council.current()
    response = jsonify({
        "name": _("%(area)s Local Offer", area=here.area),
        "short_name": _("Local Offer"),
        "description": _("Support for children and young people aged 0 to 25 with special educational needs "
                         "and disabilities in %(area)s.", area=here.area),
        "id": url_for("directory.home"),
        "start_url": url_for("directory.home"),
        "scope": "/",
        "display": "standalone",
        "theme_color": here.colour,
        "background_color": here.colour,
        "icons": [{"src": asset_url(src), "sizes": f"{size}x{size}", "type": "image/png", "purpose": purpose}
                  for src, size, _scale, purpose in icons.ICONS],
    })
    response.mimetype = "application/manifest+json"
    response.headers["Cache-Control"] = "public, max-age=3600"
    return response


def worker_settings() -> dict:
    """What sw.js needs. The cache version is a hash of everything precached, so a new
    CSS file, script or offline page text gives a new cache and the old one is deleted."""
    precache = [asset_url(a) for a in PRECACHE_ASSETS]
    # One offline page per language: the worker picks the one whose prefix matches.
    codes = current_app.config["LANGUAGES"]
    offline = [i18n.prefix(code) + i18n.unprefixed(url_for("install.offline")) for code in codes]
    digest = hashlib.sha256(json.dumps(precache).encode())
    for code in codes:
        # As the worker fetches it: no cookies, so nobody's sign-in changes the version.
        with current_app.test_request_context(i18n.unprefixed(url_for("install.offline")),
                                              environ_overrides={"SCRIPT_NAME": i18n.prefix(code)}):
            g.lang = code
            digest.update(render_template("install/offline.html").encode())
    # Only the default language's offline page is fetched at install: each other one is
    # fetched the first time a page in that language loads (sw.js), so a family pays
    # for the languages it reads, not all thirteen.
    return {"version": digest.hexdigest()[:10], "precache": precache + offline[:1],
            "assets": url_for("static", hashed="_")[:-1],
            "offline": offline, "never": NEVER_CACHE, "savedOn": offline_contract.SAVED_ON}


@bp.get("/sw.js")
def service_worker():
    source = render_template("install/sw.js", settings=worker_settings())
    response = make_response(source)
    response.mimetype = "text/javascript"
    # Browsers check for a new worker on navigation; no-cache makes that check real.
    response.headers["Cache-Control"] = "no-cache"
    response.headers["Service-Worker-Allowed"] = "/"
    return response


@bp.get("/favicon.ico")
def favicon():
    """For clients that ask by the old name (pages link the hashed SVG): the icon, not
    a 404 page 30 times its size."""
    response = current_app.extensions["assets"].response(
        asset_url("icons/favicon.svg").removeprefix("/static/"))
    response.headers["Cache-Control"] = "public, max-age=86400"  # not a versioned name
    return response


@bp.get("/offline")
def offline():
    return render_template("install/offline.html")
