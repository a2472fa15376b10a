"""Checked, not just updated: confirming entries, review dates per
kind of provider, the overdue dashboard, reminder emails and the public overdue flags."""
from datetime import date, timedelta

import pytest
from sqlmodel import Session, select

from pages import submit
from pwa.models import Organization, Service
from pwa.models.accounts import AuditEvent, OutboxEmail, User
from pwa.queries import reviews


@pytest.fixture
def keep_dates(app):
    """Put a service's review dates back afterwards: other tests rely on the demo's."""
    saved = []

    def keep(slug):
        with Session(app.extensions["engine"]) as s:
            row = s.exec(select(Service).where(Service.slug == slug)).one()
            saved.append((slug, row.assured_date, row.assurer_email, row.next_review_date))
        return slug
    yield keep
    with Session(app.extensions["engine"]) as s:
        for slug, assured, email, due in saved:
            row = s.exec(select(Service).where(Service.slug == slug)).one()
            row.assured_date, row.assurer_email, row.next_review_date = assured, email, due
            s.add(row)
        s.commit()


def service(db, slug):
    db.expire_all()
    return db.exec(select(Service).where(Service.slug == slug)).one()


# Review dates: pure functions


@pytest.mark.parametrize("start, months, expected", [
    (date(2025, 1, 31), 1, date(2025, 2, 28)),   # clamps to the month's end
    (date(2024, 1, 31), 1, date(2024, 2, 29)),   # leap year
    (date(2024, 2, 29), 12, date(2025, 2, 28)),
    (date(2025, 8, 31), 6, date(2026, 2, 28)),
    (date(2025, 12, 15), 1, date(2026, 1, 15)),  # across the year
    (date(2025, 3, 31), 6, date(2025, 9, 30)),
    (date(2025, 5, 10), 12, date(2026, 5, 10)),
])
def test_add_months(start, months, expected):
    assert reviews.add_months(start, months) == expected


def test_review_interval_depends_on_the_kind_of_provider(app):
    months = app.config["REVIEW_MONTHS"]
    default = app.config["REVIEW_MONTHS_DEFAULT"]
    today = date(2026, 1, 31)
    assert reviews.next_review_date(today, "leisure", months, default) == date(2026, 7, 31)
    assert reviews.next_review_date(today, "childcare", months, default) == date(2026, 7, 31)
    assert reviews.next_review_date(today, "health", months, default) == date(2027, 1, 31)
    assert reviews.next_review_date(today, "no-such-kind", {}, 12) == date(2027, 1, 31)
    assert reviews.next_review_date(date(2026, 8, 31), "leisure", {"leisure": 6}) == date(2027, 2, 28)


# Confirming


def test_confirm_page_shows_what_to_check(page, login, users):
    login("provider")
    soup = page(f"/admin/services/{users['provider_service']}/confirm")
    headings = [h.get_text() for h in soup.select("h2")]
    assert "Contact" in headings and "Who can use it" in headings and "What it costs" in headings
    assert soup.select_one("main form[method=post] button").get_text() == "Confirm this is still correct"
    has_editing = "editing.edit_service" in page.client.application.view_functions
    assert bool(soup.find("a", string="Update this entry")) == has_editing


def test_provider_confirms_their_own_entry(client, login, users, db, keep_dates):
    slug = keep_dates(users["provider_service"])
    before = service(db, slug)
    version, modified = before.version, before.last_modified
    login("provider")
    response = submit(client, f"/admin/services/{slug}/confirm", {})
    assert response.status_code == 302 and response.headers["Location"] == "/admin/reviews"
    after = service(db, slug)
    today = date.today()
    months = client.application.config["REVIEW_MONTHS"].get(after.provider_type, 12)
    assert after.assured_date == today
    assert after.assurer_email == "provider@millbrook.example"
    assert after.next_review_date == reviews.add_months(today, months)
    # "checked" is not an edit: no new content version, last_modified untouched
    assert after.version == version and after.last_modified == modified
    event = db.exec(select(AuditEvent).where(AuditEvent.action == "review-confirmed")
                    .order_by(AuditEvent.at.desc())).first()
    assert event.user_id == users["provider"].id and slug in event.detail
    assert "Thank you. You confirmed" in client.get("/admin/reviews").get_data(as_text=True)


def test_editor_confirms_any_entry_with_its_kind_of_interval(client, login, db, keep_dates):
    leisure = db.exec(select(Service).where(Service.provider_type == "leisure",
                                            Service.status == "active")).first()
    slug = keep_dates(leisure.slug)
    login("editor")
    assert submit(client, f"/admin/services/{slug}/confirm", {}).status_code == 302
    after = service(db, slug)
    assert after.next_review_date == reviews.add_months(date.today(), 6)
    assert after.assurer_email == "editor@millbrook.example"


def test_provider_of_another_organisation_is_refused(client, login, users, db):
    slug = users["provider_service"]
    before = service(db, slug).assured_date
    login("other_provider")
    assert client.get(f"/admin/services/{slug}/confirm").status_code == 403
    response = submit(client, f"/admin/services/{slug}/confirm", {}, form_page="/admin/")
    assert response.status_code == 403
    assert service(db, slug).assured_date == before


def test_confirm_needs_a_csrf_token(client, login, users):
    login("editor")
    assert client.post(f"/admin/services/{users['provider_service']}/confirm").status_code == 400


# The dashboard


def _due(db, today, days=30, org=None):
    rows = db.exec(select(Service).where(
        Service.archived_at.is_(None), Service.status.in_(("active", "temporarily closed")),
        Service.next_review_date.is_not(None),
        Service.next_review_date <= today + timedelta(days=days))).all()
    return [s for s in rows if org is None or s.organization_id == org]


def test_dashboard_lists_overdue_demo_entries_by_provider(page, login, db):
    login("editor")
    soup = page("/admin/reviews")
    today = date.today()
    due = _due(db, today)
    overdue = [s for s in due if s.next_review_date < today]
    assert len(overdue) >= 8  # the demo has 8 to 12 overdue entries
    summary = soup.select_one("main p:not(.muted)").get_text(" ")
    assert f"{len(overdue)} entries are overdue" in summary
    names = [a.get_text() for a in soup.select("td a")]
    assert sorted(names) == sorted(s.name for s in due)
    # each group is one organisation, holding exactly that organisation's entries
    for heading in soup.select("h2[id^=group-]"):
        org_id = heading["id"].removeprefix("group-")
        org = db.get(Organization, org_id)
        assert heading.get_text() == org.name
        rows = soup.select(f'[aria-labelledby="group-{org_id}"] td a')
        assert sorted(a.get_text() for a in rows) == sorted(s.name for s in due if s.organization_id == org_id)
    # each entry links straight to confirming it
    first = overdue[0]
    assert soup.select_one(f'a[href="/admin/services/{first.slug}/confirm"]')


def test_dashboard_by_kind_of_provider(page, login, db):
    login("editor")
    soup = page("/admin/reviews?by=kind")
    due = _due(db, date.today())
    kinds = {s.provider_type for s in due}
    assert {h["id"].removeprefix("group-") for h in soup.select("h2[id^=group-]")} == kinds
    assert soup.select_one("#group-health") is None or soup.select_one("#group-health").get_text() == "Health service"
    assert soup.select_one("strong[aria-current=page]").get_text() == "By kind of provider"


def test_provider_sees_only_their_organisation(page, login, users, db):
    login("other_provider")
    soup = page("/admin/reviews")
    own = users["other_provider"].organization_id
    names = sorted(a.get_text() for a in soup.select("td a"))
    assert names == sorted(s.name for s in _due(db, date.today(), org=own))
    assert all(h["id"] == f"group-{own}" for h in soup.select("h2[id^=group-]"))


def test_dashboard_is_linked_from_the_admin_front_door(page, login):
    login("provider")
    soup = page("/admin/")
    assert soup.select_one('a[href="/admin/reviews"]') and soup.select_one('a[href="/admin/suggestions"]')


# Reminders


def _org_due_date(db, org_id):
    return min(s.next_review_date for s in db.exec(select(Service).where(
        Service.organization_id == org_id, Service.archived_at.is_(None),
        Service.next_review_date.is_not(None),
        Service.status.in_(("active", "temporarily closed")))).all())


def _emails_since(db, moment):
    db.expire_all()
    return db.exec(select(OutboxEmail).where(OutboxEmail.created >= moment)).all()


def test_reminders_email_the_right_people_once(app, db, users, client, login):
    from datetime import datetime, timezone

    org_id = users["provider"].organization_id
    today = _org_due_date(db, org_id)  # a day on which this organisation has an entry due
    started = datetime.now(timezone.utc)
    runner = app.test_cli_runner()
    result = runner.invoke(args=["send-review-reminders", "--days", "0", "--today", today.isoformat()])
    assert result.exit_code == 0, result.output
    sent = _emails_since(db, started)
    due = reviews.group_by_organisation(reviews.due_for_review(db, today, 0))
    reachable = [g for g in due if reviews.organisation_recipients(db, g.entries[0].organization)]
    assert f"Review reminders: {len(reachable)} organisations emailed ({len(sent)} emails)" in result.output

    # the provider's organisation: to its provider account, one email, absolute links
    mine = [e for e in sent if e.to == "provider@millbrook.example"]
    assert len(mine) == 1
    group = next(g for g in due if g.key == org_id)
    public = app.config["PUBLIC_URL"]
    for entry in group.entries:
        link = f"{public}/admin/services/{entry.service.slug}/confirm"
        assert link in mine[0].body
        if "editing.edit_service" in app.view_functions:
            assert "Update it: " + public in mine[0].body
    login("provider")
    path = f"/admin/services/{group.entries[0].service.slug}/confirm"
    assert client.get(path).status_code == 200  # the link works for the person emailed

    # an organisation without provider accounts: to its own email address
    with_accounts = set(db.exec(select(User.organization_id).where(User.role == "provider")).all())
    without = [g for g in due if g.key not in with_accounts and g.entries[0].organization.email]
    assert without, "the demo should have an organisation without accounts"
    for g in without:
        assert g.entries[0].organization.email in {e.to for e in sent}
    assert len(sent) == sum(len(reviews.organisation_recipients(db, g.entries[0].organization)) for g in due)
    other = users["other_provider"].organization_id
    assert ("other_provider@millbrook.example" in {e.to for e in sent}) == (other in {g.key for g in due})

    # remembered in the audit log
    db.expire_all()
    events = db.exec(select(AuditEvent.detail).where(AuditEvent.action == "review-reminder")).all()
    assert f"organisation {org_id}" in events

    # run again (a daily scheduler): nobody is reminded twice within 7 days
    again = datetime.now(timezone.utc)
    second = runner.invoke(args=["send-review-reminders", "--days", "0", "--today", today.isoformat()])
    assert second.exit_code == 0
    assert _emails_since(db, again) == []
    assert f"0 organisations emailed (0 emails), {len(reachable)} reminded in the last 7 days" in second.output


def test_reminder_gap_is_read_from_the_audit_log(db):
    """Within 7 days of a reminder an organisation is skipped; after that, reminded again."""
    from datetime import datetime, timezone

    org = db.exec(select(Organization).order_by(Organization.slug)).first()
    today = _org_due_date(db, org.id)
    sent_at = datetime.now(timezone.utc) + timedelta(days=100)  # clear of any real reminder
    reviews.record_reminder(db, org.id, now=sent_at)
    _send, skip = reviews.reminders_due(db, today, 0, 7, now=sent_at + timedelta(days=6))
    assert org.id in {g.key for g in skip}
    send, _skip = reviews.reminders_due(db, today, 0, 7, now=sent_at + timedelta(days=8))
    assert org.id in {g.key for g in send}
    db.rollback()


# Public flags


def test_overdue_entry_is_flagged_on_its_card_and_page(page, db):
    today = date.today()
    overdue = db.exec(select(Service).where(Service.next_review_date < today,
                                            Service.status == "active")).first()
    fresh = db.exec(select(Service).where(Service.next_review_date > today + timedelta(days=60),
                                          Service.status == "active")).first()
    for s, flagged in ((overdue, True), (fresh, False)):
        soup = page("/services", query_string={"q": s.name})
        card = next(li for li in soup.select(".results-list > li") if li.h3.get_text(strip=True) == s.name)
        assert ("Check before you go" in card.get_text()) == flagged, s.name
        body = page(f"/services/{s.slug}").get_text(" ")
        assert ("This information may be out of date." in body) == flagged
        assert "Information checked on" in body
