"""Languages: which one a request is in, its direction, and links to the others.

The language is in the URL (`/pl/services`; English at `/`), so a shared or bookmarked
link keeps its language and caches stay correct. LanguagePrefix moves the prefix from
PATH_INFO to SCRIPT_NAME before Flask routes the request: every `url_for` then builds
links in the same language with no per-view code, and one set of routes serves all.

Adding a language is two steps (README): `pybabel init -l xx` and translate the .po,
then add the language's own name and direction to LANGUAGES below.
"""
from pathlib import Path

from babel.messages.pofile import read_po
from flask import current_app, g, request
from markupsafe import Markup
from flask_babel import Babel, force_locale, gettext

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
BABEL_LOCALES = {"en": "en_GB", "pa": "pa_Guru"}
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


def suggestion():
    """On an English page, the person's browser may prefer a language we have: offer it
    with a link (never a redirect, so no loop and English stays one click away)."""
    if lang() != DEFAULT:
        return None
    best = request.accept_languages.best_match(current_app.config["LANGUAGES"])
    if not best or best == DEFAULT:
        return None
    with force_locale(BABEL_LOCALES.get(best, best)):
        text = gettext("This page is also in %(language)s.", language=LANGUAGES[best][0])
    return best, text, LANGUAGES[best][1], url_in(best)


def english_content():
    """Attributes for English content on a page in another language (WCAG 3.1.2): screen
    readers switch voice, and the text keeps left-to-right order in Arabic and Urdu."""
    return Markup(' lang="en" dir="ltr"') if lang() != DEFAULT else Markup("")


def _choose():
    g.lang = request.environ.get("localoffer.lang", DEFAULT)


def _vary(response):
    if response.mimetype == "text/html" and lang() == DEFAULT:
        response.vary.add("Accept-Language")  # the suggestion above depends on it
    response.headers.setdefault("Content-Language", lang())
    return response


def init_app(app, locales_dir: Path):
    app.config.setdefault("LANGUAGES", available(locales_dir))
    app.wsgi_app = LanguagePrefix(app.wsgi_app, app.config["LANGUAGES"])
    babel.init_app(app, locale_selector=_locale)
    app.before_request(_choose)
    app.after_request(_vary)
