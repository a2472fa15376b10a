"""Editing with moderation, history and no lost updates."""
import pytest
from sqlmodel import Session, select

from bs4 import BeautifulSoup

from browser_form import form_data
from pages import PageHelper, check_invariants, sign_in_as
from pwa.models import Schedule, Service
from pwa.models.accounts import AuditEvent, OutboxEmail
from pwa.models.editorial import ChangeRequest
from pwa.queries import editorial, search


@pytest.fixture
def db(app):
    with Session(app.extensions["engine"]) as s:
        yield s


def signed_in(app, users, key):
    client = app.test_client()
    return sign_in_as(client, users[key].id)


def post_form(client, path, changes):
    """Fetch the edit form as that person sees it, change some fields, send it."""
    soup = PageHelper(client)(path)
    return client.post(path, data={**form_data(soup), **changes}), soup


def parsed(response, path):
    """A re-shown form (a POST's answer), checked like every page."""
    assert response.status_code == 200, response.status_code
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    check_invariants(soup, path)
    return soup


def public_times(client, slug):
    return client.get(f"/services/{slug}").get_data(as_text=True)


def test_provider_change_waits_for_approval_then_history_and_restore(app, users, db):
    """The issue's "done when": a provider updates opening times; the public page is
    unchanged until an editor approves; the history shows both versions; restoring the
    old one puts the public page back."""
    slug = users["provider_service"]
    provider, editor = signed_in(app, users, "provider"), signed_in(app, users, "editor")
    public = app.test_client()
    edit = f"/admin/services/{slug}/edit"
    assert "19:45" not in public_times(public, slug)

    response, _ = post_form(provider, edit, {"sa_opens": "10:15", "sa_closes": "19:45",
                                                    "sa_notes": "Saturday club"})
    assert response.status_code == 302
    assert "19:45" not in public_times(public, slug)  # the approved version stays live
    form = PageHelper(provider)(edit)
    assert "Waiting for approval" in form.text and form.select_one("#sa_closes")["value"] == "19:45"
    assert "Waiting for approval" in PageHelper(provider)("/admin/services").text

    request_id = db.exec(select(ChangeRequest.id).where(ChangeRequest.status == "pending")).one()
    change = PageHelper(editor)(f"/admin/changes/{request_id}")
    table = change.select_one("table#change-table")
    assert table.caption and [th["scope"] for th in table.select("thead th")] == ["col"] * 3
    row = table.select_one("tbody tr")
    assert row.th["scope"] == "row" and row.th.text == "Opening times" and "Saturday: 10:15 to 19:45" in row.text
    token = change.select_one(f"form[action='/admin/changes/{request_id}/approve'] input[name=csrf_token]")["value"]
    assert editor.post(f"/admin/changes/{request_id}/approve", data={"csrf_token": token}).status_code == 302
    assert "Saturday club" in public_times(public, slug)
    assert db.exec(select(OutboxEmail).where(OutboxEmail.to == users["provider"].email,
                                             OutboxEmail.subject.contains("is live"))).first()

    history = PageHelper(editor)(f"/admin/services/{slug}/history")
    headings = [h.text for h in history.select("main h2")]
    assert headings[0].startswith("Version 2: Change approved") and headings[-1].startswith("Version 1")
    assert "Provider" in history.text and "Approved by Editor" in history.text
    assert "Saturday: 10:15 to 19:45" in history.select_one("table").text
    PageHelper(editor)(f"/admin/services/{slug}/history/1")

    token = history.select_one("form[action$='/history/1/restore'] input[name=csrf_token]")["value"]
    response = editor.post(f"/admin/services/{slug}/history/1/restore", data={"csrf_token": token})
    assert response.status_code == 302
    assert "Saturday club" not in public_times(public, slug)  # the public page follows
    assert "Version 3: Earlier version restored" in PageHelper(editor)(f"/admin/services/{slug}/history").text
    actions = set(db.exec(select(AuditEvent.action).where(AuditEvent.user_id == users["editor"].id)))
    assert {"approve", "restore"} <= actions


@pytest.fixture
def own_service(db, users):
    """A service of our own in the provider's organisation, so tests may change it freely."""
    import uuid

    org = db.exec(select(Service.organization_id).where(Service.slug == users["provider_service"])).one()
    service = Service(slug=f"test-{uuid.uuid4().hex[:8]}", organization_id=org, name="Splash club",
                      description="Swimming for children who find pools noisy.", provider_type="leisure",
                      minimum_age=5, maximum_age=11)
    db.add(service)
    db.flush()
    db.add(Schedule(service_id=service.id, byday="SA", opens_at="09:00", closes_at="10:00",
                    description="Term time only"))
    search.reindex_service(db, service.id)
    service_id = service.id
    db.commit()
    yield service.slug
    db.rollback()
    editorial.delete_services(db, [service_id])  # other tests count the demo's services
    db.commit()


def test_the_second_save_gets_a_conflict_and_loses_nothing(app, users, own_service):
    edit = f"/admin/services/{own_service}/edit"
    first, second = signed_in(app, users, "editor"), signed_in(app, users, "admin")
    first_form = form_data(PageHelper(first)(edit))
    second_form = form_data(PageHelper(second)(edit))

    assert first.post(edit, data={**first_form, "wait_time": "Two weeks"}).status_code == 302
    mine = {**second_form, "wait_time": "A month", "alert": "Full until May"}
    response = second.post(edit, data=mine)
    assert response.status_code == 200  # re-shown, not saved (and htmx would swap a 200)
    soup = parsed(response, edit)
    box = soup.select_one("#conflict")
    assert box["role"] == "alert" and "Someone else saved this entry" in box.text
    rows = {tr.th.text: [td.text for td in tr.select("td")] for tr in box.select("tbody tr")}
    assert rows == {"How long it takes": ["Two weeks", "A month"],
                    "Notice for families": ["", "Full until May"]}
    assert soup.select_one("#wait_time")["value"] == "A month"  # nothing typed is lost
    assert soup.select_one("#alert")["value"] == "Full until May"
    assert soup.select_one("main form[novalidate] button[type=submit]").text == "Save my version anyway"
    assert box.select_one("a[href='/admin/services']")  # cancel: keep theirs

    response = second.post(edit, data=form_data(soup))  # now based on the newer version
    assert response.status_code == 302
    public = app.test_client().get(f"/services/{own_service}").get_data(as_text=True)
    assert "A month" in public and "Full until May" in public


def test_errors_are_summarised_linked_and_keep_what_was_typed(app, users, own_service):
    edit = f"/admin/services/{own_service}/edit"
    editor = signed_in(app, users, "editor")
    data = {**form_data(PageHelper(editor)(edit)), "name": "Splash club!", "minimum_age": "12",
            "maximum_age": "8", "mo_opens": "09:00", "mo_closes": "", "tu_opens": "25:00",
            "tu_closes": "10:00"}
    response = editor.post(edit, data=data)
    soup = parsed(response, edit)
    assert soup.title.text.startswith("Error: Edit Splash club")
    links = [a["href"] for a in soup.select(".error-summary a")]
    assert links == ["#maximum_age", "#mo_closes", "#tu_opens"]
    assert soup.select_one("#name")["value"] == "Splash club!" and soup.select_one("#tu_opens")["value"] == "25:00"
    assert "Splash club!" not in app.test_client().get(f"/services/{own_service}").get_data(as_text=True)


def test_rejecting_needs_a_reason_and_emails_it(app, users, own_service, db):
    provider, editor = signed_in(app, users, "provider"), signed_in(app, users, "editor")
    response, _ = post_form(provider, f"/admin/services/{own_service}/edit",
                            {"description": "We are closing."})
    assert response.status_code == 302
    change = db.exec(select(ChangeRequest).where(ChangeRequest.status == "pending",
                                                 ChangeRequest.author_id == users["provider"].id)).one()
    path = f"/admin/changes/{change.id}"
    assert change.id in PageHelper(editor)("/admin/changes").select_one("main table").decode()
    token = PageHelper(editor)(path).select_one("input[name=csrf_token]")["value"]
    response = editor.post(f"{path}/reject", data={"csrf_token": token, "reason": " "})
    soup = parsed(response, path)
    assert soup.title.text.startswith("Error:") and soup.select_one(".error-summary a[href='#reason']")
    response = editor.post(f"{path}/reject", data={"csrf_token": token,
                                                   "reason": "Please tell families where to go instead."})
    assert response.status_code == 302
    email = db.exec(select(OutboxEmail).where(OutboxEmail.to == users["provider"].email)
                    .order_by(OutboxEmail.created.desc())).first()
    assert "not approved" in email.subject and "Please tell families where to go instead." in email.body
    db.refresh(change)
    assert change.status == "rejected" and change.decided_by == users["editor"].id
    assert "We are closing." not in app.test_client().get(f"/services/{own_service}").get_data(as_text=True)


def test_providers_edit_only_their_own_organisation(app, users, own_service, db):
    other = signed_in(app, users, "other_provider")
    assert other.get(f"/admin/services/{own_service}/edit").status_code == 403
    assert other.get("/admin/services/no-such-service/edit").status_code == 404
    assert other.get("/admin/locations").status_code == 403
    provider = signed_in(app, users, "provider")
    slugs = provider.get("/admin/services").get_data(as_text=True)
    assert own_service in slugs
    theirs = db.exec(select(Service.slug).where(
        Service.organization_id != users["provider"].organization_id)).first()
    assert theirs not in slugs
    assert provider.get(f"/admin/services/{theirs}/edit").status_code == 403


@pytest.mark.parametrize("path", [
    "/admin/services/{slug}/edit", "/admin/services/{slug}/archive",
    "/admin/services/{slug}/unarchive", "/admin/services/{slug}/history/1/restore"])
def test_every_post_needs_a_csrf_token(app, users, own_service, path):
    editor = signed_in(app, users, "editor")
    assert editor.post(path.format(slug=own_service), data={"name": "x"}).status_code == 400


def test_editor_edits_a_proposal_before_approving_it(app, users, own_service, db):
    provider, editor = signed_in(app, users, "provider"), signed_in(app, users, "editor")
    edit = f"/admin/services/{own_service}/edit"
    post_form(provider, edit, {"wait_time": "Two weeks", "alert": "New times from June"})
    change = db.exec(select(ChangeRequest).where(ChangeRequest.resource_id == db.exec(
        select(Service.id).where(Service.slug == own_service)).one())).one()
    post_form(editor, edit, {"name": "Splash club (Millbrook pool)"})  # the entry moves on
    page = PageHelper(editor)(f"/admin/changes/{change.id}")
    assert "The entry has changed since Provider started this change" in page.text
    rows = {tr.th.text: [td.text for td in tr.select("td")] for tr in page.select("tbody tr")}
    assert rows["Name"] == ["Splash club (Millbrook pool)", "Splash club"]  # against live

    form = PageHelper(editor)(page.select_one("a[href*='?change=']")["href"])
    assert form.select_one("#alert")["value"] == "New times from June"
    assert "You are editing the change Provider proposed" in form.text
    data = {**form_data(form), "name": "Splash club (Millbrook pool)", "alert": "New times from 1 June"}
    assert editor.post(form.select_one("form[novalidate]")["action"], data=data).status_code == 302
    public = app.test_client().get(f"/services/{own_service}").get_data(as_text=True)
    assert "New times from 1 June" in public and "Two weeks" in public
    db.refresh(change)
    assert change.status == "approved" and change.decided_by == users["editor"].id
    service = db.exec(select(Service).where(Service.slug == own_service)).one()
    assert service.assured_date is None  # saving is not checking
