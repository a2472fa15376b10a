"""robots.txt and sitemap.xml: so a family's web search finds the right page in
their language. Only public pages; accounts, editing and admin are kept out."""
from flask import Blueprint, abort, current_app, make_response, render_template, request, url_for

from pwa import i18n
from pwa.db import get_session
from pwa.queries import sitemap

bp = Blueprint("findable", __name__)

# Pages that are the same for everyone, by endpoint.
FIXED = ("directory.home", "directory.search", "directory.schools_and_settings",
         "information.index", "jargon.index", "pages.accessibility_statement",
         "paper.help_by_phone", "feedback.you_said_we_did")
BY_SLUG = {"service": "directory.service", "organisation": "directory.organisation",
           "information": "information.page", "jargon": "jargon.term"}


@bp.get("/robots.txt")
def robots():
    response = make_response(render_template("findable/robots.txt",
                                             sitemap=request.host_url + "sitemap.xml"))
    response.mimetype = "text/plain"
    return response


@bp.get("/sitemap.xml")
def sitemap_xml():
    """An index of one sitemap a language: one file of every language's pages
    would be about 10 MB; a language's is under 1 MB."""
    root = request.host_url[:-1]
    return _xml("findable/sitemap_index.xml",
                sitemaps=[root + url_for("findable.sitemap_language", code=code)
                          for code in current_app.config["LANGUAGES"]])


@bp.get("/sitemap-<code>.xml")
def sitemap_language(code):
    """Every public page in one language, each listing all its languages (hreflang
    alternates; x-default is English)."""
    languages = current_app.config["LANGUAGES"]
    if code not in languages:
        abort(404)
    root = request.host_url[:-1]
    paths = [url_for(endpoint) for endpoint in FIXED]
    for kind, slugs in sitemap.public_slugs(get_session()).items():
        paths += [url_for(BY_SLUG[kind], slug=slug) for slug in slugs]
    pages = [(root + i18n.prefix(code) + i18n.unprefixed(path),
              [(other, root + i18n.prefix(other) + i18n.unprefixed(path)) for other in languages])
             for path in paths]
    return _xml("findable/sitemap.xml", pages=pages)


def _xml(template, **context):
    response = make_response(render_template(template, **context))
    response.mimetype = "application/xml"
    return response
