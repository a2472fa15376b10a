"""Checked, not just updated: confirming an entry is still
correct, the overdue dashboard, review reminders, and the public's "Suggest a change"."""
from datetime import date

import click
from flask import (Blueprint, abort, current_app, flash, g, redirect, render_template, request,
                   url_for)
from flask_babel import gettext as _
from sqlmodel import Session

from pwa import auth, labels
from pwa.db import get_session
from pwa.errors import or_404
from pwa.extensions import limiter
from pwa.queries import reviews
from pwa.queries import services as service_queries
from pwa.reviews import emails
from pwa.reviews.forms import DETAILS_MAX, ConfirmForm, SuggestChangeForm

# cli_group=None: the reminder command is `flask --app pwa send-review-reminders`.
bp = Blueprint("reviews", __name__, cli_group=None)


def _config(name):
    return current_app.config[name]


def _reviewable_or_403(slug):
    service = or_404(reviews.get_reviewable(get_session(), slug))
    if not reviews.may_review(g.user, service):
        abort(403)
    return service


@bp.route("/admin/services/<slug>/confirm", methods=["GET", "POST"])
@auth.role_required(*auth.ANYONE_SIGNED_IN)
def confirm_service(slug):
    """GET shows what families see, to check; POST records "checked and correct"."""
    service = _reviewable_or_403(slug)
    form = ConfirmForm()
    if form.validate_on_submit():
        db = get_session()
        due = reviews.confirm(db, service, g.user, date.today(), _config("REVIEW_MONTHS"),
                              _config("REVIEW_MONTHS_DEFAULT"))
        db.commit()
        flash(_("Thank you. You confirmed %(name)s is correct. It is due to be checked again on %(date)s.",
                name=service.name, date=emails.long_date(due)))
        return redirect(url_for("reviews.dashboard"))
    detail = service_queries.get_service(get_session(), slug)
    edit_url = (url_for("editing.edit_service", slug=slug)
                if "editing.edit_service" in current_app.view_functions else None)
    return render_template("reviews/confirm_service.html", d=detail, form=form, edit_url=edit_url,
                           overdue=service_queries.is_overdue(service, date.today()))


@bp.get("/admin/reviews")
@auth.role_required(*auth.ANYONE_SIGNED_IN)
def dashboard():
    """Overdue and soon-due entries, by provider or by kind; providers see their own."""
    by = "kind" if request.args.get("by") == "kind" else "organisation"
    days = _config("REVIEW_DUE_SOON_DAYS")
    own = (g.user.organization_id or "") if g.user.role == "provider" else None
    entries = reviews.due_for_review(get_session(), date.today(), days, own)
    groups = (reviews.group_by_kind(entries, labels.PROVIDER_TYPES) if by == "kind"
              else reviews.group_by_organisation(entries))
    return render_template("reviews/dashboard.html", groups=groups, by=by, days=days,
                           overdue=sum(e.overdue for e in entries), total=len(entries))


@bp.route("/services/<slug>/suggest-a-change", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["SUGGEST_LIMIT"], methods=["POST"])
def suggest_change(slug):
    """No account needed. POST, then redirect to a confirmation: a reload never sends twice."""
    db = get_session()
    detail = or_404(service_queries.get_service(db, slug))
    form = SuggestChangeForm()
    if form.validate_on_submit():
        # A filled honeypot is a bot: it sees the same thanks, and nothing is kept or sent.
        if not form.website.data:
            suggestion = reviews.add_suggestion(db, detail.service, form.topic.data,
                                                form.details.data.strip(), (form.email.data or "").strip())
            emails.send_suggestion(db, detail.service, suggestion, labels.SUGGESTION_TOPICS)
            db.commit()
        return redirect(url_for("reviews.suggestion_sent", slug=slug))
    # Errors come back with status 200 (htmx-safe) and everything typed kept.
    return render_template("reviews/suggest_change.html", d=detail, form=form, max_chars=DETAILS_MAX)


@bp.get("/services/<slug>/suggest-a-change/sent")
def suggestion_sent(slug):
    detail = or_404(service_queries.get_service(get_session(), slug))
    return render_template("reviews/suggestion_sent.html", d=detail)


@bp.errorhandler(429)
def too_many_suggestions(_error):
    """Only this blueprint's rate limit (the public form): a message of its own."""
    return render_template("reviews/too_many_suggestions.html"), 429


@bp.get("/admin/suggestions")
@auth.role_required(*auth.ANYONE_SIGNED_IN)
def suggestions():
    rows = reviews.suggestions_for(get_session(), g.user)
    return render_template("reviews/suggestions.html", rows=rows, topics=labels.SUGGESTION_TOPICS, form=ConfirmForm())


@bp.post("/admin/suggestions/<id>/done")
@auth.role_required(*auth.ANYONE_SIGNED_IN)
def suggestion_done(id):  # noqa: A002 (the URL argument name the route-by-role test knows)
    db = get_session()
    # CSRFProtect has already checked the token (a 400 without it).
    if reviews.mark_done(db, id, g.user) is None:
        abort(404)  # no such suggestion, or another organisation's: never say which
    db.commit()
    flash(_("Marked as done."))
    return redirect(url_for("reviews.suggestions"))


@bp.cli.command("send-review-reminders")
@click.option("--days", type=int, default=None,
              help="Remind about entries due within this many days (default REVIEW_DUE_SOON_DAYS).")
@click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Pretend today is this date (YYYY-MM-DD).")
def send_review_reminders(days, today):
    """Email each organisation with entries overdue or due soon (for a daily scheduler)."""
    days = _config("REVIEW_DUE_SOON_DAYS") if days is None else days
    today = today.date() if today else date.today()
    # A request context, so url_for and gettext work as they do in a page.
    with current_app.test_request_context(), Session(current_app.extensions["engine"]) as db:
        summary = emails.send_reminders(db, today, days, _config("REVIEW_REMINDER_GAP_DAYS"))
        db.commit()
    click.echo(f"Review reminders: {summary.sent} organisations emailed ({summary.emails} emails), "
               f"{summary.recent} reminded in the last {_config('REVIEW_REMINDER_GAP_DAYS')} days, "
               f"{summary.nobody} with nobody to email.")
