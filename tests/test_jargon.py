"""The jargon buster: the terms, the A to Z, the search, and explaining a word
in place where a page first uses it."""
import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from pwa.cli import DEMO_DATA
from pwa.models.information import JargonTerm
from pwa.queries import jargon
from pwa.queries.easy_read import MAX_WORDS, sentences, words

ENTRIES = json.loads((Path(DEMO_DATA) / "jargon.json").read_text(encoding="utf-8"))
ASKED_FOR = ["EHC plan", "EHCP", "SENCO", "SENDIASS", "EP", "SALT", "OT", "CAMHS", "PfA", "s.41",
             "SEN support", "annual review", "tribunal", "mediation", "personal budget",
             "direct payment", "short breaks", "respite", "LA", "ASD", "ADHD", "SEMH", "SLCN",
             "MLD", "SLD", "PMLD", "VI", "HI", "MSI", "PD", "IEP", "APDR", "graduated approach",
             "ordinarily available provision", "Local Offer", "parent carer forum", "transition",
             "EHCNA", "DfE", "Ofsted", "CQC", "NHS", "ICB", "GP", "health visitor",
             "paediatrician", "AP", "PRU", "EOTAS", "post-16", "FE", "NEET", "supported internship"]


def term(name, slug=None, aliases=(), plain="A definition."):
    return JargonTerm(slug=slug or jargon.slugify(name), term=name, aliases="\n".join(aliases),
                      plain=plain, easy_read="A definition.")


# --- the terms ----------------------------------------------------------------------

def test_at_least_80_terms_each_with_both_definitions():
    assert len(ENTRIES) >= 80
    slugs = [e.get("slug") or jargon.slugify(e["term"]) for e in ENTRIES]
    assert len(slugs) == len(set(slugs))
    for entry in ENTRIES:
        assert entry["plain"].strip() and entry["easy_read"].strip(), entry["term"]
        for sentence in sentences(entry["easy_read"]):
            assert len(words(sentence)) <= MAX_WORDS, sentence


def test_the_terms_families_asked_for_are_there():
    known = {n.casefold() for e in ENTRIES for n in [e["term"], *e.get("aliases", [])]}
    assert [t for t in ASKED_FOR if t.casefold() not in known] == []


# --- the pages ----------------------------------------------------------------------

def test_a_to_z_links_work_without_javascript(page):
    soup = page("/jargon-buster")
    letters = soup.select("nav .a-to-z a")
    assert len(letters) >= 15
    for link in letters:
        assert link["href"].startswith("/jargon-buster#letter-")
        assert soup.select_one(link["href"].split("/jargon-buster")[1]), link["href"]
    assert len(soup.select(".glossary dt")) == len(ENTRIES)
    form = soup.select_one("form[role=search]")
    assert form["action"] == "/jargon-buster" and form.get("method") == "get"


@pytest.mark.parametrize("q, first", [("senco", "SENCO"), ("EHCP", "EHC plan"),
                                      ("tribunal", "SEND Tribunal"), ("salt", "SALT")])
def test_search_finds_a_term_by_name_or_alias(page, q, first):
    soup = page(f"/jargon-buster?q={q}")
    assert soup.select_one(".glossary dt").get_text(strip=True) == first
    assert soup.title.get_text().startswith("Jargon buster")


def test_search_says_when_nothing_matches(page):
    soup = page("/jargon-buster?q=zzzzzz")
    assert "0 words found" in soup.select_one("#jargon-count").get_text()
    assert soup.select_one("#jargon-results a[href='/jargon-buster']")


def test_search_updates_in_place_for_htmx(client):
    response = client.get("/jargon-buster?q=plan", headers={"HX-Request": "true"})
    html = response.get_data(as_text=True)
    assert "<html" not in html and "HX-Request" in response.headers["Vary"]
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one("div#jargon-results")
    status = soup.select_one("[hx-swap-oob='innerHTML:#live-status']").get_text(strip=True)
    assert status.endswith(" words") and int(status.split()[0]) > 1


def test_a_term_page_gives_both_definitions(page):
    soup = page("/jargon-buster/senco")
    assert soup.h1.get_text(strip=True) == "SENCO"
    text = soup.select_one("main").get_text(" ", strip=True)
    assert "special educational needs coordinator" in text.lower()
    assert "The teacher in charge of extra help at school." in text
    page("/jargon-buster/no-such-word", status=404)


def test_easy_read_mode_shows_easy_read_definitions(page):
    soup = page("/jargon-buster?q=senco&easy_read=1")
    assert soup.select_one(".glossary dd").get_text(strip=True) == "The teacher in charge of extra help at school."


def test_search_query_on_each_engine(session):
    found = jargon.search(session, "ehcp")
    assert found[0].slug == "ehc-plan"
    assert jargon.search(session, "") == jargon.all_terms(session)


# --- explaining a word where it is first used ---------------------------------------

TERMS = [term("SENCO", aliases=["special educational needs coordinator"]),
         term("SEN", aliases=["special educational needs"]), term("SEN support"),
         term("SEND"), term("annual review"), term("EHC plan", aliases=["EHCP"])]


def test_only_the_first_use_is_explained():
    html, used = jargon.explain_first_use(
        "<p>Ask the SENCO. The SENCO will call you.</p><p>Your SENCO knows.</p>", TERMS)
    assert html.count('class="term"') == 1
    assert html.startswith('<p>Ask the <a href="/jargon-buster/senco" class="term" '
                           'aria-describedby="def-senco">SENCO</a>. The SENCO will call you.</p>')
    assert [t.slug for t in used] == ["senco"]


def test_words_in_links_and_headings_are_left_alone():
    source = ('<h2>Talk to the SENCO</h2><p>Read <a href="/x">about SEN support</a> first.</p>'
              "<p>The SENCO runs SEN support.</p>")
    html, used = jargon.explain_first_use(source, TERMS)
    assert html.startswith('<h2>Talk to the SENCO</h2><p>Read <a href="/x">about SEN support</a> first.</p>')
    assert '<p>The <a href="/jargon-buster/senco"' in html  # the first use outside them
    assert [t.slug for t in used] == ["senco", "sen-support"]


def test_escaping_and_other_markup_are_kept():
    source = "<p>Tom &amp; Jerry &lt;script&gt; read the <strong>EHCP</strong> &#8211; ok</p>"
    html, _used = jargon.explain_first_use(source, TERMS)
    assert html == ('<p>Tom &amp; Jerry &lt;script&gt; read the <strong><a href="/jargon-buster/ehc-plan" '
                    'class="term" aria-describedby="def-ehc-plan">EHCP</a></strong> &#8211; ok</p>')


def test_initials_match_case_and_words_do_not():
    html, used = jargon.explain_first_use(
        "<p>Please send the Annual Review form to SEND services.</p>", TERMS)
    assert ">send<" not in html and ">Annual Review</a>" in html and ">SEND</a>" in html
    assert [t.slug for t in used] == ["annual-review", "send"]


def test_the_longest_name_wins_and_plurals_count():
    html, used = jargon.explain_first_use(
        "<p>Children on SEN support, and two EHC plans, and special educational needs.</p>", TERMS)
    assert ">SEN support</a>" in html and ">EHC plans</a>" in html
    assert ">special educational needs</a>" in html
    assert [t.slug for t in used] == ["sen-support", "ehc-plan", "sen"]


def test_ids_can_be_kept_apart_when_two_texts_share_a_page():
    html, _ = jargon.explain_first_use("<p>SENCO</p>", TERMS, href="/g/{slug}", id_prefix="svc-def-")
    assert html == '<p><a href="/g/senco" class="term" aria-describedby="svc-def-senco">SENCO</a></p>'


def test_no_terms_changes_nothing():
    source = "<p>Hello &amp; welcome</p><br>"
    assert jargon.explain_first_use(source, []) == (source, [])
