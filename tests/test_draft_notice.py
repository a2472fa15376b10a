"""A draft translation says so on every page, once, in its own language, with the same
page in English and a way to tell the council about a wrong translation."""
from urllib.parse import parse_qs, urlsplit

import pytest
from flask import g
from flask_babel import gettext

from pwa import i18n

NOTICE = ".draft-notice"
SLUG = "complaints-and-appeals"


@pytest.mark.parametrize("path", ["/ar/", "/ar/services", f"/ar/information/{SLUG}",
                                  "/ar/jargon-buster", "/pl/feedback", "/cy/you-said-we-did"])
def test_every_page_of_a_draft_language_says_so_once(page, path):
    soup = page(path)
    assert len(soup.select(NOTICE)) == 1, path
    assert soup.select_one(NOTICE).find_parent("main"), "inside main, so the skip link reaches it"


def test_a_missing_page_says_so_too(page):
    assert len(page("/ar/nowhere", status=404).select(NOTICE)) == 1


def test_the_notice_is_in_the_page_language_and_links_to_english_and_the_form(page):
    soup = page(f"/ar/information/{SLUG}?mode=easy")
    notice = soup.select_one(NOTICE)
    assert "native speaker" not in notice.get_text()  # Arabic, not English
    english, report = notice.find_all("a")
    assert english["href"] == f"/information/{SLUG}?mode=easy"
    assert english["hreflang"] == "en"
    url = urlsplit(report["href"])
    assert url.path == "/ar/feedback"  # the form in the same language, which it records
    assert parse_qs(url.query) == {"page": [f"/ar/information/{SLUG}?mode=easy"], "about": ["translation"]}


def test_the_content_draft_note_is_not_said_twice(page, app):
    """The Arabic complaints page is a draft content translation on a draft interface:
    one notice, not two."""
    content_note = "This translation is a draft. A native speaker has not checked it yet."
    with app.test_request_context("/"):
        g.lang = "ar"
        translated = gettext(content_note + " If something is unclear, ask us for the English version.")
    text = page(f"/ar/information/{SLUG}").select_one("main").get_text(" ")
    assert translated[:20] not in text


def test_english_pages_have_no_notice(page):
    assert not page("/").select(NOTICE)
    assert not page(f"/information/{SLUG}").select(NOTICE)


def test_a_reviewed_language_has_no_notice(page, app, monkeypatch):
    monkeypatch.setitem(app.config, "DRAFT_LANGUAGES", app.config["DRAFT_LANGUAGES"] - {"pl"})
    assert not page("/pl/").select(NOTICE)
    assert page("/ar/").select(NOTICE)


def test_the_report_link_opens_the_form_about_the_translation(page):
    soup = page(f"/ar/feedback?page=/ar/information/{SLUG}&about=translation")
    assert soup.select_one("input[name=page]")["value"] == f"/ar/information/{SLUG}"
    assert soup.select_one("input[name=category][value=accessibility]").has_attr("checked")
    assert soup.select_one(f"main a[href='/ar/information/{SLUG}']")
    assert "about=translation" in soup.select_one("form[method=post]")["action"]
    plain = page(f"/ar/feedback?page=/ar/information/{SLUG}")
    assert not plain.select_one("input[name=category][checked]")


def test_drafts_read_the_catalogue_header(tmp_path):
    for code, status in (("pl", "draft"), ("cy", "reviewed")):
        po = tmp_path / code / "LC_MESSAGES" / "messages.po"
        po.parent.mkdir(parents=True)
        po.write_text(f"# Review-Status: {status}\n# Drafted by someone.\nmsgid \"\"\nmsgstr \"\"\n"
                      "\n# Review-Status: reviewed (a message comment, not the header)\n", encoding="utf-8")
    assert i18n.drafts(tmp_path, ["en", "pl", "cy", "ar"]) == {"pl"}


def test_every_shipped_catalogue_is_a_draft_today(app):
    """All twelve are AI drafts awaiting review (README): all must show the notice."""
    assert app.config["DRAFT_LANGUAGES"] == set(app.config["LANGUAGES"]) - {"en"}
