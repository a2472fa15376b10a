"""Right-to-left pages, without the stylesheet: numbers, postcodes, times and emails are
isolated left to right in the markup, and English shown on a page in another language
is marked lang="en" (WCAG 1.3.2 and 3.1.2). The browser test in a11y_tests checks the
drawn order of the digits."""
from pwa.queries.bidi import isolate

SERVICE = "/services/brook-lane-nursery-school"  # a phone, an email, times, a venue, access notes
INFO = "/information/complaints-and-appeals"


def test_isolate_wraps_runs_in_text_only():
    html = ('<p>اتصل على <a href="tel:01214960000">0121 496 0000</a>، أو راسل help@x.example. '
            'خطة EHC خلال 20 أسبوعًا &amp; Millbrook MB1 1AA.</p>')
    out = isolate(html)
    assert '<a href="tel:01214960000"><span dir="ltr">0121 496 0000</span></a>' in out
    assert '<span lang="en" dir="ltr">help@x.example</span>.' in out  # the full stop stays outside
    assert '<span lang="en" dir="ltr">EHC</span>' in out
    assert '<span lang="en" dir="ltr">Millbrook MB1 1AA</span>' in out
    assert " 20 " in out and "&amp;" in out  # a lone number and a reference are left alone


def test_phone_email_and_postcode_in_an_arabic_service_page(page):
    soup = page("/ar" + SERVICE)
    tel = soup.select_one("main a[href^='tel:']")
    assert tel["dir"] == "ltr"
    assert soup.select_one("main a[href^='mailto:']")["dir"] == "ltr"
    postcode = soup.select_one("main").find(string="MB3 5BL").parent
    assert postcode.name == "span" and postcode["dir"] == "ltr"
    times = soup.select("main bdi[dir=ltr]")
    assert [t.get_text() for t in times][:2] == ["09:00", "15:00"]


def test_english_on_an_arabic_service_page_is_marked(page):
    soup = page("/ar" + SERVICE)
    main = soup.select_one("main")
    for text in ("Special educational needs coordinator (SENCO)", "Main office", "Term time only"):
        el = main.find(string=lambda s, t=text: s and t in s).parent
        assert el.get("lang") == "en" and el.get("dir") == "ltr", text
    venue = main.find("h2", string=lambda s: s and s.strip()).find_next("h3")
    assert venue.get("lang") == "en"
    hidden = main.select_one("button .visually-hidden span")
    assert hidden["lang"] == "en" and hidden.get_text() == "Brook Lane Nursery School"


def test_english_pages_are_left_as_they_are(page):
    soup = page(SERVICE)
    assert not soup.select("main bdi, main [lang=en]")
    assert not page(INFO).select("main .prose span[dir]")


def test_numbers_in_arabic_content_are_isolated(page):
    soup = page("/ar" + INFO)
    number = soup.select_one("main .prose a[href^='tel:'] span[dir=ltr]")
    assert number.get_text() == "0121 496 0000"
    english = [s.get_text() for s in soup.select("main .prose span[lang=en]")]
    assert "Clearway Mediation" in english


def test_numbers_in_arabic_and_urdu_messages_are_isolated(page):
    """Translated sentences carry Unicode isolates around the number (U+2066…U+2069),
    which hold without any markup or stylesheet, in emails too."""
    for code in ("ar", "ur"):
        text = page(f"/{code}/accessibility-statement").select_one("main").get_text()
        assert "\u20660121 496 0000\u2069" in text, code


def test_organisation_names_on_other_language_pages_are_marked(page):
    soup = page("/pl" + SERVICE)
    run_by = soup.select_one("main .lede a span")
    assert run_by["lang"] == "en"
    org = page(soup.select_one("main .lede a")["href"])
    assert org.h1["lang"] == "en"
    english = page(soup.select_one("main .lede a")["href"].removeprefix("/pl"))
    assert not english.h1.has_attr("lang")
