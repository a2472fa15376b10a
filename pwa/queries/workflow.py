"""Who may change the live Local Offer, and how: a provider's save becomes a proposal
that waits for an editor; an editor's save goes live at once; an editor's save of a
proposal approves it. Every step that changes what families see writes its own audit
entry here, so no caller (a page, a command, an import) can forget to.

The versions and proposals themselves are kept by pwa/queries/editorial.py. Wording
shown to people (notes on versions) is passed in, already translated.
"""
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from pwa.models import Service
from pwa.models.accounts import User
from pwa.models.editorial import ChangeRequest, Version
from pwa.queries import completeness, editorial
from pwa.queries.accounts import audit
from pwa.queries.kinds import KINDS
from pwa.queries.vocab import ACTIVE_STATUSES


@dataclass
class Outcome:
    """What a save did: "unchanged", "proposed", "approved", "saved" or "created"."""

    status: str
    version: Version | None = None
    request: ChangeRequest | None = None
    entry: object = None


class Incomplete(Exception):
    """A service families have never seen cannot be published while its checklist
    (queries.completeness) has items missing; it can still be saved as a draft."""

    def __init__(self, missing: list[str]):
        super().__init__(", ".join(missing))
        self.missing = missing


def check_publishable(session: Session, kind: str, entry, data: dict) -> None:
    """Raise Incomplete when saving `data` would publish an incomplete new service."""
    if (kind == "service" and data.get("status") in ACTIVE_STATUSES
            and editorial.never_published(session, entry)):
        missing = completeness.missing(data)
        if missing:
            raise Incomplete(missing)


def create(session: Session, kind: str, data: dict, user: User, **row) -> Outcome:
    """A new entry. An editor's is saved at once (published, if it is complete); a
    provider's new service waits for approval as any change of theirs does: until then
    it is a hidden draft holding only its name, and the proposal holds the rest."""
    if user.role == "provider":
        name = KINDS[kind].title
        draft = {name: data[name], "provider_type": data.get("provider_type"), "status": "inactive"}
        entry = editorial.create(session, kind, draft, user, **row)
        request = editorial.propose(session, kind, entry, data, entry.version, user)
        audit(session, "propose", user, f"new {kind} {entry.slug}")
        return Outcome("proposed", request=request, entry=entry)
    check_publishable(session, kind, None, data)
    entry = editorial.create(session, kind, data, user, **row)
    audit(session, "create", user, f"{kind} {entry.slug} version {entry.version}")
    return Outcome("created", entry=entry)


def submit(session: Session, kind: str, entry, data: dict, live: dict, user: User,
           proposal: editorial.Proposal | None = None, note: str = "") -> Outcome:
    """Save `data` as `user` may: propose it (providers), approve `proposal` with these
    changes (editors editing a proposal), or save it live (editors). `note` goes on an
    approved version."""
    if not editorial.diff(live, data) and proposal is None:
        return Outcome("unchanged")
    if user.role == "provider":
        return Outcome("proposed", request=editorial.propose(session, kind, entry, data, entry.version, user))
    check_publishable(session, kind, entry, data)
    if proposal is not None:
        version = editorial.approve(session, proposal, user, data=data, note=note)
        audit(session, "approve", user, f"{kind} {entry.slug} version {version.number}, edited")
        return Outcome("approved", version)
    version = editorial.save(session, kind, entry, data, user)
    audit(session, "edit", user, f"{kind} {entry.slug} version {version.number}")
    return Outcome("saved", version)


def approve(session: Session, proposal: editorial.Proposal, editor: User, note: str = "") -> Version:
    check_publishable(session, proposal.request.resource_type, proposal.entry, proposal.data)
    version = editorial.approve(session, proposal, editor, note=note)
    audit(session, "approve", editor, f"{proposal.request.resource_type} {proposal.entry.slug} "
                                      f"version {version.number}")
    return version


def reject(session: Session, proposal: editorial.Proposal, editor: User, reason: str) -> None:
    editorial.reject(session, proposal, editor, reason)
    audit(session, "reject", editor, f"{proposal.request.resource_type} {proposal.entry.slug}: {reason}")
    _archive_if_abandoned(session, proposal, editor)


def withdraw(session: Session, proposal: editorial.Proposal, user: User) -> None:
    """Only the change's author, and only while it waits: an editor's decision stands."""
    if proposal.request.author_id != user.id or proposal.request.status != "pending":
        raise PermissionError("only the author can withdraw a change that is still waiting")
    editorial.withdraw(session, proposal.request)
    audit(session, "withdraw", user, f"{proposal.request.resource_type} {proposal.entry.slug}")
    _archive_if_abandoned(session, proposal, user)


def _archive_if_abandoned(session: Session, proposal: editorial.Proposal, user: User) -> None:
    """A provider's new service is only a hidden draft until its proposal is approved.
    Once that proposal is rejected or withdrawn and nothing else waits for it, the draft
    has no way to go live: archive it, so it leaves the editors' lists, can still be
    restored for a while, and is then purged with other archived services."""
    entry = proposal.entry
    if (proposal.request.resource_type == "service" and entry.archived_at is None
            and editorial.never_published(session, entry)
            and entry.id not in editorial.pending_ids(session, "service")):
        archive(session, entry, user)


def restore(session: Session, kind: str, entry, number: int, user: User, note: str = "") -> Version | None:
    version = editorial.restore(session, kind, entry, number, user, note)
    if version is not None:
        audit(session, "restore", user, f"{kind} {entry.slug}: version {number} as {version.number}")
    return version


def archive(session: Session, service: Service, user: User) -> None:
    editorial.archive(session, service, user)
    audit(session, "archive", user, f"service {service.slug}")


def unarchive(session: Session, service: Service, user: User) -> None:
    editorial.unarchive(session, service, user)
    audit(session, "unarchive", user, f"service {service.slug}")


def purge_archived(session: Session, now: datetime | None = None) -> list[str]:
    """Delete services archived longer than they can be restored; returns their slugs."""
    slugs = editorial.purge_archived(session, now)
    for slug in slugs:
        audit(session, "purge", None, f"service {slug}")
    return slugs
