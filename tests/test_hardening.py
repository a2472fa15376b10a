"""Security findings closed: per-visitor rate limits behind a proxy, NUL bytes, no-store
for signed-in pages, CSRF and wrong-method pages that keep what was typed, the easy read
checker's rate limit, and the sanitiser's attributes."""
import pytest
from bs4 import BeautifulSoup
from sqlalchemy import func
from sqlmodel import Session, select

from pwa import create_app
from pwa.cli import upgrade
from pwa.models.feedback import Feedback
from pwa.queries.information import render_markdown

from pages import PageHelper, check_invariants


@pytest.fixture(scope="module")
def limited_app(tmp_path_factory):
    """Behind one proxy, with small limits; CSRF off so each POST reaches the limiter."""
    path = tmp_path_factory.mktemp("limits") / "limits.db"
    app = create_app({"DATABASE_URL": f"sqlite:///{path}", "TESTING": True, "PROXY_COUNT": 1,
                      "WTF_CSRF_ENABLED": False, "FEEDBACK_LIMIT": "3 per hour",
                      "EASY_READ_CHECK_LIMIT": "3 per minute"})
    upgrade(app)
    yield app
    app.extensions["engine"].dispose()


def _post_from(client, path, address, times):
    return [client.post(path, data={}, headers={"X-Forwarded-For": address}).status_code
            for _ in range(times)]


def test_rate_limits_count_each_visitor_behind_the_proxy(limited_app):
    client = limited_app.test_client()
    noisy = _post_from(client, "/feedback", "198.51.100.7", 4)
    assert noisy[:3] == [200, 200, 200] and noisy[3] == 429
    assert _post_from(client, "/feedback", "198.51.100.8", 1) == [200], \
        "a second visitor behind the same proxy must not share the first one's limit"


def test_a_visitor_cannot_pick_their_own_address(limited_app):
    """Only the proxy's own entry counts: a forged X-Forwarded-For from the visitor is
    the left-most entry, which one trusted proxy ignores."""
    client = limited_app.test_client()
    statuses = [client.post("/feedback", data={}, headers={
        "X-Forwarded-For": f"10.0.0.{n}, 198.51.100.20"}).status_code for n in range(4)]
    assert statuses[-1] == 429


def test_the_easy_read_checker_is_rate_limited(limited_app):
    client = limited_app.test_client()
    statuses = _post_from(client, "/easy-read-checker", "198.51.100.30", 4)
    assert statuses[:3] == [200, 200, 200] and statuses[3] == 429
    page = BeautifulSoup(client.post("/easy-read-checker", headers={
        "X-Forwarded-For": "198.51.100.30"}).get_data(as_text=True), "html.parser")
    check_invariants(page, "/easy-read-checker")
    assert page.h1.get_text() == "Too many checks"


# --- NUL bytes, on both engines -----------------------------------------------------------

@pytest.mark.parametrize("path, status", [
    ("/services/%00", 404), ("/services/speech%00therapy", 404), ("/information/%00", 404),
    ("/services?q=%00", 400), ("/services?q=speech%00", 400), ("/feedback?page=%00", 400),
    ("/organisations/%00x", 404), ("/services?%00=1", 400),
])
def test_nul_bytes_are_refused_in_the_site_layout(db_app, path, status):
    soup = PageHelper(db_app.test_client())(path, status=status)
    assert soup.h1


def test_nul_in_a_posted_field_is_refused(db_app):
    client = db_app.test_client()
    before = _feedback_count(db_app)
    soup = BeautifulSoup(client.post("/feedback", data={
        "category": "content", "comment": "hello\x00world"}).get_data(as_text=True), "html.parser")
    check_invariants(soup, "/feedback")
    assert _feedback_count(db_app) == before


def test_nul_pages_are_in_the_page_language(db_app):
    soup = PageHelper(db_app.test_client())("/pl/services/%00", status=404)
    assert soup.html["lang"] == "pl"


def _feedback_count(app):
    with Session(app.extensions["engine"]) as s:
        return s.scalar(select(func.count()).select_from(Feedback))


# --- no-store for signed-in people --------------------------------------------------------

@pytest.mark.parametrize("path", ["/account", "/admin/", "/", "/services?q=speech"])
def test_pages_for_signed_in_people_are_never_stored(login, path):
    response = login("editor").get(path)
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"


def test_public_pages_for_anyone_are_not_no_store(client):
    assert client.get("/").headers.get("Cache-Control") != "no-store"


def test_the_sign_in_redirect_from_account_pages_is_not_stored(client):
    response = client.get("/account")
    assert response.status_code == 302 and response.headers["Cache-Control"] == "no-store"


# --- an expired or missing CSRF token, and the wrong method -----------------------------

TYPED = "The speech therapy page should say the waiting time"


@pytest.mark.parametrize("prefix, lang", [("", "en"), ("/cy", "cy")])
def test_an_expired_form_comes_back_with_what_was_typed(client, db, prefix, lang):
    before = db.scalar(select(func.count()).select_from(Feedback))
    response = client.post(f"{prefix}/feedback", data={
        "csrf_token": "expired-or-forged", "category": "content", "comment": TYPED,
        "name": "Sam <b>Parent</b>"})
    assert response.status_code == 400
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    check_invariants(soup, "/feedback")
    assert soup.html["lang"] == lang
    assert soup.select_one("textarea[name=comment]").get_text().strip() == TYPED
    assert soup.select_one("input[name=name]")["value"] == "Sam <b>Parent</b>"
    assert soup.select_one("input[name=category][value=content]").has_attr("checked")
    assert soup.select_one(".notice"), "a message says the answers were not sent"
    assert "<b>Parent</b>" not in response.get_data(as_text=True)
    fresh = soup.select_one("form[method=post] input[name=csrf_token]")["value"]
    assert fresh and fresh != "expired-or-forged"
    db.expire_all()
    assert db.scalar(select(func.count()).select_from(Feedback)) == before


def test_the_form_can_be_sent_again_from_that_page(client, db):
    before = db.scalar(select(func.count()).select_from(Feedback))
    soup = BeautifulSoup(client.post("/feedback", data={
        "category": "content", "comment": TYPED}).get_data(as_text=True), "html.parser")
    data = {el["name"]: el.get("value", "") for el in soup.select("form[method=post] input")
            if el.get("name") and el.get("type") not in ("radio", "checkbox")}
    data.update(category="content", comment=TYPED)
    assert client.post("/feedback", data=data).status_code == 302
    db.expire_all()
    assert db.scalar(select(func.count()).select_from(Feedback)) == before + 1


def test_a_form_whose_address_has_no_page_gets_the_error_page(client):
    """A POST-only action (sign out) with a bad token: nothing is done, a page in the
    site's layout says what to do."""
    soup = BeautifulSoup(client.post("/sign-out", data={"csrf_token": "x"}).get_data(as_text=True),
                         "html.parser")
    check_invariants(soup, "/sign-out")


def test_the_wrong_method_gets_a_page_in_the_site_layout(client, page):
    soup = page("/pl/sign-out", status=405)
    assert soup.html["lang"] == "pl"
    assert "POST" in soup.response.headers["Allow"]


# --- the sanitiser keeps what the README says, and nothing else ---------------------------

def test_the_sanitiser_keeps_no_title_or_lang():
    html = render_markdown('<p title="Hover me" lang="cy" class="x">Hello</p>\n\n'
                           '[link](https://example.org "A title")')
    soup = BeautifulSoup(html, "html.parser")
    assert [el.attrs for el in soup.find_all("p")] == [{}, {}]
    assert soup.a.attrs == {"href": "https://example.org"}
