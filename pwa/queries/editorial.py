"""Editing the Local Offer: versions, providers' proposed changes, restoring and
archiving. Pure functions over a session, no Flask, so they can be tested with a session alone.

An entry's whole state (its own fields and its child rows) is a plain dict, so the
same dict can be a saved Version, a provider's proposal or a form's result, and any
two can be compared field by field: who changed which field, when, from what to what.
"""
import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from sqlalchemy import func
from sqlmodel import Session, SQLModel, delete, select

from pwa.models import (
    Attribute, Contact, Organization, Phone, Service, Taxonomy, TaxonomyTerm, new_id, utcnow,
)
from pwa.models.accounts import User
from pwa.models.editorial import ChangeRequest, Version
from pwa.models.information import InformationPage
from pwa.queries import search
from pwa.queries.kinds import KINDS
from pwa.queries.vocab import ACTIVE_STATUSES, DAYS

RETENTION = timedelta(days=30)  # archived entries can be restored this long, then purged


# --- Whole states -------------------------------------------------------------------

def snapshot(session: Session, resource_type: str, id: str) -> dict:
    """The entry's editable state: its fields, then its child rows (in a stable order,
    so an unchanged entry always gives an equal dict)."""
    kind = KINDS[resource_type]
    row = session.get(kind.model, id)
    data = {name: getattr(row, name) for name in kind.fields}
    for key, child in kind.children.items():
        model, names = child.model, child.fields
        stmt = select(model).where(getattr(model, child.parent) == id)
        if child.ordered:
            stmt = stmt.order_by(model.position)
        rows = session.exec(stmt).all()
        items = [{name: getattr(r, name) for name in names} for r in rows]
        if model is Contact:
            for item, contact in zip(items, rows, strict=True):
                item["phones"] = sorted(
                    ({"number": p.number, "description": p.description} for p in session.exec(
                        select(Phone).where(Phone.contact_id == contact.id)).all()),
                    key=_sort_key)
        data[key] = items
    for key, taxonomy in kind.terms.items():
        data[key] = list(session.exec(
            select(TaxonomyTerm.code).join(Attribute, Attribute.taxonomy_term_id == TaxonomyTerm.id)
            .join(Taxonomy, Taxonomy.id == TaxonomyTerm.taxonomy_id)
            .where(Attribute.link_id == id, Taxonomy.name == taxonomy)).all())
    return normalise(resource_type, data)


def normalise(resource_type: str, data: dict) -> dict:
    """Child rows in a stable order, so equal states compare equal."""
    data = dict(data)
    kind = KINDS[resource_type]
    for key, child in kind.children.items():
        if key in data and not child.ordered:
            data[key] = sorted(data[key], key=_schedule_key if key == "schedules" else _sort_key)
    for key in kind.terms:
        if key in data:
            data[key] = sorted(set(data[key]))
    return data


def apply(session: Session, resource_type: str, id: str, data: dict) -> None:
    """Make the live rows hold `data` (fields it leaves out are kept)."""
    kind = KINDS[resource_type]
    row = session.get(kind.model, id)
    for name in kind.fields:
        if name in data:
            setattr(row, name, data[name])
    session.add(row)
    for key, child_kind in kind.children.items():
        if key not in data:
            continue
        model, parent, names = child_kind.model, child_kind.parent, child_kind.fields
        if model is Contact:  # phones first: foreign keys are enforced
            session.exec(delete(Phone).where(Phone.contact_id.in_(
                select(Contact.id).where(Contact.service_id == id))))
        session.exec(delete(model).where(getattr(model, parent) == id))
        for position, item in enumerate(data[key]):
            child = model(**{parent: id}, **{n: item[n] for n in names if n in item},
                          **({"position": position} if child_kind.ordered else {}))
            session.add(child)
            if model is Contact:
                session.flush()
                for phone in item.get("phones", []):
                    session.add(Phone(contact_id=child.id, **phone))
    for key, taxonomy in kind.terms.items():
        if key in data:
            _link_terms(session, id, taxonomy, data[key])
    session.flush()


def _link_terms(session: Session, id: str, taxonomy: str, codes: list[str]) -> None:
    """The entry linked to exactly these terms of one taxonomy (its links to other
    taxonomies, such as kinds of support, stay as they are)."""
    terms = dict(session.exec(select(TaxonomyTerm.code, TaxonomyTerm.id)
                              .join(Taxonomy, Taxonomy.id == TaxonomyTerm.taxonomy_id)
                              .where(Taxonomy.name == taxonomy)).all())
    session.exec(delete(Attribute).where(Attribute.link_id == id,
                                         Attribute.taxonomy_term_id.in_(list(terms.values()))))
    for code in dict.fromkeys(codes):
        if code in terms:
            session.add(Attribute(link_id=id, taxonomy_term_id=terms[code]))


def diff(before: dict | None, after: dict) -> list[tuple[str, object, object]]:
    """(field, before, after) for each field whose value differs, in the entry's order."""
    before = before or {}
    names = list(after) + [k for k in before if k not in after]
    return [(k, before.get(k), after.get(k)) for k in names if before.get(k) != after.get(k)]


def _sort_key(item: dict) -> str:
    return json.dumps(item, sort_keys=True, default=str)


def _schedule_key(item: dict):
    first = (item.get("byday") or "").split(",")[0]
    return (DAYS.index(first) if first in DAYS else 7, item.get("opens_at", ""), _sort_key(item))


# --- Opening times: one form fieldset per weekday, stored as ORUK schedules ---------

def days_from_schedules(schedules: list[dict]) -> dict[str, list[tuple[str, str, str]]]:
    """Each weekday's sessions, (opens, closes, notes), earliest first."""
    days = {day: [] for day in DAYS}
    for s in schedules:
        for day in (s.get("byday") or "").split(","):
            if day in days:
                days[day].append((s["opens_at"], s["closes_at"], s.get("description", "")))
    return {day: sorted(sessions) for day, sessions in days.items()}


def schedules_from_days(days: dict[str, list[tuple[str, str, str]]]) -> list[dict]:
    """Group the days that share the same times and notes into one schedule each."""
    groups: dict[tuple, list[str]] = {}
    for day in DAYS:
        for opens, closes, notes in days.get(day, []):
            if opens and closes:
                groups.setdefault((opens, closes, notes), []).append(day)
    schedules = [{"byday": ",".join(d), "opens_at": o, "closes_at": c, "description": n}
                 for (o, c, n), d in groups.items()]
    return sorted(schedules, key=_schedule_key)


# --- Versions -------------------------------------------------------------------------

def record_version(session: Session, resource_type: str, entry, action: str,
                   user: User | None, note: str = "") -> Version:
    """Keep the entry's current state as the version its `version` number names."""
    version = Version(resource_type=resource_type, resource_id=entry.id, number=entry.version,
                      data=json.dumps(snapshot(session, resource_type, entry.id), default=str),
                      action=action, updated_by=user.id if user else None, note=note)
    session.add(version)
    return version


def ensure_history(session: Session, resource_type: str, entry) -> None:
    """Entries loaded from data files have no versions yet: their state as it stands
    becomes the first, so the first edit has something to compare with."""
    if not session.exec(select(Version.id).where(
            Version.resource_type == resource_type, Version.resource_id == entry.id)).first():
        record_version(session, resource_type, entry, "create", None)


def save(session: Session, resource_type: str, entry, data: dict, user: User | None,
         action: str = "edit", note: str = "") -> Version:
    """Apply a new state to the live entry, as the next version. (Its assured date is
    left alone: saving an entry is not checking that it is still correct.)"""
    ensure_history(session, resource_type, entry)
    apply(session, resource_type, entry.id, data)
    _bump(session, resource_type, entry)
    return record_version(session, resource_type, entry, action, user, note)


def _bump(session, resource_type, entry):
    entry.version += 1
    if resource_type in ("service", "information_page"):
        entry.last_modified = utcnow()
    session.add(entry)
    session.flush()
    if resource_type == "service":
        search.reindex_service(session, entry.id)
    elif resource_type == "organization":  # its name is in its services' search text
        for service_id in session.exec(select(Service.id).where(Service.organization_id == entry.id)):
            search.reindex_service(session, service_id)


@dataclass
class HistoryEntry:
    version: Version
    by: str | None  # the person's name; None for data loaded from files
    changes: list = field(default_factory=list)  # diff against the version before

    @property
    def data(self) -> dict:
        return json.loads(self.version.data)


def history(session: Session, resource_type: str, id: str) -> list[HistoryEntry]:
    """Every version, newest first, each with what changed since the one before."""
    rows = session.exec(select(Version, User.name).join(User, User.id == Version.updated_by, isouter=True)
                        .where(Version.resource_type == resource_type, Version.resource_id == id)
                        .order_by(Version.number, Version.at)).all()
    entries, before = [], None
    for version, name in rows:
        data = json.loads(version.data)
        entries.append(HistoryEntry(version, name, diff(before, data) if before is not None else []))
        before = data
    return entries[::-1]


def get_version(session: Session, resource_type: str, id: str, number: int) -> Version | None:
    return session.exec(select(Version).where(
        Version.resource_type == resource_type, Version.resource_id == id,
        Version.number == number).order_by(Version.at.desc())).first()


def restore(session: Session, resource_type: str, entry, number: int, user: User,
            note: str = "") -> Version | None:
    """A new version holding an earlier one's data; the public page follows."""
    old = get_version(session, resource_type, entry.id, number)
    if old is None:
        return None
    return save(session, resource_type, entry, json.loads(old.data), user, "restore", note)


# --- New entries ---------------------------------------------------------------------

def blank(resource_type: str) -> dict:
    """A new entry's state before anything is typed: each field's default (None where
    the entry must be given one), and no child rows or terms."""
    kind = KINDS[resource_type]
    fields = kind.model.model_fields
    data = {name: None if fields[name].is_required() or fields[name].default is None
            else fields[name].default for name in kind.fields}
    return {**data, **{key: [] for key in (*kind.children, *kind.terms)}}


def slug_for(session: Session, resource_type: str, name: str) -> str:
    """A web address made from the entry's name, unique among its kind: "-2", "-3" …
    when the name is taken."""
    model = KINDS[resource_type].model
    base = re.sub(r"[^a-z0-9]+", "-", unicodedata.normalize("NFKD", name).encode(
        "ascii", "ignore").decode().lower()).strip("-")[:80].strip("-") or resource_type.replace("_", "-")
    taken = set(session.exec(select(model.slug).where(
        (model.slug == base) | model.slug.startswith(f"{base}-", autoescape=True))).all())
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    return slug


def create(session: Session, resource_type: str, data: dict, user: User | None, note: str = "",
           **row) -> object:
    """A new entry holding `data` (and `row`: columns outside its versioned state, such as
    a service's organisation), with its first version. Its name makes its web address."""
    kind = KINDS[resource_type]
    entry = kind.model(id=new_id(), slug=slug_for(session, resource_type, data[kind.title]),
                       **{name: data[name] for name in kind.fields if name in data}, **row)
    session.add(entry)
    session.flush()
    apply(session, resource_type, entry.id, data)
    if resource_type == "service":
        search.reindex_service(session, entry.id)
    record_version(session, resource_type, entry, "create", user, note)
    return entry


def never_published(session: Session, service: Service | None) -> bool:
    """A service families have never been able to find: new, or only ever a draft."""
    if service is None:
        return True
    if service.status in ACTIVE_STATUSES:
        return False
    states = session.exec(select(Version.data).where(
        Version.resource_type == "service", Version.resource_id == service.id)).all()
    return not any(json.loads(state).get("status") in ACTIVE_STATUSES for state in states)


# --- Providers' proposals ---------------------------------------------------------

def propose(session: Session, resource_type: str, entry, data: dict, base_version: int,
            author: User) -> ChangeRequest:
    """A provider's change waits for an editor; the live entry is untouched. One
    pending request per entry per author: saving again updates it."""
    ensure_history(session, resource_type, entry)  # the version it starts from, to compare with
    request = pending_for(session, resource_type, entry.id, author)
    if request is None:
        request = ChangeRequest(resource_type=resource_type, resource_id=entry.id,
                                author_id=author.id, base_version=base_version, data="")
    request.data = json.dumps(data, default=str)
    request.base_version = base_version
    request.created = utcnow()
    session.add(request)
    return request


def own_changes(session: Session, request: ChangeRequest, live: dict) -> dict:
    """A waiting request laid over the live entry: the fields its author changed from
    the version they started from are theirs, the rest is live. So saving it again from
    another page (the easy read page, the main form) keeps what they proposed there and
    never undoes an editor's later change to a field they did not touch."""
    proposed = json.loads(request.data)
    base = get_version(session, request.resource_type, request.resource_id, request.base_version)
    if base is None:  # nothing to tell their changes apart by: all of it is theirs
        return proposed
    started = json.loads(base.data)
    return {**live, **{k: v for k, v in proposed.items() if started.get(k) != v}}


def pending_for(session: Session, resource_type: str, id: str, author: User) -> ChangeRequest | None:
    return session.exec(select(ChangeRequest).where(
        ChangeRequest.resource_type == resource_type, ChangeRequest.resource_id == id,
        ChangeRequest.author_id == author.id, ChangeRequest.status == "pending")).first()


@dataclass
class Proposal:
    request: ChangeRequest
    entry: object
    author: User

    @property
    def data(self) -> dict:
        return json.loads(self.request.data)

    @property
    def outdated(self) -> bool:
        """The live entry changed after the provider started."""
        return self.entry.version != self.request.base_version


def pending(session: Session) -> list[Proposal]:
    """Requests waiting for an editor, oldest first."""
    rows = session.exec(select(ChangeRequest, User).join(User, User.id == ChangeRequest.author_id)
                        .where(ChangeRequest.status == "pending").order_by(ChangeRequest.created)).all()
    return [Proposal(r, session.get(KINDS[r.resource_type].model, r.resource_id), author)
            for r, author in rows]


def get_proposal(session: Session, id: str) -> Proposal | None:
    request = session.get(ChangeRequest, id)
    if request is None:
        return None
    return Proposal(request, session.get(KINDS[request.resource_type].model, request.resource_id),
                    session.get(User, request.author_id))


def approve(session: Session, proposal: Proposal, editor: User, note: str = "",
            data: dict | None = None) -> Version:
    """Apply the proposal (or the editor's edit of it) as the author's new version."""
    version = save(session, proposal.request.resource_type, proposal.entry,
                   proposal.data if data is None else data, proposal.author, "approve", note)
    _decide(session, proposal.request, editor, "approved")
    return version


def reject(session: Session, proposal: Proposal, editor: User, reason: str) -> None:
    proposal.request.reason = reason
    _decide(session, proposal.request, editor, "rejected")


def withdraw(session: Session, request: ChangeRequest) -> None:
    """The author takes back a change before anyone decides on it: it leaves the
    editors' queue (which lists pending requests only) and the live entry is untouched."""
    request.status, request.decided_at = "withdrawn", utcnow()
    session.add(request)


def _decide(session, request, editor, status):
    request.status, request.decided_by, request.decided_at = status, editor.id, utcnow()
    session.add(request)


# --- Archiving: hidden at once, restorable for 30 days, then purged ---------------

def archive(session: Session, service: Service, user: User, now: datetime | None = None) -> None:
    ensure_history(session, "service", service)
    service.archived_at = now or utcnow()
    _bump(session, "service", service)
    record_version(session, "service", service, "archive", user)


def unarchive(session: Session, service: Service, user: User) -> None:
    service.archived_at = None
    _bump(session, "service", service)
    record_version(session, "service", service, "unarchive", user)


def restorable_until(service: Service) -> datetime | None:
    return _aware(service.archived_at) + RETENTION if service.archived_at else None


def purge_archived(session: Session, now: datetime | None = None) -> list[str]:
    """Delete services archived more than 30 days ago, with every row that refers to
    them; returns their slugs."""
    cutoff = (now or datetime.now(timezone.utc)) - RETENTION
    services = [s for s in session.exec(select(Service).where(Service.archived_at.is_not(None))).all()
                if _aware(s.archived_at) < cutoff]
    slugs = [s.slug for s in services]
    delete_services(session, [s.id for s in services])
    return slugs


def delete_services(session: Session, ids: list[str]) -> None:
    """Gone for good: the services, their versions, proposals and search rows, and every
    row that refers to them."""
    if not ids:
        return
    for model in (Version, ChangeRequest):
        session.exec(delete(model).where(model.resource_type == "service", model.resource_id.in_(ids)))
    search.unindex_services(session, ids)
    _delete_tree(session, Service.__table__, ids)


def _delete_tree(session: Session, table, ids: list) -> None:
    """Delete rows by primary key after every row that refers to them (foreign keys are
    enforced), whichever area's table that is: saved reviews, easy read text …"""
    pk = list(table.primary_key.columns)[0]
    for child in SQLModel.metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table is table and child is not table:
                child_pk = list(child.primary_key.columns)[0]
                child_ids = list(session.exec(select(child_pk).where(fk.parent.in_(ids))).all())
                if child_ids:
                    _delete_tree(session, child, child_ids)
    session.exec(table.delete().where(pk.in_(ids)))


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


# --- Lists -------------------------------------------------------------------------

def list_services(session: Session, q: str = "", archived: bool = False,
                  organization_id: str | None = None) -> list[tuple[Service, str]]:
    stmt = (select(Service, Organization.name)
            .join(Organization, Organization.id == Service.organization_id)
            .where(Service.archived_at.is_not(None) if archived else Service.archived_at.is_(None)))
    if q.strip():
        stmt = stmt.where(func.lower(Service.name).contains(q.strip().lower(), autoescape=True))
    if organization_id is not None:  # a provider's own services only
        stmt = stmt.where(Service.organization_id == organization_id)
    return list(session.exec(stmt.order_by(Service.name)).all())


def list_rows(session: Session, resource_type: str) -> list:
    model = KINDS[resource_type].model
    return list(session.exec(select(model).order_by(model.name)).all())


def list_information_pages(session: Session) -> list[InformationPage]:
    """Every information page, archived ones too, by title."""
    return list(session.exec(select(InformationPage).order_by(InformationPage.title)).all())


def pending_ids(session: Session, resource_type: str) -> set[str]:
    return set(session.exec(select(ChangeRequest.resource_id).where(
        ChangeRequest.resource_type == resource_type, ChangeRequest.status == "pending")).all())
