"""A service's easy read text on an edit page of its own: the four points and their
pictures are versioned with the service (its "easy_read" rows in pwa/queries/kinds.py),
so history, restore and providers' approval work as for any other field.

The easy read checker's findings are advice, never a bar to saving: they appear beside
each field as the person types (htmx, the same form posted to the check address) and,
without JavaScript, when they check or save. A save that finds something shows it once;
saving again with the same findings keeps the text as it is, and so does saving the
findings that a check (with or without JavaScript) has already shown."""
import hashlib
import json

from flask import Blueprint, g, render_template, url_for

from pwa import auth, htmx
from pwa.db import get_session
from pwa.editing.access import entry_or_abort
from pwa.editing.forms import EasyReadForm
from pwa.editing.views import _proposal_to_edit, _save
from pwa.queries import easy_read, editorial

bp = Blueprint("easy_read_editing", __name__, url_prefix="/admin")
PAGE = "editing/edit_easy_read.html"


@bp.route("/services/<slug>/easy-read", methods=["GET", "POST"])
@auth.role_required(*auth.ANYONE_SIGNED_IN)
def edit(slug):
    """Starts from what the person last sent for approval, or the proposal an editor is
    checking, or the live text; whatever else that state holds is kept as it is."""
    entry = entry_or_abort("service", slug)
    live, start, proposal = _states(entry)
    form = EasyReadForm.load(start, entry.version)
    report = found = conflict = None
    if form.validate_on_submit():
        report, found = easy_read.check_service(form.text())
        data = editorial.normalise("service", {**start, **form.state(live)})
        if form.started_from() != entry.version:
            conflict = editorial.diff(live, data)
            form.base_version.data = str(entry.version)  # "save anyway" saves over the new version
        elif report.passed or form.seen.data == _fingerprint(report):
            return _save("service", entry, data, live, proposal)
        form.seen.data = _fingerprint(report)
    return render_template(PAGE, **_context(entry, form, report, found, conflict, proposal))


@bp.post("/services/<slug>/easy-read/check")
@auth.role_required(*auth.ANYONE_SIGNED_IN)
def check(slug):
    """Nothing is saved: the findings for the text as it stands, as the whole page (the
    form's "Check the text" button) or as fragments (htmx, as the person types)."""
    entry = entry_or_abort("service", slug)
    form = EasyReadForm()
    report = found = None
    if form.validate_on_submit():
        report, found = easy_read.check_service(form.text())
        form.seen.data = _fingerprint(report)  # shown now: saving them will not stop again
    _live, _start, proposal = _states(entry)
    return htmx.render(PAGE, "partials/editing/_easy_read_check.html",
                       **_context(entry, form, report, found, None, proposal))


def _states(entry):
    db = get_session()
    live = editorial.snapshot(db, "service", entry.id)
    proposal = _proposal_to_edit("service", entry)
    mine = editorial.pending_for(db, "service", entry.id, g.user) if g.user.role == "provider" else None
    start = proposal.data if proposal else editorial.own_changes(db, mine, live) if mine else live
    return live, start, proposal


def _context(entry, form, report, found, conflict, proposal):
    db = get_session()
    waiting = editorial.pending_for(db, "service", entry.id, g.user) if g.user.role == "provider" else None
    change = proposal.request.id if proposal else None
    return dict(form=form, entry=entry, report=report, found=found or {}, conflict=conflict,
                waiting=waiting, proposal=proposal, cancel_url=url_for("editing.services"),
                action=url_for(".edit", slug=entry.slug, change=change),
                check_url=url_for(".check", slug=entry.slug, change=change))


def _fingerprint(report) -> str:
    """Which findings the person has been shown, so saving again accepts exactly those."""
    text = json.dumps([(f.kind, f.sentence, f.detail) for f in report.findings])
    return hashlib.sha256(text.encode()).hexdigest()[:16]
