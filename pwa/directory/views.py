"""The public directory: home, search, service and organisation pages."""
from datetime import date

from flask import Blueprint, render_template, request, url_for

from pwa import display, htmx, i18n
from pwa.db import get_session
from pwa.directory.forms import SearchForm
from pwa.errors import or_404
from pwa.queries import easy_read as easy_read_queries
from pwa.queries import setting_types
from pwa.queries import search as search_queries
from pwa.queries import services as service_queries
from pwa.queries import translations

bp = Blueprint("directory", __name__)


@bp.get("/")
def home():
    return render_template(display.pick("directory/home.html", "directory/home_easy_read.html"),
                           form=SearchForm(formdata=None, needs=service_queries.needs_terms(get_session())))


@bp.get("/schools-and-settings")
def schools_and_settings():
    """Every type of school and setting, each a link to its list."""
    return render_template("directory/schools_and_settings.html",
                           counts=setting_types.counts(get_session()))


@bp.get("/services")
def search():
    """The same URL serves the search page and, to htmx, the results fragment."""
    form = SearchForm(request.args, needs=service_queries.needs_terms(get_session()))
    results = None
    if form.validate():
        results = search_queries.search_services(get_session(), form.filters(get_session()))
    return htmx.render("directory/search.html", "partials/directory/_results.html",
                       form=form, results=results, page_url=_page_url,
                       easy_summaries=_easy_summaries([s.id for s, _ in results.services] if results else []))


def _easy_summaries(ids):
    """In easy read, each card shows the service's easy read words (one query a page)."""
    return easy_read_queries.summaries(get_session(), ids) if display.current().easy_read else {}


def _page_url(page: int) -> str:
    args = request.args.to_dict()
    args["page"] = page
    return url_for("directory.search", **args)


@bp.get("/services/<slug>")
def service(slug):
    detail = or_404(service_queries.get_service(get_session(), slug))
    easy = easy_read_queries.for_service(get_session(), detail.service.id) if display.current().easy_read else None
    shown = translations.localise(get_session(), "service", detail.service, i18n.lang())
    return render_template(display.pick("directory/service.html", "directory/service_easy_read.html"),
                           d=detail, easy=easy, t=shown,
                           overdue=service_queries.is_overdue(detail.service, date.today()))


@bp.get("/organisations/<slug>")
def organisation(slug):
    org, services = or_404(service_queries.get_organization(get_session(), slug))
    return render_template("directory/organisation.html", org=org, services=services,
                           easy_summaries=_easy_summaries([s.id for s in services]))
