"""axe and the checks axe cannot make on the pages for finding the right place and
the Local Offer on paper, in English and in Arabic (right to left): schools and
settings, results near a postcode with their distances, a postcode we do not know,
the printed copy page, a booklet and a booklet being prepared. One browser, each
page loaded once, at 320 CSS px (reflow, clipping, overlaps, 44 px targets, 7:1)."""
from selenium.webdriver.common.by import By

import layout_checks as js
from axe_helper import describe, run_axe
from browser import REPORT
from pwa.paper import booklets
from test_beyond_axe import show

# each page, and what must be on it for the audit to be of that page
PAGES = {
    "/schools-and-settings": "main a[href*='setting=special']",
    "/services?setting=special&postcode=MB1+5FL&miles=5": ".results-list .distance",
    "/services?q=speech&postcode=zz99zz&miles=5": "#postcode-error",
    "/printed-copy-or-help-by-phone": "form.booklet-form",
    "/booklet?age=0-4&kind=travel": ".booklet-section h3",
    "/booklet.pdf?age=0-4&kind=travel": "main a[href*='booklet.pdf']",  # being prepared
}


def test_finding_and_paper_pages_in_english_and_arabic(browser, live_server, app, monkeypatch, tmp_path):
    # the PDF is not what is audited: make it at once, and ask every booklet to wait
    monkeypatch.setattr(booklets, "render_pdf", lambda *args: b"%PDF-1.7")
    monkeypatch.setitem(app.config, "BOOKLET_PDF_WAIT_SERVICES", 0)
    monkeypatch.setitem(app.config, "BOOKLET_CACHE_DIR", str(tmp_path))
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": 320, "height": 640, "deviceScaleFactor": 1, "mobile": False})
    failures = []
    for prefix, direction in (("", "ltr"), ("/ar", "rtl")):
        for path, must in PAGES.items():
            url = prefix + path
            browser.get(live_server.url + url)
            assert browser.find_element(By.TAG_NAME, "html").get_attribute("dir") == direction, url
            assert browser.find_elements(By.CSS_SELECTOR, must), f"{url}: no {must}"
            results = run_axe(browser)
            if results["violations"]:
                failures.append(describe(results, url))
            offenders = [*browser.execute_script(js.OVERFLOW), *browser.execute_script(js.CLIPPED),
                         *browser.execute_script(js.OVERLAPS), *browser.execute_script(js.TARGETS),
                         *browser.execute_script(js.CONTRAST, 7)]
            if offenders:
                failures.append(f"{url} at 320 px:{show(offenders)}")
    REPORT.append(f"axe and layout [finding and paper]: {len(PAGES) * 2} pages in English and Arabic")
    assert not failures, "\n".join(failures)
