"""Display preferences: easy read and text size, switched from every page
without JavaScript, remembered in a cookie, applied on the server, link-shareable."""
from urllib.parse import parse_qs, urlsplit

import brotli
import pytest

from pwa.display import Display
from pwa.urls import safe_path as safe_next

BR = {"Accept-Encoding": "br, gzip"}
PAGES = ["/", "/services", "/services?q=speech", "/services/speech-and-language-therapy-under-5s",
         "/organisations/millbrook-community-health", "/display-settings", "/credits",
         "/easy-read-checker", "/accessibility-statement"]


def html_classes(soup):
    return soup.html.get("class") or []


def bar_link(soup, text):
    return next(a["href"] for a in soup.select("#display-bar a") if a.get_text(strip=True) == text)


def test_standard_mode_by_default(page):
    assert html_classes(page("/")) == []


def test_the_switch_sets_the_cookie_and_returns_to_the_same_page(client):
    response = client.get("/display?easy_read=1&next=/services%3Fq%3Dspeech")
    assert response.status_code == 302
    assert response.headers["Location"] == "/services?q=speech"
    cookie = response.headers["Set-Cookie"]
    assert cookie.startswith("display=easy-read;") and "HttpOnly" in cookie and "SameSite=Lax" in cookie


@pytest.mark.parametrize("target", ["//evil.example/", "https://evil.example/", "/\\evil.example",
                                    "javascript:alert(1)", "evil.example", "/\r\nLocation: x", ""])
def test_the_switch_never_sends_you_to_another_site(client, target):
    response = client.get("/display", query_string={"easy_read": "1", "next": target})
    assert response.headers["Location"] == "/"


def test_safe_next_keeps_paths_and_queries_on_this_site():
    assert safe_next("/services?q=speech&page=2") == "/services?q=speech&page=2"
    assert safe_next("/services/x#contact") == "/services/x#contact"
    assert safe_next("https://millbrook.example/") == "/"


def test_every_page_has_the_switch_and_it_returns_to_that_page(page):
    for path in PAGES:
        soup = page(path)
        next_page = parse_qs(urlsplit(bar_link(soup, "Easy read")).query)["next"][0]
        assert next_page == path, path
        assert bar_link(soup, "Display settings").startswith("/display-settings?next=")


def test_the_cookie_is_applied_on_the_server_to_every_page(client, page):
    client.get("/display?easy_read=1&text_size=largest&next=/")
    for path in PAGES:  # every link followed stays in easy read until it is turned off
        assert html_classes(page(path)) == ["easy-read", "text-largest"], path
    client.get("/display?easy_read=0&next=/")
    assert html_classes(page("/")) == ["text-largest"]


def test_a_shared_link_turns_easy_read_on_and_keeps_it_on(client, page):
    soup = page("/services?q=speech&easy_read=1")
    assert "easy-read" in html_classes(soup)
    assert "display=easy-read" in soup.response.headers["Set-Cookie"]
    assert "easy-read" in html_classes(page("/"))  # the next page, with no parameter
    # Turning it off from the shared page must not land back on ?easy_read=1.
    off = bar_link(soup, "Turn off easy read")
    assert parse_qs(urlsplit(off).query)["next"] == ["/services?q=speech"]


def test_text_size_steps_up_and_down(client, page):
    soup = page("/")
    assert "text_size=large" in bar_link(soup, "Bigger text")
    client.get("/display?text_size=large&next=/")
    soup = page("/")
    assert "text_size=largest" in bar_link(soup, "Bigger text")
    assert "text_size=standard" in bar_link(soup, "Smaller text")


def test_odd_cookies_and_parameters_are_ignored(client, page):
    client.set_cookie("display", "easy-read.huge.<script>")
    assert html_classes(page("/?text_size=enormous&easy_read=maybe")) == ["easy-read"]
    assert Display.from_cookie(None) == Display()


def test_pages_vary_by_cookie(client):
    for path in ("/", "/services/speech-and-language-therapy-under-5s"):
        assert "Cookie" in client.get(path).headers["Vary"]


def test_settings_page_is_a_get_form_showing_the_current_choice(client, page):
    client.get("/display?easy_read=1&text_size=large&next=/")
    soup = page("/display-settings?next=/services")
    form = soup.select_one("main form")
    assert form["action"] == "/display" and form.get("method") == "get"
    assert soup.select_one("input[name=easy_read][value='1']").has_attr("checked")
    assert soup.select_one("input[name=text_size][value=large]").has_attr("checked")
    assert soup.select_one("input[name=next]")["value"] == "/services"


def test_search_results_fragment_updates_the_switch(client):
    response = client.get("/services?q=speech", headers={"HX-Request": "true"})
    html = response.get_data(as_text=True)
    assert "<html" not in html and 'id="display-bar"' in html and 'hx-swap-oob="true"' in html
    assert "next=/services?q%3Dspeech" in html or "next=%2Fservices%3Fq%3Dspeech" in html


def test_easy_read_pages_keep_to_the_byte_budgets(client, demo_services):
    """tests/test_budgets.py, in easy read at the largest size."""
    busiest = max((s for s in demo_services if s["status"] == "active"), key=lambda s: len(str(s)))
    client.set_cookie("display", "easy-read.largest")
    for path in ["/", "/services", "/services?q=speech", f"/services/{busiest['slug']}",
                 f"/organisations/{busiest['organisation']}", "/credits", "/easy-read-checker"]:
        response = client.get(path, headers=BR)
        assert response.status_code == 200
        assert len(response.get_data()) <= 14_000, path
        assert "easy-read" in brotli.decompress(response.get_data()).decode()
