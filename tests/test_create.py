"""New entries from the interface: editors add each kind of entry; a provider proposes
a new service for its own organisation, which waits for approval; a new service cannot
be published until its completeness checklist is done, but can be kept as a draft."""
import json

import pytest
from bs4 import BeautifulSoup
from sqlmodel import Session, select

from browser_form import form_data
from pages import PageHelper, check_invariants, sign_in_as
from pwa.models import Location, Organization, Service, utcnow
from pwa.models.accounts import AuditEvent
from pwa.models.editorial import ChangeRequest, Version
from pwa.models.information import InformationPage


@pytest.fixture
def db(app):
    with Session(app.extensions["engine"]) as s:
        yield s


def signed_in(app, users, key):
    return sign_in_as(app.test_client(), users[key].id)


def send(client, path, fields):
    """Fill in the empty form as its page offers it, and send it."""
    soup = PageHelper(client)(path)
    return client.post(path, data={**form_data(soup), **fields})


def reshown(response, path):
    assert response.status_code == 200, response.status_code
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    check_invariants(soup, path)
    return soup


def complete_service(name, **more):
    """Everything the checklist asks for, for a service that is not an education provider."""
    return {"name": name, "description": "Weekend swimming sessions with trained staff.",
            "minimum_age": "5", "maximum_age": "18", "provider_type": "leisure",
            "needs": ["autism", "physical-disability"], "support": ["leisure"],
            "application_process": "Book online.",
            "email": "swim@example.org", "free": "y", "status": "active", **more}


def public(app, path):
    return app.test_client().get(path)


def searched(app, words):
    return app.test_client().get(f"/services?q={words}").get_data(as_text=True)


def test_an_editor_creates_a_service_from_nothing_and_it_goes_live(app, users, db):
    editor = signed_in(app, users, "editor")
    assert "/admin/services/new" in editor.get("/admin/").get_data(as_text=True)
    assert "/admin/services/new" in editor.get("/admin/services").get_data(as_text=True)
    page = PageHelper(editor)("/admin/services/new")
    assert page.h1.text.strip() == "New service" and page.title.text.startswith("New service")
    assert page.select_one("select#organisation") and page.select_one("#checklist")
    org = db.exec(select(Organization).order_by(Organization.slug)).first()

    response = send(editor, "/admin/services/new", complete_service(
        "Quokka Swim Club", organisation=org.id, paid="Pool hire | 3.50 | per session"))
    assert response.status_code == 302
    service = db.exec(select(Service).where(Service.name == "Quokka Swim Club")).one()
    assert service.slug == "quokka-swim-club" and service.organization_id == org.id
    assert response.headers["Location"].endswith(f"/admin/services/{service.slug}/edit")

    assert public(app, f"/services/{service.slug}").status_code == 200
    assert "Quokka Swim Club" in searched(app, "quokka")
    assert "Quokka Swim Club" in searched(app, "quokka&need=autism&kind=leisure")
    assert "Quokka Swim Club" not in searched(app, "quokka&kind=health")
    api = json.loads(public(app, "/api/v3/services?search=quokka").get_data(as_text=True))
    assert [s["name"] for s in api["contents"]] == ["Quokka Swim Club"]

    version = db.exec(select(Version).where(Version.resource_id == service.id)).one()
    state = json.loads(version.data)
    assert version.action == "create" and version.number == 1 and version.updated_by == users["editor"].id
    assert state["needs"] == ["autism", "physical-disability"] and state["support"] == ["leisure"]
    assert sorted(c["amount"] for c in state["costs"]) == [0.0, 3.5]
    assert db.exec(select(AuditEvent).where(AuditEvent.action == "create",
                                            AuditEvent.detail == f"service {service.slug} version 1")).one()
    # the edit page shows what was saved, and a save without changes saves nothing
    form = PageHelper(editor)(f"/admin/services/{service.slug}/edit")
    assert form.select_one("textarea#paid").text.strip() == "Pool hire | 3.5 | per session"
    assert "everything a complete entry needs" in form.select_one("#checklist").text
    again = send(editor, f"/admin/services/{service.slug}/edit", {"needs": ["autism", "physical-disability"],
                                                                   "support": ["leisure"]})
    assert again.status_code == 302
    assert len(db.exec(select(Version).where(Version.resource_id == service.id)).all()) == 1


def test_the_same_name_twice_gets_a_web_address_of_its_own(app, users, db):
    editor = signed_in(app, users, "editor")
    org = db.exec(select(Organization).order_by(Organization.slug)).first()
    for _n in range(2):
        assert send(editor, "/admin/services/new", complete_service(
            "Otter Café!", organisation=org.id)).status_code == 302
    slugs = sorted(db.exec(select(Service.slug).where(Service.name == "Otter Café!")).all())
    assert slugs == ["otter-cafe", "otter-cafe-2"]


@pytest.mark.parametrize("segment, fields, model, public_path", [
    ("organisations", {"name": "Wombat Parents Network", "email": "hello@wombat.example"},
     Organization, "/organisations/{slug}"),
    ("locations", {"name": "Wombat Hall", "address_1": "1 Burrow Lane", "city": "Millbrook",
                   "postal_code": "mb1 2ab", "accessibility": "Step-free entrance: ramp at the side"},
     Location, None),
    ("information", {"title": "Wombat guide to short breaks", "topic": "money-and-short-breaks",
                     "body": "Short breaks give families **time off**."},
     InformationPage, "/information/{slug}"),
])
def test_an_editor_creates_each_other_kind(app, users, db, segment, fields, model, public_path):
    editor = signed_in(app, users, "editor")
    path = f"/admin/{segment}/new"
    assert path in editor.get("/admin/").get_data(as_text=True)
    assert path in editor.get(f"/admin/{segment}").get_data(as_text=True)
    response = send(editor, path, fields)
    assert response.status_code == 302
    name = fields.get("name") or fields["title"]
    entry = db.exec(select(model).where(getattr(model, "title" if model is InformationPage else "name")
                                        == name)).one()
    assert entry.slug.startswith("wombat-")
    assert name in editor.get(f"/admin/{segment}").get_data(as_text=True)
    if public_path:
        assert name in public(app, public_path.format(slug=entry.slug)).get_data(as_text=True)
    if model is Location:
        state = json.loads(db.exec(select(Version.data).where(Version.resource_id == entry.id)).one())
        assert state["addresses"][0]["postal_code"] == "MB1 2AB"
        assert state["accessibility"] == [{"description": "Step-free entrance", "details": "ramp at the side"}]
    assert db.exec(select(Version).where(Version.resource_id == entry.id, Version.action == "create")).one()
    assert db.exec(select(AuditEvent).where(AuditEvent.action == "create",
                                            AuditEvent.detail.startswith(f"{model.__name__.lower()}"[:4]))).first()
    if model is InformationPage:  # the information tests expect the demo's pages alone
        entry.archived_at = utcnow()
        db.add(entry)
        db.commit()


def test_providers_cannot_add_the_councils_own_kinds(app, users):
    provider = signed_in(app, users, "provider")
    for segment in ("organisations", "locations", "information"):
        assert provider.get(f"/admin/{segment}/new").status_code == 403


def test_a_provider_proposes_a_service_and_an_editor_approves_it(app, users, db):
    provider, editor = signed_in(app, users, "provider"), signed_in(app, users, "editor")
    page = PageHelper(provider)("/admin/services/new")
    assert page.select_one("select#organisation") is None  # always their own organisation
    assert "Send for approval" in page.text
    response = send(provider, "/admin/services/new", complete_service("Numbat Sensory Play"))
    assert response.status_code == 302
    service = db.exec(select(Service).where(Service.name == "Numbat Sensory Play")).one()
    assert service.organization_id == users["provider"].organization_id

    # waiting: not public, not found, not in the API or the sitemap
    assert public(app, f"/services/{service.slug}").status_code == 404
    assert "Numbat" not in searched(app, "numbat")
    assert "Numbat" not in public(app, "/api/v3/services?search=numbat").get_data(as_text=True)
    assert service.slug not in public(app, "/sitemap-en.xml").get_data(as_text=True)
    assert "Waiting for approval" in PageHelper(provider)("/admin/services").text
    assert db.exec(select(AuditEvent).where(AuditEvent.action == "propose",
                                            AuditEvent.detail == f"new service {service.slug}")).one()

    request = db.exec(select(ChangeRequest).where(ChangeRequest.resource_id == service.id)).one()
    queue = PageHelper(editor)("/admin/changes")
    row = next(th for th in queue.select("tbody th") if "Numbat Sensory Play" in th.text)
    assert "New service" in row.text
    assert not any("New service" in th.text for th in queue.select("tbody th") if "Numbat" not in th.text)
    change = PageHelper(editor)(f"/admin/changes/{request.id}")
    assert "New service" in change.text and "Approving it publishes it" in change.text
    assert "everything a complete entry needs" in change.select_one("#checklist").text
    token = change.select_one(f"form[action='/admin/changes/{request.id}/approve'] input[name=csrf_token]")["value"]
    assert editor.post(f"/admin/changes/{request.id}/approve", data={"csrf_token": token}).status_code == 302

    assert public(app, f"/services/{service.slug}").status_code == 200
    assert "Numbat Sensory Play" in searched(app, "numbat")
    assert "Numbat" in public(app, "/api/v3/services?search=numbat").get_data(as_text=True)
    history = [v.action for v in db.exec(select(Version).where(Version.resource_id == service.id)
                                         .order_by(Version.number)).all()]
    assert history == ["create", "approve"]


def test_a_provider_cannot_add_a_service_to_another_organisation(app, users, db):
    provider = signed_in(app, users, "provider")
    other = users["other_provider"].organization_id
    before = len(db.exec(select(Service.id)).all())
    response = send(provider, "/admin/services/new", complete_service("Bilby Club", organisation=other))
    assert response.status_code == 403
    assert len(db.exec(select(Service.id)).all()) == before
    assert not db.exec(select(Service).where(Service.name == "Bilby Club")).first()


def test_the_checklist_blocks_publishing_until_it_is_complete_but_a_draft_saves(app, users, db):
    editor = signed_in(app, users, "editor")
    org = db.exec(select(Organization).order_by(Organization.slug)).first()
    empty = PageHelper(editor)("/admin/services/new")
    items = {a["href"]: a.text for a in empty.select("#checklist li a")}
    assert list(items) == ["#minimum_age", "#needs", "#application_process", "#email", "#free"]
    for href in items:  # each item links to a field on the page
        assert empty.select_one(href) is not None

    typed = {"name": "Echidna Youth Club", "description": "Games and friends on Fridays.",
             "minimum_age": "11", "maximum_age": "18", "provider_type": "maintained-school",
             "organisation": org.id, "status": "active", "answer_c": "Small groups."}
    refused = send(editor, "/admin/services/new", typed)
    soup = reshown(refused, "/admin/services/new")
    assert soup.title.text.startswith("Error: New service")
    summary = soup.select_one(".error-summary")
    assert "cannot be published until the checklist is complete" in summary.text
    assert summary.select_one("a")["href"] == "#status"
    assert soup.select_one("#name")["value"] == "Echidna Youth Club"  # what was typed is kept
    assert soup.select_one("#answer_c").text.strip() == "Small groups."
    missing = [a.text for a in soup.select("#checklist li a")]
    assert len(missing) == 5 and any("10 questions" in text for text in missing)  # a school answers para 5
    assert not db.exec(select(Service).where(Service.name == "Echidna Youth Club")).first()

    draft = send(editor, "/admin/services/new", {**typed, "status": "inactive"})
    assert draft.status_code == 302
    service = db.exec(select(Service).where(Service.name == "Echidna Youth Club")).one()
    assert service.status == "inactive" and public(app, f"/services/{service.slug}").status_code == 404

    edit = f"/admin/services/{service.slug}/edit"
    still = send(editor, edit, {"status": "active"})
    assert "cannot be published" in reshown(still, edit).select_one(".error-summary").text
    db.expire_all()
    assert db.get(Service, service.id).status == "inactive"

    answers = {f"answer_{q}": f"Answer {q}." for q in "abcdefghij"}
    published = send(editor, edit, {"status": "active", "needs": ["semh"], "application_process": "Drop in.",
                                    "url": "https://echidna.example", "paid": "Tuck shop | 1 |", **answers})
    assert published.status_code == 302
    assert public(app, f"/services/{service.slug}").status_code == 200


def test_a_published_service_is_not_held_to_the_new_entry_checklist(app, users, db):
    """The loaded directory's entries were published before the checklist; closing and
    reopening one is not blocked by it."""
    editor = signed_in(app, users, "editor")
    service = db.exec(select(Service).where(Service.status == "active").order_by(Service.slug)
                      .offset(3)).first()
    edit = f"/admin/services/{service.slug}/edit"
    assert send(editor, edit, {"status": "inactive"}).status_code == 302
    assert send(editor, edit, {"status": "active"}).status_code == 302
    db.expire_all()
    assert db.get(Service, service.id).status == "active"


def test_an_incomplete_proposed_service_cannot_be_approved(app, users, db):
    provider, editor = signed_in(app, users, "provider"), signed_in(app, users, "editor")
    assert send(provider, "/admin/services/new", {
        "name": "Platypus Drop-in", "description": "Come along.", "minimum_age": "0",
        "maximum_age": "25", "status": "active"}).status_code == 302
    service = db.exec(select(Service).where(Service.name == "Platypus Drop-in")).one()
    request = db.exec(select(ChangeRequest).where(ChangeRequest.resource_id == service.id)).one()
    change = PageHelper(editor)(f"/admin/changes/{request.id}")
    links = [a["href"] for a in change.select("#checklist li a")]
    assert f"/admin/services/{service.slug}/edit?change={request.id}#needs" in links
    token = change.select_one(f"form[action='/admin/changes/{request.id}/approve'] input[name=csrf_token]")["value"]
    response = editor.post(f"/admin/changes/{request.id}/approve", data={"csrf_token": token})
    assert response.headers["Location"].endswith(f"/admin/changes/{request.id}")
    db.expire_all()
    assert db.get(ChangeRequest, request.id).status == "pending"
    assert public(app, f"/services/{service.slug}").status_code == 404
    # a rejection, with its reason, as for any proposal
    token = change.select_one(f"form[action='/admin/changes/{request.id}/reject'] input[name=csrf_token]")["value"]
    assert editor.post(f"/admin/changes/{request.id}/reject",
                       data={"csrf_token": token, "reason": "Tell us the needs."}).status_code == 302
    db.expire_all()
    assert db.get(ChangeRequest, request.id).status == "rejected"
    assert public(app, f"/services/{service.slug}").status_code == 404


def test_creating_needs_a_csrf_token(app, users):
    editor = signed_in(app, users, "editor")
    assert editor.post("/admin/services/new", data=complete_service("Dingo Club")).status_code == 400


# --- the rules themselves, on both databases (nothing is committed) -----------------

def _person(session, role, organization_id=None):
    from pwa.models.accounts import User
    user = User(email=f"{role}-rules@millbrook.example", name=role.title(), role=role,
                organization_id=organization_id)
    session.add(user)
    session.flush()
    return user


def _state(session, **fields):
    from pwa.queries import editorial
    data = {**editorial.blank("service"), "name": "Koala 100% Fun_Club", "description": "Fun.",
            "minimum_age": 5, "maximum_age": 11, "provider_type": "leisure", "needs": ["adhd"],
            "application_process": "Ring us.", "url": "https://koala.example",
            "costs": [{"option": "Free", "amount": 0.0, "amount_description": ""}], **fields}
    return editorial.normalise("service", data)


def test_workflow_creates_with_unique_addresses_and_guards_publishing(session):
    from pwa.queries import completeness, editorial, workflow
    editor = _person(session, "editor")
    org = session.exec(select(Organization).order_by(Organization.slug)).first()
    first = workflow.create(session, "service", _state(session), editor, organization_id=org.id)
    second = workflow.create(session, "service", _state(session), editor, organization_id=org.id)
    assert (first.entry.slug, second.entry.slug) == ("koala-100-fun-club", "koala-100-fun-club-2")
    assert editorial.snapshot(session, "service", first.entry.id)["needs"] == ["adhd"]
    assert not editorial.never_published(session, first.entry)

    school = _state(session, provider_type="academy", name="Koala Academy")
    assert completeness.missing(school) == ["local_offer"]
    with pytest.raises(workflow.Incomplete) as refused:
        workflow.create(session, "service", school, editor, organization_id=org.id)
    assert refused.value.missing == ["local_offer"]
    draft = workflow.create(session, "service", {**school, "status": "inactive"}, editor,
                            organization_id=org.id).entry
    assert editorial.never_published(session, draft)
    answers = [{"question": q, "answer": "Yes."} for q in "abcdefghij"]
    live = editorial.snapshot(session, "service", draft.id)
    outcome = workflow.submit(session, "service", draft, {**school, "answers": answers}, live, editor)
    assert outcome.status == "saved" and draft.status == "active"


def test_a_providers_new_service_is_a_hidden_draft_until_approved(session):
    from pwa.queries import editorial, workflow
    org = session.exec(select(Organization).order_by(Organization.slug)).first()
    provider, editor = _person(session, "provider", org.id), _person(session, "editor")
    outcome = workflow.create(session, "service", _state(session, needs=[]), provider, organization_id=org.id)
    assert outcome.status == "proposed" and outcome.entry.status == "inactive"
    assert editorial.snapshot(session, "service", outcome.entry.id)["description"] == ""  # the rest waits
    proposal = editorial.get_proposal(session, outcome.request.id)
    with pytest.raises(workflow.Incomplete):
        workflow.approve(session, proposal, editor)
    assert proposal.request.status == "pending"
    proposal.request.data = json.dumps(_state(session))
    workflow.approve(session, proposal, editor)
    assert outcome.entry.status == "active" and proposal.request.status == "approved"


@pytest.mark.parametrize("ending", ["reject", "withdraw"])
def test_a_new_service_whose_proposal_ends_unapproved_is_archived(session, ending):
    from pwa.queries import editorial, workflow
    org = session.exec(select(Organization).order_by(Organization.slug)).first()
    provider, editor = _person(session, "provider", org.id), _person(session, "editor")
    outcome = workflow.create(session, "service", _state(session), provider, organization_id=org.id)
    proposal = editorial.get_proposal(session, outcome.request.id)
    if ending == "reject":
        workflow.reject(session, proposal, editor, "We could not confirm this service exists.")
    else:
        workflow.withdraw(session, proposal, provider)
    assert outcome.entry.archived_at is not None  # restorable for a while, then purged
    assert editorial.never_published(session, outcome.entry)


def test_a_rejected_change_to_a_published_service_leaves_it_live(session):
    from pwa.queries import editorial, workflow
    org = session.exec(select(Organization).order_by(Organization.slug)).first()
    provider, editor = _person(session, "provider", org.id), _person(session, "editor")
    service = workflow.create(session, "service", _state(session), editor, organization_id=org.id).entry
    live = editorial.snapshot(session, "service", service.id)
    outcome = workflow.submit(session, "service", service, {**live, "description": "Changed."}, live, provider)
    workflow.reject(session, editorial.get_proposal(session, outcome.request.id), editor, "Not right.")
    assert service.archived_at is None and service.status == "active"
