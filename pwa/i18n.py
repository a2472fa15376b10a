"""Languages: which one a request is in, its direction, and links to the others.

The language is in the URL (`/pl/services`; English at `/`), so a shared or bookmarked
link keeps its language and caches stay correct. LanguagePrefix moves the prefix from
PATH_INFO to SCRIPT_NAME before Flask routes the request: every `url_for` then builds
links in the same language with no per-view code, and one set of routes serves all.

Adding a language is two steps (README): `pybabel init -l xx` and translate the .po,
then add the language's own name and direction to LANGUAGES below.
"""
import itertools
from html import escape as html_escape
from pathlib import Path

from babel.messages.pofile import read_po
from flask import Response, current_app, g, make_response, render_template, request, url_for
from markupsafe import Markup
from flask_babel import Babel, gettext

from pwa.queries import bidi
from pwa.urls import here

DEFAULT = "en"
# Each language named in itself (no flags: flags are countries, not languages).
LANGUAGES = {
    "en": ("English", "ltr"), "cy": ("Cymraeg", "ltr"), "pl": ("Polski", "ltr"),
    "ro": ("Română", "ltr"), "pa": ("ਪੰਜਾਬੀ", "ltr"), "ur": ("اردو", "rtl"),
    "pt": ("Português", "ltr"), "es": ("Español", "ltr"), "ar": ("العربية", "rtl"),
    "bn": ("বাংলা", "ltr"), "gu": ("ગુજરાતી", "ltr"), "so": ("Soomaali", "ltr"),
    "uk": ("Українська", "ltr"),
}
# Babel's locale for each language: British English dates and money ("27 November 2026").
BABEL_LOCALES = {"en": "en_GB", "pa": "pa_Guru", "pt": "pt_PT"}
babel = Babel()


def available(locales_dir: Path) -> list[str]:
    """English, and each language in LANGUAGES that has a catalogue."""
    found = {p.parent.parent.name for p in locales_dir.glob("*/LC_MESSAGES/messages.po")}
    return [code for code in LANGUAGES if code == DEFAULT or code in found]


def review_status(po: Path) -> str:
    """"draft" or "reviewed", from the catalogue's header comment ("Review-Status: …")."""
    with po.open("rb") as f:
        header = read_po(f).header_comment
    return "reviewed" if "Review-Status: reviewed" in header else "draft"


def drafts(locales_dir: Path, codes) -> frozenset[str]:
    """The languages whose catalogue is still a draft (not "Review-Status: reviewed").
    Only the comment lines at the top of each catalogue are read: this runs once, as
    the app starts, and catalogues change only with a new release."""
    found = set()
    for code in codes:
        po = locales_dir / code / "LC_MESSAGES" / "messages.po"
        if code == DEFAULT or not po.exists():
            continue
        with po.open(encoding="utf-8") as f:
            header = "".join(itertools.takewhile(lambda line: line.startswith("#"), f))
        if "Review-Status: reviewed" not in header:
            found.add(code)
    return frozenset(found)


class LanguagePrefix:
    """WSGI middleware: /pl/services → SCRIPT_NAME /pl, PATH_INFO /services."""

    def __init__(self, app, codes):
        self.app, self.codes = app, frozenset(codes) - {DEFAULT}

    def __call__(self, environ, start_response):
        first, slash, rest = environ.get("PATH_INFO", "").lstrip("/").partition("/")
        if first in self.codes:
            environ["localoffer.lang"] = first
            environ["SCRIPT_NAME"] = environ.get("SCRIPT_NAME", "") + "/" + first
            environ["PATH_INFO"] = "/" + rest
        return self.app(environ, start_response)


def lang() -> str:
    return g.get("lang", DEFAULT)


def _locale():
    return BABEL_LOCALES.get(lang(), lang())


def text_direction() -> str:
    return LANGUAGES[lang()][1]


def prefix(code: str) -> str:
    return "" if code == DEFAULT else "/" + code


def unprefixed(url: str) -> str:
    """A URL from url_for without this request's language prefix: for what exists once
    for every language (the service worker, whose scope must be the whole site)."""
    return url[len(request.script_root):] if url.startswith(request.script_root) else url


def url_in(code: str) -> str:
    """This page (path and query) in another language."""
    query = request.query_string.decode()
    return prefix(code) + request.path + (f"?{query}" if query else "")


def languages():
    """(code, own name, direction, this page's url in it): the switcher, hreflang links."""
    return [(code, *LANGUAGES[code], url_in(code)) for code in current_app.config["LANGUAGES"]]


def offer():
    """This language's offer of the page at ?page= (a path on this site), for an English
    page whose browser prefers this language: app.js asks, from navigator.languages,
    so English pages never vary by Accept-Language and a shared cache keeps one copy.
    A link, never a redirect: no loop, and English stays one click away."""
    page = request.args.get("page", "")
    if lang() == DEFAULT or not page.startswith("/") or page.startswith("//"):
        return Response(status=204)
    text = gettext("This page is also in %(language)s.", language=LANGUAGES[lang()][0])
    response = make_response(render_template(
        "partials/_language_offer.html", code=lang(), text=text, direction=text_direction(),
        url=prefix(lang()) + page))
    # The same words for every page and person: a day in any cache, revalidated by ETag.
    response.headers["Cache-Control"] = "public, max-age=86400"
    return response


def english_content():
    """Attributes for English content on a page in another language (WCAG 3.1.2): screen
    readers switch voice, and the text keeps left-to-right order in Arabic and Urdu."""
    return Markup(' lang="en" dir="ltr"') if lang() != DEFAULT else Markup("")


def in_english(text):
    """A piece of English (a name, a note from the data) inside a page in another
    language: marked lang="en" so screen readers switch voice (WCAG 3.1.2), and kept
    left to right inside Arabic and Urdu. Safe as a {% trans %} variable too."""
    if lang() == DEFAULT or not text:
        return text
    return Markup('<span lang="en" dir="ltr">%s</span>') % text


def ltr(text):
    """A phone number, postcode, time or email on a right-to-left page, isolated in the
    markup so its digits keep their order even without our stylesheet (pwa/queries/bidi.py)."""
    if text_direction() != "rtl" or not text:
        return text
    return Markup('<bdi dir="ltr">%s</bdi>') % text


def isolate_runs(value, source_lang: str | None = None):
    """Jinja filter: text or safe HTML in a right-to-left language, with its
    left-to-right runs isolated (pwa/queries/bidi.py). Content still in English is
    marked as a whole where it is shown, so it passes through unchanged."""
    if text_direction() != "rtl" or not value or source_lang == DEFAULT:
        return value
    html = str(value) if isinstance(value, Markup) else html_escape(str(value), quote=False)
    return Markup(bidi.isolate(html))


def draft_notice():
    """On a page whose interface translation is a draft: this page in English, and the
    feedback form about this page (its path keeps the language), for the notice that
    says so. None on English pages and reviewed languages."""
    if lang() not in current_app.config["DRAFT_LANGUAGES"]:
        return None
    return url_in(DEFAULT), url_for("feedback.form", page=here(), about="translation")


def _choose():
    g.lang = request.environ.get("localoffer.lang", DEFAULT)


def _content_language(response):
    response.headers.setdefault("Content-Language", lang())
    return response


def init_app(app, locales_dir: Path):
    app.config.setdefault("LANGUAGES", available(locales_dir))
    app.config.setdefault("DRAFT_LANGUAGES", drafts(locales_dir, app.config["LANGUAGES"]))
    app.wsgi_app = LanguagePrefix(app.wsgi_app, app.config["LANGUAGES"])
    babel.init_app(app, locale_selector=_locale)
    app.before_request(_choose)
    app.after_request(_content_language)
    app.add_url_rule("/language-offer", "language_offer", offer)
