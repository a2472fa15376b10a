"""Providers' proposed changes, waiting for an editor: see the difference side by
side, then approve, reject with a reason, or edit it first; the person who sent it may
withdraw it while it waits. The live entry stays as it was until an editor approves,
so nothing unchecked reaches families."""
from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _

from pwa import auth
from pwa.db import get_session
from pwa.editing import notify
from pwa.editing.forms import RejectForm
from pwa.editing.views import checklist_context
from pwa.queries import editorial, workflow

bp = Blueprint("changes", __name__, url_prefix="/admin")


@bp.get("/changes")
@auth.role_required(*auth.STAFF)
def index():
    db = get_session()
    proposals = editorial.pending(db)
    new = {p.request.id for p in proposals
           if p.request.resource_type == "service" and editorial.never_published(db, p.entry)}
    return render_template("editing/changes.html", proposals=proposals, new=new)


@bp.get("/changes/<id>")
@auth.role_required(*auth.STAFF)
def change(id):
    return _page(_proposal(id), RejectForm())


@bp.post("/changes/<id>/approve")
@auth.role_required(*auth.STAFF)
def approve(id):
    db = get_session()
    proposal = _pending(id)
    try:
        workflow.approve(db, proposal, g.user, note=_("Approved by %(name)s", name=g.user.name))
    except workflow.Incomplete:
        flash(_("This new service cannot be published until the checklist is complete. Edit the "
                "change to fill in what is missing, or reject it with a reason."))
        return redirect(url_for("changes.change", id=id))
    notify.decision(db, proposal, approved=True)
    db.commit()
    flash(_("Approved. Families can see the changes to %(name)s now.", name=proposal.entry.name))
    return redirect(url_for("changes.index"))


@bp.post("/changes/<id>/reject")
@auth.role_required(*auth.STAFF)
def reject(id):
    db = get_session()
    proposal = _pending(id)
    form = RejectForm()
    if not form.validate_on_submit():
        return _page(proposal, form)
    reason = form.reason.data.strip()
    workflow.reject(db, proposal, g.user, reason)
    notify.decision(db, proposal, approved=False, reason=reason)
    db.commit()
    flash(_("Rejected. We have emailed %(person)s your reason.", person=proposal.author.name))
    return redirect(url_for("changes.index"))


@bp.route("/changes/<id>/withdraw", methods=["GET", "POST"])
@auth.role_required(*auth.ANYONE_SIGNED_IN)
def withdraw(id):
    """The author takes back a change that still waits: the page asks first (showing
    what would have changed), the POST withdraws it. Anyone else's change, or one
    already decided, is not there for them (404)."""
    db = get_session()
    proposal = _pending(id)
    if proposal.request.author_id != g.user.id:
        abort(404)
    if request.method == "GET":
        live = editorial.snapshot(db, proposal.request.resource_type, proposal.entry.id)
        return render_template("editing/withdraw.html", proposal=proposal,
                               changes=editorial.diff(live, proposal.data))
    workflow.withdraw(db, proposal, g.user)
    db.commit()
    flash(_("You have withdrawn your changes to %(name)s. Families still see it as it was.",
            name=proposal.entry.name))
    return redirect(url_for("editing.services"))


def _page(proposal, form):
    """Compared with the live entry, which may have moved on since the provider began."""
    live = editorial.snapshot(get_session(), proposal.request.resource_type, proposal.entry.id)
    edit_url = url_for(f"editing.edit_{proposal.request.resource_type}", change=proposal.request.id,
                       slug=proposal.entry.slug)
    kind = proposal.request.resource_type
    new = kind == "service" and editorial.never_published(get_session(), proposal.entry)
    return render_template("editing/change.html", proposal=proposal, form=form, new=new,
                           changes=editorial.diff(live, proposal.data), edit_url=edit_url,
                           **checklist_context(kind if new else None, proposal.data, edit_url))


def _proposal(id):
    proposal = editorial.get_proposal(get_session(), id)
    if proposal is None or proposal.entry is None:
        abort(404)
    return proposal


def _pending(id):
    proposal = _proposal(id)
    if proposal.request.status != "pending":
        abort(404)
    return proposal
