"""The signed-in area's front door, accounts, the outbox and the audit log."""
from flask import Blueprint, abort, flash, g, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlmodel import select

from pwa import auth, council, labels
from pwa.admin.forms import ChangeUserForm, NewUserForm
from pwa.db import get_session
from pwa.forms import choices
from pwa.mail import TOKEN_MARK, send_password_link
from pwa.models import Organization
from pwa.models.accounts import AuditEvent, OutboxEmail, User
from pwa.queries import accounts

bp = Blueprint("admin", __name__, url_prefix="/admin")

# The dashboard's links, (endpoint, label, roles): each area adds its own here.
LINKS = [
    ("editing.services", _l("Services"), auth.ANYONE_SIGNED_IN),
    ("editing.new_service", _l("Add a new service"), auth.ANYONE_SIGNED_IN),
    ("changes.index", _l("Changes waiting for approval"), auth.STAFF),
    ("editing.organisations", _l("Organisations"), auth.STAFF),
    ("editing.locations", _l("Places"), auth.STAFF),
    ("editing.information_pages", _l("Information pages"), auth.STAFF),
    ("editing.facts_list", _l("Time limits, ages and distances (the facts table)"), auth.STAFF),
    ("editing.new_organization", _l("Add a new organisation"), auth.STAFF),
    ("editing.new_location", _l("Add a new place"), auth.STAFF),
    ("editing.new_information_page", _l("Add a new information page"), auth.STAFF),
    ("reviews.dashboard", _l("Entries to check: overdue and due soon"), auth.ANYONE_SIGNED_IN),
    ("reviews.suggestions", _l("Changes the public suggested"), auth.ANYONE_SIGNED_IN),
    ("moderation.index", _l("Comments from the public (You said, we did)"), auth.STAFF),
    ("consultations.manage", _l("Consultations (Have your say)"), auth.STAFF),
    ("pages.problem_reports", _l("Accessibility problems people reported"), auth.STAFF),
    ("admin.users", _l("Accounts"), ("admin",)),
    ("admin.outbox", _l("Emails sent"), ("admin",)),
    ("admin.audit_log", _l("Audit log"), ("admin",)),
    ("accounts.account", _l("Your account and sign-in security"), auth.ANYONE_SIGNED_IN),
    ("translations.status", _l("Translations and glossaries"), auth.STAFF),
]


@bp.get("/")
@auth.role_required(*auth.ANYONE_SIGNED_IN)
def dashboard():
    links = [(endpoint, label) for endpoint, label, roles in LINKS if g.user.role in roles]
    return render_template("admin/dashboard.html", links=links)


@bp.get("/outbox")
@auth.role_required("admin")
def outbox():
    emails = get_session().exec(select(OutboxEmail).order_by(OutboxEmail.created.desc()).limit(50)).all()
    return render_template("admin/outbox.html", emails=emails, token_mark=TOKEN_MARK)


@bp.get("/audit")
@auth.role_required("admin")
def audit_log():
    db = get_session()
    events = db.exec(select(AuditEvent, User.email).join(User, isouter=True)
                     .order_by(AuditEvent.at.desc()).limit(200)).all()
    return render_template("admin/audit.html", events=events)


@bp.get("/users")
@auth.role_required("admin")
def users():
    db = get_session()
    rows = db.exec(select(User, Organization.name).join(Organization, isouter=True)
                   .order_by(User.role, User.name)).all()
    return render_template("admin/users.html", rows=rows, role_labels=labels.ROLES)


def _organisations(db, form):
    form.organization_id.choices = choices([("", _("None"))] + [
        (o.id, o.name) for o in db.exec(select(Organization).order_by(Organization.name)).all()])


@bp.route("/users/new", methods=["GET", "POST"])
@auth.role_required("admin")
def new_user():
    db = get_session()
    form = NewUserForm()
    _organisations(db, form)
    if form.validate_on_submit():
        email = accounts.normalise_email(form.email.data)
        if db.exec(select(User).where(User.email == email)).first():
            form.email.errors.append(_("There is already an account with this email address"))
        else:
            user = User(name=form.name.data, email=email, role=form.role.data,
                        organization_id=form.organization_id.data if form.role.data == "provider" else None)
            db.add(user)
            db.flush()
            send_password_link(db, user, subject=_("Your %(area)s Local Offer account", area=council.current().area))
            accounts.audit(db, "user-created", g.user, f"{email} as {user.role}")
            db.commit()
            flash(_("Account created. We have emailed %(email)s a link to set a password.", email=email))
            return redirect(url_for("admin.users"))
    return render_template("admin/new_user.html", form=form)


@bp.route("/users/<user_id>", methods=["GET", "POST"])
@auth.role_required("admin")
def change_user(user_id):
    """Change a role, or disable an account: a disabled account's sessions end at once.
    Administrators cannot do either to themselves, so there is always one left."""
    db = get_session()
    user = db.get(User, user_id) or abort(404)
    form = ChangeUserForm(obj=user)
    _organisations(db, form)
    if form.validate_on_submit():
        if user.id == g.user.id and (form.role.data != "admin" or not form.active.data):
            form.role.errors.append(_("You cannot take away your own administrator role or disable your own account"))
        else:
            accounts.change_account(db, user, form.role.data, form.organization_id.data, form.active.data)
            accounts.audit(db, "user-changed", g.user,
                           f"{user.email}: {user.role}, {'active' if user.active else 'disabled'}")
            db.commit()
            flash(_("Account changed for %(email)s.", email=user.email))
            return redirect(url_for("admin.users"))
    return render_template("admin/change_user.html", form=form, person=user)
