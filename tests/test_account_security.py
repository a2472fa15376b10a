"""Sessions kept on the server, two-step sign-in that cannot be replayed or switched off
by a borrowed browser, password links nobody can read back, the mail queue, and
administrators disabling accounts and changing roles."""
import re
import socket
import time
from datetime import datetime, timedelta, timezone

import pyotp
import pytest
from sqlmodel import Session, select

from pages import PASSWORD, submit
from pwa import create_app
from pwa.cli import upgrade
from pwa.models.accounts import OutboxEmail, PasswordResetToken, User
from pwa.queries import accounts


@pytest.fixture
def person(db):
    user = User(email=f"sec{time.time_ns()}@millbrook.example", name="Sol", role="editor")
    accounts.set_password(user, PASSWORD)
    db.add(user)
    db.commit()
    db.refresh(user)
    return user


def sign_in(client, email, password=PASSWORD):
    return submit(client, "/sign-in", {"email": email, "password": password})


def with_two_step(db, person):
    secret = pyotp.random_base32()
    person.totp_secret = secret
    db.add(person)
    db.commit()
    return secret


def small_app(tmp_path, **config):
    app = create_app({"DATABASE_URL": f"sqlite:///{tmp_path / 'small.db'}", **config})
    upgrade(app)
    return app


def closed_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed again on return: connections are refused


# --- Sessions

def test_a_cookie_copied_before_sign_out_no_longer_opens_admin(app, client, person):
    sign_in(client, person.email)
    stolen = client.get_cookie("session").value
    submit(client, "/sign-out", {}, form_page="/admin/")
    thief = app.test_client()
    thief.set_cookie("session", stolen)
    assert thief.get("/admin/").status_code == 302


def test_staff_sessions_end_after_30_idle_minutes_and_all_sessions_after_the_absolute_limit(client, person, db):
    from pwa.models.accounts import UserSession

    sign_in(client, person.email)
    assert client.get("/admin/").status_code == 200
    row = db.exec(select(UserSession).where(UserSession.user_id == person.id)).one()
    row.last_seen = datetime.now(timezone.utc) - timedelta(minutes=31)
    db.add(row)
    db.commit()
    assert client.get("/admin/").status_code == 302
    assert db.exec(select(UserSession).where(UserSession.user_id == person.id)).first() is None
    sign_in(client, person.email)
    row = db.exec(select(UserSession).where(UserSession.user_id == person.id)).one()
    row.created = datetime.now(timezone.utc) - timedelta(hours=9)
    db.add(row)
    db.commit()
    assert client.get("/admin/").status_code == 302


# --- Two-step sign-in

def test_a_two_step_code_works_only_once(app, client, person, db):
    secret = with_two_step(db, person)
    code = pyotp.TOTP(secret).now()
    sign_in(client, person.email)
    assert submit(client, "/sign-in/code", {"code": code}).status_code == 302
    other = app.test_client()  # someone who saw the code over a shoulder
    sign_in(other, person.email)
    replay = submit(other, "/sign-in/code", {"code": code})
    assert "The code is not right" in replay.get_data(as_text=True)
    assert other.get("/admin/").status_code == 302


def test_the_half_signed_in_state_expires(client, person, db):
    with_two_step(db, person)
    sign_in(client, person.email)
    assert client.get("/sign-in/code").status_code == 200
    with client.session_transaction() as s:
        s["pending_at"] = time.time() - 600
    response = client.get("/sign-in/code")
    assert response.status_code == 302 and response.headers["Location"].startswith("/sign-in")


def test_two_step_codes_are_limited_per_account(tmp_path):
    app = small_app(tmp_path, SIGN_IN_LIMIT="100 per minute", TWO_STEP_LIMIT="3 per minute")
    with Session(app.extensions["engine"]) as db:
        user = User(email="two@millbrook.example", name="Two", role="editor",
                    totp_secret=pyotp.random_base32())
        accounts.set_password(user, PASSWORD)
        db.add(user)
        db.commit()
    statuses = []
    for _ in range(4):  # a fresh browser each time: only the account is the same
        client = app.test_client()
        sign_in(client, "two@millbrook.example")
        statuses.append(submit(client, "/sign-in/code", {"code": "000000"}).status_code)
    assert statuses == [200, 200, 200, 429]


def test_turning_off_two_step_needs_the_password_or_a_code(client, person, db):
    secret = with_two_step(db, person)
    sign_in(client, person.email)
    submit(client, "/sign-in/code", {"code": pyotp.TOTP(secret).now()})
    refused = submit(client, "/account/two-step/off", {"password": "", "code": ""})
    assert "Enter your password, or a current code" in refused.get_data(as_text=True)
    wrong = submit(client, "/account/two-step/off", {"password": "not my password at all"})
    assert wrong.status_code == 200
    db.refresh(person)
    assert person.totp_secret
    assert submit(client, "/account/two-step/off", {"password": PASSWORD}).status_code == 302
    db.refresh(person)
    assert person.totp_secret is None


# --- Password links and the mail queue

def test_the_outbox_never_holds_a_usable_password_link(app, client, person, db, login):
    from pwa.mail import rendered_body

    submit(client, "/forgot-password", {"email": person.email})
    email = db.exec(select(OutboxEmail).where(OutboxEmail.to == person.email)).one()
    stored = re.search(r"/reset-password/(\S+)", email.body)[1]
    assert client.get(f"/reset-password/{stored}").status_code == 410
    for row in db.exec(select(PasswordResetToken).where(PasswordResetToken.user_id == person.id)):
        assert client.get(f"/reset-password/{row.token_hash}").status_code == 410
    sent = rendered_body(email, app.config["SECRET_KEY"])  # what the worker sends
    assert client.get(re.search(r"http://\S+(/reset-password/\S+)", sent)[1]).status_code == 200
    login("admin")
    admin_page = client.get("/admin/outbox").get_data(as_text=True)
    assert email.subject in admin_page and "/reset-password/[single-use link, not kept]" in admin_page
    assert stored not in admin_page


def test_a_new_link_and_a_reset_cancel_every_other_link(client, person, db):
    first = accounts.new_reset_token(db, person, "k")
    second = accounts.new_reset_token(db, person, "k")
    db.commit()
    assert accounts.reset_token_user(db, first) is None
    assert accounts.reset_token_user(db, second).id == person.id
    accounts.consume_reset_token(db, second)
    db.commit()
    assert accounts.reset_token_user(db, second) is None


def test_forgot_password_answers_the_same_when_the_mail_server_is_down(tmp_path):
    from pwa.mail import send_queued

    app = small_app(tmp_path, MAIL_SERVER="127.0.0.1", MAIL_PORT=closed_port(), MAIL_SUPPRESS_SEND=False)
    with Session(app.extensions["engine"]) as db:
        user = User(email="real@millbrook.example", name="Real", role="editor")
        accounts.set_password(user, PASSWORD)
        db.add(user)
        db.commit()
    client = app.test_client()
    answers = []
    for email in ("real@millbrook.example", "nobody@millbrook.example"):
        response = submit(client, "/forgot-password", {"email": email})
        answers.append((response.status_code, response.get_data(as_text=True).replace(email, "")))
    assert answers[0] == answers[1] and answers[0][0] == 200
    with app.app_context(), Session(app.extensions["engine"]) as db:
        assert send_queued(db) == {"sent": 0, "failed": 1, "gave up": 0}
        queued = db.exec(select(OutboxEmail)).one()
        assert queued.status == "queued" and queued.next_attempt and "ConnectionRefused" in queued.last_error
        later = datetime.now(timezone.utc)
        for _ in range(app.config["MAIL_RETRIES"]):
            later += timedelta(days=1)
            send_queued(db, now=later)
        db.refresh(queued)
        assert queued.status == "failed" and queued.attempts == app.config["MAIL_RETRIES"]


def test_the_worker_sends_queued_email_with_the_real_link(tmp_path):
    from flask_mail import email_dispatched

    app = small_app(tmp_path, MAIL_SERVER="127.0.0.1", MAIL_SUPPRESS_SEND=True)
    with Session(app.extensions["engine"]) as db:
        user = User(email="w@millbrook.example", name="W", role="editor")
        db.add(user)
        db.commit()
    submit(app.test_client(), "/forgot-password", {"email": "w@millbrook.example"})
    sent = []
    email_dispatched.connect(lambda _app, message: sent.append(message), weak=False)
    try:
        result = app.test_cli_runner().invoke(args=["send-mail"])
    finally:
        email_dispatched.receivers.clear()
    assert result.exit_code == 0 and "1 sent" in result.output
    link = re.search(r"http://\S+(/reset-password/\S+)", sent[0].body)[1]
    assert app.test_client().get(link).status_code == 200
    with Session(app.extensions["engine"]) as db:
        assert db.exec(select(OutboxEmail)).one().status == "sent"


# --- Administrators manage accounts

def test_an_administrator_disables_an_account_and_its_sessions_end_at_once(app, login, client, person, db):
    victim = app.test_client()
    sign_in(victim, person.email)
    assert victim.get("/admin/").status_code == 200
    link = accounts.new_reset_token(db, person, "k")
    db.commit()
    login("admin")
    response = submit(client, f"/admin/users/{person.id}", {"role": "editor", "organization_id": ""})
    assert response.status_code == 302  # "active" unticked
    assert victim.get("/admin/").status_code == 302
    db.refresh(person)
    assert not person.active
    assert accounts.reset_token_user(db, link) is None
    assert sign_in(app.test_client(), person.email).status_code == 200  # cannot sign in again


def test_an_administrator_changes_a_role(login, client, person, db):
    login("admin")
    submit(client, f"/admin/users/{person.id}", {"role": "admin", "organization_id": "", "active": "y"})
    db.refresh(person)
    assert person.role == "admin" and person.active


def test_administrators_cannot_lock_themselves_out(login, client, users, db):
    login("admin")
    admin = users["admin"]
    response = submit(client, f"/admin/users/{admin.id}", {"role": "editor", "organization_id": "", "active": "y"})
    assert "cannot take away your own administrator role" in response.get_data(as_text=True)
    assert db.get(User, admin.id).role == "admin"
