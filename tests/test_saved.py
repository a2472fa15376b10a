"""Saved services: the cookie-backed list, Save and Remove with and without
htmx, the Saved page, sharing a list, and when each service next opens."""
import json
from datetime import datetime, time
from http.cookies import SimpleCookie

import pytest
from bs4 import BeautifulSoup

from pages import SAME_ORIGIN, check_invariants, csrf_token
from pwa import create_app
from pwa.models import Schedule
from pwa.queries.saved import next_opening, saved_services, service_names
from pwa.saved.views import MAX_SAVED, parse_slugs

SLT = "speech-and-language-therapy-under-5s"  # weekdays 08:30 to 17:00 in the demo data
HX = {"HX-Request": "true"}


@pytest.fixture
def active_slugs(demo_services):
    return [s["slug"] for s in demo_services if s["status"] == "active"]


def save(client, slug, next_url="/services?q=speech", remove=False, headers=None, **kwargs):
    """Press Save (or Remove) on one of this site's pages, in a browser of today."""
    return client.post("/saved/remove" if remove else "/saved",
                       data={"slug": slug, "next": next_url},
                       headers={**SAME_ORIGIN, **(headers or {})}, **kwargs)


def set_cookie_header(response):
    header = next(h for h in response.headers.getlist("Set-Cookie") if h.startswith("saved="))
    return header, SimpleCookie(header)["saved"].value


# --- When does it next open? (pure) ------------------------------------------------

WEEKDAYS = [Schedule(byday="MO,TU,WE,TH,FR", opens_at="08:30", closes_at="17:00")]
MONDAY = datetime(2026, 11, 30)  # a Monday


@pytest.mark.parametrize("now, day, opens, open_now", [
    (MONDAY.replace(hour=7), 30, "08:30", False),        # before opening: later today
    (MONDAY.replace(hour=10), 30, "08:30", True),        # open now
    (MONDAY.replace(hour=17), 1, "08:30", False),        # closed at 17:00: tomorrow
    (datetime(2026, 12, 4, 18), 7, "08:30", False),      # Friday evening: Monday
    (datetime(2026, 12, 5, 12), 7, "08:30", False),      # Saturday: Monday
])
def test_next_opening_of_a_weekday_service(now, day, opens, open_now):
    found = next_opening(WEEKDAYS, now)
    assert (found.day.day, found.opens, found.open_now) == (day, time.fromisoformat(opens), open_now)


def test_next_opening_picks_the_earliest_of_several_schedules():
    schedules = [Schedule(byday="SA", opens_at="10:00", closes_at="12:00"),
                 Schedule(byday="TU", opens_at="13:00", closes_at="15:00"),
                 Schedule(byday="TU", opens_at="09:00", closes_at="11:00")]
    found = next_opening(schedules, MONDAY.replace(hour=20))
    assert (found.day.weekday(), found.opens) == (1, time(9))


def test_next_opening_when_there_is_none():
    assert next_opening([], MONDAY) is None
    assert next_opening([Schedule(byday="", opens_at="09:00", closes_at="10:00")], MONDAY) is None
    assert next_opening([Schedule(byday="MO", opens_at="soon", closes_at="")], MONDAY) is None
    assert next_opening([Schedule(freq="MONTHLY", byday="MO", opens_at="09:00",
                                  closes_at="10:00")], MONDAY) is None


# --- Queries, on both engines ------------------------------------------------------

def test_saved_services_keep_order_and_drop_unknown(session, active_slugs):
    wanted = [active_slugs[3], "no-such-service", active_slugs[0]]
    found = saved_services(session, wanted, MONDAY)
    assert [x.service.slug for x in found] == [active_slugs[3], active_slugs[0]]
    assert all(x.organization_name for x in found)
    assert set(service_names(session, wanted)) == {active_slugs[3], active_slugs[0]}
    assert saved_services(session, [], MONDAY) == []


def test_saved_service_has_its_phones_and_next_opening(session):
    (slt,) = saved_services(session, [SLT], MONDAY.replace(hour=9))
    assert [p.number for p in slt.phones] == ["0121 496 0048"]
    assert slt.next_opening.open_now


def test_parse_slugs_keeps_well_formed_distinct_and_at_most_fifty():
    assert parse_slugs("a-1, b,a-1,,<script>,Upper,../x") == ["a-1", "b"]
    assert len(parse_slugs(",".join(f"s{i}" for i in range(80)))) == MAX_SAVED


# --- Without JavaScript: POST, redirect, GET -----------------------------------------

@pytest.mark.parametrize("headers", [{"Sec-Fetch-Site": "cross-site"}, {"Sec-Fetch-Site": "same-site"},
                                     {"Origin": "https://evil.example"},
                                     {"Origin": "http://localhost.evil.example"}])
def test_save_from_another_site_is_refused_and_saves_nothing(client, headers):
    client.set_cookie("saved", "some-service")
    for path in ("/saved", "/saved/remove", "/cy/saved"):
        response = client.post(path, data={"slug": SLT, "next": "/"}, headers=headers)
        assert response.status_code == 400
        assert "saved=" not in " ".join(response.headers.getlist("Set-Cookie"))
        soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
        assert soup.select_one("main#main-content h1")  # the site's own error page
    assert "Ewch yn ôl" in soup.main.get_text()  # in the page's language


def test_a_token_does_not_outweigh_a_browser_that_says_another_site_sent_it(client, page):
    page("/feedback")  # starts a session: the Save button now carries its token
    token = csrf_token(client, f"/services/{SLT}")
    response = client.post("/saved", data={"csrf_token": token, "slug": SLT},
                           headers={"Sec-Fetch-Site": "cross-site"})
    assert response.status_code == 400


@pytest.mark.parametrize("headers", [SAME_ORIGIN, {"Origin": "http://localhost"},
                                     {"Origin": "https://localoffer.example"}])
def test_save_from_this_site_needs_no_token(app, headers):
    """Origin names this site as the browser saw it: the request's own address, or
    PUBLIC_URL when a proxy or CDN in front rewrites the host."""
    app.config["PUBLIC_URL"], public = "https://localoffer.example", app.config["PUBLIC_URL"]
    try:
        response = app.test_client().post("/saved", data={"slug": SLT, "next": "/"}, headers=headers)
    finally:
        app.config["PUBLIC_URL"] = public
    assert response.status_code == 303
    assert set_cookie_header(response)[1] == SLT


def test_origin_behind_a_proxy_is_the_public_one(app):
    """With ProxyFix (PROXY_COUNT=1) the site's origin is the one the proxy forwarded."""
    behind = create_app({"DATABASE_URL": app.config["DATABASE_URL"], "TESTING": True,
                         "PROXY_COUNT": 1})
    proxied = behind.test_client()
    forwarded = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "offer.council.example"}
    ok = proxied.post("/saved", data={"slug": SLT}, headers={
        **forwarded, "Origin": "https://offer.council.example"})
    assert ok.status_code == 303
    refused = proxied.post("/saved", data={"slug": SLT}, headers={
        **forwarded, "Origin": "http://offer.council.example"})  # another scheme, another origin
    assert refused.status_code == 400
    behind.extensions["engine"].dispose()


@pytest.mark.parametrize("remove", [False, True])
def test_save_without_either_header_asks_first_and_the_answer_saves(client, remove):
    """An old browser or a privacy tool sends neither header: nothing is lost, the
    person is asked, with a form that carries a token and works without JavaScript."""
    client.set_cookie("saved", SLT)
    path = "/saved/remove" if remove else "/saved"
    response = client.post(path, data={"slug": SLT, "next": "/services?q=speech"},
                           headers={"Origin": "null"})
    assert response.status_code == 200
    assert "saved=" not in " ".join(response.headers.getlist("Set-Cookie"))
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    check_invariants(soup, path)
    question = "Remove this service from your saved list?" if remove else "Save this service?"
    assert soup.h1.get_text() == question and soup.title.get_text().startswith(question)
    form = soup.select_one("main form.save")
    assert form["action"] == path
    answer = {i["name"]: i["value"] for i in form.select("input[type=hidden]")}
    assert answer["csrf_token"] and answer["next"] == "/services?q=speech"
    assert soup.select_one("main a[href='/services?q=speech']")  # go back, nothing changed
    done = client.post(form["action"], data=answer)  # still neither header
    assert done.status_code == 303 and done.headers["Location"] == "/services?q=speech"
    assert set_cookie_header(done)[1] == ("" if remove else SLT)


def test_htmx_save_without_either_header_asks_in_place(client):
    response = client.post("/saved", data={"slug": SLT, "next": "/"}, headers=HX)
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    assert not soup.select("html, h1")
    assert soup.select_one("form.save input[name=csrf_token]")["value"]
    assert soup.select_one("form.save button")["id"] == f"save-{SLT}"  # focus stays on it
    assert soup.select_one("[hx-swap-oob]").get_text() == "Save this service?"
    assert "saved=" not in " ".join(response.headers.getlist("Set-Cookie"))


def test_only_the_save_buttons_are_exempt_from_the_token(app):
    csrf = app.extensions["csrf"]
    assert csrf._exempt_views == {"pwa.saved.views.add", "pwa.saved.views.remove"}
    assert not csrf._exempt_blueprints


def test_save_redirects_back_and_sets_a_strictly_necessary_cookie(client):
    response = save(client, SLT)
    assert response.status_code == 303
    assert response.headers["Location"] == "/services?q=speech"
    header, value = set_cookie_header(response)
    assert value == SLT
    assert "HttpOnly" in header and "SameSite=Lax" in header and "Secure" not in header
    assert "Max-Age=" in header  # kept on the phone, not lost when the browser closes


def test_cookie_is_secure_over_https(client):
    response = save(client, SLT, base_url="https://localhost")
    assert "Secure" in set_cookie_header(response)[0]


@pytest.mark.parametrize("next_url", ["https://evil.example/", "//evil.example/x",
                                      "/\\evil.example", "javascript:alert(1)", ""])
def test_save_never_redirects_to_another_site(client, next_url):
    assert save(client, SLT, next_url=next_url).headers["Location"] == "/saved"


def test_saving_an_unknown_or_malformed_service_fails(client):
    assert save(client, "no-such-service").status_code == 404
    assert save(client, "<b>").status_code == 400


def test_saved_page_lists_phones_next_opening_and_remove_buttons(client, page):
    save(client, SLT)
    soup = page("/saved")
    item = soup.select_one(".results-list > li")
    assert item.select_one("h2 a")["href"] == f"/services/{SLT}"
    assert item.select_one("a[href='tel:01214960048']")
    assert "open" in item.get_text().lower()  # "Open now, until…" or "Next open…"
    form = item.select_one("form[method=post]")
    assert form["action"] == "/saved/remove"
    assert form.select_one("input[name=next]")["value"] == "/saved"
    assert form.button.get_text(" ", strip=True).startswith("Remove from saved")
    assert "private" in soup.response.headers["Cache-Control"]
    assert soup.select_one("[data-offline-sync='/saved']")


def test_remove_takes_it_off_the_list(client, page):
    save(client, SLT)
    response = save(client, SLT, next_url="/saved", remove=True)
    assert response.headers["Location"] == "/saved"
    assert set_cookie_header(response)[1] == ""
    assert not page("/saved").select(".results-list > li")


def test_empty_saved_page_says_how_to_save(page):
    soup = page("/saved")
    assert "not saved any services" in soup.main.get_text()
    assert soup.select_one("main a[href='/services']")


def test_newest_first_and_at_most_fifty(client, active_slugs):
    client.set_cookie("saved", ",".join(active_slugs[:MAX_SAVED]))
    response = save(client, active_slugs[MAX_SAVED])
    kept = set_cookie_header(response)[1].strip('"').split(",")
    assert kept[0] == active_slugs[MAX_SAVED] and len(kept) == MAX_SAVED


def test_a_tampered_cookie_is_ignored_safely(client, page):
    client.set_cookie("saved", f"<script>,no-such-service,{SLT},{SLT}")
    items = page("/saved").select(".results-list > li h2 a")
    assert [a["href"] for a in items] == [f"/services/{SLT}"]


def test_service_page_and_cards_have_a_save_button_that_names_the_service(client, page):
    soup = page(f"/services/{SLT}")
    form = soup.select_one("main form.save")
    assert form["method"] == "post" and form["action"] == "/saved"
    assert form["hx-post"] == "/saved" and form["hx-target"] == "this"
    name = soup.h1.get_text()
    assert form.button.get_text() == f"Save: {name}"  # its accessible name
    assert form.button.select_one(".visually-hidden")  # visible text is just "Save"
    cards = page("/services?q=speech").select(".results-list > li")
    assert all(c.select_one("form.save input[name=next]")["value"] == "/services?q=speech"
               for c in cards)
    save(client, SLT)
    button = page(f"/services/{SLT}").select_one("main form.save")
    assert button["action"] == "/saved/remove"


# --- With htmx: the button swaps in place and is announced ----------------------------

def test_htmx_save_returns_the_button_and_an_announcement(client):
    response = save(client, SLT, headers=HX)
    assert response.status_code == 200
    body = response.get_data(as_text=True)
    assert "<html" not in body
    assert "HX-Request" in response.headers["Vary"]
    soup = BeautifulSoup(body, "html.parser")
    form = soup.select_one("form.save")
    assert form["action"] == "/saved/remove"
    assert form.button["id"] == f"save-{SLT}"  # same id: htmx keeps keyboard focus on it
    assert form.select_one("input[name=next]")["value"] == "/services?q=speech"
    oob = soup.select_one("[hx-swap-oob='innerHTML:#live-status']")
    assert oob.get_text().startswith("Saved:")
    trigger = json.loads(response.headers["HX-Trigger"])
    assert trigger == {"offline-save": {"page": f"/services/{SLT}", "list": "/saved"}}
    assert set_cookie_header(response)[1] == SLT


def test_htmx_remove_announces_and_tells_the_worker_to_drop_the_copy(client):
    save(client, SLT)
    response = save(client, SLT, remove=True, headers=HX)
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    assert soup.select_one("form.save")["action"] == "/saved"
    assert soup.select_one("[hx-swap-oob]").get_text().startswith("Removed from saved:")
    assert "offline-remove" in json.loads(response.headers["HX-Trigger"])


# --- Print and share ------------------------------------------------------------------

def test_print_version_works_without_javascript(client, page):
    save(client, SLT)
    soup = page("/saved")
    assert soup.select_one("a[data-print]")["href"] == "/saved?print=1"
    printable = page("/saved?print=1")
    assert "Print command" in printable.main.get_text()
    assert printable.select_one("a[href='tel:01214960048']")
    assert not printable.select("main form")


def test_share_link_opens_the_list_on_another_phone(client, active_slugs, app):
    save(client, SLT)
    save(client, active_slugs[5])
    from pages import PageHelper
    share = PageHelper(client)("/saved").select_one("a[href^='/saved/shared?s=']")["href"]
    other = app.test_client()  # another phone: no cookie
    soup = PageHelper(other)(share)
    assert [a["href"] for a in soup.select(".results-list h2 a")] == [
        f"/services/{active_slugs[5]}", f"/services/{SLT}"]
    form = soup.select_one("main form[method=post]")
    assert form["action"] == "/saved/shared"
    assert form.button.get_text(strip=True) == "Save these in this browser"
    response = other.post("/saved/shared", data={
        "csrf_token": form.select_one("[name=csrf_token]")["value"],
        "s": form.select_one("[name=s]")["value"]})
    assert response.status_code == 303 and response.headers["Location"] == "/saved"
    assert set_cookie_header(response)[1].strip('"') == f"{active_slugs[5]},{SLT}"


def test_share_link_with_nothing_known(page):
    soup = page("/saved/shared?s=no-such-thing,<x>")
    assert not soup.select("main form")
    assert "no longer listed" in soup.main.get_text()


def test_shared_list_needs_a_csrf_token(client):
    assert client.post("/saved/shared", data={"s": SLT}).status_code == 400
