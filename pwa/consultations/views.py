""""Have your say": families answer without an account until the closing date; then
editors publish the results and the council's response on the same page."""
from datetime import date

from flask import Blueprint, current_app, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _

from pwa import auth
from pwa.consultations.forms import ANSWER_MAX, ConsultationForm, answers_form
from pwa.db import get_session
from pwa.errors import or_404
from pwa.extensions import limiter
from pwa.models.feedback import Consultation
from pwa.queries import accounts
from pwa.queries import consultations as queries

bp = Blueprint("consultations", __name__)


def _or_404(slug) -> Consultation:
    return or_404(queries.get(get_session(), slug))


@bp.get("/have-your-say")
def index():
    open_now, closed = queries.listing(get_session(), date.today())
    return render_template("consultations/index.html", open_now=open_now, closed=closed)


@bp.route("/have-your-say/<slug>", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["CONSULTATION_LIMIT"], methods=["POST"])
def consultation(slug):
    """The questions while it is open; the results once they are published."""
    db = get_session()
    row = _or_404(slug)
    questions, is_open = queries.questions(row), queries.is_open(row, date.today())
    form = answers_form(questions) if is_open else None
    if form is not None and form.validate_on_submit():
        answers = [getattr(form, f"answer_{n}").data or "" for n in range(1, len(questions) + 1)]
        if not any(a.strip() for a in answers):
            form.answer_1.errors.append(_("Answer at least one question"))
        else:
            if not form.website.data:  # a filled honeypot is a bot: same thanks, nothing kept
                queries.answer(db, row, answers)
                db.commit()
            return redirect(url_for("consultations.answered", slug=slug))
    return render_template("consultations/consultation.html", c=row, form=form, is_open=is_open,
                           max_chars=ANSWER_MAX)


@bp.get("/have-your-say/<slug>/thank-you")
def answered(slug):
    return render_template("consultations/answered.html", c=_or_404(slug))


@bp.errorhandler(429)
def too_many(_error):
    return render_template("consultations/too_many.html"), 429


@bp.get("/admin/consultations")
@auth.role_required(*auth.STAFF)
def manage():
    db = get_session()
    open_now, closed = queries.listing(db, date.today())
    return render_template("consultations/manage.html", open_now=open_now, closed=closed,
                           counts={c.id: queries.response_count(db, c) for c in open_now + closed})


@bp.route("/admin/consultations/new", methods=["GET", "POST"])
@auth.role_required(*auth.STAFF)
def new():
    form = ConsultationForm()
    if form.validate_on_submit():
        db = get_session()
        row = Consultation(slug=queries.unique_slug(db, form.title.data), title="", about="",
                           questions="", opened=date.today(), closes_on=form.closes_on.data)
        _fill(row, form)
        db.add(row)
        accounts.audit(db, "consultation-opened", g.user, row.slug)
        db.commit()
        flash(_("The consultation is open."))
        return redirect(url_for("consultations.manage"))
    return render_template("consultations/edit.html", form=form, c=None)


@bp.route("/admin/consultations/<slug>", methods=["GET", "POST"])
@auth.role_required(*auth.STAFF)
def edit(slug):
    """Change the details; after the closing date, publish the results and our response."""
    db = get_session()
    row = _or_404(slug)
    form = ConsultationForm(obj=row if request.method == "GET" else None)
    if request.method == "GET":
        for n, question in enumerate(queries.questions(row), start=1):
            getattr(form, f"question_{n}").data = question
        form.publish_results.data = bool(row.results_published)
    closed = (form.closes_on.data or row.closes_on) < date.today()  # as it will be once saved
    if form.validate_on_submit() and _results_ok(form, closed):
        _fill(row, form)
        if form.publish_results.data and not row.results_published:
            queries.publish_results(row, row.results, row.response)
        elif not form.publish_results.data:
            row.results_published = None
        db.add(row)
        accounts.audit(db, "consultation-changed", g.user, row.slug)
        db.commit()
        flash(_("Saved."))
        return redirect(url_for("consultations.manage"))
    return render_template("consultations/edit.html", form=form, c=row, closed=closed,
                           answers=queries.answers(db, row), count=queries.response_count(db, row))


def _results_ok(form, closed) -> bool:
    if form.publish_results.data:
        if not closed:
            form.publish_results.errors.append(_("You can publish the results after the closing date"))
        if not (form.results.data or "").strip():
            form.results.errors.append(_("Write a summary of the results"))
        if not (form.response.data or "").strip():
            form.response.errors.append(_("Write the council's response"))
    return not (form.publish_results.errors or form.results.errors or form.response.errors)


def _fill(row: Consultation, form: ConsultationForm) -> None:
    row.title, row.about = form.title.data.strip(), form.about.data.strip()
    row.questions = "\n".join(form.questions())
    row.closes_on, row.accessible_formats = form.closes_on.data, form.accessible_formats.data.strip()
    row.results, row.response = (form.results.data or "").strip(), (form.response.data or "").strip()
