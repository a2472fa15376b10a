"""Every saved version of an entry, with who, when and what changed field by field;
any version can be viewed and restored. Archiving a service hides it; after 30 days
`flask --app pwa purge-archived` deletes it (issue 7, item 4; data standard 5)."""
from datetime import datetime, timezone

import click
from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, url_for
from flask_babel import gettext as _
from sqlmodel import Session

from pwa import auth
from pwa.db import get_session
from pwa.editing import display
from pwa.editing.access import entry_or_abort
from pwa.queries import accounts, editorial

bp = Blueprint("history", __name__, url_prefix="/admin")
bp.context_processor(display.helpers)


@bp.get("/services/<slug>/history")
@auth.role_required(*auth.STAFF)
def service(slug):
    return _history("service", slug)


@bp.get("/organisations/<slug>/history")
@auth.role_required(*auth.STAFF)
def organisation(slug):
    return _history("organization", slug)


@bp.get("/locations/<location_slug>/history")
@auth.role_required(*auth.STAFF)
def location(location_slug):
    return _history("location", location_slug)


@bp.get("/information/<slug>/history")
@auth.role_required(*auth.STAFF)
def information_page(slug):
    return _history("information_page", slug)


@bp.get("/services/<slug>/history/<int:number>")
@auth.role_required(*auth.STAFF)
def service_version(slug, number):
    return _version("service", slug, number)


@bp.get("/organisations/<slug>/history/<int:number>")
@auth.role_required(*auth.STAFF)
def organisation_version(slug, number):
    return _version("organization", slug, number)


@bp.get("/locations/<location_slug>/history/<int:number>")
@auth.role_required(*auth.STAFF)
def location_version(location_slug, number):
    return _version("location", location_slug, number)


@bp.get("/information/<slug>/history/<int:number>")
@auth.role_required(*auth.STAFF)
def information_page_version(slug, number):
    return _version("information_page", slug, number)


@bp.post("/services/<slug>/history/<int:number>/restore")
@auth.role_required(*auth.STAFF)
def restore_service(slug, number):
    return _restore("service", slug, number)


@bp.post("/organisations/<slug>/history/<int:number>/restore")
@auth.role_required(*auth.STAFF)
def restore_organisation(slug, number):
    return _restore("organization", slug, number)


@bp.post("/locations/<location_slug>/history/<int:number>/restore")
@auth.role_required(*auth.STAFF)
def restore_location(location_slug, number):
    return _restore("location", location_slug, number)


@bp.post("/information/<slug>/history/<int:number>/restore")
@auth.role_required(*auth.STAFF)
def restore_information_page(slug, number):
    return _restore("information_page", slug, number)


@bp.post("/services/<slug>/archive")
@auth.role_required(*auth.STAFF)
def archive(slug):
    db = get_session()
    entry = entry_or_abort("service", slug)
    if entry.archived_at is None:
        editorial.archive(db, entry, g.user)
        accounts.audit(db, "archive", g.user, f"service {slug}")
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
        editorial.unarchive(db, entry, g.user)
        accounts.audit(db, "unarchive", g.user, f"service {slug}")
        db.commit()
    flash(_("%(name)s is restored: families can find it again.", name=entry.name))
    return redirect(url_for("editing.services"))


def _urls(resource_type, entry):
    """The URL arguments and endpoints for this kind of entry."""
    key = "location_slug" if resource_type == "location" else "slug"
    name = {"service": "service", "organization": "organisation", "location": "location",
            "information_page": "information_page"}[resource_type]
    return {key: entry.slug}, name


def _history(resource_type, slug):
    entry = entry_or_abort(resource_type, slug)
    args, name = _urls(resource_type, entry)
    return render_template("editing/history.html", entry=entry, args=args, name=name,
                           resource_type=resource_type,
                           versions=editorial.history(get_session(), resource_type, entry.id))


def _version(resource_type, slug, number):
    entry = entry_or_abort(resource_type, slug)
    version = editorial.get_version(get_session(), resource_type, entry.id, number)
    if version is None:
        abort(404)
    args, name = _urls(resource_type, entry)
    return render_template("editing/version.html", entry=entry, version=version, args=args,
                           name=name, data=editorial.HistoryEntry(version, None).data)


def _restore(resource_type, slug, number):
    db = get_session()
    entry = entry_or_abort(resource_type, slug)
    version = editorial.restore(db, resource_type, entry, number, g.user,
                                note=_("Version %(number)s restored", number=number))
    if version is None:
        abort(404)
    accounts.audit(db, "restore", g.user, f"{resource_type} {slug}: version {number} as {version.number}")
    db.commit()
    flash(_("Version %(old)s is restored as version %(new)s. Families see it now.",
            old=number, new=version.number))
    args, name = _urls(resource_type, entry)
    return redirect(url_for(f"history.{name}", **args))


def init_cli(app):
    @app.cli.command("purge-archived")
    def purge_archived():
        """Delete services archived more than 30 days ago (run daily by a scheduler)."""
        with Session(current_app.extensions["engine"]) as session:
            slugs = editorial.purge_archived(session, datetime.now(timezone.utc))
            for slug in slugs:
                accounts.audit(session, "purge", None, f"service {slug}")
            session.commit()
        click.echo(f"Purged {len(slugs)} archived services.")
