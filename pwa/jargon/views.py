"""The jargon buster: every SEND word and set of initials, A to Z, searchable
with a plain GET form; htmx only swaps the list in place."""
from flask import Blueprint, g, render_template, request

from pwa import htmx
from pwa.db import get_session
from pwa.errors import or_404
from pwa.queries import facts
from pwa.queries import jargon as queries

bp = Blueprint("jargon", __name__)
MAX_QUERY = 100


@bp.app_template_filter("facts")
def fill_facts(text: str) -> str:
    """Definitions name the numbers they state from the facts table as {{key}}, so a
    change in the law is one edit (pwa/queries/facts.py); the table is read once a
    request. Definitions are English, so dates are in English words."""
    if "{{" not in (text or ""):
        return text
    if "facts" not in g:
        g.facts = facts.all_facts(get_session())
    return facts.fill(text, g.facts, "en")


@bp.get("/jargon-buster")
def index():
    """The same URL serves the page and, to htmx, the list fragment (pwa/htmx.py)."""
    q = " ".join(request.args.get("q", "").split())[:MAX_QUERY]
    session = get_session()
    terms = queries.search(session, q) if q else queries.all_terms(session)
    letters = {queries.letter(t) for t in queries.all_terms(session)}
    return htmx.render("jargon/index.html", "partials/jargon/_results.html", q=q, terms=terms,
                       groups=None if q else queries.by_letter(terms), letters=letters,
                       alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ")


@bp.get("/jargon-buster/<slug>")
def term(slug):
    found = or_404(queries.get_term(get_session(), slug))
    return render_template("jargon/term.html", term=found, aliases=queries.names(found)[1:],
                           sources=facts.sources_for(found.sources, [found.plain, found.easy_read],
                                                     facts.all_facts(get_session())))
