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
from pwa.queries import editorial
from pwa.queries.accounts import audit


@dataclass
class Outcome:
    """What a save did: "unchanged", "proposed", "approved" or "saved"."""

    status: str
    version: Version | None = None
    request: ChangeRequest | None = None


def submit(session: Session, kind: str, entry, data: dict, live: dict, user: User,
           proposal: editorial.Proposal | None = None, note: str = "") -> Outcome:
    """Save `data` as `user` may: propose it (providers), approve `proposal` with these
    changes (editors editing a proposal), or save it live (editors). `note` goes on an
    approved version."""
    if not editorial.diff(live, data) and proposal is None:
        return Outcome("unchanged")
    if user.role == "provider":
        return Outcome("proposed", request=editorial.propose(session, kind, entry, data, entry.version, user))
    if proposal is not None:
        version = editorial.approve(session, proposal, user, data=data, note=note)
        audit(session, "approve", user, f"{kind} {entry.slug} version {version.number}, edited")
        return Outcome("approved", version)
    version = editorial.save(session, kind, entry, data, user)
    audit(session, "edit", user, f"{kind} {entry.slug} version {version.number}")
    return Outcome("saved", version)


def approve(session: Session, proposal: editorial.Proposal, editor: User, note: str = "") -> Version:
    version = editorial.approve(session, proposal, editor, note=note)
    audit(session, "approve", editor, f"{proposal.request.resource_type} {proposal.entry.slug} "
                                      f"version {version.number}")
    return version


def reject(session: Session, proposal: editorial.Proposal, editor: User, reason: str) -> None:
    editorial.reject(session, proposal, editor, reason)
    audit(session, "reject", editor, f"{proposal.request.resource_type} {proposal.entry.slug}: {reason}")


def withdraw(session: Session, proposal: editorial.Proposal, user: User) -> None:
    """Only the change's author, and only while it waits: an editor's decision stands."""
    if proposal.request.author_id != user.id or proposal.request.status != "pending":
        raise PermissionError("only the author can withdraw a change that is still waiting")
    editorial.withdraw(session, proposal.request)
    audit(session, "withdraw", user, f"{proposal.request.resource_type} {proposal.entry.slug}")


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
