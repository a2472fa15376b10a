"""Easy read: the checker, the demo content, and the pages in easy read."""
import re

import brotli
import pytest
from sqlmodel import Session

from pages import submit
from pwa.models.easy_read import ServiceEasyRead
from pwa.models import Service
from pwa.queries.easy_read import PICTOGRAMS, SECTIONS, Point, Report, check, sentences
from pwa.queries.easy_read import for_service
from sqlmodel import select

SERVICE = "/services/speech-and-language-therapy-under-5s"
GOOD = [Point("It helps children to talk.\nIt is free.", "talk"),
        Point("You need an education, health and care plan.\nThis plan says what help you need.", "plan")]


# --- the checker ----------------------------------------------------------------

def test_good_text_passes_with_its_figures():
    report = check(GOOD)
    assert report.passed, report.findings
    assert (report.sentences, report.longest) == (4, 8)
    assert report.average == 5.8


def test_a_sentence_over_15_words_is_flagged():
    long = "You can come to the club on Monday and Tuesday and bring a friend with you too."
    report = check([Point(long, "people")])
    assert [(f.kind, f.detail) for f in report.findings] == [("long-sentence", "17")]


def test_a_hard_word_needs_explaining_in_the_next_sentence():
    bad = check([Point("We offer therapy.\nIt is free.", "health")])
    assert [(f.kind, f.detail) for f in bad.findings] == [("jargon", "therapy")]
    assert check([Point("We offer therapy.\nTherapy means help from a trained expert.", "health")]).passed
    assert check([Point("You can ask for a referral.\nThis means a doctor asks for you.", "doctor")]).passed
    assert check([Point("A personal budget is money you can spend on support.", "money")]).passed


def test_initials_need_full_words():
    report = check([Point("Ask the SENCO at your school.", "teacher")])
    assert [(f.kind, f.detail) for f in report.findings] == [("initials", "SENCO")]


def test_each_point_needs_a_picture_from_our_set():
    report = check([Point("It is free.", None), Point("It is fun.", "unicorn"), Point("It is near.", "place")])
    assert [f.kind for f in report.findings] == ["missing-picture", "missing-picture"]


def test_prices_and_times_are_not_cut_into_sentences():
    assert sentences("It costs £3.50 a session. Come at 9.30am!") == ["It costs £3.50 a session.", "Come at 9.30am!"]


# --- the demo content -------------------------------------------------------------

def demo_report(demo_services) -> Report:
    total = Report()
    for s in demo_services:
        e = s["easy_read"]
        total = total.add(check([Point(e[t], e[f"{t}_picture"]) for t in SECTIONS]))
    return total


def test_every_demo_service_has_easy_read_text_that_passes_the_checker(demo_services):
    assert all(all(s["easy_read"][t].strip() for t in SECTIONS) for s in demo_services)
    report = demo_report(demo_services)
    assert report.passed, report.findings[:5]
    assert report.longest <= 15 and report.average <= 10


def test_demo_easy_read_is_written_for_each_service(demo_services):
    """Built from each service's facts, not one text for all."""
    whats = {s["easy_read"]["what"] for s in demo_services}
    assert len(whats) >= 0.7 * len(demo_services)


def test_every_pictogram_is_shipped_small_with_its_viewbox(client):
    from pwa.labels import PICTURES
    assert set(PICTURES) == set(PICTOGRAMS)
    soup_src = client.get("/credits").get_data(as_text=True)
    urls = re.findall(r'src="(/static/pictograms/[^"]+\.svg)"', soup_src)
    assert len(urls) == len(PICTOGRAMS)
    for url in urls:
        response = client.get(url, headers={"Accept-Encoding": "br"})
        svg = brotli.decompress(response.get_data()).decode()
        assert response.mimetype == "image/svg+xml" and "immutable" in response.headers["Cache-Control"]
        assert 'viewBox="0 0 72 72"' in svg and " id=" not in svg and "<!--" not in svg
        assert len(response.get_data()) <= 2_000, url


# --- pages in easy read -----------------------------------------------------------

@pytest.fixture
def easy(client):
    client.set_cookie("display", "easy-read")
    return client


def test_service_page_shows_points_with_pictures_beside_them(easy, page):
    soup = page(SERVICE)
    points = soup.select("ul.easy-points > li.easy-point")
    assert [p.h2.get_text() for p in points][:4] == ["What it is", "Who it is for", "How to get it",
                                                     "What it costs"]
    for point in points:
        img = point.find("img", recursive=False)
        assert img["alt"] == "" and img["src"].startswith("/static/pictograms/")
    assert "This plan says what help" in soup.get_text()


def test_pictures_load_only_in_easy_read(page):
    assert not page(SERVICE).select("img[src*=pictograms]")


def test_a_service_without_easy_read_text_says_so_and_shows_the_standard_text(app, easy, page):
    with Session(app.extensions["engine"]) as session:
        service = session.exec(select(Service).where(Service.slug == SERVICE.rsplit("/", 1)[1])).one()
        row = session.get(ServiceEasyRead, service.id)
        saved, row.what = row.what, ""
        session.add(row)
        session.commit()
        try:
            assert for_service(session, service.id) is None
            soup = page(SERVICE)
            assert "There is no easy read version of this page yet." in soup.get_text()
            assert service.description in soup.get_text()
            assert not soup.select(".easy-points")
        finally:
            row.what = saved
            session.add(row)
            session.commit()


def test_home_page_in_easy_read_has_pictures_on_the_ways_in(easy, page):
    soup = page("/")
    ways = soup.select(".easy-ways a")
    assert len(ways) >= 12 and all(a.img["alt"] == "" for a in ways)


def test_search_results_show_easy_read_words(easy, page):
    soup = page("/services?q=speech")
    cards = soup.select(".results-list .easy-card")
    assert cards and all(c.img["alt"] == "" for c in cards)


# --- the checker page and the credits ------------------------------------------------

def test_checker_page_shows_findings_without_javascript(client, page):
    page("/easy-read-checker")
    response = submit(client, "/easy-read-checker", {
        "what": "We offer therapy to children and young people who find it hard to talk with others.",
        "what_picture": "", "who": "", "who_picture": "", "how": "", "how_picture": "",
        "cost": "", "cost_picture": ""})
    assert response.status_code == 200
    text = response.get_data(as_text=True)
    assert "This sentence has 16 words." in text and "Choose a picture for this point." in text
    assert "Explain “therapy”" in text


def test_checker_updates_live_with_htmx(client):
    response = submit(client, "/easy-read-checker", {"what": "It is free.", "what_picture": "free"},
                      headers={"HX-Request": "true"})
    html = response.get_data(as_text=True)
    assert "<html" not in html and 'id="findings"' in html and "HX-Request" in response.headers["Vary"]
    assert 'hx-swap-oob="innerHTML:#live-status">No changes needed.' in html


def test_checker_needs_its_csrf_token(client):
    assert client.post("/easy-read-checker", data={"what": "Hello."}).status_code == 400


def test_credits_page_credits_openmoji(page):
    soup = page("/credits")
    text = soup.get_text()
    assert "OpenMoji" in text and "HfG Schwäbisch Gmünd" in text
    assert soup.select_one('a[href="https://creativecommons.org/licenses/by-sa/4.0/"]')
    assert page("/").select_one('footer a[href="/credits"]')
