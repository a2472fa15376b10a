"""The public side of reg 56: "Tell us what you think" on every page, and "You said,
we did" with a report for each year (counts only, and as CSV)."""
import csv
import io
from datetime import date

from flask import Blueprint, abort, current_app, make_response, redirect, render_template, request, url_for
from flask_babel import lazy_gettext as _l

from pwa.db import get_session
from pwa.urls import safe_path
from pwa.extensions import limiter
from pwa.i18n import lang
from pwa.feedback.forms import ACTION_STATUSES, CATEGORIES, COMMENT_MAX, EXCLUSION_REASONS, FeedbackForm
from pwa.queries import feedback as queries

bp = Blueprint("feedback", __name__)

REPORT_LABELS = {
    "sections": {"received": _l("Comments received"), "published": _l("Comments published"),
                 "waiting": _l("Comments still being read"), "excluded": _l("Comments not published"),
                 "excluded_by_reason": _l("Not published, because"), "by_theme": _l("Published, by theme"),
                 "by_category": _l("Published, by what they were about"),
                 "actions": _l("Actions, by where they are up to")},
    "reasons": EXCLUSION_REASONS, "categories": CATEGORIES, "statuses": ACTION_STATUSES,
    "no_theme": _l("No theme"),
}


def _page_param(value) -> str:
    """Only a path on this site, so the confirmation's "back" link cannot go elsewhere."""
    return safe_path((value or "")[:500], default="")


@bp.route("/feedback", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["FEEDBACK_LIMIT"], methods=["POST"])
def form():
    """No account needed. POST, then redirect: a reload never sends twice."""
    form = FeedbackForm()
    about_translation = request.args.get("about") == "translation"
    if request.method == "GET":
        form.page.data = _page_param(request.args.get("page"))
        if about_translation:  # from a draft translation's notice: reading is what went wrong
            form.category.data = "accessibility"
    if form.validate_on_submit():
        page = _page_param(form.page.data)
        if not form.website.data:  # a filled honeypot is a bot: same thanks, nothing kept
            db = get_session()
            queries.add(db, page, form.category.data, form.comment.data.strip(),
                        (form.name.data or "").strip(), (form.email.data or "").strip(),
                        (form.phone.data or "").strip(), lang())
            db.commit()
        return redirect(url_for("feedback.sent", page=page or None))
    # Errors come back with status 200 (htmx-safe) and everything typed kept.
    return render_template("feedback/form.html", form=form, max_chars=COMMENT_MAX,
                           page=_page_param(form.page.data), about_translation=about_translation)


@bp.get("/feedback/sent")
def sent():
    return render_template("feedback/sent.html", page=_page_param(request.args.get("page")))


@bp.errorhandler(429)
def too_many(_error):
    """Only this blueprint's rate limit (the public form): a message of its own."""
    return render_template("feedback/too_many.html"), 429


def _due(db):
    last = queries.last_published(db)
    months = current_app.config["FEEDBACK_REPORT_MONTHS"]
    return last, queries.next_report_due(last, date.today(), months)


@bp.get("/you-said-we-did")
def you_said_we_did():
    """Published comments with our response; a GET form filters by year and theme."""
    db = get_session()
    years, themes = queries.years(db), queries.themes(db)
    year = request.args.get("year", type=int)
    year = year if year in years else (years[0] if years else None)
    theme = request.args.get("theme", "")
    theme = theme if any(t.id == theme for t in themes) else ""
    last, due = _due(db)
    return render_template("feedback/you_said_we_did.html", years=years, themes=themes, year=year,
                           theme=theme, rows=queries.published(db, year, theme or None) if year else [],
                           last=last, due=due, today=date.today())


def _annual_report(db, year):
    """The year's report, in both its forms; no page for a year with nothing published."""
    if year not in queries.years(db):
        abort(404)
    return queries.annual_report(db, year)


@bp.get("/you-said-we-did/<int:year>")
def report(year):
    db = get_session()
    r = _annual_report(db, year)
    last, due = _due(db)
    return render_template("feedback/report.html", r=r, last=last, due=due, today=date.today())


@bp.get("/you-said-we-did/<int:year>.csv")
def report_csv(year):
    r = _annual_report(get_session(), year)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([str(_l("Section")), str(_l("Item")), str(_l("Number"))])
    labels = {k: ({c: str(v) for c, v in d.items()} if isinstance(d, dict) else str(d))
              for k, d in REPORT_LABELS.items()}
    writer.writerows(queries.report_rows(r, labels))
    response = make_response(out.getvalue())
    response.headers["Content-Type"] = "text/csv; charset=utf-8"
    response.headers["Content-Disposition"] = f'attachment; filename="you-said-we-did-{year}.csv"'
    return response
