"""Editors read comments, group them by theme, exclude the ones the law lets them leave
out (reg 56(4)), and publish the rest with the council's response (reg 56(2)), once
they have confirmed the personal details found in them are removed (reg 56(3))."""
import hashlib

from flask import Blueprint, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _

from pwa import auth
from pwa.db import get_session
from pwa.errors import or_404
from pwa.feedback import emails
from pwa.feedback.forms import ExcludeForm, ModerateForm, ThemeForm
from pwa.forms import choices
from pwa.models.feedback import Feedback, FeedbackTheme
from pwa.queries import accounts
from pwa.queries import feedback as queries

bp = Blueprint("moderation", __name__, url_prefix="/admin/feedback")


def _comment_or_404(id):  # noqa: A002
    return or_404(get_session().get(Feedback, id))


def _moderate_form(db, **kwargs) -> ModerateForm:
    form = ModerateForm(**kwargs)
    form.theme.choices = choices([("", _("No theme yet"))] + [(t.id, t.name) for t in queries.themes(db)])
    return form


def _fingerprint(text: str, keep) -> str:
    """What the editor was shown: publishing needs the findings for exactly this text."""
    return hashlib.sha256("\x00".join([text, *sorted(keep)]).encode()).hexdigest()[:32]


@bp.get("/")
@auth.role_required(*auth.STAFF)
def index():
    db = get_session()
    return render_template("moderation/index.html", m=queries.for_moderation(db),
                           themes=queries.themes(db))


@bp.route("/<id>", methods=["GET", "POST"])
@auth.role_required(*auth.STAFF)
def comment(id):  # noqa: A002 (the URL argument name the route-by-role test knows)
    """Check for personal details, save, or publish: one form, three buttons."""
    db = get_session()
    row = _comment_or_404(id)
    form = _moderate_form(db)
    if request.method == "GET":
        form.theme.data, form.text.data = row.theme_id or "", row.published_text or row.comment
        form.response.data, form.action.data = row.response, row.action
        form.action_status.data = row.action_status or "planned"
    keep = set(request.form.getlist("shown")) - set(request.form.getlist("remove"))
    result = queries.scrub(db, row, form.text.data or "", keep)
    fingerprint = _fingerprint(form.text.data or "", {f.text for f in result.findings if not f.removed})
    do = request.form.get("do")
    if form.validate_on_submit() and do in ("save", "publish"):
        if do == "save" or _ready_to_publish(form, fingerprint):
            queries.save(db, row, g.user, theme_id=form.theme.data, text=result.text,
                         response=form.response.data.strip(), action=form.action.data.strip(),
                         status=form.action_status.data, publish=do == "publish")
            accounts.audit(db, f"feedback-{'published' if do == 'publish' else 'saved'}", g.user, row.id)
            db.commit()
            flash(_("Published on \"You said, we did\".") if do == "publish" else _("Saved. It is not published yet."))
            return redirect(url_for("moderation.index"))
    form.checked.data, form.confirmed.data = fingerprint, False
    return render_template("moderation/comment.html", row=row, form=form, result=result,
                           exclude=ExcludeForm())


def _ready_to_publish(form, fingerprint) -> bool:
    """Publishing needs a response, the findings for this very text, and the editor's word."""
    if not form.text.data.strip():
        form.text.errors.append(_("Enter the comment as it will be published"))
    if not form.response.data.strip():
        form.response.errors.append(_("Write the council's response"))
    if form.checked.data != fingerprint:
        form.text.errors.append(
            _("The text or your choices changed. Check the personal details we found again, then publish."))
    elif not form.confirmed.data:
        form.confirmed.errors.append(_("Confirm that no one can be identified from the comment"))
    return not (form.text.errors or form.response.errors or form.confirmed.errors)


@bp.post("/<id>/exclude")
@auth.role_required(*auth.STAFF)
def exclude(id):  # noqa: A002
    """Never published, the reason kept; someone writing about their own case with an
    email address is sent the complaints route (CoP: point to complaint routes)."""
    db = get_session()
    row = _comment_or_404(id)
    form = ExcludeForm()
    if not form.validate_on_submit():
        moderate = _moderate_form(db, data={"text": row.published_text or row.comment,
                                            "theme": row.theme_id or ""})
        result = queries.scrub(db, row, moderate.text.data)
        return render_template("moderation/comment.html", row=row, form=moderate, result=result,
                               exclude=form)
    if queries.exclude(db, row, g.user, form.reason.data, (form.note.data or "").strip()):
        emails.send_complaints_pointer(db, row)
    accounts.audit(db, "feedback-excluded", g.user, f"{row.id}: {row.exclusion_reason}")
    db.commit()
    flash(_("It will not be published. The reason is kept."))
    return redirect(url_for("moderation.index"))


@bp.route("/themes", methods=["GET", "POST"])
@auth.role_required(*auth.STAFF)
def themes():
    """The short list of themes: add one, or rename one (?theme=<id>)."""
    db = get_session()
    editing = db.get(FeedbackTheme, request.args.get("theme", "")) if request.args.get("theme") else None
    form = ThemeForm(data={"name": editing.name} if editing and request.method == "GET" else None)
    if form.validate_on_submit():
        if queries.save_theme(db, form.name.data, editing) is None:
            form.name.errors.append(_("There is already a theme with this name"))
        else:
            db.commit()
            flash(_("Theme saved."))
            return redirect(url_for("moderation.themes"))
    return render_template("moderation/themes.html", form=form, themes=queries.themes(db), editing=editing)
