"""Data thrift: honour the Save-Data request header, so data-saver phones get words
only; and answer "not modified" when the browser or a cache already holds the page.

Phones in data-saver mode send `Save-Data: on`. Templates ask `save_data()` before
adding an image or pictogram (templates/macros/images.html), so those visitors get the
words only. Pages then differ by that header, so caches must keep them apart.
https://wicg.github.io/savedata/
"""
from flask import current_app, request, session

# Revalidated with an ETag: a 304 costs a phone a few hundred bytes, not the page again.
VALIDATED = ("text/html", "text/javascript", "application/manifest+json")
# A shared cache (a council's CDN) may keep an anonymous page for this long.
SHARED_SECONDS = 300


def save_data() -> bool:
    return request.headers.get("Save-Data", "").strip().lower() == "on"


def _vary(response):
    if response.mimetype == "text/html":
        response.vary.add("Save-Data")
    return response


def _validate(response):
    """ETag and 304 for pages, the worker and the manifest. A page is public (a CDN may
    keep it, keyed as its Vary header says) unless it is someone's own: the request
    brought a session (a signed-in person, a form's CSRF token) or a Saved list, or
    the response starts one."""
    if (request.method not in ("GET", "HEAD") or response.status_code != 200
            or response.direct_passthrough or response.mimetype not in VALIDATED):
        return response
    if not response.get_etag()[0]:
        response.add_etag()
    if response.mimetype == "text/html" and "Cache-Control" not in response.headers:
        personal = (current_app.config["SESSION_COOKIE_NAME"] in request.cookies
                    or session.modified  # a new session: its cookie is set after this
                    or "saved" in request.cookies or "Set-Cookie" in response.headers)
        response.headers["Cache-Control"] = ("private, no-cache" if personal else
                                             f"public, max-age=0, s-maxage={SHARED_SECONDS}")
    return response.make_conditional(request)


def init_app(app):
    app.after_request(_vary)
    app.after_request(_validate)
