"""Signing in and out, two-step sign-in, password resets, rate limits, the audit log."""
import re
from datetime import datetime, timedelta, timezone

import pyotp
import pytest
from sqlmodel import select

from pages import PASSWORD, submit
from pwa import create_app
from pwa.models.accounts import AuditEvent, OutboxEmail, User
from pwa.queries import accounts


@pytest.fixture
def person(db):
    """A fresh editor of our own, so tests may change it freely."""
    user = User(email=f"person{datetime.now().timestamp()}@millbrook.example", name="Pat",
                role="editor")
    accounts.set_password(user, PASSWORD)
    db.add(user)
    db.commit()
    db.refresh(user)
    return user


def sign_in(client, email, password=PASSWORD, **kwargs):
    return submit(client, "/sign-in", {"email": email, "password": password}, **kwargs)


def test_sign_in_page(page):
    soup = page("/sign-in")
    assert soup.select_one("#email")["autocomplete"] == "username"
    assert soup.select_one("#password")["autocomplete"] == "current-password"
    assert soup.select_one("#password")["type"] == "password"


def test_sign_in_and_out(client, person, db):
    response = sign_in(client, person.email.upper())  # any case
    assert response.status_code == 302 and response.headers["Location"] == "/admin/"
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "Secure" in cookie and "SameSite=Lax" in cookie
    assert client.get("/admin/").status_code == 200
    response = submit(client, "/sign-out", {}, form_page="/admin/")
    assert response.headers["Location"] == "/sign-in"
    assert client.get("/admin/").status_code == 302
    actions = db.exec(select(AuditEvent.action).where(AuditEvent.user_id == person.id)).all()
    assert {"sign-in", "sign-out"} <= set(actions)


def test_wrong_password_keeps_the_email_and_never_says_which_was_wrong(page, client, person):
    for email in (person.email, "nobody@millbrook.example"):
        response = sign_in(client, email, "not the password at all")
        body = response.get_data(as_text=True)
        assert response.status_code == 200
        assert "Enter a correct email address and password" in body
        assert f'value="{email}"' in body


def test_empty_form_shows_an_error_summary(client):
    response = submit(client, "/sign-in", {"email": "", "password": ""})
    body = response.get_data(as_text=True)
    assert "<title>Error: Sign in" in body
    assert 'href="#email"' in body and 'href="#password"' in body


def test_sign_in_returns_to_a_page_on_this_site_only(client, person):
    assert sign_in(client, person.email, query_string={"next": "/admin/users"}).headers["Location"] == "/admin/users"
    client.get("/")
    for evil in ("https://evil.example/", "//evil.example/", "/\\evil.example"):
        response = submit(client, f"/sign-in?next={evil}", {"email": person.email, "password": PASSWORD},
                          form_page="/sign-in")
        assert response.headers["Location"] == "/admin/", evil


def test_sign_in_is_rate_limited_with_a_clear_message(tmp_path):
    app = create_app({"DATABASE_URL": f"sqlite:///{tmp_path / 'rl.db'}", "SIGN_IN_LIMIT": "3 per minute"})
    from pwa.cli import upgrade
    upgrade(app)
    client = app.test_client()
    statuses = [sign_in(client, "someone@millbrook.example", "wrong password 123").status_code
                for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    body = client.get("/sign-in").get_data(as_text=True)  # GETs are not limited
    blocked = sign_in(client, "someone@millbrook.example", "wrong password 123")
    assert "Too many attempts" in blocked.get_data(as_text=True) and "Sign in" in body


def test_rate_limits_are_shared_through_redis_when_configured(tmp_path):
    """Two app instances (two processes in production) share one count through Redis."""
    import redis

    url = "redis://127.0.0.1:6379/15"
    try:
        redis.Redis.from_url(url).flushdb()
    except redis.exceptions.ConnectionError as error:
        if __import__("os").environ.get("CI"):
            raise
        pytest.skip(f"Redis is not reachable: {error}")
    config = {"SIGN_IN_LIMIT": "3 per minute", "RATELIMIT_STORAGE_URI": url}
    first = create_app({"DATABASE_URL": f"sqlite:///{tmp_path / 'a.db'}", **config})
    from pwa.cli import upgrade
    upgrade(first)
    statuses = [sign_in(first.test_client(), "x@millbrook.example", "wrong password 123").status_code
                for _ in range(3)]
    second = create_app({"DATABASE_URL": f"sqlite:///{tmp_path / 'a.db'}", **config})
    assert statuses == [200, 200, 200]
    assert sign_in(second.test_client(), "x@millbrook.example", "wrong password 123").status_code == 429
    redis.Redis.from_url(url).flushdb()


def test_two_step_sign_in(client, person, db):
    secret = pyotp.random_base32()
    person.totp_secret = secret
    db.add(person)
    db.commit()
    response = sign_in(client, person.email)
    assert response.headers["Location"].startswith("/sign-in/code")
    assert client.get("/admin/").status_code == 302  # not signed in yet
    wrong = submit(client, "/sign-in/code", {"code": "000000"})
    assert "The code is not right" in wrong.get_data(as_text=True)
    right = submit(client, "/sign-in/code", {"code": pyotp.TOTP(secret).now()})
    assert right.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_turning_on_two_step_needs_a_working_code(client, person, db):
    sign_in(client, person.email)
    page = client.get("/account/two-step").get_data(as_text=True)
    secret = re.search(r'<code class="ltr">([A-Z2-7]+)</code>', page)[1]
    assert "<svg" in page  # the QR code, inline (no request to another host)
    with client.session_transaction() as cookie:
        assert secret not in str(dict(cookie))  # the pending secret stays on the server
    submit(client, "/account/two-step", {"code": pyotp.TOTP(secret).now()})
    db.refresh(person)
    # encrypted at rest with the configured key
    assert secret not in person.totp_secret
    assert accounts.totp_secret(person, accounts.fernet(client.application.config["SECRET_KEY"])) == secret
    assert person.totp_pending is None


def test_password_reset_is_single_use_and_expires(client, person, db):
    from pwa.mail import rendered_body

    assert submit(client, "/forgot-password", {"email": person.email}).status_code == 200
    email = db.exec(select(OutboxEmail).where(OutboxEmail.to == person.email)
                    .order_by(OutboxEmail.created.desc())).first()
    link = re.search(r"http://\S+(/reset-password/\S+)", rendered_body(email, client.application.config["SECRET_KEY"]))[1]
    weak = submit(client, link, {"password": "password1234", "confirm": "password1234"})
    assert "too easy to guess" in weak.get_data(as_text=True)
    new = "seven purple otters dancing"
    assert submit(client, link, {"password": new, "confirm": new}).status_code == 302
    assert client.get(link).status_code == 410  # used
    assert sign_in(client, person.email, new).status_code == 302
    old_token = accounts.new_reset_token(db, person, "key", now=datetime.now(timezone.utc) - timedelta(hours=2))
    db.commit()
    assert client.get(f"/reset-password/{old_token}").status_code == 410  # expired


def test_forgot_password_never_reveals_who_has_an_account(client, db):
    before = len(db.exec(select(OutboxEmail)).all())
    body = submit(client, "/forgot-password", {"email": "stranger@millbrook.example"}).get_data(as_text=True)
    assert "If stranger@millbrook.example has an account" in body
    assert len(db.exec(select(OutboxEmail)).all()) == before


def test_sign_out_everywhere_ends_other_sessions(app, person):
    phone, laptop = app.test_client(), app.test_client()
    sign_in(phone, person.email)
    sign_in(laptop, person.email)
    submit(laptop, "/account/sign-out-everywhere", {}, form_page="/account")
    assert phone.get("/admin/").status_code == 302
    assert laptop.get("/admin/").status_code == 302


@pytest.mark.parametrize("password,problem", [
    ("short pass", "short"), ("password1234", "common"), ("aaaaaaaaaaaaaaa", "common"),
    ("abcabcabcabcabc", "common"), ("pat.smith-secret!", "common"),
    ("seven purple otters dancing", None), ("Rhubarb-Anvil-Kettle", None)])
def test_password_rules(password, problem):
    assert accounts.password_problem(password, "pat.smith@millbrook.example") == problem


def test_passwords_are_stored_with_argon2(db, person):
    assert person.password_hash.startswith("$argon2id$")
    assert PASSWORD not in person.password_hash


def test_admin_creates_an_account_and_it_gets_a_set_password_email(login, client, db, users):
    login("admin")
    org = users["provider"].organization_id
    response = submit(client, "/admin/users/new", {"name": "Sam Provider", "email": "Sam@Millbrook.example",
                                                   "role": "provider", "organization_id": org})
    assert response.status_code == 302
    user = db.exec(select(User).where(User.email == "sam@millbrook.example")).one()
    assert user.organization_id == org and not user.password_hash
    assert db.exec(select(OutboxEmail).where(OutboxEmail.to == "sam@millbrook.example")).first()
    assert "sam@millbrook.example" in client.get("/admin/users").get_data(as_text=True)


def test_provider_needs_an_organisation(login, client):
    login("admin")
    response = submit(client, "/admin/users/new", {"name": "No Org", "email": "noorg@millbrook.example",
                                                   "role": "provider", "organization_id": ""})
    assert "Choose the organisation" in response.get_data(as_text=True)


def test_cli_creates_the_first_administrator(app, db):
    runner = app.test_cli_runner()
    result = runner.invoke(args=["create-user", "--email", "First@Millbrook.example", "--name", "First",
                                 "--role", "admin", "--password", "a long enough passphrase"])
    assert result.exit_code == 0, result.output
    user = db.exec(select(User).where(User.email == "first@millbrook.example")).one()
    assert user.role == "admin" and user.password_hash.startswith("$argon2id$")
    weak = runner.invoke(args=["create-user", "--email", "w@millbrook.example", "--name", "W",
                               "--password", "short"])
    assert weak.exit_code != 0
