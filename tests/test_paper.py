"""The Local Offer without the internet: help by phone or post from every page's
footer, booklets to print, a tagged PDF, and a print stylesheet on every page."""
import io

import pikepdf
import pytest


def test_every_page_links_to_printed_copy_and_phone_help(page):
    for path in ("/", "/services", "/pl/information"):
        link = page(path).select_one("footer a[href$='/printed-copy-or-help-by-phone']")
        assert link is not None, path


def test_help_page_gives_the_councils_contact_details_and_a_booklet_form(page):
    soup = page("/printed-copy-or-help-by-phone")
    assert soup.select_one("main a[href='tel:01214960000']")
    assert soup.select_one("main a[href='mailto:localoffer@millbrook.example']")
    form = soup.select_one("form.booklet-form")
    assert form["action"] == "/booklet" and form.get("method") == "get"
    assert form.select_one("button[formaction='/booklet.pdf']")
    assert len(form.select("#language option")) == 13


def test_every_page_prints_from_the_one_stylesheet(page, client):
    """Print rules are in the linked stylesheet (no request of their own), and left out
    of the inline copy a first visit gets, which only has to paint the screen."""
    first = page("/").select_one("style").string
    assert "break-inside: avoid" not in first
    css = client.get(client.application.extensions["assets"].url("css/site.css")).get_data(as_text=True)
    print_rules = css.rsplit("@media print {", 1)[1]
    assert ".site-footer" in print_rules and "break-inside: avoid" in print_rules and "attr(href)" in print_rules


def booklet_outline(soup):
    return [(h.name, h.get_text(" ", strip=True)) for h in soup.select("main h1, main h2, main h3")]


def test_booklet_for_ages_0_to_4_by_section(page, demo_services):
    soup = page("/booklet?age=0-4")
    outline = booklet_outline(soup)
    assert outline[0] == ("h1", "The Millbrook Local Offer: a booklet to print")
    sections = [text for level, text in outline if level == "h2"]
    assert sections[0] == "Contents" and "Education" in sections and "Health" in sections
    names = {text for level, text in outline if level == "h3"}
    expected = {s["name"] for s in demo_services if s["status"] in ("active", "temporarily closed")
                and s["minimum_age"] <= 4 and s["maximum_age"] >= 0}
    assert names == expected
    assert "Services for: Aged 0 to 4." in soup.select_one(".lede").get_text(" ", strip=True)


def test_booklet_in_polish_and_the_language_choice_goes_to_its_address(client, page):
    response = client.get("/booklet?age=0-4&language=pl")
    assert response.status_code == 302 and response.location == "/pl/booklet?age=0-4"
    soup = page("/pl/booklet?age=0-4&kind=travel")
    assert soup.html["lang"] == "pl"
    assert soup.select("main h3")


def test_easy_read_booklet_uses_easy_read_words(page):
    plain = page("/booklet?age=0-4&kind=travel").select_one(".booklet-service p:not(.muted)").get_text()
    easy = page("/booklet?age=0-4&kind=travel&easy_read=1").select_one(
        ".booklet-service p:not(.muted)").get_text()
    assert plain != easy


@pytest.fixture(scope="module")
def polish_pdf(app):
    response = app.test_client().get("/pl/booklet.pdf?age=0-4&kind=travel")
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    return pikepdf.open(io.BytesIO(response.data))


def _tags(node, found):
    if isinstance(node, pikepdf.Dictionary):
        if "/S" in node:
            found.append(str(node.S))
        kids = node.get("/K")
        for kid in (kids if isinstance(kids, pikepdf.Array) else [kids]):
            _tags(kid, found)
    return found


def test_booklet_pdf_is_tagged_with_its_language_and_headings(polish_pdf):
    """What a screen reader needs (PDF/UA-1): a structure tree in reading order,
    the document's language, its title shown, and real headings and lists."""
    root = polish_pdf.Root
    assert str(root.Lang) == "pl"
    assert root.MarkInfo.Marked is True
    assert root.ViewerPreferences.DisplayDocTitle is True
    tags = _tags(root.StructTreeRoot, [])
    assert tags.count("/H1") == 1 and "/H2" in tags and "/H3" in tags and "/L" in tags
    assert tags.index("/H1") < tags.index("/H2") < tags.index("/H3")
    with polish_pdf.open_metadata() as meta:
        assert "pdfuaid:part" in str(meta) or meta.get("pdfuaid:part") == "1"


def test_a_booklet_with_no_choices_asks_for_them_first(client):
    for path in ("/booklet", "/booklet.pdf"):
        response = client.get(path)
        assert response.status_code == 302
        assert response.location == "/printed-copy-or-help-by-phone#booklet"
