"""Who may change which entry: editors any; a provider only their own organisation
and its services; locations are shared between providers, so editors only."""
from flask import abort, g
from sqlmodel import select

from pwa import auth
from pwa.db import get_session
from pwa.queries.kinds import KINDS


PROVIDER_KINDS = ("service", "organization")  # the kinds a provider can own


def may_edit(user, resource_type: str, entry) -> bool:
    if user.role in auth.STAFF:
        return True
    if user.role != "provider" or not user.organization_id:
        return False
    if resource_type == "service":
        return entry.organization_id == user.organization_id and entry.archived_at is None
    return resource_type == "organization" and entry.id == user.organization_id


def entry_or_abort(resource_type: str, slug: str):
    """The entry the URL names: 404 when there is none, 403 when it is not theirs."""
    model = KINDS[resource_type].model
    entry = get_session().exec(select(model).where(model.slug == slug)).first()
    if entry is None or (resource_type == "service" and entry.archived_at is not None
                         and g.user.role not in auth.STAFF):
        abort(404)
    if not may_edit(g.user, resource_type, entry):
        abort(403)
    return entry
