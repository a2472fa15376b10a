"""The public pages, fetched as a browser without JavaScript would."""
import re

from bs4 import BeautifulSoup

from pages import check_invariants
from pwa import create_app
from pwa.queries.vocab import AGE_BANDS, SUPPORT_KINDS


def links(soup, selector="main a"):
    return [a["href"] for a in soup.select(selector)]


def test_home_offers_every_way_in(page):
    soup = page("/")
    hrefs = links(soup)
    for band in AGE_BANDS:
        assert f"/services?age={band}" in hrefs
    for kind in SUPPORT_KINDS:
        assert f"/services?kind={kind}" in hrefs
    for area in ("communication-interaction", "cognition-learning", "semh", "sensory-physical"):
        assert f"/services?need={area}" in hrefs
    form = soup.select_one("main form[role=search]")
    assert form["action"] == "/services" and form.get("method") == "get"


def test_every_way_in_leads_to_services(page):
    for href in links(page("/"), ".ways a[href^='/services?']"):
        soup = page(href)
        assert soup.select(".results-list > li"), f"{href} found no services"


def test_search_page_lists_results_with_count(page):
    soup = page("/services?q=speech")
    count = soup.select_one("#results-title").get_text()
    assert re.fullmatch(r"\d+ services? found", count)
    assert soup.title.get_text().startswith("Find support: ")
    first = soup.select_one(".results-list h3 a")
    assert "speech" in first.get_text().lower()


def test_search_keeps_what_was_typed_and_chosen(page):
    soup = page("/services?q=swimming&age=5-10&free=y")
    assert soup.select_one("#q")["value"] == "swimming"
    assert soup.select_one("#age option[selected]")["value"] == "5-10"
    assert soup.select_one("#free").has_attr("checked")


def test_pagination_links_keep_the_filters(page):
    soup = page("/services?kind=education")
    nxt = soup.select_one(".pagination a[rel=next]")
    assert "kind=education" in nxt["href"] and "page=2" in nxt["href"]
    second = page(nxt["href"])
    assert second.select_one(".pagination [aria-current=page]").get_text() == "2"


def test_no_results_suggests_what_to_try(page):
    soup = page("/services?q=xylophoneqzx")
    assert soup.select_one("#results-title").get_text() == "0 services found"
    assert "/services?kind=advice" in links(soup)


def test_bad_filter_gets_a_clear_error_and_keeps_the_search(page):
    soup = page("/services?q=swimming&age=99")
    assert soup.title.get_text().startswith("Error: Find support")
    summary = soup.select_one(".error-summary")
    assert summary.select_one("a[href='#age']")
    assert soup.select_one("#age-error")
    assert soup.select_one("#q")["value"] == "swimming"


def test_results_fragment_for_htmx(client):
    response = client.get("/services?q=speech", headers={"HX-Request": "true"})
    body = response.get_data(as_text=True)
    assert "<html" not in body
    soup = BeautifulSoup(body, "html.parser")
    assert soup.select_one("#results")
    # the count also goes to the page's live region, out of band
    oob = soup.select_one("[hx-swap-oob='innerHTML:#live-status']")
    assert oob.get_text() == soup.select_one("#results-title").get_text()
    assert "HX-Request" in response.headers["Vary"]


def test_history_restore_and_boosted_requests_get_the_full_page(client):
    for extra in ({"HX-History-Restore-Request": "true"}, {"HX-Boosted": "true"}):
        response = client.get("/services?q=speech", headers={"HX-Request": "true", **extra})
        assert "<html" in response.get_data(as_text=True)
        assert "HX-Request" in response.headers["Vary"]


def test_full_search_page_also_varies_on_hx_request(client):
    assert "HX-Request" in client.get("/services").headers["Vary"]


def test_search_form_works_with_and_without_htmx(page):
    form = page("/services").select_one("#search-form")
    assert form["action"] == "/services" and form["method"] == "get"
    assert form["hx-get"] == "/services" and form["hx-target"] == "#results"
    assert form["hx-push-url"] == "true"
    assert form.select_one("button[type=submit]")


def test_parent_of_autistic_seven_year_old_reaches_speech_therapy_in_three_steps(page):
    """Home → search "speech therapy" → a service for a 7-year-old with autism."""
    home = page("/")
    action = home.select_one("main form[role=search]")["action"]
    results = page(f"{action}?q=speech+therapy")  # step 1: search from the home page
    for a in results.select(".results-list h3 a"):
        service = page(a["href"])  # step 2: open a result
        summary = service.select_one(".summary").get_text(" ")
        ages = re.search(r"(\d+) to (\d+) years", summary)
        if ages and int(ages[1]) <= 7 <= int(ages[2]) and "Autism" in summary:
            assert service.select("a[href^='tel:']"), "no phone number to call"
            assert service.find("h2", string="How to get it")
            return
    raise AssertionError("no speech therapy for a 7-year-old autistic child on page 1")


def test_service_page_shows_every_family_facing_field(page, demo_services):
    s = next(x for x in demo_services if x["status"] == "active" and x["locations"]
             and x["contacts"] and x["schedules"] and x["costs"])
    soup = page(f"/services/{s['slug']}")
    text = soup.get_text(" ")
    assert soup.h1.get_text() == s["name"]
    for heading in ("Who can use it", "How to get it", "What it costs", "When it is open",
                    "Where it happens", "Contact"):
        assert soup.find("h2", string=heading), heading
    assert s["eligibility"].split(".")[0] in text
    assert re.search(r"Information checked on \d{1,2} \w+ \d{4}", text)
    for phone in (p for c in s["contacts"] for p in c["phones"]):
        assert soup.select_one(f"a[href='tel:{phone['number'].replace(' ', '')}']")
    assert "£" in text


def test_education_provider_answers_the_schedule_2_questions(page, demo_services):
    s = next(x for x in demo_services if x["local_offer"] and x["status"] == "active")
    soup = page(f"/services/{s['slug']}")
    assert soup.find("h2", string="Support for special educational needs")
    assert len(soup.select("h2 ~ h3")) >= len(s["local_offer"])


def test_temporarily_closed_service_says_so(page, demo_services):
    s = next(x for x in demo_services if x["status"] == "temporarily closed")
    soup = page(f"/services/{s['slug']}")
    notice = " ".join(n.get_text(" ") for n in soup.select(".notice:not([hidden])"))
    assert "temporarily closed" in notice and s["alert"] in notice


def test_overdue_service_is_flagged(page, demo_services):
    s = next(x for x in demo_services if x["assured_days_ago"] > 365)
    soup = page(f"/services/{s['slug']}")
    notices = " ".join(n.get_text(" ") for n in soup.select(".notice:not([hidden])"))
    assert "This information may be out of date." in notices


def test_recent_service_is_not_flagged(page, demo_services):
    s = next(x for x in demo_services if x["assured_days_ago"] < 300 and x["status"] == "active")
    assert not page(f"/services/{s['slug']}").select(".notice:not(.notice-info):not([hidden])")


def test_organisation_page_lists_its_services(page, demo_services):
    s = demo_services[0]
    soup = page(f"/organisations/{s['organisation']}")
    names = [a.get_text() for a in soup.select(".results-list h3 a")]
    assert s["name"] in names


def test_not_found_pages(page):
    for path in ("/nowhere", "/services/no-such-service", "/organisations/no-such-org"):
        soup = page(path, status=404)
        assert soup.h1.get_text() == "Page not found"


def test_server_error_page(tmp_path):
    app = create_app({"DATABASE_URL": f"sqlite:///{tmp_path / 'empty.db'}", "COUNCIL_PHONE": "01632 960000"})

    @app.get("/_boom")
    def boom():
        raise RuntimeError("a bug")

    response = app.test_client().get("/_boom")
    assert response.status_code == 500
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    check_invariants(soup, "/_boom")
    assert soup.h1.get_text() == "Sorry, there is a problem with the service"
    assert soup.title.get_text().startswith("Sorry, there is a problem with the service")
    assert "call the Local Offer team on 01632 960000" in soup.main.get_text()  # the configured line


def test_english_content_on_other_language_pages_is_marked_english(page):
    """The shared app has every language with a catalogue: service names and descriptions
    (content, not yet translated) say they are English; the interface around them is not."""
    polish = page("/pl/services?q=speech")
    assert polish.html["lang"] == "pl"
    cards = polish.select(".results-list > li")
    assert cards and all(card.h3["lang"] == "en" and card.h3["dir"] == "ltr" for card in cards)
    assert not cards[0].select_one(".tags").has_attr("lang")  # "Ages 5 to 18" is translated
    english = page("/services?q=speech")
    assert not english.select(".results-list h3[lang]")
    jargon = page("/ar/jargon-buster")
    assert jargon.html["dir"] == "rtl" and jargon.select_one("dt")["lang"] == "en"
