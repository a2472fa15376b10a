"""Archiving and purging, and the edit forms' faithfulness to the data."""
from datetime import datetime, timedelta, timezone

import pytest
from sqlmodel import Session, select

from pages import PageHelper
from pwa.editing.forms import LocationForm, OrganisationForm, ServiceForm
from pwa.models import Contact, Phone, Schedule, Service, ServiceSearch
from pwa.models.accounts import AuditEvent
from pwa.models.editorial import ChangeRequest, Version
from pwa.queries import editorial
from test_editing import own_service, signed_in  # noqa: F401  (fixtures shared with the edit tests)


@pytest.fixture
def db(app):
    with Session(app.extensions["engine"]) as s:
        yield s


def test_archive_hides_restore_brings_back_and_purge_deletes(app, users, own_service, db):
    editor, public = signed_in(app, users, "editor"), app.test_client()
    service = db.exec(select(Service).where(Service.slug == own_service)).one()
    db.add(Contact(service_id=service.id, name="Pool desk"))
    db.commit()
    assert public.get("/services?q=Splash").get_data(as_text=True).count(own_service) >= 1

    token = PageHelper(editor)(f"/admin/services/{own_service}/edit").select_one(
        f"form[action='/admin/services/{own_service}/archive'] input[name=csrf_token]")["value"]
    assert editor.post(f"/admin/services/{own_service}/archive", data={"csrf_token": token}).status_code == 302
    assert public.get(f"/services/{own_service}").status_code == 404
    assert own_service not in public.get("/services?q=Splash").get_data(as_text=True)
    archived = PageHelper(editor)("/admin/services?archived=1")
    assert own_service in archived.decode() and archived.select_one(
        f"form[action='/admin/services/{own_service}/unarchive'] button")
    assert own_service not in PageHelper(editor)("/admin/services").decode()

    editor.post(f"/admin/services/{own_service}/unarchive", data={"csrf_token": token})
    assert public.get(f"/services/{own_service}").status_code == 200
    editor.post(f"/admin/services/{own_service}/archive", data={"csrf_token": token})

    db.expire_all()
    service = db.get(Service, service.id)
    archived_at, service_id = service.archived_at.replace(tzinfo=timezone.utc), service.id
    assert own_service not in editorial.purge_archived(db, now=archived_at + timedelta(days=29))
    # other tests' archived services (abandoned drafts) may go in the same purge
    assert own_service in editorial.purge_archived(db, now=archived_at + timedelta(days=31))
    db.commit()
    for model, column in ((Service, Service.id), (Schedule, Schedule.service_id),
                          (Contact, Contact.service_id), (ServiceSearch, ServiceSearch.service_id),
                          (Version, Version.resource_id), (ChangeRequest, ChangeRequest.resource_id)):
        assert db.exec(select(model).where(column == service_id)).first() is None, model
    actions = set(db.exec(select(AuditEvent.action).where(AuditEvent.detail == f"service {own_service}")))
    assert {"archive", "unarchive"} <= actions


def test_purge_command_deletes_only_services_archived_over_30_days_ago(app, users, own_service, db):
    service = db.exec(select(Service).where(Service.slug == own_service)).one()
    service.archived_at = datetime.now(timezone.utc) - timedelta(days=31)
    db.add(service)
    db.commit()
    result = app.test_cli_runner().invoke(args=["purge-archived"])
    assert result.exit_code == 0 and "Purged 1 archived services." in result.output
    db.expire_all()
    assert db.exec(select(Service).where(Service.slug == own_service)).first() is None
    assert db.exec(select(AuditEvent).where(AuditEvent.action == "purge",
                                            AuditEvent.detail == f"service {own_service}")).first()


def test_every_demo_entry_survives_an_untouched_save(app, db):
    """Loading each entry into its form and reading it back changes nothing: no
    schedule, second session or access note is lost by the form."""
    with app.test_request_context():
        for resource_type, form_cls in (("service", ServiceForm), ("organization", OrganisationForm),
                                        ("location", LocationForm)):
            for entry in editorial.list_rows(db, resource_type):
                live = editorial.snapshot(db, resource_type, entry.id)
                form = form_cls.load(live, entry.version)
                state = editorial.normalise(resource_type, {**live, **form.state(live)})
                assert editorial.diff(live, state) == [], (resource_type, entry.slug)


def test_opening_times_group_days_with_the_same_hours():
    days = {"MO": [("09:00", "17:00", "")], "TU": [("09:00", "17:00", "")],
            "WE": [("09:00", "12:00", ""), ("13:00", "17:00", "Drop-in")], "SA": []}
    assert editorial.schedules_from_days(days) == [
        {"byday": "MO,TU", "opens_at": "09:00", "closes_at": "17:00", "description": ""},
        {"byday": "WE", "opens_at": "09:00", "closes_at": "12:00", "description": ""},
        {"byday": "WE", "opens_at": "13:00", "closes_at": "17:00", "description": "Drop-in"}]
    assert editorial.days_from_schedules(editorial.schedules_from_days(days))["WE"] == days["WE"]


def test_diff_lists_changed_fields_in_order():
    before = {"name": "A", "minimum_age": 0, "schedules": []}
    after = {"name": "B", "minimum_age": 0, "schedules": [{"byday": "MO"}]}
    assert editorial.diff(before, after) == [("name", "A", "B"), ("schedules", [], [{"byday": "MO"}])]


def test_phones_survive_an_approved_change(app, users, own_service, db):
    service = db.exec(select(Service).where(Service.slug == own_service)).one()
    contact = Contact(service_id=service.id, name="Desk")
    db.add(contact)
    db.flush()
    db.add(Phone(contact_id=contact.id, number="0121 496 0000"))
    db.commit()
    editorial.save(db, "service", service, {"name": "Splash club for all"}, None)
    db.commit()
    data = editorial.snapshot(db, "service", service.id)
    assert data["contacts"][0]["phones"] == [{"number": "0121 496 0000", "description": ""}]
    assert [v.version.number for v in editorial.history(db, "service", service.id)] == [2, 1]


def test_save_restore_archive_and_purge_on_both_engines(session):
    """The same query functions on SQLite and PostgreSQL, search index included."""
    from pwa.models import Organization
    from pwa.queries.search import Filters, search_services

    org = session.exec(select(Organization).order_by(Organization.slug)).first()
    service = Service(slug="engine-test-service", organization_id=org.id, name="Quokka club",
                      description="Paddling.", provider_type="leisure")
    session.add(service)
    session.flush()
    try:
        editorial.save(session, "service", service, {"name": "Zorbing club"}, None)
        found = search_services(session, Filters(q="zorbing"))
        assert [s.slug for s, _org in found.services] == ["engine-test-service"]
        editorial.restore(session, "service", service, 1, None)
        assert service.name == "Quokka club" and service.version == 3
        assert search_services(session, Filters(q="zorbing")).total == 0
        assert search_services(session, Filters(q="quokka")).total == 1
        editorial.archive(session, service, None, now=datetime(2030, 1, 1, tzinfo=timezone.utc))
        assert search_services(session, Filters(q="quokka")).total == 0
        assert editorial.purge_archived(session, datetime(2030, 2, 1, tzinfo=timezone.utc)) == [
            "engine-test-service"]
        assert session.exec(select(Version).where(Version.resource_id == service.id)).first() is None
    finally:
        session.rollback()
