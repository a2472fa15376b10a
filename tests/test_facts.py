"""The facts table and sources: every time limit, age, distance and date a family acts
on lives once in information/facts.json with its source; every information page and
jargon term says where its statements come from; every translation of a page states
the same numbers as the English."""
import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from pwa.cli import DEMO_DATA
from pwa.models.information import Fact
from pwa.queries import facts, information

DATA = Path(DEMO_DATA)
FACTS = json.loads((DATA / "information" / "facts.json").read_text(encoding="utf-8"))
TABLE = {f["key"]: Fact(key=f["key"], value=str(f["value"]), source_label=f["source"]["label"],
                        source_url=f["source"].get("url", ""), local=bool(f.get("local")),
                        source_verified=f["source"].get("verified", True))
         for f in FACTS}
TERMS = json.loads((DATA / "jargon.json").read_text(encoding="utf-8"))
OFFICIAL = ("https://www.legislation.gov.uk/", "https://www.gov.uk/")


def parsed(path):
    fields, points, body = information.parse_page(path.read_text(encoding="utf-8"))
    return fields, [text for _picture, text in points], body


PAGES = {p.stem: parsed(p) for p in sorted((DATA / "information").glob("*.md"))}
TRANSLATIONS = sorted((DATA / "information" / "translations").glob("*/*.md"))


def page_sources(fields, texts):
    return facts.sources_for(facts.dumps(facts.front_matter(fields.get("sources", []))), texts, TABLE)


def unsourced(pages: dict) -> list[str]:
    """Pages that state a time limit, age, distance or date and give no source for it."""
    found = []
    for slug, (fields, points, body) in pages.items():
        texts = [body, *points]
        shown = " ".join(facts.fill(t, TABLE) for t in texts)
        if facts.stated(shown) and not page_sources(fields, texts):
            found.append(slug)
    return found


# --- the facts table ----------------------------------------------------------------

def test_every_fact_says_where_it_comes_from():
    keys = [f["key"] for f in FACTS]
    assert len(keys) == len(set(keys)), "each fact lives once"
    for f in FACTS:
        assert re.fullmatch(r"\d[\d,]*|--\d\d-\d\d", str(f["value"])), f["key"]
        assert f["meaning"] and f["source"]["label"], f["key"]
        if f.get("local"):  # the council's own promise, and said to be so
            assert f["source"]["label"].startswith("Millbrook Council's "), f["key"]
        else:
            assert f["source"]["url"].startswith(OFFICIAL), f["key"]


def test_fill_writes_each_number_in_and_dates_in_the_page_language():
    table = {"a": Fact(key="a", value="2"), "d": Fact(key="d", value="--02-15")}
    assert facts.fill("within {{a}} months, by {{ d }}", table) == "within 2 months, by 15 February"
    assert facts.fill("do {{d}}", table, "pl") == "do 15 lutego"
    assert facts.fill("{{unknown}} stays", table) == "{{unknown}} stays"
    assert facts.used("{{a}} and {{d}} and {{a}}") == ["a", "d"]


def test_one_edit_to_the_table_changes_every_page_that_names_the_fact():
    changed = {**TABLE, "appeal_months": Fact(key="appeal_months", value="3")}
    for slug in ("complaints-and-appeals",):
        _fields, points, body = PAGES[slug]
        assert "**3 months**" in facts.fill(body, changed)
        assert any("3 months" in facts.fill(p, changed) for p in points)


# --- sources ------------------------------------------------------------------------

def test_every_page_and_every_term_has_sources_linked_to_the_official_text():
    for slug, (fields, _points, _body) in PAGES.items():
        own = facts.front_matter(fields.get("sources", []))
        law = [s for s in own if not s.local]
        assert law, f"{slug}: no source in law"
        assert all(s.url.startswith(OFFICIAL) for s in law), slug
    for term in TERMS:
        assert term["sources"], term["term"]
        assert all(s["label"] and s["url"].startswith(OFFICIAL) for s in term["sources"]), term["term"]


def test_a_page_that_states_a_time_limit_age_or_distance_without_a_source_fails():
    assert unsourced(PAGES) == []
    bare = {"x": ({"title": "X"}, ["You have 2 months to appeal."], "Apply by 31 May.\n")}
    assert unsourced(bare) == ["x"]
    via_fact = {"y": ({"title": "Y"}, [], "Appeal within {{appeal_months}} months.\n")}
    assert unsourced(via_fact) == [], "a fact brings its own source"


def test_a_term_that_states_a_time_limit_age_or_distance_has_a_source():
    for term in TERMS:
        text = facts.fill(term["plain"] + "\n" + term["easy_read"], TABLE)
        if facts.stated(text):
            assert term["sources"], term["term"]


def test_english_pages_and_terms_take_every_number_from_the_facts_table():
    for slug, (fields, points, body) in PAGES.items():
        for text in (fields["title"], fields["summary"], body, *points):
            assert facts.stated(text) == [], f"{slug}: {facts.stated(text)} is not from the facts table"
    for term in TERMS:
        for text in (term["plain"], term["easy_read"]):
            assert facts.stated(text) == [], f"{term['term']}: {facts.stated(text)}"


def test_every_fact_a_page_or_term_names_exists():
    texts = [t for f, p, b in PAGES.values() for t in (b, *p)]
    texts += [t["plain"] + t["easy_read"] for t in TERMS]
    texts += [path.read_text(encoding="utf-8") for path in TRANSLATIONS]
    named = {key for text in texts for key in facts.used(text)}
    assert named <= set(TABLE), named - set(TABLE)
    assert not facts.PLACEHOLDER.search(" ".join(f["title"] + f["summary"] for f, _p, _b in PAGES.values())), \
        "titles and summaries are listed unfilled, so they state no facts"


# --- translations -------------------------------------------------------------------

def _figures(text: str) -> set[str]:
    """Figures outside fact names (phone numbers, section numbers, list numbers), in any
    script. A set: a translation may repeat one, as in "Ley ... de 2014 (Children and
    Families Act 2014)". Clock times are left out: 4:30pm is 16:30 in most languages."""
    text = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in facts.PLACEHOLDER.sub(" ", text))
    return set(re.findall(r"\d+", re.sub(r"\b\d{1,2}[:.h]\d\d(?!\d)", " ", text)))


@pytest.mark.parametrize("path", TRANSLATIONS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_each_translation_states_the_same_numbers_as_the_english(path):
    fields, points, body = parsed(path)
    en_fields, en_points, en_body = PAGES[path.stem]
    assert fields.get("status") == "draft", "a translation marks itself a draft"
    assert len(points) == len(en_points), "one easy read point for each English one"
    mine, english = "\n".join([body, *points]), "\n".join([en_body, *en_points])
    assert Counter(facts.PLACEHOLDER.findall(mine)) == Counter(facts.PLACEHOLDER.findall(english))
    assert _figures(mine) == _figures(english)


# --- on the page --------------------------------------------------------------------

def test_a_page_ends_with_where_its_statements_come_from(page):
    soup = page("/information/ehc-needs-assessments")
    section = soup.select_one("section.sources")
    assert section.select_one("h2").get_text(strip=True) == "Where this comes from"
    links = {a.get_text(strip=True): a["href"] for a in section.select("a")}
    assert links["SEND Regulations 2014, regulation 13(2)"] == "https://www.legislation.gov.uk/uksi/2014/1530/regulation/13"
    assert any(label.startswith("Children and Families Act 2014, section 36") for label in links)
    ours = section.select("ul")[-1].get_text(" ", strip=True)
    assert "we acknowledge a request for an EHC needs assessment within 5 working days" in ours
    assert "They are not the law" in section.select("p")[-1].get_text()
    assert "{{" not in str(soup)
    assert "up to 20 weeks" in page("/information/ehc-needs-assessments?easy_read=1").get_text()


def test_a_translated_page_fills_the_same_numbers_and_marks_its_sources_english(page):
    soup = page("/pl/information/complaints-and-appeals")
    assert "{{" not in str(soup)
    assert "**" not in soup.select_one(".prose").get_text()
    assert "w ciągu 2 miesięcy od listu z decyzją samorządu" in soup.select_one(".prose").get_text()
    items = soup.select("section.sources li")
    assert items
    for item in items:  # the English label; a note beside it is in the page's language
        label = item.select_one("span")
        assert label["lang"] == "en" and label["dir"] == "ltr"
    assert "{{" not in str(page("/ar/information/ehc-needs-assessments"))


def test_a_jargon_term_shows_its_sources_and_its_numbers(page):
    soup = page("/jargon-buster/child-in-need")
    assert "section 17(10)" in soup.select_one("section.sources").get_text()
    draft = page("/jargon-buster/draft-ehc-plan")
    assert "You have 15 days" in draft.get_text() and "{{" not in str(draft)
    assert "regulation 13(1)" in draft.select_one("section.sources").get_text()


# --- every citation checked against the official text, or said not to be -----------

REGISTER = {row[0]: row[1] for row in (
    [cell.strip() for cell in line.strip().strip("|").split("|")]
    for line in (DATA.parent.parent / "docs" / "legal-citations.md").read_text(encoding="utf-8").splitlines()
    if line.startswith("| ") and not line.startswith("| Citation"))}


def every_source():
    """(where, Source, explicitly marked) for each source in the demo data."""
    for slug, (fields, _points, _body) in PAGES.items():
        for source in facts.front_matter(fields.get("sources", [])):
            yield slug, source, True  # a page line is checked unless it says `| unverified`
    for term in TERMS:
        for s in term["sources"]:
            yield term["term"], facts.Source(s["label"], s["url"], bool(s.get("local")), s.get("verified", True)), "verified" in s
    for f in FACTS:
        s = f["source"]
        yield f["key"], facts.Source(s["label"], s.get("url", ""), bool(f.get("local")), s.get("verified", True)), \
            bool(f.get("local")) or "verified" in s


def unchecked(sources) -> list[str]:
    """Citations of law presented as checked that the register does not record as read
    in the official text (confirmed, or corrected after reading it)."""
    return [f"{where}: {s.label}" for where, s, _marked in sources
            if not s.local and s.verified and REGISTER.get(s.label) not in ("confirmed", "corrected")]


def test_every_source_has_been_checked_or_is_marked_unverified():
    assert unchecked(every_source()) == []
    unmarked = [f"{where}: {s.label}" for where, s, marked in every_source() if not marked]
    assert unmarked == [], "a JSON source says whether it was checked"
    for where, s, _marked in every_source():
        if not s.verified:  # recorded as unverified, with what was (not) found
            assert REGISTER.get(s.label) in ("unverified", "corrected, unverified"), f"{where}: {s.label}"


def test_a_citation_written_from_memory_fails_until_checked_or_marked():
    invented = facts.Source("Children and Families Act 2014, section 99 (made up)", "https://www.legislation.gov.uk/")
    assert unchecked([("x", invented, True)]) == ["x: Children and Families Act 2014, section 99 (made up)"]
    marked = facts.front_matter([("source", "Children and Families Act 2014, section 99 (made up) | https://x | unverified")])
    assert marked[0].verified is False and unchecked([("x", marked[0], True)]) == []
    assert facts.front_matter([("source", "A | https://x")])[0].verified is True
    assert facts.parse(facts.dumps(marked))[0].verified is False


def test_an_unchecked_source_says_so_beside_it_and_a_checked_one_does_not(page):
    items = page("/information/travel-and-transport").select("section.sources li")
    text = {li.select_one("span").get_text(strip=True): li.get_text(" ", strip=True) for li in items}
    assert "not yet checked against the official text" in text["Education Act 1996, section 444(5) and Schedule 35B"]
    assert "not yet checked" not in text["Education Act 1996, Schedule 35B"]  # paragraphs 9 to 12 read
    checked = next(label for label in text if label.startswith("Education Act 1996, section 508B"))
    assert "not yet checked" not in text[checked]
    note = page("/pl/information/travel-and-transport").select_one("section.sources .unverified")
    assert note is not None and note.get("lang") is None  # in the reader's language, not marked English
