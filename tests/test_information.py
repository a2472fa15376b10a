"""Family information pages: the index by life stage and topic, each page with
its reviewed date and owner, safe Markdown, easy read, and the demo content."""
import json
import re
from datetime import timezone, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select as sa_select
from sqlmodel import Session, select

from pwa.cli import DEMO_DATA
from pwa.i18n import LANGUAGES
from pwa.models.information import Fact, InformationEasyRead, InformationPage, JargonTerm
from pwa.queries import facts, information, loader
from pwa.queries.easy_read import MAX_WORDS, PICTOGRAMS, Point, Report, check, sentences, words
from test_budgets import BR, HTML_BUDGET

PAGE_FILES = sorted((Path(DEMO_DATA) / "information").glob("*.md"))
EHC = "/information/ehc-needs-assessments"


def demo_facts():
    return {f["key"]: Fact(key=f["key"], value=str(f["value"]))
            for f in json.loads((Path(DEMO_DATA) / "information" / "facts.json").read_text(encoding="utf-8"))}


def demo_pages():
    """Each demo page as a family reads it in English: the facts table filled in."""
    table, pages = demo_facts(), {}
    for path in PAGE_FILES:
        fields, points, body = information.parse_page(path.read_text(encoding="utf-8"))
        pages[path.stem] = (fields, [(pic, facts.fill(text, table)) for pic, text in points],
                            facts.fill(body, table))
    return pages


# --- the index --------------------------------------------------------------------

def test_the_index_lists_every_page_under_its_topic(page):
    soup = page("/information")
    linked = {a["href"].rsplit("/", 1)[-1] for a in soup.select(".info-list a")}
    assert linked == set(demo_pages())
    topics = [h.get_text(strip=True) for h in soup.select("main h2[id^=topic-]")]
    assert "EHC needs assessments and EHC plans" in topics and "About the Local Offer" in topics
    assert soup.select_one("nav a[aria-current=page]").get_text(strip=True) == "Every age"


@pytest.mark.parametrize("stage, shown, hidden", [
    ("early-years", "support-in-the-early-years", "preparing-for-adulthood"),
    ("adulthood", "preparing-for-adulthood", "support-in-the-early-years"),
    ("school-age", "sen-support-in-school", "preparing-for-adulthood"),
])
def test_a_life_stage_shows_its_pages_and_those_for_every_age(page, stage, shown, hidden):
    soup = page(f"/information?stage={stage}")
    hrefs = {a["href"] for a in soup.select(".info-list a")}
    assert f"/information/{shown}" in hrefs and EHC in hrefs  # EHC assessments: every age
    assert f"/information/{hidden}" not in hrefs
    assert soup.select_one("nav a[aria-current=page]")["href"].endswith(f"stage={stage}")


NEW_PAGES = ("choosing-a-school", "when-support-is-not-delivered", "reassessment-and-ending-a-plan",
             "children-out-of-school", "funding-sen-support")
TRANSLATED = sorted((Path(DEMO_DATA) / "information" / "translations").glob("*/*.md"))


@pytest.mark.parametrize("lang", [code for code in LANGUAGES if code != "en"])
def test_the_index_in_every_language_reaches_every_page(page, lang):
    """A page without a translation (a new one) is still listed, its title and summary
    in English, marked so, with a note in the reader's language; a translated page is
    listed in that language."""
    soup = page(f"/{lang}/information")
    links = {a["href"].rsplit("/", 1)[-1]: a for a in soup.select(".info-list a")}
    assert set(links) == set(demo_pages())
    for slug in NEW_PAGES:
        assert links[slug].get("lang") == "en" and links[slug].find_next_sibling("p")["lang"] == "en"
    translated = links["complaints-and-appeals"]
    assert translated.get("lang") is None and translated.get_text(strip=True) != "Complaints, mediation and appeals"
    assert soup.select_one("main .notice")


@pytest.mark.parametrize("path", TRANSLATED, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_a_translated_page_links_to_every_page_its_english_links_to(path):
    """So a family reading in their language reaches the newer pages (choosing a school,
    support not delivered) that the English page points to."""
    english = (Path(DEMO_DATA) / "information" / path.name).read_text(encoding="utf-8")
    linked = lambda text: set(re.findall(r"\(page:([a-z0-9-]+)\)", text))  # noqa: E731
    assert linked(english) <= linked(path.read_text(encoding="utf-8"))


def test_an_unknown_life_stage_shows_everything(page):
    assert len(page("/information?stage=retired").select(".info-list a")) == len(PAGE_FILES)


def test_list_pages_on_each_engine(session):
    early = {p.slug for p in information.list_pages(session, "early-years")}
    assert "support-in-the-early-years" in early and "preparing-for-adulthood" not in early
    assert len(information.list_pages(session)) >= len(PAGE_FILES)


# --- a page -------------------------------------------------------------------------

def test_a_page_shows_when_it_was_reviewed_and_who_owns_it(page):
    soup = page(EHC)
    reviewed = soup.select_one("main p.muted").get_text(" ", strip=True)
    assert reviewed.startswith("Last reviewed on ")
    assert "by SEND Assessment and Planning Team, Millbrook Council." in reviewed
    assert "Next review by" in reviewed
    assert soup.title.get_text().startswith("Asking for an EHC needs assessment")


def test_a_page_explains_its_words_in_place(page):
    soup = page(EHC)
    terms = soup.select(".prose a.term")
    assert terms, "the first use of jargon is explained"
    for link in terms:
        definition = soup.select_one(f"#{link['aria-describedby']}")
        assert definition is not None and definition.name == "dd" and definition.get_text(strip=True)
        assert link["href"].startswith("/jargon-buster/")
    names = [a["aria-describedby"] for a in terms]
    assert len(names) == len(set(names)), "each word is explained once"
    assert not soup.select(".prose h2 a.term, .prose a a")


def test_unknown_and_archived_pages_are_not_found(app, page):
    page("/information/no-such-page", status=404)
    with Session(app.extensions["engine"]) as db:
        row = db.exec(select(InformationPage).where(InformationPage.slug == "who-decides")).one()
        row.archived_at = datetime.now(timezone.utc)
        db.add(row)
        db.commit()
        try:
            page("/information/who-decides", status=404)
            assert "/information/who-decides" not in str(page("/information"))
        finally:
            row.archived_at = None
            db.add(row)
            db.commit()
    page("/information/who-decides")


def test_easy_read_mode_shows_the_easy_read_points_with_pictures(page):
    soup = page(EHC + "?easy_read=1")
    _fields, points, _body = demo_pages()["ehc-needs-assessments"]
    shown = soup.select(".easy-point")
    assert [p.get_text(" ", strip=True) for p in shown] == [text for _pic, text in points]
    assert all(p.select_one("img[alt='']")["src"].startswith("/static/pictograms/") for p in shown)
    assert soup.select_one(".prose") is None, "easy read replaces the standard text"
    assert "Last reviewed on" in soup.select_one("main").get_text()


@pytest.mark.parametrize("path", ["/information"] + [f"/information/{p.stem}" for p in PAGE_FILES])
def test_every_information_page_fits_the_first_round_trip(client, page, path):
    for mode in ("", "?easy_read=1"):
        page(path + mode)
        size = len(client.get(path + mode, headers=BR).get_data())
        assert size <= HTML_BUDGET, f"{path}{mode}: {size} bytes compressed"


# --- Markdown, sanitised ------------------------------------------------------------

def test_markdown_is_rendered_and_sanitised():
    html = information.render_markdown(
        "# Big\n\n## Steps\n\n<script>alert(1)</script>\n\n"
        '<p onclick="steal()" style="color:red">Hello <em>there</em></p>\n\n'
        "[bad](javascript:alert(1)) [data](data:text/html,x) [ok](https://example.org) "
        "[mail](mailto:a@b.example) [phone](tel:01214960000) [here](/services)\n\n"
        '<iframe src="https://evil.example"></iframe><img src=x onerror="steal()">\n\n'
        "| A | B |\n| --- | --- |\n| 1 | 2 |\n\n> quoted\n\n- one\n- two\n")
    for bad in ("<script", "alert(1)", "onclick", "style=", "javascript:", "data:", "<iframe",
                "<img", "onerror", "<h1"):
        assert bad not in html, bad
    for good in ("<h2>Steps</h2>", "<em>there</em>", 'href="https://example.org"',
                 'href="mailto:a@b.example"', 'href="tel:01214960000"', 'href="/services"',
                 "<table>", "<th>A</th>", "<blockquote>", "<li>one</li>"):
        assert good in html, good


def test_links_by_slug_become_site_links():
    html = information.render_markdown("[a](page:who-decides) [b](service:millbrook-sendiass) "
                                       "[c](term:senco)", "/lo")
    assert 'href="/lo/information/who-decides"' in html
    assert 'href="/lo/services/millbrook-sendiass"' in html
    assert 'href="/lo/jargon-buster/senco"' in html


def test_every_link_by_slug_in_the_demo_exists(demo_services):
    services = {s["slug"] for s in demo_services}
    terms = {t.get("slug") or t["term"] for t in json.loads((Path(DEMO_DATA) / "jargon.json").read_text())}
    pages = demo_pages()
    for slug, (_fields, _points, body) in pages.items():
        for kind, target in information.slug_links(body):
            known = {"page": set(pages), "service": services, "term": terms}[kind]
            assert target in known, f"{slug}: no {kind} {target!r}"


# --- the demo content ---------------------------------------------------------------

REQUIRED = ["ehc-needs-assessments", "ehc-plans-and-annual-reviews", "sen-support-in-school",
            "schools-sen-information-reports", "independent-advice-and-support",
            "complaints-and-appeals", "personal-budgets-and-direct-payments",
            "short-breaks-services-statement", "travel-and-transport", "preparing-for-adulthood",
            "childcare-and-leisure", "who-decides", "local-offer-without-the-internet",
            "how-we-developed-the-local-offer", "choosing-a-school", "when-support-is-not-delivered",
            "reassessment-and-ending-a-plan", "children-out-of-school", "funding-sen-support"]


def test_the_demo_covers_what_the_local_offer_must_explain():
    pages = demo_pages()
    assert set(REQUIRED) <= set(pages)
    for slug, (fields, _points, _body) in pages.items():
        assert fields["title"] and fields["summary"] and fields["owner"], slug
        assert fields["topic"] and fields["life_stage"] in information.LIFE_STAGES, slug
    ehc = pages["ehc-needs-assessments"][2]
    for fact in ("20 weeks", "| 6 |", "| 16 |", "| 20 |", "15 days", "Young people", "section 36",
                 "1 week before it closes for 4 weeks or more"):
        assert fact in ehc, fact
    appeals = pages["complaints-and-appeals"][2]
    for fact in ("**2 months**", "within 1 month", "mediation certificate", "3 working days",
                 "30 days", "**6 months**"):
        assert fact in appeals, fact
    assert "0121 496 0000" in pages["local-offer-without-the-internet"][2]


def test_every_demo_easy_read_version_passes_the_checker():
    total = Report()
    for slug, (_fields, points, _body) in demo_pages().items():
        assert 4 <= len(points) <= 10, f"{slug}: {len(points)} points"
        for picture, text in points:
            assert picture in PICTOGRAMS, f"{slug}: no pictogram {picture!r}"
            assert len(sentences(text)) == 1, f"{slug}: one idea, one sentence: {text!r}"
            assert len(words(text)) <= MAX_WORDS, f"{slug}: {text!r}"
        report = check([Point(text, picture) for picture, text in points])
        assert report.passed, f"{slug}: {report.findings}"
        total = total.add(report)
    assert total.longest <= MAX_WORDS


def test_loading_twice_changes_nothing(session):
    def counts():
        return [session.scalar(sa_select(func.count()).select_from(m))
                for m in (InformationPage, InformationEasyRead, JargonTerm)]
    before = counts()
    assert before[0] >= len(PAGE_FILES) and before[2] >= 80
    loader.load(session, DEMO_DATA)
    assert counts() == before


# --- getting there ------------------------------------------------------------------

@pytest.mark.parametrize("mode", ["", "?easy_read=1"])
def test_a_parent_reaches_the_assessment_and_appeal_pages_from_home_in_two_clicks(page, mode):
    home = page("/" + mode)
    nav = home.select_one("header nav a[href='/information']")
    assert nav is not None, "Information and advice is in the header"
    links = {a["href"] for a in home.select("main a")}
    assert EHC in links  # one click
    assert "/information/complaints-and-appeals" in links
    ehc, appeal = page(EHC), page("/information/complaints-and-appeals")
    if mode:  # easy read stays on (the display cookie): the points, with pictures
        assert "ask the council" in ehc.select_one(".easy-point").get_text()
        assert "2 months" in appeal.select_one(".easy-points").get_text()
    else:
        assert "Who can ask" in ehc.get_text() and "The timeline set by law" in ehc.get_text()
        assert "Appealing to the SEND Tribunal" in appeal.get_text()
    # and via the index: two clicks
    index = page("/information")
    assert index.select_one(f"a[href='{EHC}']") and index.select_one("a[href='/information/complaints-and-appeals']")
