"""Providers see the history of their own entries, and only theirs, and can withdraw a
change of theirs while it still waits for approval."""
from sqlmodel import select

from browser_form import form_data
from pages import PageHelper, csrf_token, sign_in_as
from pwa.models import Location, Organization, Service
from pwa.models.accounts import AuditEvent
from pwa.models.editorial import ChangeRequest


def signed_in(app, users, key):
    return sign_in_as(app.test_client(), users[key].id)


def propose(client, slug, changes):
    edit = f"/admin/services/{slug}/edit"
    assert client.post(edit, data={**form_data(PageHelper(client)(edit)), **changes}).status_code == 302


def pending(db, slug):
    db.expire_all()
    service = db.exec(select(Service).where(Service.slug == slug)).one()
    return db.exec(select(ChangeRequest).where(ChangeRequest.resource_id == service.id,
                                               ChangeRequest.status == "pending")).all()


SLUG = "powerchair-football"  # users["provider"]'s organisation's other service


def test_provider_sees_own_history_without_restore(app, users, db):
    slug = SLUG
    provider, editor = signed_in(app, users, "provider"), signed_in(app, users, "editor")
    propose(editor, slug, {"alert": "Open in the holidays too."})  # a second version to compare
    history = PageHelper(provider)(f"/admin/services/{slug}/history")
    assert "Open in the holidays too." in history.select_one("main section").get_text(" ")
    assert not history.select("form[action$='/restore']")
    version = PageHelper(provider)(f"/admin/services/{slug}/history/1")
    assert not version.select("form[action$='/restore']")
    assert provider.post(f"/admin/services/{slug}/history/1/restore",
                         data={"csrf_token": csrf_token(provider, "/sign-in")}).status_code == 403
    org = db.get(Organization, db.exec(select(Service).where(Service.slug == slug)).one().organization_id)
    assert PageHelper(provider)(f"/admin/organisations/{org.slug}/history").select_one("h1")
    edit = PageHelper(provider)(f"/admin/services/{slug}/edit")
    assert edit.select_one(f"a[href='/admin/services/{slug}/history']")


def test_provider_cannot_see_another_organisations_history(app, users, db):
    slug = SLUG
    other = signed_in(app, users, "other_provider")
    assert other.get(f"/admin/services/{slug}/history").status_code == 403
    assert other.get(f"/admin/services/{slug}/history/1").status_code == 403
    org = db.get(Organization, db.exec(select(Service).where(Service.slug == slug)).one().organization_id)
    assert other.get(f"/admin/organisations/{org.slug}/history").status_code == 403
    location = db.exec(select(Location)).first()
    provider = signed_in(app, users, "provider")
    assert provider.get(f"/admin/locations/{location.slug}/history").status_code == 403


def test_provider_withdraws_a_waiting_change(app, users, db):
    slug = SLUG
    provider, editor = signed_in(app, users, "provider"), signed_in(app, users, "editor")
    propose(provider, slug, {"wait_time": "Withdraw me."})
    [request] = pending(db, slug)
    assert request.id in PageHelper(editor)("/admin/changes").select_one("main").decode()
    history = PageHelper(provider)(f"/admin/services/{slug}/history")
    path = f"/admin/changes/{request.id}/withdraw"
    assert history.select_one(f"a[href='{path}']")
    assert PageHelper(provider)(f"/admin/services/{slug}/edit").select_one(f"a[href='{path}']")

    confirm = PageHelper(provider)(path)
    assert "Withdraw me." in confirm.select_one("#withdraw-table").get_text(" ")
    form = confirm.select_one(f"main form[action='{path}']")
    assert provider.post(path, data={}).status_code == 400  # CSRF
    response = provider.post(path, data={"csrf_token": form.select_one("input[name=csrf_token]")["value"]})
    assert response.status_code == 302
    assert pending(db, slug) == []
    db.refresh(request)
    assert request.status == "withdrawn"
    event = db.exec(select(AuditEvent).where(AuditEvent.action == "withdraw")
                    .order_by(AuditEvent.at.desc())).first()
    assert event.user_id == users["provider"].id and slug in event.detail
    assert request.id not in PageHelper(editor)("/admin/changes").select_one("main").decode()
    assert "Withdraw me." not in app.test_client().get(f"/services/{slug}").get_data(as_text=True)
    assert provider.get(path).status_code == 404  # once withdrawn, it is gone for them too


def test_only_the_author_can_withdraw_and_only_while_it_waits(app, users, db):
    slug = SLUG
    provider, editor, other = (signed_in(app, users, k) for k in ("provider", "editor", "other_provider"))
    propose(provider, slug, {"wait_time": "Still waiting."})
    [request] = pending(db, slug)
    path = f"/admin/changes/{request.id}/withdraw"
    token = PageHelper(provider)(path).select_one("main form input[name=csrf_token]")["value"]
    for client in (editor, other):
        assert client.get(path).status_code == 404
        assert client.post(path, data={"csrf_token": csrf_token(client, "/sign-in")}).status_code == 404
    assert [r.id for r in pending(db, slug)] == [request.id]

    change = PageHelper(editor)(f"/admin/changes/{request.id}")
    approve = change.select_one(f"form[action='/admin/changes/{request.id}/approve'] input[name=csrf_token]")
    assert editor.post(f"/admin/changes/{request.id}/approve", data={"csrf_token": approve["value"]}).status_code == 302
    assert provider.post(path, data={"csrf_token": token}).status_code == 404
    db.refresh(request)
    assert request.status == "approved"

