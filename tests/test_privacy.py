"""The privacy notice, retention periods and the daily purge; accessibility problem
reports reach the editors and the accessibility contact, and bots are kept out."""
from datetime import datetime, timedelta, timezone
from itertools import count

from sqlmodel import Session, select

from pages import submit
from pwa import create_app
from pwa.cli import upgrade
from pwa.models import Organization, ProblemReport, Service
from pwa.models.accounts import AuditEvent, OutboxEmail
from pwa.models.editorial import Suggestion
from pwa.models.feedback import Feedback

FORM = "/accessibility-statement/report-a-problem"
_addresses = (f"198.51.100.{n}" for n in count(200))


def ip():
    return {"REMOTE_ADDR": next(_addresses)}


def test_the_privacy_notice_says_how_long_each_kind_of_record_is_kept(page, app):
    soup = page("/privacy")
    text = soup.select_one("main").get_text(" ", strip=True)
    assert f"{app.config['RETENTION_DAYS']['feedback']} days" in text
    assert "Information Commissioner" in text


def test_the_privacy_notice_is_linked_from_the_footer_and_every_form_asking_for_contact_details(page, users):
    assert page("/").select_one("footer a[href='/privacy']")
    for path in (FORM, "/feedback", f"/services/{users['provider_service']}/suggest-a-change"):
        assert page(path).select_one("main form a[href='/privacy']"), path


def test_a_report_is_emailed_to_the_accessibility_contact_and_listed_for_editors(app, client, db, login):
    ip_ = ip()
    description = "The map cannot be used with a keyboard, report 8121."
    submit(client, FORM, {"description": description, "email": "r@example.com"}, environ_base=ip_)
    email = db.exec(select(OutboxEmail).where(OutboxEmail.body.contains("report 8121"))).one()
    assert email.to == app.config["ACCESSIBILITY_EMAIL"] and "r@example.com" in email.body
    login("editor")
    assert description in client.get("/admin/accessibility-problems").get_data(as_text=True)
    login("provider")
    assert client.get("/admin/accessibility-problems").status_code == 403


def test_a_filled_honeypot_keeps_and_sends_nothing(client, db):
    response = submit(client, FORM, {"description": "Buy cheap things 99121", "website": "http://spam.example"},
                      environ_base=ip())
    assert response.status_code == 302
    assert not db.exec(select(ProblemReport).where(ProblemReport.description.contains("99121"))).first()
    assert not db.exec(select(OutboxEmail).where(OutboxEmail.body.contains("99121"))).first()


def test_reports_are_rate_limited_per_address(app, client):
    address = ip()
    limit = int(app.config["PROBLEM_REPORT_LIMIT"].split()[0])
    for _ in range(limit):
        assert submit(client, FORM, {"description": ""}, environ_base=address).status_code == 200
    assert submit(client, FORM, {"description": "x"}, environ_base=address).status_code == 429
    assert submit(client, FORM, {"description": ""}, environ_base=ip()).status_code == 200


def test_the_daily_purge_keeps_only_what_its_period_allows(tmp_path):
    app = create_app({"DATABASE_URL": f"sqlite:///{tmp_path / 'purge.db'}"})
    upgrade(app)
    long_ago = datetime.now(timezone.utc) - timedelta(days=800)
    with Session(app.extensions["engine"]) as db:
        org = Organization(slug="o", name="O", description="")
        db.add(org)
        db.flush()
        service = Service(slug="s", name="S", description="", organization_id=org.id, status="active",
                          eligibility_description="", application_process="", minimum_age=0, maximum_age=5,
                          provider_type="health", in_area=True, ehc_plan_required=False,
                          self_referral=True, professional_referral=False)
        db.add(service)
        db.flush()
        db.add_all([
            Feedback(received=long_ago, category="content", comment="Ask for Jo Bloggs on 07700 900123",
                     name="Jo", email="jo@example.com", phone="07700 900123", state="published",
                     published_text="Ask for [name] on [phone number]", published=long_ago),
            Feedback(received=long_ago, category="content", comment="old, never published", email="x@example.com"),
            Feedback(category="content", comment="new", email="new@example.com"),
            Suggestion(service_id=service.id, topic="other", details="d", email="s@example.com", created=long_ago),
            ProblemReport(description="p", email="p@example.com", created=long_ago),
            AuditEvent(action="sign-in-failed", detail="who@example.com", at=long_ago),
            OutboxEmail(to="t@example.com", subject="s", body="b", status="sent", created=long_ago),
        ])
        db.commit()
    result = app.test_cli_runner().invoke(args=["purge-personal-data"])
    assert result.exit_code == 0, result.output
    with Session(app.extensions["engine"]) as db:
        comments = {f.comment: f for f in db.exec(select(Feedback))}
        assert set(comments) == {"Ask for [name] on [phone number]", "new"}  # "You said, we did": scrubbed text only
        published = comments["Ask for [name] on [phone number]"]
        assert (published.name, published.email, published.phone) == ("", "", "")
        assert comments["new"].email == "new@example.com"  # within its period
        for model in (Suggestion, ProblemReport, OutboxEmail, AuditEvent):
            assert db.exec(select(model)).all() == [], model
