"""Family information pages (issue 8): the index by life stage and topic, and each page,
in standard text or easy read. The Code of Practice asks the Local Offer to say how to
get support, where to get independent advice, how to complain or appeal, and who
decides: these pages are where it does."""
from datetime import date

from flask import Blueprint, abort, render_template, request, url_for
from flask_babel import lazy_gettext as _l
from markupsafe import Markup

from pwa import display
from pwa.db import get_session
from pwa.queries import information as queries
from pwa.queries import jargon as jargon_queries

bp = Blueprint("information", __name__)

LIFE_STAGES = {
    "early-years": _l("Early years (0 to 5)"),
    "school-age": _l("School age (5 to 16)"),
    "adulthood": _l("Moving to adulthood (14 to 25)"),
    "all": _l("All ages"),
}
TOPICS = {
    "education": _l("Support in nursery, school and college"),
    "assessments-and-plans": _l("EHC needs assessments and EHC plans"),
    "advice-and-disagreements": _l("Advice, complaints and appeals"),
    "money-and-short-breaks": _l("Personal budgets and short breaks"),
    "travel": _l("Travel and transport"),
    "adulthood": _l("Preparing for adulthood"),
    "childcare-and-leisure": _l("Childcare and leisure"),
    "about": _l("About the Local Offer"),
}


@bp.app_context_processor
def vocabulary():
    return {"life_stages": LIFE_STAGES, "topics": TOPICS}


@bp.get("/information")
def index():
    """Every page under its topic; `?stage=` narrows it to one life stage (a plain
    link, so it works without JavaScript and can be shared)."""
    stage = request.args.get("stage")
    stage = stage if stage in LIFE_STAGES and stage != "all" else None
    pages = queries.list_pages(get_session(), stage)
    return render_template("information/index.html", stage=stage,
                           groups=queries.by_topic(pages, TOPICS))


@bp.get("/information/<slug>")
def page(slug):
    detail = queries.get_page(get_session(), slug)
    if detail is None:
        abort(404)
    body, used = None, []
    if not (display.current().easy_read and detail.points):
        html = queries.render_markdown(detail.page.body, request.script_root)
        href = url_for("jargon.term", slug="SLUG").replace("SLUG", "{slug}")
        body, used = jargon_queries.explain_first_use(
            html, jargon_queries.all_terms(get_session()), href=href)
    return render_template(display.pick("information/page.html", "information/page_easy_read.html"),
                           p=detail.page, points=detail.points, body=Markup(body or ""), terms=used,
                           overdue=queries.is_overdue(detail.page, date.today()))
