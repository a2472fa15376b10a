"""Family information pages: the index by life stage and topic, and each page,
in standard text or easy read. The Code of Practice asks the Local Offer to say how to
get support, where to get independent advice, how to complain or appeal, and who
decides: these pages are where it does."""
import json
from datetime import date

from flask import Blueprint, render_template, request, url_for
from markupsafe import Markup

from pwa import display, i18n, labels
from pwa.db import get_session
from pwa.errors import or_404
from pwa.queries import facts
from pwa.queries import information as queries
from pwa.queries import jargon as jargon_queries
from pwa.queries import translations
from pwa.queries.easy_read import Point

bp = Blueprint("information", __name__)

@bp.get("/information")
def index():
    """Every page under its topic; `?stage=` narrows it to one life stage (a plain
    link, so it works without JavaScript and can be shared)."""
    stage = request.args.get("stage")
    stage = stage if stage in labels.LIFE_STAGES and stage != "all" else None
    db = get_session()
    pages = queries.list_pages(db, stage)
    # each title and summary in the reader's language where translated; the rest in
    # English, marked as such, so every page (a new one too) can be found in every language
    shown = translations.localise_all(db, "information_page", pages, i18n.lang(), ("title", "summary"))
    table = facts.all_facts(db)
    for texts in shown.values():
        for t in texts.values():
            t.text = facts.fill(t.text, table, t.lang)
    return render_template("information/index.html", stage=stage, shown=shown,
                           groups=queries.by_topic(pages, labels.INFORMATION_TOPICS))


@bp.get("/information/<slug>")
def page(slug):
    db = get_session()
    detail = or_404(queries.get_page(db, slug))
    shown = translations.localise(db, "information_page", detail.page, i18n.lang())
    table = facts.all_facts(db)
    for field in ("title", "summary"):
        shown[field].text = facts.fill(shown[field].text, table, shown[field].lang)
    points = [Point(facts.fill(p.text, table, shown["easy_read"].lang), p.picture)
              for p in detail.easy_points()]
    if shown["easy_read"].text:
        points = [Point(facts.fill(text, table, i18n.lang()), picture)
                  for picture, text in json.loads(shown["easy_read"].text)]
    body, used = None, []
    if not (display.current().easy_read and points):
        source = facts.fill(shown["body"].text, table, shown["body"].lang)
        html = queries.render_markdown(source, request.script_root)
        if shown["body"].lang == "en":  # the jargon buster explains English words
            href = url_for("jargon.term", slug="SLUG").replace("SLUG", "{slug}")
            html, used = jargon_queries.explain_first_use(html, jargon_queries.all_terms(db), href=href)
        body = html
    texts = [detail.page.body, detail.page.summary] + [p.text for p in detail.points]
    return render_template(display.pick("information/page.html", "information/page_easy_read.html"),
                           p=detail.page, t=shown, points=points, body=Markup(body or ""), terms=used,
                           sources=facts.sources_for(detail.page.sources, texts, table),
                           overdue=queries.is_overdue(detail.page, date.today()))
