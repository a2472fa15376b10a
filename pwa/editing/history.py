"""Every saved version of an entry, with who, when and what changed field by field;
any version can be viewed and restored. Archiving a service hides it; after 30 days
`flask --app pwa purge-archived` deletes it, so what families were shown can be traced
field by field while the entry exists, and nothing is kept for ever."""
from datetime import datetime, timezone

import click
from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, url_for
from flask_babel import gettext as _
from sqlmodel import Session

from pwa import auth
from pwa.db import get_session
from pwa.editing.access import PROVIDER_KINDS, entry_or_abort
from pwa.queries import editorial, workflow
from pwa.queries.kinds import KINDS

bp = Blueprint("history", __name__, url_prefix="/admin")


# Providers see the history of the kinds of entry they may change (their own services
# and organisation: entry_or_abort refuses another organisation's); the council's own
# kinds stay with editors. Read by the route-by-role test, as `roles` is.
KIND_ROLES = {code: auth.ANYONE_SIGNED_IN if code in PROVIDER_KINDS else auth.STAFF for code in KINDS}


def _seen(kind, slug):
    if g.user.role not in KIND_ROLES[kind]:
        abort(403)
    return entry_or_abort(kind, slug)


@auth.role_required(*auth.ANYONE_SIGNED_IN)
def entry(kind, slug):
    db = get_session()
    entry = _seen(kind, slug)
    waiting = editorial.pending_for(db, kind, entry.id, g.user) if g.user.role == "provider" else None
    return render_template("editing/history.html", entry=entry, kind=kind, waiting=waiting,
                           versions=editorial.history(db, kind, entry.id))


@auth.role_required(*auth.ANYONE_SIGNED_IN)
def version(kind, slug, number):
    entry = _seen(kind, slug)
    version = editorial.get_version(get_session(), kind, entry.id, number)
    if version is None:
        abort(404)
    return render_template("editing/version.html", entry=entry, version=version, kind=kind,
                           data=editorial.HistoryEntry(version, None).data)


@auth.role_required(*auth.STAFF)
def restore(kind, slug, number):
    db = get_session()
    entry = entry_or_abort(kind, slug)
    version = workflow.restore(db, kind, entry, number, g.user,
                               note=_("Version %(number)s restored", number=number))
    if version is None:
        abort(404)
    db.commit()
    flash(_("Version %(old)s is restored as version %(new)s. Families see it now.",
            old=number, new=version.number))
    return redirect(url_for("history.entry", kind=kind, slug=slug))


entry.kind_roles = version.kind_roles = KIND_ROLES  # restoring stays with editors

# /admin/<kind>/<slug>/history…, one address per kind of entry
for _kind in KINDS.values():
    _at = f"/{_kind.segment}/<slug>/history"
    bp.add_url_rule(_at, "entry", entry, defaults={"kind": _kind.code})
    bp.add_url_rule(f"{_at}/<int:number>", "version", version, defaults={"kind": _kind.code})
    bp.add_url_rule(f"{_at}/<int:number>/restore", "restore", restore, methods=["POST"],
                    defaults={"kind": _kind.code})


@bp.post("/services/<slug>/archive")
@auth.role_required(*auth.STAFF)
def archive(slug):
    db = get_session()
    entry = entry_or_abort("service", slug)
    if entry.archived_at is None:
        workflow.archive(db, entry, g.user)
        db.commit()
    flash(_("%(name)s is archived: families can no longer find it. You can restore it for 30 days.",
            name=entry.name))
    return redirect(url_for("editing.services", archived=1))


@bp.post("/services/<slug>/unarchive")
@auth.role_required(*auth.STAFF)
def unarchive(slug):
    db = get_session()
    entry = entry_or_abort("service", slug)
    if entry.archived_at is not None:
        workflow.unarchive(db, entry, g.user)
        db.commit()
    flash(_("%(name)s is restored: families can find it again.", name=entry.name))
    return redirect(url_for("editing.services"))


def init_cli(app):
    @app.cli.command("purge-archived")
    def purge_archived():
        """Delete services archived more than 30 days ago (run daily by a scheduler)."""
        with Session(current_app.extensions["engine"]) as session:
            slugs = workflow.purge_archived(session, datetime.now(timezone.utc))
            session.commit()
        click.echo(f"Purged {len(slugs)} archived services.")
