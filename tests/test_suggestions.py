"""Public "Suggest a change": no account, a honeypot instead of a
CAPTCHA, rate limited, stored, emailed to the provider and the editors, handled by staff."""
from datetime import datetime, timezone
from itertools import count

import pytest
from bs4 import BeautifulSoup
from sqlmodel import select

from pages import submit
from pwa.models import Service
from pwa.models.accounts import AuditEvent, OutboxEmail
from pwa.models.editorial import Suggestion

# Each test posts from an address of its own: the rate limit counts per IP address,
# and the app (with its in-memory counts) is shared by the whole test run.
_addresses = (f"198.51.100.{n}" for n in count(10))


@pytest.fixture
def ip():
    return {"REMOTE_ADDR": next(_addresses)}


@pytest.fixture
def slug(users):
    return users["provider_service"]


def form_path(slug):
    return f"/services/{slug}/suggest-a-change"


GOOD = {"topic": "opening-times", "details": "They now open at 10:00 on Saturdays.",
        "email": "parent@example.com", "website": ""}


def suggestions(db, slug):
    db.expire_all()
    service = db.exec(select(Service).where(Service.slug == slug)).one()
    return db.exec(select(Suggestion).where(Suggestion.service_id == service.id)).all()


def test_service_page_links_to_the_form(page, slug):
    link = page(f"/services/{slug}").find("a", string="Suggest a change to this information")
    assert link["href"] == form_path(slug)


def test_form_page(page, slug):
    soup = page(form_path(slug))
    assert soup.select_one("fieldset legend").get_text() == "What is wrong?"
    assert len(soup.select("fieldset input[type=radio][name=topic]")) == 4
    assert soup.select_one("input#topic[type=radio]")  # the error summary's link lands here
    assert soup.select_one("textarea#details")
    assert soup.select_one("#email")["autocomplete"] == "email"
    assert "Only if you would like a reply" in soup.select_one("#email-hint").get_text()
    trap = soup.select_one("#website")
    assert trap["tabindex"] == "-1" and trap["autocomplete"] == "off"
    assert trap.find_parent(class_="visually-hidden")
    assert soup.select_one('label[for="website"]').get_text() == "Leave this empty"


def test_errors_keep_what_was_typed(client, slug, ip):
    response = submit(client, form_path(slug), {"topic": "", "details": "", "email": "not an email"},
                      environ_base=ip)
    assert response.status_code == 200
    body = response.get_data(as_text=True)
    assert "<title>Error: Suggest a change" in body
    assert 'href="#topic"' in body and 'href="#details"' in body and 'href="#email"' in body
    assert 'value="not an email"' in body
    kept = submit(client, form_path(slug), {"topic": "closed", "details": "x" * 2001}, environ_base=ip)
    kept_body = kept.get_data(as_text=True)
    assert "2000 characters or fewer" in kept_body and "x" * 2001 in kept_body
    assert BeautifulSoup(kept_body, "html.parser").select_one("input[name=topic][checked]")["value"] == "closed"


def test_suggestion_is_stored_and_emailed(client, db, slug, ip, users, app):
    before = len(suggestions(db, slug))
    started = datetime.now(timezone.utc)
    response = submit(client, form_path(slug), GOOD, environ_base=ip)
    assert response.status_code == 302
    assert response.headers["Location"] == f"{form_path(slug)}/sent"
    stored = suggestions(db, slug)
    assert len(stored) == before + 1
    new = max(stored, key=lambda s: s.created)
    assert (new.topic, new.details, new.email, new.status) == (
        "opening-times", GOOD["details"], "parent@example.com", "new")
    sent = db.exec(select(OutboxEmail).where(OutboxEmail.created >= started)).all()
    to = {e.to for e in sent}
    assert {"provider@millbrook.example", "editor@millbrook.example"} <= to
    assert "other_provider@millbrook.example" not in to
    body = sent[0].body
    assert GOOD["details"] in body and "parent@example.com" in body and "The opening times are wrong" in body
    assert f"{app.config['PUBLIC_URL']}/admin/suggestions" in body
    assert db.exec(select(AuditEvent).where(AuditEvent.action == "suggestion-received",
                                            AuditEvent.detail.contains(new.id))).first()
    soup_text = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Thank you for your suggestion" in soup_text


def test_honeypot_rejects_quietly(client, db, slug, ip):
    before = len(suggestions(db, slug))
    started = datetime.now(timezone.utc)
    response = submit(client, form_path(slug), {**GOOD, "website": "http://spam.example"}, environ_base=ip)
    assert response.status_code == 302
    assert response.headers["Location"] == f"{form_path(slug)}/sent"  # the same thanks
    assert len(suggestions(db, slug)) == before
    assert not db.exec(select(OutboxEmail).where(OutboxEmail.created >= started)).all()


def test_csrf_token_is_required(client, db, slug, ip):
    before = len(suggestions(db, slug))
    assert client.post(form_path(slug), data=GOOD, environ_base=ip).status_code == 400
    assert len(suggestions(db, slug)) == before


def test_rate_limit(client, app, db, slug, ip, page):
    limit = int(app.config["SUGGEST_LIMIT"].split()[0])
    for _ in range(limit):  # errors count too: a bot gets nothing for bad posts
        assert submit(client, form_path(slug), {"details": ""}, environ_base=ip).status_code == 200
    blocked = submit(client, form_path(slug), GOOD, environ_base=ip)
    assert blocked.status_code == 429
    assert "Too many suggestions" in blocked.get_data(as_text=True)
    assert "Wait an hour" in blocked.get_data(as_text=True)
    assert client.get(form_path(slug), environ_base=ip).status_code == 200  # reading is never limited
    other = {"REMOTE_ADDR": next(_addresses)}
    assert submit(client, form_path(slug), {"details": ""}, environ_base=other).status_code == 200


def test_unknown_service(client):
    assert client.get("/services/no-such-service/suggest-a-change").status_code == 404


def test_staff_see_and_handle_suggestions(client, page, login, db, slug, ip, users):
    submit(client, form_path(slug), {**GOOD, "details": "Handle me, please."}, environ_base=ip)
    new = next(s for s in suggestions(db, slug) if s.details == "Handle me, please.")

    login("other_provider")
    assert "Handle me, please." not in page("/admin/suggestions").get_text()
    assert submit(client, f"/admin/suggestions/{new.id}/done", {}, form_page="/admin/").status_code == 404

    login("editor")
    soup = page("/admin/suggestions")
    first = soup.select_one("article")
    assert "New" in first.h2.get_text()  # new ones come first

    login("provider")
    soup = page("/admin/suggestions")
    assert "Handle me, please." in soup.get_text()
    response = submit(client, f"/admin/suggestions/{new.id}/done", {}, form_page="/admin/suggestions")
    assert response.status_code == 302
    db.expire_all()
    done = db.get(Suggestion, new.id)
    assert done.status == "done" and done.handled_by == users["provider"].id
    assert db.exec(select(AuditEvent).where(AuditEvent.action == "suggestion-done",
                                            AuditEvent.user_id == users["provider"].id)).first()
