"""Help by phone or post, and booklets to print (SEND Regulations 2014, reg 57: the
Local Offer must be available to people without internet access)."""
from functools import partial
from urllib.parse import urlencode

from flask import (Blueprint, abort, current_app, make_response, redirect, render_template,
                   request, url_for)

from pwa import display, i18n
from pwa.db import get_session
from pwa.directory.forms import SearchForm
from pwa.extensions import limiter
from pwa.paper import booklets
from pwa.queries import booklet as booklet_queries
from pwa.queries import easy_read as easy_read_queries

bp = Blueprint("paper", __name__)


@bp.get("/printed-copy-or-help-by-phone")
def help_by_phone():
    return render_template("paper/help_by_phone.html", form=SearchForm(formdata=None))


def _booklet_form():
    """The booklet's choices; None sends the visitor to choose first (a booklet of
    everything runs to hundreds of pages, and costs the server as much)."""
    form = SearchForm(request.args)
    if not form.validate():
        abort(404)
    return None if form.filters().is_empty() else form


def _booklet_html(form, services=None):
    sections, total = booklet_queries.build(get_session(), form.filters(), services)
    ids = [d.service.id for s in sections for d in s.services]
    easy = easy_read_queries.summaries(get_session(), ids) if display.current().easy_read else {}
    return render_template("paper/booklet.html", form=form, sections=sections, total=total,
                           easy_summaries=easy)


def _other_language():
    """The booklet form names a language: the booklet's address then carries it, as
    every page's does, so it can be shared and cached (None: already in it)."""
    code = request.args.get("language", "")
    if code not in current_app.config["LANGUAGES"]:
        return None
    args = {k: v for k, v in request.args.items() if k != "language"}
    return redirect(i18n.prefix(code) + request.path + (f"?{urlencode(args)}" if args else ""))


@bp.get("/booklet")
def booklet():
    """The booklet as a page to print: the browser's Print makes it paper or a PDF."""
    if request.args.get("language"):
        return _other_language() or abort(404)
    form = _booklet_form()
    if form is None:
        return redirect(url_for("paper.help_by_phone", _anchor="booklet"))
    return _booklet_html(form)


@bp.get("/booklet.pdf")
@limiter.limit(lambda: current_app.config["BOOKLET_PDF_LIMIT"])
def booklet_pdf():
    """The same booklet as a tagged PDF (PDF/UA-1: headings, language, reading order),
    made here from the same page: nothing is fetched from another site. Each is made
    once per content version and kept; a big one is made in the background."""
    if request.args.get("language"):
        return _other_language() or abort(404)
    form = _booklet_form()
    if form is None:
        return redirect(url_for("paper.help_by_phone", _anchor="booklet"))
    filters = form.filters()
    services = booklet_queries.chosen(get_session(), filters)
    cache = booklets.Cache(current_app.config["BOOKLET_CACHE_DIR"])
    key = cache.key({"lang": i18n.lang(), "display": display.current().classes,
                     "choices": {k: str(v) for k, v in vars(filters).items() if k != "page"}},
                    booklet_queries.version(get_session(), services))
    if cache.get(key) is None:
        render = partial(booklets.render_pdf, _booklet_html(form, services), request.url_root, _own_files())
        if len(services) > current_app.config["BOOKLET_PDF_WAIT_SERVICES"]:
            cache.start(key, render)
            return render_template("paper/booklet_preparing.html"), 202
        cache.put(key, render())
    response = make_response(cache.path(key).read_bytes())
    response.mimetype = "application/pdf"
    response.headers["Content-Disposition"] = 'inline; filename="local-offer-booklet.pdf"'
    response.set_etag(key)
    return response.make_conditional(request)


def _own_files():
    """A fetcher of stylesheets and images from this app only: any other address is
    refused, so making a PDF never reaches another site."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    root = request.url_root
    client = current_app.test_client()

    class OwnFiles(URLFetcher):
        def fetch(self, url, headers=None):
            if not url.startswith(root):
                raise ValueError(f"not fetched: {url}")
            got = client.get("/" + url[len(root):])
            if got.status_code != 200:
                raise ValueError(f"not found: {url}")
            return URLFetcherResponse(url, body=got.get_data(), headers={"Content-Type": got.mimetype})

    return OwnFiles()
