"""The Open Referral UK v3 read API: thin views over pwa.queries.oruk.

Read-only and open to any site (CORS without credentials), cacheable (ETag on every
body, Last-Modified where services say when they changed, 304 when nothing did), and
rate limited per client address (API_RATELIMIT).
"""
import hashlib
import json
import re
from datetime import datetime, timezone

from flask import Blueprint, Response, current_app, request, url_for
from flask_babel import force_locale

from pwa import labels
from pwa.api import openapi
from pwa.db import get_session
from pwa.extensions import limiter
from pwa.queries import oruk

bp = Blueprint("api", __name__, url_prefix="/api/v3")
limiter.limit(lambda: current_app.config.get("API_RATELIMIT", "300 per minute"))(bp)
# Ids are UUIDs here; anything else cannot match, so it never reaches the database.
ID = re.compile(r"^[0-9A-Za-z-]{1,64}$")
CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "If-None-Match, If-Modified-Since",
    "Access-Control-Expose-Headers": "ETag, Last-Modified, X-RateLimit-Limit, X-RateLimit-Remaining, "
                                     "X-RateLimit-Reset, Retry-After",
    "Access-Control-Max-Age": "86400",
}


@bp.after_request
def _cors(response):
    response.headers.update(CORS)
    return response


def _json(payload, status=200, modified: datetime | None = None) -> Response:
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    response = Response(body, status=status, mimetype="application/json")
    if status != 200:
        return response
    response.set_etag(hashlib.sha256(body.encode()).hexdigest()[:32])
    if modified is not None:
        response.last_modified = modified
    response.headers["Cache-Control"] = "public, max-age=300"
    return response.make_conditional(request)


def _error(message: str, status: int) -> Response:
    return _json({"error": message}, status)


@bp.errorhandler(429)
def _too_many(error):
    return _error(f"Too many requests: {error.description}", 429)


@bp.errorhandler(oruk.BadParameter)
def _bad(error):
    return _error(str(error), 400)


def _labels() -> dict:
    with force_locale("en"):
        return {code: str(text) for code, text in labels.PROVIDER_TYPES.items()}


def _int(name: str, default: int, maximum: int | None = None) -> int:
    raw = request.args.get(name, "")
    if raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise oruk.BadParameter(f"{name}: a whole number is needed") from None
    if value < 1:
        raise oruk.BadParameter(f"{name}: must be 1 or more")
    return min(value, maximum) if maximum else value


def _number(name: str) -> float | None:
    raw = request.args.get(name, "")
    if raw == "":
        return None
    try:
        value = float(raw)
    except ValueError:
        raise oruk.BadParameter(f"{name}: a number is needed") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise oruk.BadParameter(f"{name}: a number is needed")
    return value


def _id_arg(name: str) -> str:
    value = request.args.get(name, "")
    if value and not ID.match(value):
        raise oruk.BadParameter(f"{name}: not an id")
    return value


def _since(name: str) -> datetime | None:
    raw = request.args.get(name, "").strip()
    if not raw:
        return None
    try:
        moment = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        raise oruk.BadParameter(f"{name}: an ISO 8601 date and time is needed") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def _paging() -> tuple[int, int]:
    return _int("page", 1), _int("per_page", oruk.DEFAULT_PER_PAGE, oruk.MAX_PER_PAGE)


def _service_query() -> oruk.ServiceQuery:
    page, per_page = _paging()
    return oruk.ServiceQuery(
        search=request.args.get("search", "")[:200], taxonomy_term_id=_id_arg("taxonomy_term_id"),
        taxonomy_id=_id_arg("taxonomy_id"), organization_id=_id_arg("organization_id"),
        minimum_age=_number("minimum_age"), maximum_age=_number("maximum_age"),
        modified_after=_since("modified_after"), postcode=request.args.get("postcode", "").strip(),
        proximity=_number("proximity"), page=page, per_page=per_page)


@bp.get("/")
def root():
    return _json({"version": oruk.HSDS_VERSION, "profile": oruk.PROFILE_URL,
                  "openapi_url": url_for("api.openapi_document", _external=True)})


@bp.get("/openapi.json")
def openapi_document():
    return _json(openapi.document())


@bp.get("/services")
def services():
    page = oruk.list_services(get_session(), _service_query(), _labels())
    ids = [s["id"] for s in page.contents]
    return _json(page.envelope(), modified=oruk.last_modified(get_session(), ids) if ids else None)


@bp.get("/services/<id>")
def service(id):  # noqa: A002 (the ORUK path parameter)
    found = oruk.get_service(get_session(), id, _labels()) if ID.match(id) else None
    if found is None:
        return _error("No published service has that id.", 404)
    return _json(found, modified=oruk.last_modified(get_session(), [id]))


@bp.get("/service_at_locations")
def service_at_locations():
    page = oruk.list_service_at_locations(get_session(), _service_query(), _labels())
    ids = list({s["service_id"] for s in page.contents})
    return _json(page.envelope(), modified=oruk.last_modified(get_session(), ids) if ids else None)


@bp.get("/service_at_locations/<id>")
def service_at_location(id):  # noqa: A002 (the ORUK path parameter)
    found = oruk.get_service_at_location(get_session(), id) if ID.match(id) else None
    if found is None:
        return _error("No published service at a location has that id.", 404)
    return _json(found, modified=oruk.last_modified(get_session(), [found["service_id"]]))


@bp.get("/organizations")
def organizations():
    page, per_page = _paging()
    return _json(oruk.list_organizations(get_session(), page, per_page).envelope())


@bp.get("/organizations/<id>")
def organization(id):  # noqa: A002 (the ORUK path parameter)
    full = request.args.get("full_service", "").lower() in ("true", "1", "yes")
    found = oruk.get_organization(get_session(), id, _labels(), full) if ID.match(id) else None
    if found is None:
        return _error("No organisation with published services has that id.", 404)
    return _json(found)


@bp.get("/taxonomies")
def taxonomies():
    page, per_page = _paging()
    return _json(oruk.paged(oruk.taxonomies(get_session(), _labels()), page, per_page).envelope())


@bp.get("/taxonomies/<id>")
def taxonomy(id):  # noqa: A002 (the ORUK path parameter)
    found = oruk.taxonomy(get_session(), id, _labels())
    return _json(found) if found else _error("No taxonomy has that id.", 404)


@bp.get("/taxonomy_terms")
def taxonomy_terms():
    page, per_page = _paging()
    return _json(oruk.paged(oruk.taxonomy_terms(get_session(), _labels()), page, per_page).envelope())


@bp.get("/taxonomy_terms/<id>")
def taxonomy_term(id):  # noqa: A002 (the ORUK path parameter)
    found = oruk.taxonomy_term(get_session(), id, _labels())
    return _json(found) if found else _error("No taxonomy term has that id.", 404)
