"""Lists and edit forms for every kind of entry. Editors' saves go live at once;
providers' saves wait for approval (pwa/queries/workflow.py); a save that started from
an older version is a conflict, shown side by side, never lost."""

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from pwa import auth
from pwa.db import get_session
from pwa.editing import notify
from pwa.editing.access import entry_or_abort
from pwa.editing.forms import (
    FactForm, InformationPageForm, LocationForm, NewServiceForm, OrganisationForm, ServiceForm,
)
from pwa.forms import choices
from pwa.models import Organization
from pwa.queries import accounts, completeness, editorial, facts, workflow
from pwa.queries.kinds import KINDS

bp = Blueprint("editing", __name__, url_prefix="/admin")

NOT_PUBLISHABLE = _l("This new service cannot be published until the checklist is complete. "
                     "To save it as a draft for now, choose “Closed: hidden from the public”.")

LISTS = {"service": "editing.services", "organization": "editing.organisations",
         "location": "editing.locations", "information_page": "editing.information_pages"}


@bp.get("/services")
@auth.role_required(*auth.ANYONE_SIGNED_IN)
def services():
    """Editors see every service (or the archived ones); providers their own."""
    db = get_session()
    provider = g.user.role == "provider"
    q = request.args.get("q", "")[:200]
    archived = request.args.get("archived") == "1" and not provider
    rows = editorial.list_services(db, q, archived, (g.user.organization_id or "") if provider else None)
    return render_template("editing/services.html", rows=rows, q=q, archived=archived,
                           waiting=editorial.pending_ids(db, "service"),
                           organisation=db.get(Organization, g.user.organization_id) if provider else None,
                           until=editorial.restorable_until)


@bp.get("/organisations")
@auth.role_required(*auth.STAFF)
def organisations():
    return render_template("editing/organisations.html",
                           rows=editorial.list_rows(get_session(), "organization"))


@bp.get("/locations")
@auth.role_required(*auth.STAFF)
def locations():
    return render_template("editing/locations.html",
                           rows=editorial.list_rows(get_session(), "location"))


@bp.get("/information")
@auth.role_required(*auth.STAFF)
def information_pages():
    return render_template("editing/information_pages.html",
                           rows=editorial.list_information_pages(get_session()))


@bp.get("/facts")
@auth.role_required(*auth.STAFF)
def facts_list():
    """The facts table: each number pages name as {{key}}, with its source. The council's
    own commitments (how fast it answers, when to apply) are set here; a change in the
    law is one edit here too, and every page and translation shows it at once."""
    return render_template("editing/facts.html", rows=facts.listed(get_session()))


@bp.route("/facts/<key>/edit", methods=["GET", "POST"])
@auth.role_required(*auth.STAFF)
def edit_fact(key):
    db = get_session()
    fact = facts.get(db, key) or abort(404)
    form = FactForm(obj=fact)
    if form.validate_on_submit():
        changed = facts.change(db, fact, form.value.data.strip(), form.source_label.data.strip(),
                               (form.source_url.data or "").strip(), form.local.data,
                               form.source_verified.data)
        if not changed:
            flash(_("You have not changed anything, so there was nothing to save."))
            return redirect(url_for("editing.facts_list"))
        accounts.audit(db, "edit", g.user, f"fact {fact.key}: {', '.join(changed)}")
        db.commit()
        flash(_("Saved. Every page that uses %(name)s shows the change now.", name=fact.key))
        return redirect(url_for("editing.facts_list"))
    return render_template("editing/edit_fact.html", fact=fact, form=form)


# Each kind's form and page (the kinds themselves: pwa/queries/kinds.py).
FORMS = {"service": (ServiceForm, "editing/edit_service.html"),
         "organization": (OrganisationForm, "editing/edit_organisation.html"),
         "location": (LocationForm, "editing/edit_location.html"),
         "information_page": (InformationPageForm, "editing/edit_information_page.html")}


def _edit_view(kind):
    """/admin/<kind>/<slug>/edit. Providers may propose changes to their own services and
    organisation; the other kinds are the council's own, so editors only."""
    def view(slug):
        return _edit(kind.code, entry_or_abort(kind.code, slug), *FORMS[kind.code])
    roles = auth.ANYONE_SIGNED_IN if kind.code in ("service", "organization") else auth.STAFF
    view.__name__ = f"edit_{kind.code}"
    return auth.role_required(*roles)(view)


for _kind in KINDS.values():
    bp.add_url_rule(f"/{_kind.segment}/<slug>/edit", view_func=_edit_view(_kind), methods=["GET", "POST"])


def _edit(resource_type, entry, form_cls, template):
    """The form starts from the live entry, the person's own pending proposal, or (for
    an editor editing a proposal) that proposal. A save from an older version than the
    live one re-shows the form with both versions and keeps what the person typed."""
    db = get_session()
    live = editorial.snapshot(db, resource_type, entry.id)
    proposal = _proposal_to_edit(resource_type, entry)
    mine = (editorial.pending_for(db, resource_type, entry.id, g.user)
            if g.user.role == "provider" else None)
    start = proposal.data if proposal else editorial.own_changes(db, mine, live) if mine else live
    form = form_cls.load(start, entry.version)
    conflict, data = None, start
    if form.validate_on_submit():
        # from `start`, so what the form does not show (easy read text a provider sent
        # for approval, say) is kept, not reset to the live version
        data = editorial.normalise(resource_type, {**start, **form.state(live)})
        if form.started_from() == entry.version:
            try:
                return _save(resource_type, entry, data, live, proposal)
            except workflow.Incomplete:
                form.status.errors.append(NOT_PUBLISHABLE)
        else:
            conflict = editorial.diff(live, data)
            form.base_version.data = str(entry.version)  # "save anyway" saves over the new version
    return render_template(template, form=form, entry=entry, conflict=conflict, waiting=mine,
                           **checklist_context(resource_type, data),
                           proposal=proposal, live=live, action=url_for(
                               request.endpoint, **request.view_args,
                               change=proposal.request.id if proposal else None))


def _checklist(resource_type, data):
    return completeness.missing(data) if resource_type == "service" else None


def checklist_context(resource_type, data, url=None) -> dict:
    """What the checklist partial shows: the missing items, and where each is answered."""
    return {"checklist": _checklist(resource_type, data), "checklist_url": url,
            "checklist_fields": ServiceForm.CHECKLIST_FIELDS}


def _new_view(kind):
    """/admin/<kind>/new. Providers may propose new services for their own organisation;
    the other kinds are the council's own, so editors only."""
    def view():
        return _new(kind.code, *FORMS[kind.code])
    roles = auth.ANYONE_SIGNED_IN if kind.code == "service" else auth.STAFF
    view.__name__ = f"new_{kind.code}"
    return auth.role_required(*roles)(view)


for _kind in KINDS.values():
    bp.add_url_rule(f"/{_kind.segment}/new", view_func=_new_view(_kind), methods=["GET", "POST"])


def _new(resource_type, form_cls, template):
    """The kind's own edit form, empty. A new service that is not complete yet can be
    saved as a draft (closed), never published."""
    db = get_session()
    blank, row = editorial.blank(resource_type), {}
    if resource_type == "service":
        blank.update(minimum_age=None, maximum_age=None)  # ages are asked, never assumed
        form_cls = NewServiceForm
    form = form_cls.load(blank, 0)
    if resource_type == "service":
        row["organization_id"] = _organisation(db, form)
    data = blank
    if form.validate_on_submit():
        data = editorial.normalise(resource_type, {**blank, **form.state(blank)})
        try:
            outcome = workflow.create(db, resource_type, data, g.user, **row)
        except workflow.Incomplete:
            form.status.errors.append(NOT_PUBLISHABLE)
        else:
            db.commit()
            return _created(resource_type, outcome)
    return render_template("editing/new_entry.html", edit_template=template, form=form, entry=None,
                           conflict=None, waiting=None, proposal=None, live=blank, kind=resource_type,
                           **checklist_context(resource_type, data), action=url_for(request.endpoint))


def _organisation(db, form):
    """Editors choose the organisation; a provider's is their own, and naming any
    other is refused."""
    if g.user.role in auth.STAFF:
        form.organisation.choices = choices((o.id, o.name) for o in editorial.list_rows(db, "organization"))
        return form.organisation.data
    own = g.user.organization_id
    if not own or request.form.get("organisation", own) != own:
        abort(403)
    del form.organisation
    return own


def _created(resource_type, outcome):
    entry = outcome.entry
    if outcome.status == "proposed":
        flash(_("Thank you. %(name)s is waiting for approval. Families will see it once the "
                "Local Offer team approves it.", name=entry.name))
        return redirect(url_for("editing.services"))
    if getattr(entry, "status", "active") == "inactive":
        flash(_("Saved as a draft. Families cannot see %(name)s until you publish it.", name=entry.name))
    else:
        flash(_("Saved. Families can see %(name)s now.", name=entry.name))
    return redirect(url_for(f"editing.edit_{resource_type}", slug=entry.slug))


def _proposal_to_edit(resource_type, entry):
    """An editor's "edit before approving": ?change=<id> names a pending proposal."""
    change = request.args.get("change")
    if not change or g.user.role not in auth.STAFF:
        return None
    proposal = editorial.get_proposal(get_session(), change)
    if (proposal is None or proposal.request.status != "pending"
            or proposal.request.resource_id != entry.id
            or proposal.request.resource_type != resource_type):
        abort(404)
    return proposal


def _save(resource_type, entry, data, live, proposal):
    db = get_session()
    back = redirect(url_for(LISTS[resource_type]) if g.user.role in auth.STAFF
                    else url_for("editing.services"))
    outcome = workflow.submit(db, resource_type, entry, data, live, g.user, proposal,
                              note=_("Approved with changes by %(name)s", name=g.user.name))
    if outcome.status == "unchanged":
        flash(_("You have not changed anything, so there was nothing to save."))
        return back
    if outcome.status == "approved":
        notify.decision(db, proposal, approved=True)
    db.commit()
    if outcome.status == "proposed":
        flash(_("Thank you. Your changes to %(name)s are waiting for approval. Families will "
                "see them once the Local Offer team approves them.", name=entry.name))
    else:
        flash(_("Saved. Families can see the changes to %(name)s now.", name=entry.name))
    return back
